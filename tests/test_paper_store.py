"""Storing papers through the merge rules: captures, edits, identity merges."""

import pytest

from papershelf.merge import merge_states, state_from_record
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.papers import (
    Outcome,
    delete_paper,
    edit_paper,
    load_state,
    merge_papers,
    resolve_id,
    save_paper,
)
from papershelf.store.tx import write

T1 = "0001700000000000-0000-aaaaaaaaaaaaaaaa"
T2 = "0001700000000001-0000-aaaaaaaaaaaaaaaa"


@pytest.fixture
def db(tmp_path):
    database = open_writer(tmp_path / "library.db", create=True)
    yield database
    database.close()


def save(db, paper, rank=Rank.PAGE, hlc=T1):
    with write(db) as tx:
        return save_paper(tx, paper, rank=rank, hlc=hlc)


def row(db, pid, *columns):
    return db.execute(f"SELECT {', '.join(columns)} FROM papers WHERE id = ?", [pid]).fetchone()


def test_capture_of_an_imported_paper_fills_fields_in_the_same_row(db):
    pid, outcome = save(db, Paper(title="Attention Is All You Need", abstract="A."), Rank.TEXT)
    assert outcome is Outcome.NEW
    same, outcome = save(db, Paper(title="Attention is all you need", arxiv_id="1706.03762",
                                   authors=["Ashish Vaswani"]), Rank.PAGE, T2)
    assert (same, outcome) == (pid, Outcome.UPDATED)
    assert row(db, pid, "arxiv_id", "authors", "abstract") == (
        "1706.03762", '["Ashish Vaswani"]', "A."
    )


def test_text_capture_never_beats_a_page_capture(db):
    pid, _ = save(db, Paper(title="T", upvotes=50), Rank.PAGE, T1)
    save(db, Paper(title="T", upvotes=1), Rank.TEXT, T2)
    assert row(db, pid, "upvotes") == (50,)


def test_user_edit_is_never_overwritten_by_a_capture(db):
    pid, _ = save(db, Paper(title="T", abstract="old"))
    with write(db) as tx:
        edit_paper(tx, pid, {"rating": 4, "status": "read", "abstract": "mine"}, tags=["b", "a"])
    save(db, Paper(title="T", abstract="newer capture"), Rank.PAGE, "9" * 16 + "-0000-zz")
    assert row(db, pid, "rating", "status", "abstract", "tags") == (4, "read", "mine", '["a","b"]')


def test_ids_that_turn_out_to_be_one_paper_merge_into_the_smaller(db):
    a, _ = save(db, Paper(title="One Title", arxiv_id="2401.00001"))
    b, _ = save(db, Paper(title="Other Title", doi="10.1/x"))
    with write(db) as tx:
        edit_paper(tx, b, {"rating": 5})
    pid, _ = save(db, Paper(title="One Title", arxiv_id="2401.00001", doi="10.1/x"), hlc=T2)
    survivor, loser = min(a, b), max(a, b)
    assert pid == survivor
    assert db.execute("SELECT count(*) FROM papers").fetchone()[0] == 1
    assert row(db, survivor, "rating", "doi") == (5, "10.1/x")
    assert resolve_id(db, loser) == survivor
    with write(db) as tx:
        merge_papers(tx, survivor, loser)  # again: nothing breaks
    assert db.execute("SELECT count(*) FROM papers").fetchone()[0] == 1


def test_deleted_paper_is_not_brought_back_by_a_capture(db):
    pid, _ = save(db, Paper(title="Gone"))
    with write(db) as tx:
        delete_paper(tx, pid)
    assert save(db, Paper(title="Gone", abstract="again"), hlc=T2) == (pid, Outcome.DELETED)
    assert row(db, pid, "id") is None
    assert load_state(db, pid).deleted


def test_merge_is_commutative_and_idempotent():
    a = state_from_record(Paper(title="A", upvotes=3), Rank.PAGE, T1)
    b = state_from_record(Paper(title="B", abstract="x"), Rank.PAGE, T2)
    assert merge_states(a, b) == merge_states(b, a)
    assert merge_states(merge_states(a, b), b) == merge_states(a, b)


def test_same_clock_different_values_orders_by_value():
    a = state_from_record(Paper(title="T", upvotes=1), Rank.TEXT, T1)
    b = state_from_record(Paper(title="T", upvotes=2), Rank.TEXT, T1)
    assert merge_states(a, b).values["upvotes"] == merge_states(b, a).values["upvotes"] == 2


@pytest.mark.parametrize(("field", "sparse", "full"), [
    # Two exports of one day (their records' clocks are the day's): a truncated author list, a cut
    # abstract, a year for a day or a count read earlier must not win by how its JSON sorts.
    ("authors", ["Ashish Vaswani"], ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"]),
    ("abstract", "The dominant sequence transduction models are…",
     "The dominant sequence transduction models are based on recurrent networks."),
    ("published", "2017", "2017-06-12"),
    ("upvotes", 9, 10),
    ("arxiv_version", 2, 10),
])
def test_same_clock_keeps_the_fuller_value_whatever_the_order(field, sparse, full):
    a = state_from_record(Paper(title="T", **{field: sparse}), Rank.TEXT, T1)
    b = state_from_record(Paper(title="T", **{field: full}), Rank.TEXT, T1)
    assert merge_states(a, b).values[field] == merge_states(b, a).values[field] == full


def test_same_clock_keeps_the_earlier_of_two_days_as_published():
    # `published` is when the paper first appeared: of two days one import gives, the first.
    a = state_from_record(Paper(title="T", published="2017-06-12"), Rank.TEXT, T1)
    b = state_from_record(Paper(title="T", published="2017-12-04"), Rank.TEXT, T1)
    assert merge_states(a, b).values["published"] == merge_states(b, a).values["published"] == "2017-06-12"


def test_tag_removed_on_one_side_and_added_concurrently_on_other_is_kept(db):
    pid, _ = save(db, Paper(title="T"))
    with write(db) as tx:
        edit_paper(tx, pid, {}, tags=["x"])
    base = load_state(db, pid)
    with write(db) as tx:
        edit_paper(tx, pid, {}, tags=[])
    removed = load_state(db, pid)
    concurrent = merge_states(base, state_from_record(Paper(), Rank.PAGE, T1))
    concurrent.tags = {**concurrent.tags}
    from papershelf.merge import TagState

    concurrent.tags["x"] = TagState(adds=[*base.tags["x"].adds, "0009"], removed=[])
    assert merge_states(removed, concurrent).visible_tags() == ["x"]
    assert merge_states(removed, base).visible_tags() == []


def test_title_only_record_never_joins_two_papers_whose_arxiv_ids_differ(db):
    first, _ = save(db, Paper(title="Same Title", arxiv_id="2401.00001"))
    second, _ = save(db, Paper(title="Same Title", arxiv_id="2401.00002"))
    assert first != second
    pid, _ = save(db, Paper(title="Same title", abstract="from a dump"), Rank.TEXT, T2)
    assert pid in (first, second)
    assert db.execute("SELECT count(*) FROM papers").fetchone()[0] == 2
    assert {r[0] for r in db.execute("SELECT arxiv_id FROM papers")} == {"2401.00001", "2401.00002"}


def test_a_paper_seen_again_with_the_same_text_is_not_indexed_again(db):
    # A capture of a paper already stored mostly moves clocks: its row's text columns
    # are set only when they change, so full-text search is not re-indexed for nothing.
    pid, _ = save(db, Paper(title="Attention Is All You Need", abstract="A.", upvotes=1))
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        same, outcome = save(db, Paper(title="Attention Is All You Need", abstract="A.",
                                       upvotes=2), Rank.PAGE, T2)
    finally:
        db.conn.set_trace_callback(None)
    assert (same, outcome) == (pid, Outcome.UPDATED)
    assert row(db, pid, "upvotes", "title") == (2, "Attention Is All You Need")
    assert not [sql for sql in statements if "papers_fts" in sql]
    save(db, Paper(title="Attention Is All You Need", abstract="Transformers."), Rank.PAGE,
         "0001700000000002-0000-aaaaaaaaaaaaaaaa")
    assert db.execute("SELECT rowid FROM papers_fts WHERE papers_fts MATCH 'transformers'"
                      ).fetchall() == db.execute("SELECT rowid FROM papers WHERE id = ?", [pid]
                                                 ).fetchall()
