"""Two real `papershelf serve` processes with their own library files, edited apart,
brought into step by the real `papershelf sync` command."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from helpers import DUMPS, page, run_cli, running_server
from sync_helpers import PAPER_COLUMNS, snapshot

pytestmark = pytest.mark.slow

DUMP_A = "000_286d48ef37147b1c.txt"
DUMP_B = "001_6f96a1003d4bdb3d.txt"
# The same paper as the arXiv page, seen on another site that gives only its title:
# its id there comes from the title, on the other machine from the arXiv id.
TITLE_ONLY_PAGE = """<!doctype html><html><head>
<meta name="citation_title" content="Attention is All you Need">
<meta name="citation_author" content="Ashish Vaswani">
</head><body>NeurIPS 2017</body></html>"""


def fields(row: tuple, *names: str) -> tuple:
    """Named columns of a snapshot's papers row."""
    columns = PAPER_COLUMNS.split(", ")
    return tuple(row[columns.index(name)] for name in names)


def dump(name: str) -> Path:
    return DUMPS / name


def read(db_path: Path) -> dict:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return snapshot(conn)
    finally:
        conn.close()


def whole_file(db_path: Path) -> list[str]:
    """Every row of every table (sync state, clock and counters included), as SQL; not
    discover's tables, which each serve's background refresher rewrites when it likes
    (derived, never synced), nor the tokens', whose last use a sync's token refreshes once a
    minute (store/tokens.py: on a slow machine the no-op syncs ran a minute after it was set)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return [line for line in conn.iterdump()
                if "discover_" not in line and not line.startswith('INSERT INTO "tokens"')]
    finally:
        conn.close()


def sync(local, peer) -> str:
    result = run_cli("sync", peer.base_url, "--token", peer.token, db_path=local.db_path)
    return result.stdout.strip()


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    base = tmp_path_factory.mktemp("sync-e2e")
    (base / "a").mkdir()
    (base / "b").mkdir()
    with running_server(base / "a" / "library.db") as a, \
            running_server(base / "b" / "library.db") as b:
        yield a, b


def api(server, method: str, path: str, **kwargs):
    with server.client() as client:
        response = client.request(method, path, **kwargs)
    assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
    return response.json() if response.content else None


def test_two_servers_edited_apart_end_in_step(pair):
    a, b = pair
    # Each machine imports its own dump while its server runs.
    run_cli("import", str(dump(DUMP_A)), "--captured-at", "2025-05-20", db_path=a.db_path)
    run_cli("import", str(dump(DUMP_B)), "--captured-at", "2025-05-21", db_path=b.db_path)
    ids_a = {p[0] for p in read(a.db_path)["papers"]}
    ids_b = {p[0] for p in read(b.db_path)["papers"]}
    shared = sorted(ids_a & ids_b)
    assert shared, "the two dumps share papers"
    pid = shared[0]

    # One paper captured on both machines from different pages: two ids for now.
    on_a = api(a, "POST", "/api/captures", json={
        "capture_id": "e2e-a", "url": "https://arxiv.org/abs/1706.03762",
        "html": page("arxiv_abs_1706.03762.html")})
    on_b = api(b, "POST", "/api/captures", json={
        "capture_id": "e2e-b", "url": "https://papers.example.org/attention",
        "html": TITLE_ONLY_PAGE})
    attention_a, attention_b = on_a["papers"][0]["id"], on_b["papers"][0]["id"]
    assert attention_a != attention_b

    # Offline edits of the same paper on both sides.
    api(a, "PATCH", f"/api/papers/{pid}", json={"rating": 4, "tags": ["from-a", "shared"]})
    api(b, "PATCH", f"/api/papers/{pid}", json={"status": "reading", "tags": ["from-b"]})
    api(a, "PATCH", f"/api/papers/{pid}", json={"status": "read"})  # the later status
    note_a = api(a, "POST", f"/api/papers/{pid}/notes", json={"body": "note written on a"})
    note_b = api(b, "POST", f"/api/papers/{pid}/notes", json={"body": "note written on b"})
    api(a, "POST", f"/api/papers/{attention_a}/notes", json={"body": "attention, from a"})
    api(b, "POST", f"/api/papers/{attention_b}/notes", json={"body": "attention, from b"})

    summary = sync(a, b)
    assert summary.startswith(f"synced with {b.base_url}: pulled ")
    first, second = read(a.db_path), read(b.db_path)
    assert first == second
    assert len(first["papers"]) == len(ids_a | ids_b) + 1

    paper = next(p for p in first["papers"] if p[0] == pid)
    assert fields(paper, "rating", "status", "tags") == (4, "read", '["from-a","from-b","shared"]')
    bodies = {n[2]: n[1] for n in first["notes"]}
    assert bodies["note written on a"] == bodies["note written on b"] == pid
    # The paper captured apart: one row, the smaller id, both notes on it, on both sides.
    survivor = min(attention_a, attention_b)
    assert [p[0] for p in first["papers"] if p[8] == "1706.03762"] == [survivor]
    assert bodies["attention, from a"] == bodies["attention, from b"] == survivor
    assert api(b, "GET", f"/api/papers/{max(attention_a, attention_b)}")["id"] == survivor

    # Libraries in step: another sync sends nothing and writes nothing, either way
    # round (the first sync from b's side included: a's push told b what it holds).
    files = whole_file(a.db_path), whole_file(b.db_path)
    assert sync(a, b).endswith("pulled 0, pushed 0, merged 0, conflicts kept 0")
    assert sync(b, a).endswith("pulled 0, pushed 0, merged 0, conflicts kept 0")
    assert sync(a, b).endswith("pulled 0, pushed 0, merged 0, conflicts kept 0")
    assert (whole_file(a.db_path), whole_file(b.db_path)) == files
    assert read(a.db_path) == read(b.db_path) == first

    # A note deleted on one side disappears on the other.
    api(b, "DELETE", f"/api/notes/{note_a['id']}")
    assert "pulled 1," in sync(a, b)
    for server in (a, b):
        notes = api(server, "GET", f"/api/papers/{pid}/notes")["notes"]
        assert [n["body"] for n in notes] == ["note written on b"]
    assert note_b["id"] in {n[0] for n in read(a.db_path)["notes"]}
    assert read(a.db_path) == read(b.db_path)


def test_unreachable_peer_and_refused_token_are_one_line(pair, tmp_path):
    a, b = pair
    result = run_cli("sync", "http://127.0.0.1:9", "--token", "x", db_path=a.db_path, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("papershelf: cannot reach http://127.0.0.1:9")
    assert len(result.stderr.strip().splitlines()) == 1
    result = run_cli("sync", b.base_url, "--token", "ps_wrong", db_path=a.db_path, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == f"papershelf: {b.base_url} refused the token (401 unauthorized)"


def test_edits_apart_of_one_paper_merge_by_the_rules_and_a_delete_holds(pair):
    a, b = pair

    def capture(server, capture_id: str, url: str, name: str) -> list[str]:
        answer = api(server, "POST", "/api/captures", json={
            "capture_id": capture_id, "url": url, "html": page(name)})
        return [p["id"] for p in answer["papers"]]

    [pid] = capture(a, "rules-p", "https://arxiv.org/abs/1207.7214", "arxiv_abs_1207.7214.html")
    [gone] = capture(a, "rules-q", "https://aclanthology.org/N04-1001/", "acl_N04-1001.html")
    api(a, "PATCH", f"/api/papers/{pid}", json={"tags": ["keep"]})
    note = api(a, "POST", f"/api/papers/{pid}/notes", json={"body": "first text"})["id"]
    sync(a, b)

    # Offline, in this order: every later write is on b, after a's.
    api(a, "PATCH", f"/api/papers/{pid}", json={"rating": 2, "tags": []})  # removes "keep"
    api(a, "PATCH", f"/api/notes/{note}", json={"body": "edited on a"})
    api(a, "DELETE", f"/api/papers/{gone}")
    api(b, "PATCH", f"/api/papers/{pid}", json={"rating": 5, "tags": []})
    api(b, "PATCH", f"/api/papers/{pid}", json={"tags": ["keep"]})  # added again: a never saw it
    api(b, "PATCH", f"/api/notes/{note}", json={"body": "edited on b"})
    api(b, "PATCH", f"/api/papers/{gone}", json={"rating": 3})  # an edit does not undo a delete

    assert "conflicts kept 1" in sync(a, b)
    state = read(a.db_path)
    assert read(b.db_path) == state
    paper = next(p for p in state["papers"] if p[0] == pid)
    assert fields(paper, "rating", "tags") == (5, '["keep"]')
    texts = {n[2]: (n[0], n[4]) for n in state["notes"] if n[1] == pid}
    assert texts["edited on b"] == (note, None)  # the later edit keeps the note's id
    assert texts["edited on a"][1] == note  # the other is kept as its conflict copy
    assert gone not in {p[0] for p in state["papers"]}

    # The deleted paper's page saved again on b: the reader wants it back, on both, whole
    # (with the rating b gave it while a had deleted it).
    assert capture(b, "rules-q-again", "https://aclanthology.org/N04-1001/",
                   "acl_N04-1001.html") == [gone]
    assert "pushed 1," in sync(b, a)
    assert read(a.db_path) == read(b.db_path) != state
    for server in (a, b):
        back = api(server, "GET", f"/api/papers/{gone}")
        assert back["title"] and (back["rating"], back["tags"], back["status"]) == (3, [], "unread")
    # Deleted on a again, after the restore it had seen: gone on both.
    api(a, "DELETE", f"/api/papers/{gone}")
    sync(a, b)
    assert read(a.db_path) == read(b.db_path)
    assert gone not in {p[0] for p in read(b.db_path)["papers"]}
