"""Pushed changes are checked item by item against the types of local writes: a wrongly
typed item is rejected alone, naming the field, and the rest of its batch lands; a
library already holding a malformed paper row stays readable, editable and syncable."""

from __future__ import annotations

import sqlite3
import time

import msgspec
import pytest

from helpers import run_cli, running_server
from papershelf.clock import format_hlc
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note
from papershelf.store.papers import edit_paper, load_state, save_paper
from papershelf.store.queries import PaperFilter, get_paper, list_papers
from papershelf.store.search_text import register_search_text
from papershelf.store.tx import write
from papershelf.sync import server
from papershelf.sync.apply import pull_cursor_for
from papershelf.sync.feed import read_changes
from papershelf.sync.protocol import PROTOCOL, decode_result
from sync_helpers import snapshot, sync_local

PEER = "feedfacefeedface"


def now_clock(rank: int = Rank.PAGE, machine: str = PEER) -> str:
    return f"{rank}:{format_hlc(int(time.time() * 1000), 0, machine)}"


def paper_item(pid: str, version: int = 1, **values) -> dict:
    clock = now_clock()
    return {"type": "paper", "id": pid, "version": version, "values": values,
            "clocks": dict.fromkeys(values, clock)}


def push(db, items: list, *, since: int | None = None, upto: int | None = None) -> list:
    batch = {"protocol": PROTOCOL, "machine": PEER, "changes": items}
    if since is not None:
        batch.update(since=since, next=upto)
    return decode_result(server.accept_push(db, msgspec.json.encode(batch))).results


@pytest.fixture
def db(tmp_path):
    library = open_writer(tmp_path / "library.db", create=True)
    yield library
    library.close()


GOOD = paper_item("0" * 16, title="A paper that lands")

WRONGLY_TYPED = [
    ({"authors": "Mallory"}, "values.authors"),
    ({"authors": [1, 2]}, "values.authors[0]"),
    ({"upvotes": "x"}, "values.upvotes"),
    ({"upvotes": 2**63}, "values.upvotes"),
    ({"arxiv_version": 1.5}, "values.arxiv_version"),
    ({"title": ["x"]}, "values.title"),
    ({"abstract": {"a": 1}}, "values.abstract"),
    ({"published": True}, "values.published"),
    ({"rating": 2.5}, "values.rating"),
    ({"rating": 9}, "values.rating"),
    ({"status": None}, "values.status"),
    ({"status": "done"}, "values.status"),
]


@pytest.mark.parametrize(("values", "field"), WRONGLY_TYPED)
def test_a_wrongly_typed_paper_value_is_rejected_alone_naming_the_field(db, values, field):
    before = snapshot(db)
    results = push(db, [paper_item("1" * 16, **{"title": "Bad one", **values}), GOOD])
    assert [r.status for r in results] == ["rejected", "new"]
    assert results[0].message.startswith(f"paper {'1' * 16}: {field}"), results[0].message
    after = snapshot(db)
    assert [p[0] for p in after["papers"]] == ["0" * 16]
    assert after["notes"] == before["notes"] and after["aliases"] == before["aliases"]


def test_a_tag_longer_than_local_tags_may_be_is_rejected_naming_it(db):
    item = paper_item("1" * 16, title="Tagged")
    item["tags"] = {"x" * 101: [[format_hlc(int(time.time() * 1000), 0, PEER)], []]}
    results = push(db, [item, GOOD])
    assert [r.status for r in results] == ["rejected", "new"]
    assert "tags" in results[0].message and "100" in results[0].message


UNDECODABLE = [
    ({**GOOD, "id": "2" * 16, "version": "x"}, "version"),
    ({"type": "note", "id": "n" * 32, "version": 3, "paper_id": "0" * 16,
      "clock": format_hlc(int(time.time() * 1000), 0, PEER), "vv": {PEER: "b"}, "body": "b"},
     "vv"),
    ({"type": "bogus", "id": "3" * 16, "version": 4}, "type"),
    ({"type": "note", "id": "n" * 32, "version": 5, "paper_id": "0" * 16, "clock": 7,
      "body": "b"}, "clock"),
    ({"type": "alias", "alias": "4" * 16, "paper_id": "0" * 16, "version": 2**70}, "version"),
    ("not an object", "object"),
    ({**GOOD, "id": "5" * 16, "values": []}, "values"),
]


@pytest.mark.parametrize(("item", "named"), UNDECODABLE)
def test_an_item_that_does_not_decode_is_rejected_alone_and_the_batch_lands(db, item, named):
    results = push(db, [item, GOOD])
    assert [r.status for r in results] == ["rejected", "new"]
    assert named in results[0].message, results[0].message
    assert [p[0] for p in snapshot(db)["papers"]] == ["0" * 16]


def test_an_item_whose_version_cannot_be_read_moves_no_cursor(db):
    results = push(db, [{**GOOD, "version": 1}, {"type": "paper", "version": "x"}],
                   since=0, upto=2)
    assert [r.status for r in results] == ["new", "rejected"]
    # Where the unreadable item sits in the pusher's feed is unknown: no span is held.
    assert pull_cursor_for(db, PEER) == 0


def test_a_rejected_item_with_a_version_past_the_span_does_not_carry_the_cursor_past_it(db):
    bad = paper_item("1" * 16, version=10**6, rating=9)
    results = push(db, [{**GOOD, "version": 1}, bad], since=0, upto=2)
    assert [r.status for r in results] == ["new", "rejected"]
    assert pull_cursor_for(db, PEER) <= 2


def test_a_push_with_a_malformed_item_leaves_every_route_of_a_real_server_working(tmp_path):
    with running_server(tmp_path / "library.db") as running, running.client() as client:
        body = {"protocol": PROTOCOL, "machine": PEER, "changes": [
            paper_item("1" * 16, title="Mallory's paper", authors="Mallory"),
            paper_item("2" * 16, title="Numbered authors", authors=[1, 2]),
            paper_item("0" * 16, title="A paper that lands", authors=["Alice Example"]),
        ]}
        answer = client.post("/api/sync/changes", json=body)
        assert answer.status_code == 200, answer.text
        assert [r["status"] for r in answer.json()["results"]] == ["rejected", "rejected", "new"]
        assert all(r.get("message") for r in answer.json()["results"][:2])
        for path in ("/api/papers", "/api/papers?q=paper", "/api/sync/changes",
                     f"/api/papers/{'0' * 16}"):
            assert client.get(path).status_code == 200, path
        for pid in ("1" * 16, "2" * 16):
            assert client.get(f"/api/papers/{pid}").status_code == 404
        assert client.patch(f"/api/papers/{'0' * 16}", json={"rating": 4}).json()["rating"] == 4
    result = run_cli("export", "--format", "bibtex", db_path=tmp_path / "library.db")
    assert "Alice Example" in result.stdout


# ---- a malformed row already on disk (stored before pushes were checked) -------------------

BAD_COLUMNS = [
    ('"Mallory"', ["Mallory"]),  # a bare name: one author
    ("[1, 2]", None),  # no name is a number: unknown
    ('["Alice", 3]', ["Alice"]),
    ('{"name": "x"}', None),
    ("Bob Example", ["Bob Example"]),  # not JSON at all: the text is the name
    ("7", None),
    ("[" * 100_000 + "]" * 100_000, None),  # nested past what a decoder can follow
]


def poison(path, pid: str, authors: str, tags: str, upvotes="x") -> None:
    """Write the row as a pre-fix push could leave it (or a hand edit with sqlite3)."""
    conn = sqlite3.connect(path)
    # authors are indexed (m010): the index's triggers call the function any writer registers.
    register_search_text(conn)
    with conn:
        conn.execute("UPDATE papers SET authors = ?, tags = ?, upvotes = ? WHERE id = ?",
                     [authors, tags, upvotes, pid])
        clocks = conn.execute("SELECT clocks FROM paper_state WHERE paper_id = ?",
                              [pid]).fetchone()[0]
        groups = msgspec.json.decode(clocks)
        clock = next(iter(groups))
        groups[clock] = sorted({*groups[clock], "authors", "upvotes"})
        conn.execute("UPDATE paper_state SET clocks = ? WHERE paper_id = ?",
                     [msgspec.json.encode(groups).decode(), pid])
    conn.close()


def stored_paper(path, title: str) -> str:
    db = open_writer(path, create=True)
    try:
        with write(db) as tx:
            pid, _ = save_paper(tx, Paper(title=title, authors=["Someone Real"], upvotes=3),
                                rank=Rank.PAGE, hlc=tx.now())
            edit_paper(tx, pid, {}, tags=["kept"])
            create_note(tx, pid, "a note on it")
        return pid
    finally:
        db.close()


@pytest.mark.parametrize(("authors", "read_as"), BAD_COLUMNS)
def test_a_malformed_authors_or_tags_row_is_read_and_synced(tmp_path, authors, read_as):
    path = tmp_path / "library.db"
    pid = stored_paper(path, "Poisoned paper")
    poison(path, pid, authors, tags=authors)
    db, peer = open_writer(path, create=True), open_writer(tmp_path / "peer.db", create=True)
    try:
        view = get_paper(db, pid)
        assert (view.authors, view.upvotes) == (read_as, None)
        assert view.tags == (read_as or [])
        assert load_state(db, pid).values["authors"] == read_as
        [change] = [c for c in read_changes(db, 0, 100).changes if c.id == pid]
        assert change.values["authors"] == read_as
        sync_local(peer, db)
        sync_local(peer, db)
        assert get_paper(peer, pid).authors == read_as
        assert get_paper(peer, pid).tags == ["kept"]  # the tag set is the truth, not the column
    finally:
        db.close()
        peer.close()


@pytest.mark.parametrize(("authors", "read_as"), BAD_COLUMNS[:3])
def test_a_malformed_row_can_be_listed_patched_deleted_and_exported_on_a_real_server(
        tmp_path, authors, read_as):
    path = tmp_path / "library.db"
    pid = stored_paper(path, "Poisoned paper")
    other = stored_paper(path, "Also poisoned")
    for paper in (pid, other):
        poison(path, paper, authors, tags=authors)
    for fmt in ("bibtex", "csl-json"):
        assert "Poisoned paper" in run_cli("export", "--format", fmt, db_path=path).stdout
    run_cli("export", "--format", "markdown", "-o", str(tmp_path / "md"), db_path=path)
    with running_server(path) as running, running.client() as client:
        listed = client.get("/api/papers")
        assert listed.status_code == 200, listed.text
        assert {p["id"]: p["authors"] for p in listed.json()["papers"]} == {
            pid: read_as, other: read_as}
        assert client.get("/api/papers", params={"q": "poisoned"}).status_code == 200
        assert client.get("/api/sync/changes").status_code == 200
        assert client.get(f"/api/papers/{pid}").json()["authors"] == read_as
        patched = client.patch(f"/api/papers/{pid}", json={"rating": 5, "tags": ["new"]})
        assert (patched.status_code, patched.json()["tags"]) == (200, ["new"])
        assert client.delete(f"/api/papers/{pid}").status_code == 204
        # A peer's tombstone for the other one is taken too.
        tombstone = {"type": "paper", "id": other, "version": 9, "deleted": now_clock(rank=3)}
        answer = client.post("/api/sync/changes", json={
            "protocol": PROTOCOL, "machine": PEER, "changes": [tombstone]})
        assert answer.json()["results"][0]["status"] == "updated", answer.text
        assert client.get(f"/api/papers/{other}").status_code == 404


def test_filtering_by_tag_passes_over_a_row_whose_tags_are_not_json(tmp_path):
    path = tmp_path / "library.db"
    broken, fine = stored_paper(path, "Hand-edited paper"), stored_paper(path, "Fine paper")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE papers SET tags = 'kept, but not JSON' WHERE id = ?", [broken])
    conn.close()
    db = open_writer(path, create=True)
    try:
        papers, _, _ = list_papers(db, PaperFilter(tag="kept"))
        assert [p.id for p in papers] == [fine]
    finally:
        db.close()
    exported = run_cli("export", "--format", "csl-json", "--tag", "kept", db_path=path).stdout
    assert "Fine paper" in exported and "Hand-edited" not in exported
