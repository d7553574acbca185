"""A peer's clocks cannot outrank the reader: clocks are parsed strictly, ranks are the
three a library writes, and every clock a change carries is bounded by the receiver's
clock, item by item. Clocks stored before this was checked read as sound clocks."""

from __future__ import annotations

import sqlite3
import time

import msgspec
import pytest

from helpers import running_server
from papershelf.clock import MAX_DRIFT_MS, format_hlc, parse_hlc
from papershelf.merge import sound_field_clock
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note
from papershelf.store.papers import edit_paper, load_state, save_paper
from papershelf.store.tx import write
from papershelf.sync import server
from papershelf.sync.feed import read_changes
from papershelf.sync.items import load_note
from papershelf.sync.protocol import PROTOCOL, decode_result
from sync_helpers import snapshot, sync_local

PEER = "feedfacefeedface"
DAY = 24 * 3600 * 1000
ZERO = "0" * 16 + "-0000-" + "0" * 16  # the smallest clock: what a clock that is none reads as


def hlc(offset_ms: int = 0, machine: str = PEER) -> str:
    return format_hlc(int(time.time() * 1000) + offset_ms, 0, machine)


def push(db, items: list) -> list:
    body = msgspec.json.encode({"protocol": PROTOCOL, "machine": PEER, "changes": items})
    return decode_result(server.accept_push(db, body)).results


def good_item(pid: str = "0" * 16) -> dict:
    return {"type": "paper", "id": pid, "version": 1, "values": {"title": "Lands"},
            "clocks": {"title": f"2:{hlc()}"}}


@pytest.fixture
def db(tmp_path):
    library = open_writer(tmp_path / "library.db", create=True)
    yield library
    library.close()


@pytest.mark.parametrize("value", [
    "9-0-x",  # unpadded: sorts above every real clock
    "0001732262400000-0000-x",  # a machine id no library makes
    "0001732262400000-0-feedfacefeedface",
    "0001732262400000-00000-feedfacefeedface",
    "0001732262400000-0000-FEEDFACEFEEDFACE",
    "0001732262400000-0000-feedfacefeedface\n",
    "０００1732262400000-0000-feedfacefeedface",  # digits, but not ASCII ones
    "-001732262400000-0000-feedfacefeedface",
    "",
])
def test_only_clocks_exactly_as_the_library_writes_them_parse(value):
    with pytest.raises(ValueError, match="is not a clock"):
        parse_hlc(value)
    assert parse_hlc("0001732262400000-00ff-feedfacefeedface") == (
        1732262400000, 255, "feedfacefeedface")


@pytest.mark.parametrize(("clock", "named"), [
    ("3:9-0-x", "is not a clock"),
    (f"9:{hlc()}", "is not a field clock"),
    (f"0:{hlc()}", "is not a field clock"),
    (f"03:{hlc()}", "is not a field clock"),
    (hlc(), "is not a field clock"),  # no rank at all
    (f"3:{hlc(2 * DAY)}", "more than a day ahead"),
], ids=["unpadded", "rank-9", "rank-0", "rank-03", "no-rank", "two-days-ahead"])
def test_a_field_clock_a_peer_may_not_claim_is_rejected_alone(db, clock, named):
    bad = {"type": "paper", "id": "1" * 16, "version": 2, "values": {"rating": 5},
           "clocks": {"rating": clock}}
    results = push(db, [bad, good_item()])
    assert [r.status for r in results] == ["rejected", "new"]
    assert "clocks.rating" in results[0].message and named in results[0].message


def far(days: int = 2) -> str:
    return hlc(days * DAY)


FAR_POSITIONS = [
    ({"type": "paper", "id": "1" * 16, "version": 2, "values": {"title": "t"},
      "clocks": {"title": f"2:{hlc()}"}, "tags": {"x": [[far()], []]}}, "tags['x'].adds"),
    ({"type": "paper", "id": "1" * 16, "version": 2, "values": {"title": "t"},
      "clocks": {"title": f"2:{hlc()}"}, "tags": {"x": [[hlc()], [far()]]}}, "tags['x'].removed"),
    ({"type": "paper", "id": "1" * 16, "version": 2, "deleted": f"3:{far()}"}, "deleted"),
    ({"type": "note", "id": "n" * 32, "version": 2, "paper_id": "0" * 16, "clock": far(),
      "body": "b"}, "clock"),
    ({"type": "note", "id": "n" * 32, "version": 2, "paper_id": "0" * 16, "clock": hlc(),
      "deleted": far()}, "deleted"),
]


@pytest.mark.parametrize(("item", "named"), FAR_POSITIONS)
def test_every_clock_a_change_carries_is_bounded_by_the_receivers_clock(db, item, named):
    before = db.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
    results = push(db, [item, good_item()])
    assert [r.status for r in results] == ["rejected", "new"]
    assert named in results[0].message and "more than a day ahead" in results[0].message
    # The local clock moved for the change that landed, never towards the far one.
    after = db.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()[0]
    assert after != before and parse_hlc(after)[0] < time.time() * 1000 + MAX_DRIFT_MS


def test_an_unparsable_clock_no_longer_hides_a_far_one_in_the_same_batch(db):
    # The drift check used to look at the batch's largest clock: "9-0-x" sorts above a
    # clock two days ahead, and parses as 9 ms after 1970.
    hiding = {"type": "paper", "id": "1" * 16, "version": 1, "values": {"title": "a"},
              "clocks": {"title": "2:9-0-x"}}
    hidden = {"type": "paper", "id": "2" * 16, "version": 2, "values": {"rating": 5},
              "clocks": {"rating": f"3:{far()}"}}
    assert [r.status for r in push(db, [hiding, hidden, good_item()])] == [
        "rejected", "rejected", "new"]
    assert [p[0] for p in snapshot(db)["papers"]] == ["0" * 16]


@pytest.mark.parametrize("clock", ["3:9-0-x", f"9:{hlc()}"], ids=["unpadded", "rank-9"])
def test_after_a_poisoned_push_the_readers_edit_still_wins_on_a_real_server(tmp_path, clock):
    with running_server(tmp_path / "library.db") as running, running.client() as client:
        pid = "0" * 16

        def push_over_http(item: dict) -> str:
            answer = client.post("/api/sync/changes", json={
                "protocol": PROTOCOL, "machine": PEER, "changes": [item]})
            assert answer.status_code == 200, answer.text
            return answer.json()["results"][0]["status"]

        assert push_over_http(good_item(pid)) == "new"
        poisoned = {"type": "paper", "id": pid, "version": 2, "values": {"rating": 1},
                    "clocks": {"rating": clock}}
        assert push_over_http(poisoned) == "rejected"
        for rating in (4, 2):
            patched = client.patch(f"/api/papers/{pid}", json={"rating": rating})
            assert (patched.status_code, patched.json()["rating"]) == (200, rating)


# ---- clocks a library stored before they were checked -------------------------------------


def poisoned_library(path) -> tuple[str, str, str]:
    """A paper whose rating and status clocks, tag clock and note clock a pre-fix peer set."""
    db = open_writer(path, create=True)
    try:
        with write(db) as tx:
            pid, _ = save_paper(tx, Paper(title="Poisoned clocks"), rank=Rank.PAGE, hlc=tx.now())
            edit_paper(tx, pid, {"rating": 1, "status": "read"}, tags=["t"])
            note = create_note(tx, pid, "a note").id
    finally:
        db.close()
    conn = sqlite3.connect(path)
    with conn:
        status_hlc = hlc(-60_000)
        clocks = {f"2:{hlc(-60_000)}": ["title"], "3:9-0-x": ["rating"],
                  f"9:{status_hlc}": ["status"]}
        conn.execute("UPDATE paper_state SET clocks = ?, tag_set = ? WHERE paper_id = ?", [
            msgspec.json.encode(clocks).decode(), '{"t": [["7-1-y"], []]}', pid])
        conn.execute("UPDATE note_state SET clock = '5-0-z', vv = ? WHERE note_id = ?",
                     ['{"m": 3, "' + PEER + '": 1}', note])
    conn.close()
    return pid, note, status_hlc


def test_clocks_stored_before_the_check_read_as_sound_clocks_everywhere(tmp_path):
    pid, note, status_hlc = poisoned_library(tmp_path / "a.db")
    a, b = open_writer(tmp_path / "a.db", create=True), open_writer(tmp_path / "b.db", create=True)
    try:
        state = load_state(a, pid)
        assert state.clocks["rating"] == f"3:{ZERO}"
        assert state.clocks["status"] == f"3:{status_hlc}"  # the rank brought down to the reader's
        assert state.tags["t"].adds == [ZERO]
        changes = {c.id: c for c in read_changes(a, 0, 100).changes}
        assert changes[note].clock == ZERO and changes[note].vv == {PEER: 1}
        # A peer that checks every clock takes them, and both sides end alike.
        sync_local(b, a)
        assert snapshot(a)["papers"] == snapshot(b)["papers"]
        # The reader's edits win again, on both sides.
        with write(a) as tx:
            edit_paper(tx, pid, {"rating": 5, "status": "reading"})
        with write(b) as tx:
            edit_paper(tx, pid, {}, tags=["t", "u"])
        sync_local(b, a)
        sync_local(b, a)
        for db in (a, b):
            assert db.execute("SELECT rating, status, tags FROM papers").fetchone() == (
                5, "reading", '["t","u"]')
        # The note was not written since: its row keeps the old text, read the same way.
        first, second = snapshot(a), snapshot(b)
        assert first.pop("note_state") != second.pop("note_state")
        assert first == second
        assert load_note(a.conn, note) == load_note(b.conn, note)
    finally:
        a.close()
        b.close()


SOUND = f"0001700000000000-0000-{PEER}"


@pytest.mark.parametrize(("stored", "read_as"), [
    (f"2:{SOUND}", f"2:{SOUND}"),
    (f"9:{SOUND}", f"3:{SOUND}"),
    (f"03:{SOUND}", f"3:{SOUND}"),
    (f"0:{SOUND}", f"1:{SOUND}"),
    (f"{'9' * 5000}:{SOUND}", f"3:{SOUND}"),  # more digits than Python reads as a number
    (f"{'0' * 5000}:{SOUND}", f"1:{SOUND}"),
    (f"x:{SOUND}", f"1:{SOUND}"),
    ("3:9-0-x", f"3:{ZERO}"),
    ("9:9-0-x", f"3:{ZERO}"),
    ("garbage", f"1:{ZERO}"),
    ("", f"1:{ZERO}"),
])
def test_a_stored_field_clock_reads_as_a_sound_one(stored, read_as):
    assert sound_field_clock(stored) == read_as
