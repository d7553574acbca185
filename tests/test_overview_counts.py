"""library_counts (store/overview.py): the overview page's counts, kept by triggers, always
equal to counting the tables again, whatever wrote them (bulk import, capture, edits,
notes, id merges, deletes)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from helpers import DUMPS, capture, check_full_text_index, page
from papershelf.capture import CaptureRequest
from papershelf.importer import import_dump
from papershelf.records import Paper, Rank
from papershelf.store.bulk import deferred_upkeep
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note, delete_note
from papershelf.store.overview import create_overview_counts, recount
from papershelf.store.papers import delete_paper, edit_paper, merge_papers, save_paper
from papershelf.store.tx import write


def stored(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    return {(f, v): n for f, v, n in conn.execute("select facet, value, count from library_counts")
            if n}


def test_overview_counts_follow_every_kind_of_write(library):
    conn = library.conn
    assert stored(conn) == {}
    report = import_dump(library, DUMPS / "001_6f96a1003d4bdb3d.txt", captured_at=date(2025, 11, 6))
    assert report.records > 100
    after_import = stored(conn)
    assert after_import == recount(conn)
    assert after_import[("papers", "")] == conn.execute("select count(*) from papers").fetchone()[0]
    assert after_import[("week", "2025-11-03")] == report.records  # the Monday of that week
    capture(library, CaptureRequest(capture_id="c1", url="https://arxiv.org/abs/1706.03762",
                                    html=page("arxiv_abs_1706.03762.html"),
                                    tags=["classic", "nlp"], rating=5, status="read"))
    with write(library) as tx:
        a, _ = save_paper(tx, Paper(title="A paper on counting things", published="2021-03-01",
                                    primary_category="cs.DB"), rank=Rank.PAGE, hlc=tx.now(),
                          capture_id="c1", line=None)
        b, _ = save_paper(tx, Paper(title="Another paper on counting", published="2019"),
                          rank=Rank.PAGE, hlc=tx.now(), capture_id="c1", line=None)
        edit_paper(tx, a, {"status": "reading", "rating": 3}, tags=["nlp", "db"])
        edit_paper(tx, b, {"rating": 2}, tags=["db"])
        note = create_note(tx, a, "a note", None)
        create_note(tx, b, "another", "quoted")
    assert stored(conn) == recount(conn)
    assert stored(conn)[("tag", "db")] == 2 and stored(conn)[("notes", "")] == 2
    with write(library) as tx:
        merge_papers(tx, min(a, b), max(a, b))
        delete_note(tx, note.id)
        edit_paper(tx, min(a, b), {"rating": None}, tags=[])
    assert stored(conn) == recount(conn)
    with write(library) as tx:
        delete_paper(tx, min(a, b))
    counts = stored(conn)
    assert counts == recount(conn)
    assert ("tag", "db") not in counts and counts[("tag", "classic")] == 1


def test_a_hand_edited_row_with_broken_tags_still_writes(library):
    with write(library) as tx:
        pid, _ = save_paper(tx, Paper(title="Broken tags"), rank=Rank.PAGE, hlc=tx.now())
    library.conn.execute("update papers set tags = 'not json' where id = ?", [pid])
    library.conn.execute("update papers set tags = '[\"ok\"]', status = 'read' where id = ?", [pid])
    assert stored(library.conn) == recount(library.conn)


def test_a_new_library_is_counted_when_the_table_is_made(tmp_path):
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.executescript("""
        create table papers (id, status, rating, published, primary_category, tags);
        create table notes (id); create table captures (id, captured_at);
        create table paper_captures (capture_id, paper_id);
        create table fts_deferred (table_name, from_rowid);
        insert into papers values ('a', 'unread', 4, '2020-01-02', 'cs.CL', '["x"]');
        insert into papers values ('b', 'read', null, null, null, '[]');
    """)
    create_overview_counts(conn)
    assert stored(conn) == {("papers", ""): 2, ("status", "unread"): 1, ("status", "read"): 1,
                            ("rating", "4"): 1, ("rating", "unrated"): 1, ("year", "2020"): 1,
                            ("year", "undated"): 1, ("category", "cs.CL"): 1, ("tag", "x"): 1}


def test_overview_counts_follow_every_importer_format(library):
    # Issue 14's importers write through store/bulk.py in batches, with the reader's tags,
    # statuses and notes; the counts must come out as a recount would.
    from test_import_exports import EXPORTS, imported

    for name in EXPORTS:
        imported(library, name)
    counts = stored(library.conn)
    assert counts == recount(library.conn)
    assert counts[("papers", "")] == library.conn.execute("select count(*) from papers").fetchone()[0]
    assert counts[("notes", "")] > 0 and any(facet == "tag" for facet, _ in counts)


def newest_paper_with_a_note(library) -> tuple[str, str]:
    """Two papers, the newer with a note: deleting both of the newest rows inside a
    deferred transaction hands their rowids, below its range, to the next rows."""
    with write(library) as tx:
        save_paper(tx, Paper(title="Kept paper on lattices"), rank=Rank.PAGE, hlc=tx.now())
        newest, _ = save_paper(tx, Paper(title="Newest paper on graphs"), rank=Rank.PAGE,
                               hlc=tx.now())
        return newest, create_note(tx, newest, "a note on graphs").id


def matches(conn: sqlite3.Connection, table: str, word: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", [word]).fetchone()[0]


def sound_index_and_counts(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """FTS5's own check of both indexes against their rows, and the counts as recounted."""
    for table in ("papers", "notes"):
        check_full_text_index(conn, table)
    held = stored(conn)
    assert held == recount(conn)
    return held


@pytest.mark.parametrize("drop_triggers", [False, True], ids=["sync", "import"])
def test_a_row_reusing_a_rowid_below_the_deferred_range_is_indexed_and_counted_once(
        library, drop_triggers):
    """SQLite gives a new row the largest rowid + 1: with the newest paper and note
    deleted inside a deferred transaction (store/bulk.deferred_upkeep), the next ones
    take rowids below the deferred range. When the insert triggers were dropped
    (as an import and a large sync batch do), nothing indexed or counted them."""
    newest, note = newest_paper_with_a_note(library)
    with write(library) as tx, deferred_upkeep(tx.db.conn, ("papers", "notes"),
                                               drop_triggers=drop_triggers):
        delete_note(tx, note)
        delete_paper(tx, newest)
        mark = tx.db.conn.execute("SELECT from_rowid FROM fts_deferred WHERE table_name = "
                                  "'papers'").fetchone()[0]
        again, _ = save_paper(tx, Paper(title="Replacement paper on meshes"), rank=Rank.PAGE,
                              hlc=tx.now())
        assert tx.db.conn.execute("SELECT rowid FROM papers WHERE id = ?", [again]
                                  ).fetchone()[0] < mark  # the case this test is about
        create_note(tx, again, "a note on meshes")
        save_paper(tx, Paper(title="Deferred paper on meshes"), rank=Rank.PAGE, hlc=tx.now())
    held = sound_index_and_counts(library.conn)
    assert matches(library.conn, "papers_fts", "meshes") == 2
    assert matches(library.conn, "notes_fts", "meshes") == 1
    assert held[("papers", "")] == 3


@pytest.mark.parametrize("drop_triggers", [False, True], ids=["sync", "import"])
def test_a_row_reusing_a_rowid_below_the_deferred_range_can_be_edited_and_deleted(
        library, drop_triggers):
    """The update and delete triggers change the index and the counts only for a row the
    index holds: a row that took a rowid below the deferred range while the insert
    triggers were dropped is in neither yet, and editing it in the same transaction (a
    dump's later record of the same paper) took out of FTS5 what was never in it and out
    of the counts what was never counted (`papers` 1 for 2 rows, before m007)."""
    newest, note = newest_paper_with_a_note(library)
    with write(library) as tx, deferred_upkeep(tx.db.conn, ("papers", "notes"),
                                               drop_triggers=drop_triggers):
        delete_note(tx, note)
        delete_paper(tx, newest)
        again, _ = save_paper(tx, Paper(title="Replacement paper on meshes"), rank=Rank.PAGE,
                              hlc=tx.now())
        edit_paper(tx, again, {"title": "Replacement paper on grids", "status": "read"},
                   tags=["geometry"])
        doomed = create_note(tx, again, "a note on meshes")
        create_note(tx, again, "a second note on grids")
        delete_note(tx, doomed.id)
    held = sound_index_and_counts(library.conn)
    assert matches(library.conn, "papers_fts", "grids") == 1
    assert matches(library.conn, "papers_fts", "meshes") == 0
    assert matches(library.conn, "notes_fts", "grids") == 1
    assert held[("papers", "")] == 2 and held[("status", "read")] == 1
    assert held[("notes", "")] == 1


def test_a_library_from_before_m007_gets_the_triggers_that_ask_the_index(tmp_path):
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    db.conn.execute("DROP TRIGGER papers_fts_ad")
    db.conn.execute("CREATE TRIGGER papers_fts_ad AFTER DELETE ON papers BEGIN SELECT 1; END")
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_triggers_ask_the_index'")
    db.close()
    db = open_writer(path)
    triggers = dict(db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name IN ('papers', 'notes')").fetchall())
    db.close()
    for name in ("papers_fts_ad", "papers_fts_au", "notes_fts_ad", "notes_fts_au",
                 "library_counts_papers_ad", "library_counts_papers_au", "library_counts_notes_ad"):
        assert "_fts_docsize WHERE id = old.rowid" in triggers[name], name
    assert "'delete', old.rowid" in triggers["papers_fts_ad"]
