"""Feed, apply and the serving functions, in-process: idempotence, identity across
machines, echo suppression, per-item rejection, clock drift, limits, protocol."""

from __future__ import annotations

import threading
import time
from urllib.parse import parse_qs

import httpx
import msgspec
import pytest

from papershelf.clock import format_hlc
from papershelf.merge import TagState
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note, delete_note, edit_note
from papershelf.store.papers import edit_paper, resolve_id, save_paper
from papershelf.store.tx import machine_id, use_wall_clock, write
from papershelf.sync import client, server
from papershelf.sync.apply import apply_changes
from papershelf.sync.client import sync_with
from papershelf.sync.feed import read_changes
from papershelf.sync.protocol import (
    PROTOCOL,
    AliasChange,
    NoteChange,
    PaperChange,
    PushBatch,
    decode_result,
    encode,
)
from sync_helpers import local_transport, snapshot, sync_local

P = "feedfacefeedface"  # a peer's machine id


def capture(db, **fields) -> str:
    with write(db) as tx:
        pid, _ = save_paper(tx, Paper(**fields), rank=Rank.PAGE, hlc=tx.now())
    return pid


def version(db) -> int:
    return int(db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0])


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_same_batch_twice_changes_nothing(two):
    a, b = two
    pid = capture(a, title="Attention Is All You Need", arxiv_id="1706.03762")
    with write(a) as tx:
        edit_paper(tx, pid, {"rating": 5}, tags=["ml"])
        create_note(tx, pid, "good")
    changes = read_changes(a, 0, 100).changes
    first = apply_changes(b, changes, machine_id(a))
    assert [r.status for r in first] == ["new", "new"]
    before = version(b), snapshot(b)
    again = apply_changes(b, changes, machine_id(a))
    assert [r.status for r in again] == ["unchanged", "unchanged"]
    assert (version(b), snapshot(b)) == before


def test_a_paper_stored_apart_under_two_ids_becomes_one_row_with_one_id(two):
    a, b = two
    # A knows the arXiv id (its id comes from it), B only the title (its id from that).
    pa = capture(a, title="Attention is all you need", arxiv_id="1706.03762")
    pb = capture(b, title="ATTENTION IS ALL YOU NEED")
    assert pa != pb
    with write(a) as tx:
        edit_paper(tx, pa, {"rating": 4}, tags=["from-a"])
        create_note(tx, pa, "note on a")
    with write(b) as tx:
        edit_paper(tx, pb, {"status": "read"}, tags=["from-b"])
        create_note(tx, pb, "note on b")
    sync_local(a, b)
    survivor = min(pa, pb)
    for db in (a, b):
        assert db.execute("SELECT id, rating, status, tags, arxiv_id FROM papers").fetchall() == [
            (survivor, 4, "read", '["from-a","from-b"]', "1706.03762")]
        assert {r[0] for r in db.execute("SELECT body FROM notes")} == {"note on a", "note on b"}
        assert {r[0] for r in db.execute("SELECT paper_id FROM notes")} == {survivor}
        assert resolve_id(db, max(pa, pb)) == survivor
    assert snapshot(a) == snapshot(b)


def test_what_came_from_the_peer_is_not_sent_back(two):
    a, b = two
    for i in range(5):
        capture(b, title=f"Paper number {i}")
    report = sync_local(a, b)
    assert (report.pulled, report.pushed) == (5, 0)
    report = sync_local(a, b)
    assert (report.pulled, report.pushed) == (0, 0)
    # B asking A: A's copies came from B, so none is offered.
    assert read_changes(a, 0, 100, skip_origin=machine_id(b)).changes == []


def test_a_page_reads_past_the_askers_echoes_to_the_changes_it_lacks(two):
    # Regression: echoes filled the page's `limit` and were then dropped, so a pull after a
    # push of 100,000 changes crossed their echoes in twenty empty pages.
    a, b = two
    mine = capture(a, title="A paper of a's own")
    for i in range(30):
        capture(b, title=f"Paper number {i} from b")
    sync_local(a, b)
    page = read_changes(a, 0, 10, skip_origin=machine_id(b))
    assert [c.id for c in page.changes] == [mine]
    assert (page.next, page.more) == (version(a), False)
    past_mine = page.changes[0].version
    echoes_only = read_changes(a, past_mine, 10, skip_origin=machine_id(b))
    assert (echoes_only.changes, echoes_only.next, echoes_only.more) == ([], version(a), False)


def test_libraries_in_step_exchange_nothing_and_write_nothing(two):
    a, b = two
    capture(a, title="One paper")
    capture(b, title="Another paper")
    sync_local(a, b)
    before = version(a), version(b)
    report = sync_local(a, b)
    assert (report.pulled, report.pushed, report.merged) == (0, 0, 0)
    assert (version(a), version(b)) == before


def test_a_deleted_note_disappears_on_the_other_side_and_stays_gone(two):
    a, b = two
    pid = capture(a, title="A paper with notes")
    with write(a) as tx:
        note = create_note(tx, pid, "to be deleted")
    sync_local(a, b)
    assert count(b, "notes") == 1
    with write(b) as tx:
        delete_note(tx, note.id)
    sync_local(a, b)
    assert count(a, "notes") == 0 and count(b, "notes") == 0
    # An old copy of the live note arriving again does not bring it back.
    stale = NoteChange(id=note.id, version=1, paper_id=pid, clock=format_hlc(1, 0, P),
                       vv={machine_id(a): 1}, body="to be deleted")
    assert [r.status for r in apply_changes(a, [stale], P)] == ["unchanged"]
    assert count(a, "notes") == 0


def test_an_edit_made_while_the_other_side_deleted_is_kept_as_a_conflict_copy(two):
    a, b = two
    pid = capture(a, title="A paper with notes")
    with write(a) as tx:
        note = create_note(tx, pid, "original")
    sync_local(a, b)
    with write(a) as tx:
        delete_note(tx, note.id)
    with write(b) as tx:
        edit_note(tx, note.id, body="edited offline")
    report = sync_local(a, b)
    assert report.conflicts == 1
    for db in (a, b):
        assert db.execute("SELECT body, conflict_of FROM notes").fetchall() == [
            ("edited offline", note.id)]
    assert snapshot(a) == snapshot(b)


def test_edits_made_apart_keep_both_texts_on_both_sides(two):
    a, b = two
    pid = capture(a, title="A paper with notes")
    with write(a) as tx:
        note = create_note(tx, pid, "original")
    sync_local(a, b)
    later = int(time.time() * 1000) + 10_000
    use_wall_clock(a, lambda: later)
    use_wall_clock(b, lambda: later + 5)
    with write(a) as tx:
        edit_note(tx, note.id, body="edit on a")
    with write(b) as tx:
        edit_note(tx, note.id, body="edit on b")
    sync_local(b, a)
    for db in (a, b):
        rows = dict(db.execute("SELECT body, conflict_of FROM notes").fetchall())
        assert rows == {"edit on b": None, "edit on a": note.id}  # b's edit is later
    assert snapshot(a) == snapshot(b)


def test_a_bad_change_is_rejected_alone_and_the_cursor_stops_before_it(two):
    a, _ = two
    good = PaperChange(id="0" * 16, version=3, values={"title": "Fine"},
                       clocks={"title": f"2:{format_hlc(5, 0, P)}"})
    bad = PaperChange(id="1" * 16, version=4, values={"rating": 9},
                      clocks={"rating": f"3:{format_hlc(5, 0, P)}"})
    results = apply_changes(a, [good, bad], P, pull_cursor=(4, "http://p"))
    assert [r.status for r in results] == ["new", "rejected"]
    assert results[1].message == f"paper {'1' * 16}: values.rating: Expected `int` <= 5"
    assert a.execute("SELECT id FROM papers").fetchall() == [("0" * 16,)]
    assert a.execute("SELECT pull_cursor FROM sync_peers").fetchone() == (3,)


def test_a_clock_too_far_ahead_is_rejected_alone_and_leaves_the_local_clock_alone(two):
    a, _ = two
    capture(a, title="Something")
    clock_before = a.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
    far = 10**13 * 2  # the year 2603
    change = PaperChange(id="2" * 16, version=1, values={"title": "From the future"},
                         clocks={"title": f"2:{format_hlc(far, 0, P)}"})
    good = PaperChange(id="3" * 16, version=2, values={"title": "From the past"},
                       clocks={"title": f"2:{format_hlc(5, 0, P)}"})
    body = encode(PushBatch(protocol=PROTOCOL, machine=P, changes=[change, good]))
    results = decode_result(server.accept_push(a, body)).results
    assert [r.status for r in results] == ["rejected", "new"]
    assert "clocks.title" in results[0].message and "more than a day ahead" in results[0].message
    assert count(a, "papers") == 2
    assert a.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone() == clock_before


def test_a_push_answers_per_item_and_limits_its_size(two, monkeypatch):
    a, b = two
    capture(a, title="First")
    capture(a, title="Second")
    changes = read_changes(a, 0, 10).changes
    body = encode(PushBatch(protocol=PROTOCOL, machine=machine_id(a), changes=changes))
    answer = decode_result(server.accept_push(b, body))
    assert [r.status for r in answer.results] == ["new", "new"]
    assert answer.machine == machine_id(b)
    monkeypatch.setattr(server, "MAX_PUSH_CHANGES", 1)
    with pytest.raises(server.SyncRequestError) as refused:
        server.accept_push(b, body)
    assert refused.value.status == 413 and refused.value.extra["max_changes"] == 1
    assert "at most 1 changes" in refused.value.message


def test_another_protocol_is_refused_by_the_server(two):
    a, _ = two
    with pytest.raises(server.SyncRequestError) as refused:
        server.read_page(a, protocol=PROTOCOL + 1)
    assert (refused.value.status, refused.value.error) == (409, "protocol_mismatch")
    with pytest.raises(server.SyncRequestError) as refused:
        server.accept_push(a, msgspec.json.encode({"protocol": 99, "machine": "x", "changes": []}))
    assert refused.value.extra["protocol"] == PROTOCOL
    with pytest.raises(server.SyncRequestError) as refused:
        server.accept_push(a, b"{not json")
    assert refused.value.status == 400


def test_pages_never_split_one_version_and_cover_every_change(two):
    a, b = two
    ids = [capture(a, title=f"Paper {i}") for i in range(7)]
    # Seven ids turn out to be one paper: the aliases re-pointed share a version.
    with write(a) as tx:
        from papershelf.store.papers import merge_papers
        for pid in ids[1:]:
            merge_papers(tx, ids[0], pid)
    seen, cursor, more = [], 0, True
    while more:
        page = read_changes(a, cursor, 2)
        assert page.next >= cursor
        seen.extend(page.changes)
        cursor, more = page.next, page.more
    expected = read_changes(a, 0, 1000).changes
    assert seen == expected
    sync_local(b, a, page_size=2, batch_size=2)
    assert snapshot(a) == snapshot(b)


def test_the_next_page_is_fetched_while_this_one_is_applied(two, monkeypatch):
    a, b = two
    for i in range(6):
        capture(b, title=f"Paper {i} to pull")
    transport = local_transport(b)
    asked: list[int] = []
    second_asked = threading.Event()

    def handle(request: httpx.Request) -> httpx.Response:
        since = int(parse_qs(request.url.query.decode()).get("since", ["0"])[0])
        asked.append(since)
        if len(asked) == 2:
            second_asked.set()
        return transport.handle_request(request)

    applied_after_the_fetch: list[bool] = []

    def apply_when_fetched(db, changes, peer, **kwargs):
        applied_after_the_fetch.append(second_asked.wait(5))
        return apply_changes(db, changes, peer, **kwargs)

    monkeypatch.setattr(client, "apply_changes", apply_when_fetched)
    report = sync_with(a, "http://peer.test", "token", transport=httpx.MockTransport(handle),
                       page_size=2)
    assert report.pulled == 6
    # Page two was asked for (from where page one ends) before page one was applied.
    assert applied_after_the_fetch[0] is True
    assert asked[:4] == [0, 2, 4, 6]
    assert snapshot(a) == snapshot(b)


def test_malformed_clocks_reject_their_change_only(two):
    a, _ = two
    good = PaperChange(id="0" * 16, version=1, values={"title": "Fine"},
                       clocks={"title": f"2:{format_hlc(5, 0, P)}"})
    no_rank = PaperChange(id="1" * 16, version=2, values={"title": "No rank"},
                          clocks={"title": "garbage"})
    bad_tag = PaperChange(id="2" * 16, version=3, values={"title": "Bad tag"},
                          clocks={"title": f"2:{format_hlc(5, 0, P)}"},
                          tags={"x": TagState(adds=["not-a-clock"])})
    bad_note = NoteChange(id="n", version=4, paper_id="0" * 16, clock="zzz", body="b")
    results = apply_changes(a, [good, no_rank, bad_tag, bad_note], P)
    assert [r.status for r in results] == ["new", "rejected", "rejected", "rejected"]


def test_an_alias_that_is_no_identity_merge_is_refused(two):
    a, _ = two
    pid = capture(a, title="Attention Is All You Need", arxiv_id="1706.03762")
    other = capture(a, title="Deep Residual Learning", arxiv_id="1512.03385")
    small, big = sorted([pid, other])
    unknown = "0" * 16
    before = snapshot(a)

    def push(alias: str, paper_id: str):
        change = AliasChange(alias=alias, paper_id=paper_id, version=2)
        body = encode(PushBatch(protocol=PROTOCOL, machine=P, changes=[change]))
        return decode_result(server.accept_push(a, body)).results[0]

    refusals = {
        (pid, unknown): f"paper {unknown} is unknown here",  # a rename to an invented id
        ("f" * 16, unknown): f"paper {unknown} is unknown here",  # a rename of a future id
        (pid, pid): "a paper cannot be its own alias",
        (small, big): f"{big} is not smaller than {small}",
        (big, small): "two different papers (arXiv ids",
    }
    for (alias, target), message in refusals.items():
        result = push(alias, target)
        assert result.status == "rejected", (alias, target)
        assert message in result.message and result.message.startswith(f"alias {alias}: ")
    assert snapshot(a) == before


def test_an_alias_is_taken_when_the_joining_record_reached_only_the_peer(two):
    a, b = two
    # Both know two papers with nothing in common (the arXiv page's title came last).
    title_only = capture(a, title="Transformers, a Study")
    by_arxiv = capture(a, title="Attention Is All You Need", arxiv_id="1706.03762")
    sync_local(b, a)
    # A dump line on B gives one's arXiv id with the other's title: B joins them, and
    # the dump's title loses to the page's, so nothing A will hold shows the match.
    with write(b) as tx:
        save_paper(tx, Paper(title="Transformers, a study", arxiv_id="1706.03762"),
                   rank=Rank.TEXT, hlc=tx.now())
    sync_local(a, b)
    assert snapshot(a) == snapshot(b)
    assert a.execute("SELECT id, title FROM papers").fetchall() == [
        (min(title_only, by_arxiv), "Attention Is All You Need")]


def test_an_alias_relayed_after_its_paper_changed_again_lands(tmp_path):
    # Two replicas know a paper by its title, one by its arXiv id. The middle one
    # learns the id merge from one side, then writes the paper (an edit from the
    # other side): its feed now has the alias before the paper's state.
    r0, r1, r2 = (open_writer(tmp_path / f"r{i}.db", create=True) for i in range(3))
    title_only = capture(r0, title="Attention Is All You Need")
    capture(r2, title="Attention Is All You Need")
    by_arxiv = capture(r1, title="Attention Is All You Need", arxiv_id="1706.03762")
    with write(r2) as tx:
        edit_paper(tx, title_only, {"rating": 3})
    sync_local(r0, r1)
    sync_local(r1, r2)
    sync_local(r2, r0)
    assert snapshot(r0) == snapshot(r1) == snapshot(r2)
    assert r2.execute("SELECT id, rating FROM papers").fetchall() == [
        (min(title_only, by_arxiv), 3)]
    for db in (r0, r1, r2):
        db.close()


def test_a_large_batch_indexes_and_counts_its_papers_at_its_end_with_merges_and_rejects(two):
    """A batch of DEFER_UPKEEP_FROM changes or more is full-text indexed and counted for
    the overview in one statement each at its end, as an import is: the papers and notes
    it adds, one it folds into a paper stored before, none of a note deleted in the same
    batch, none of a change it rejects."""
    from papershelf.store.overview import recount
    from papershelf.sync.apply import DEFER_UPKEEP_FROM

    a, b = two
    with write(a) as tx:
        for i in range(DEFER_UPKEEP_FROM):
            pid, _ = save_paper(tx, Paper(title=f"Graph paper number {i}", published="2024-01-02"),
                                rank=Rank.PAGE, hlc=tx.now())
            create_note(tx, pid, f"Lattice note {i}")
        gone = create_note(tx, pid, "Lattice note deleted in the same batch")
        delete_note(tx, gone.id)
    pa = capture(a, title="Attention is all you need", arxiv_id="1706.03762")
    pb = capture(b, title="ATTENTION IS ALL YOU NEED")
    bad = PaperChange(id="1" * 16, version=10**6, values={"title": "Bad graph", "rating": 9},
                      clocks={"rating": f"3:{format_hlc(5, 0, P)}"})
    changes = [*read_changes(a, 0, 10_000).changes, bad]
    results = apply_changes(b, changes, machine_id(a))
    assert [r.status for r in results].count("rejected") == 1
    conn = b.conn
    conn.execute("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'graph'"
                        ).fetchone()[0] == DEFER_UPKEEP_FROM
    assert conn.execute("SELECT id FROM papers WHERE id IN (SELECT rowid FROM papers_fts "
                        "WHERE papers_fts MATCH 'attention')").fetchall() == []
    assert conn.execute("SELECT p.id FROM papers_fts f JOIN papers p ON p.rowid = f.rowid "
                        "WHERE papers_fts MATCH 'attention'").fetchall() == [(min(pa, pb),)]
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'lattice'"
                        ).fetchone()[0] == DEFER_UPKEEP_FROM
    held = {(f, v): n for f, v, n in conn.execute("SELECT * FROM library_counts WHERE count > 0")}
    assert held == recount(conn)
    assert held[("papers", "")] == DEFER_UPKEEP_FROM + 1
    assert held[("notes", "")] == DEFER_UPKEEP_FROM
    assert count(b, "fts_deferred") == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                        "('papers_fts_ai', 'library_counts_papers_ai', 'notes_fts_ai', "
                        "'library_counts_notes_ai')").fetchone()[0] == 4
