"""The change feed is one snapshot: a capture with a note committed while a page is
being read never puts the note on the page without its paper, nor moves the cursor
past the paper. Checked deterministically (a commit injected between the feed's
statements) and with writer threads on both libraries while they sync."""

from __future__ import annotations

import threading
import time

import pytest

from papershelf.records import Paper, Rank
from papershelf.store.db import open_reader, open_writer, read_transaction
from papershelf.store.notes import create_note
from papershelf.store.papers import save_paper
from papershelf.store.tx import machine_id, write
from papershelf.sync import server
from papershelf.sync.feed import read_changes
from papershelf.sync.protocol import (
    PROTOCOL,
    NoteChange,
    PaperChange,
    PushBatch,
    decode_page,
    encode,
)
from sync_helpers import snapshot, sync_local

CAPTURES_PER_WRITER = 500


def capture_with_note(db, title: str) -> str:
    """A capture that carries a note, in one transaction (as capture.py stores it)."""
    with write(db) as tx:
        pid, _ = save_paper(tx, Paper(title=title), rank=Rank.PAGE, hlc=tx.now())
        create_note(tx, pid, f"note on {title}")
    return pid


def orphan_notes(db) -> list[tuple]:
    return db.execute(
        "SELECT id, paper_id FROM notes WHERE paper_id NOT IN (SELECT id FROM papers)").fetchall()


class CommitBetweenStatements:
    """A trace callback on the reading connection: the first time a statement of the feed
    reads `note_state`, another connection commits a capture with a note first."""

    def __init__(self, other, title: str, marker: str = "FROM note_state"):
        self.other, self.title, self.marker = other, title, marker
        self.pid: str | None = None

    def __call__(self, statement: str) -> None:
        if self.pid is None and self.marker in statement:
            self.pid = capture_with_note(self.other, self.title)


@pytest.fixture
def library_pair(tmp_path):
    path = tmp_path / "a.db"
    a, other = open_writer(path, create=True), open_writer(path, create=True)
    b = open_writer(tmp_path / "b.db", create=True)
    yield path, a, other, b
    for db in (a, other, b):
        db.close()


def test_feed_page_never_holds_a_note_without_its_paper_when_a_capture_commits_mid_read(
        library_pair):
    path, a, other, _ = library_pair
    capture_with_note(a, "Already there")
    read_only = open_reader(path)
    for reader in (a, read_only):  # the writer connection and a read-only one
        since = int(reader.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0])
        hook = CommitBetweenStatements(other, f"Committed mid-read {since}")
        reader.conn.set_trace_callback(hook)
        page = read_changes(reader, since, 100)
        reader.conn.set_trace_callback(None)
        assert hook.pid is not None, "the feed never read note_state"
        papers = {c.id for c in page.changes if isinstance(c, PaperChange)}
        notes = [c for c in page.changes if isinstance(c, NoteChange)]
        assert all(n.paper_id in papers for n in notes), (page.changes, papers)
        # The commit is either wholly on the page or wholly after its cursor.
        assert (hook.pid in papers) == bool(notes)
        rest = read_changes(reader, page.next, 100).changes
        assert hook.pid in papers | {c.id for c in rest if isinstance(c, PaperChange)}
    read_only.close()


def test_served_page_is_one_snapshot_and_the_paper_reaches_the_peer(library_pair):
    _, a, other, b = library_pair
    capture_with_note(a, "Already there")
    sync_local(b, a)
    hook = CommitBetweenStatements(other, "Committed while serving a page")
    a.conn.set_trace_callback(hook)
    try:
        sync_local(b, a)
    finally:
        a.conn.set_trace_callback(None)
    assert hook.pid is not None
    sync_local(b, a)  # a later sync that exits cleanly: nothing may stay behind
    assert orphan_notes(b) == []
    assert snapshot(a) == snapshot(b)


def test_read_page_says_how_far_it_holds_the_asker_as_of_the_page_it_sends(library_pair):
    path, a, other, b = library_pair
    capture_with_note(b, "From the asker")
    sync_local(b, a)  # a now holds b's feed up to here
    peer = machine_id(b)
    held = server.read_page(a, since=0, machine=peer)
    capture_with_note(b, "Pushed while a page is served")
    pushed = read_changes(b, decode_page(held).seen, 100)
    body = encode(PushBatch(protocol=PROTOCOL, machine=peer, changes=pushed.changes,
                            since=decode_page(held).seen, next=pushed.next))

    def push_from_the_asker(statement: str) -> None:
        if "FROM sync_peers" in statement and not done:
            done.append(server.accept_push(other, body))

    done: list = []
    a.conn.set_trace_callback(push_from_the_asker)
    try:
        page = decode_page(server.read_page(a, since=0, machine=peer))
    finally:
        a.conn.set_trace_callback(None)
    assert done, "the push never ran"
    # The page is from before the push: so is what it says a holds of b's feed.
    assert page.seen == decode_page(held).seen < pushed.next
    assert decode_page(server.read_page(a, since=0, machine=peer)).seen == pushed.next
    # The same page read on a read-only connection (as a server's reader thread reads it).
    reader = open_reader(path)
    try:
        assert server.read_page(reader, since=0, machine=peer) == server.read_page(
            a, since=0, machine=peer)
    finally:
        reader.close()


def test_read_transaction_is_one_snapshot_on_a_read_only_connection(library_pair):
    path, a, other, _ = library_pair
    reader = open_reader(path)
    try:
        with read_transaction(reader) as conn:
            before = conn.execute("SELECT count(*) FROM papers").fetchone()[0]
            capture_with_note(other, "Committed inside the read")
            assert conn.execute("SELECT count(*) FROM papers").fetchone()[0] == before
        assert reader.execute("SELECT count(*) FROM papers").fetchone()[0] == before + 1
        assert not reader.conn.in_transaction
        # Nested inside a transaction already open, it reads that transaction's snapshot.
        with write(a), read_transaction(a) as conn:
            assert conn.execute("SELECT count(*) FROM papers").fetchone()[0] == before + 1
    finally:
        reader.close()


def test_libraries_written_by_threads_while_syncing_end_identical_without_orphans(tmp_path):
    paths = {name: tmp_path / f"{name}.db" for name in ("a", "b")}
    a, b = open_writer(paths["a"], create=True), open_writer(paths["b"], create=True)
    try:
        _write_on_both_sides_while_syncing(a, b, paths)
    finally:
        a.close()
        b.close()


def _write_on_both_sides_while_syncing(a, b, paths) -> None:
    failures: list[BaseException] = []

    def writer(name: str) -> None:
        db = open_writer(paths[name], create=True)
        try:
            for i in range(CAPTURES_PER_WRITER):
                capture_with_note(db, f"{name} capture {i}")
                time.sleep(0.001)  # room for the syncing connection to take the write lock
        except BaseException as error:  # reported by the main thread
            failures.append(error)
        finally:
            db.close()

    threads = [threading.Thread(target=writer, args=(name,)) for name in paths]
    for thread in threads:
        thread.start()
    syncs = 0
    try:
        while any(thread.is_alive() for thread in threads):
            sync_local(a, b, page_size=20, batch_size=20)
            syncs += 1
    finally:
        for thread in threads:
            thread.join()
    assert not failures, failures
    assert syncs > 1
    sync_local(a, b)
    sync_local(a, b)
    assert orphan_notes(a) == [] and orphan_notes(b) == []
    assert snapshot(a) == snapshot(b)
    assert a.execute("SELECT count(*) FROM papers").fetchone()[0] == 2 * CAPTURES_PER_WRITER
