"""Hostile pushes, generated: batches mixing sound changes with wrongly typed values,
clocks a peer may not claim, bad versions, version vectors and tags, junk items and
large ones, pushed through the serving function (`sync.server.accept_push`) and, for a
few examples, through the HTTP API of a real server.

Every hostile item is rejected alone with a message naming what is wrong; every sound
item in the same batch lands; the library ends exactly as one that was sent only the
sound items (its clock included), and the pull cursor never passes a rejected item."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from helpers import running_server
from papershelf.clock import MAX_DRIFT_MS, format_hlc, parse_hlc
from papershelf.merge import MERGED_FIELDS
from papershelf.records import INT_FIELDS, LIST_FIELDS, STATUSES
from papershelf.store.db import open_writer
from papershelf.store.tx import use_wall_clock
from papershelf.sync import server
from papershelf.sync.apply import pull_cursor_for
from papershelf.sync.protocol import PROTOCOL, decode_result
from sync_helpers import snapshot

PEER = "feedfacefeedface"
NOW = int(time.time() * 1000)  # the receiving library's wall clock (in-process)
FAR = NOW + MAX_DRIFT_MS + 3_600_000  # an hour past the bound: real time cannot catch up
SHM = Path("/dev/shm")
# Every field of the record by kind (records.py), so that a field added later gets wrong
# values of its own kind: a fallback once drew None for `organization`, which is valid.
STR_FIELDS = tuple(f for f in MERGED_FIELDS
                   if f not in (*INT_FIELDS, *LIST_FIELDS, "rating", "status"))

machines = st.text("0123456789abcdef", min_size=16, max_size=16)
texts = st.text(max_size=40)


@st.composite
def hlcs(draw, *, upto: int = NOW) -> str:
    return format_hlc(draw(st.integers(0, upto)), draw(st.integers(0, 0xFFFF)), draw(machines))


@st.composite
def field_clocks(draw) -> str:
    return f"{draw(st.integers(1, 3))}:{draw(hlcs())}"


def not_a_clock(value) -> bool:
    try:
        parse_hlc(value)
    except ValueError:
        return True
    return False


# Clocks a peer may not send: malformed, unpadded, foreign machine ids, too far ahead.
bad_hlcs = st.one_of(
    texts.filter(not_a_clock),
    st.builds(lambda ms, c, m: f"{ms}-{c:x}-{m}", st.integers(0, 10**15), st.integers(0, 0xFFFF),
              machines),
    st.builds(format_hlc, st.integers(0, NOW), st.integers(0, 0xFFFF),
              st.text("0123456789abcdefx-ABC", max_size=20).filter(lambda m: len(m) != 16)),
    st.builds(format_hlc, st.integers(FAR, 10**16 - 1), st.integers(0, 0xFFFF), machines),
)
bad_field_clocks = st.one_of(
    st.builds(lambda hlc: f"3:{hlc}", bad_hlcs),
    st.builds(lambda rank, hlc: f"{rank}:{hlc}",
              st.sampled_from(["0", "4", "9", "03", "", "x", "-1", "3 "]), hlcs()),
    hlcs(),  # no rank
    texts.filter(lambda t: ":" not in t),
)
big_ints = st.one_of(st.integers(min_value=2**63, max_value=2**80),
                     st.integers(min_value=-(2**80), max_value=-(2**63) - 1))
junk = st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
                 st.lists(st.integers(), max_size=3), st.dictionaries(texts, st.integers(), max_size=2))


def wrong_values(field: str):
    if field == "rating":
        return st.one_of(st.integers().filter(lambda n: not 1 <= n <= 5), texts,
                         st.floats(allow_nan=False, allow_infinity=False), st.booleans())
    if field in STR_FIELDS:
        return st.one_of(st.integers(), junk)
    if field in INT_FIELDS:
        return st.one_of(texts, big_ints, junk)
    if field in LIST_FIELDS:
        return st.one_of(texts, st.integers(), st.lists(st.integers(), min_size=1, max_size=3),
                         st.lists(st.text(max_size=3), min_size=1, max_size=500).map(
                             lambda names: [*names, 7]))
    assert field == "status", field
    return st.one_of(texts.filter(lambda s: s not in STATUSES), st.none(), st.integers())


@st.composite
def paper_changes(draw, pid: str, version: int) -> dict:
    values = {"title": draw(st.text(min_size=1, max_size=draw(st.sampled_from((20, 2000)))))}
    values.update(draw(st.fixed_dictionaries({}, optional={
        "authors": st.lists(st.text(max_size=30), max_size=5) | st.none(),
        "upvotes": st.integers(-(2**63), 2**63 - 1) | st.none(),
        "published": texts | st.none(),
        "rating": st.integers(1, 5) | st.none(),
        "status": st.sampled_from(STATUSES),
    })))
    clocks = {name: draw(field_clocks()) for name in values}
    tags = draw(st.dictionaries(st.text(min_size=1, max_size=100),
                                st.tuples(st.lists(hlcs(), max_size=2), st.just([])), max_size=2))
    return {"type": "paper", "id": pid, "version": version, "values": values, "clocks": clocks,
            "tags": {tag: [adds, removed] for tag, (adds, removed) in tags.items()}}


@st.composite
def note_changes(draw, note_id: str, paper_id: str, version: int) -> dict:
    return {"type": "note", "id": note_id, "version": version, "paper_id": paper_id,
            "clock": draw(hlcs()), "vv": {draw(machines): draw(st.integers(0, 2**63 - 1))},
            "body": draw(texts), "created_at": "2025-01-01T00:00:00Z",
            "updated_at": "2025-01-02T00:00:00Z"}


@st.composite
def hostile_items(draw, pid: str, version: int) -> tuple[bytes, str]:
    """One hostile item and a fragment its rejection message must hold."""
    paper = draw(paper_changes(pid, version))
    note = draw(note_changes("f" * 32 + pid, pid, version))
    kind = draw(st.sampled_from((
        "value", "field_clock", "tag_clock", "tag_name", "tombstone", "version", "vv",
        "note_clock", "note_body", "type", "not_object", "unknown_field", "no_clock", "not_utf8",
    )))
    event(f"hostile: {kind}")
    if kind == "value":
        field = draw(st.sampled_from(MERGED_FIELDS))
        paper["values"][field] = draw(wrong_values(field))
        paper["clocks"][field] = draw(field_clocks())
        return msgspec.json.encode(paper), f"values.{field}"
    if kind == "field_clock":
        field = draw(st.sampled_from(sorted(paper["clocks"])))
        paper["clocks"][field] = draw(bad_field_clocks)
        return msgspec.json.encode(paper), f"clocks.{field}"
    if kind == "tag_clock":
        adds, removed = ([draw(bad_hlcs)], []) if draw(st.booleans()) else (
            [draw(hlcs())], [draw(bad_hlcs)])
        paper["tags"] = {"t": [adds, removed]}
        return msgspec.json.encode(paper), "tags['t']"
    if kind == "tag_name":
        paper["tags"] = {draw(st.just("") | st.text(min_size=101, max_size=400)): [[draw(hlcs())], []]}
        return msgspec.json.encode(paper), "tags["
    if kind == "tombstone":
        paper["deleted"] = draw(bad_field_clocks)
        return msgspec.json.encode(paper), "deleted"
    if kind == "version":
        item = draw(st.sampled_from((paper, note)))
        item["version"] = draw(st.one_of(texts, st.integers(max_value=-1), big_ints, st.none(),
                                         st.booleans(), st.floats(allow_nan=False,
                                                                  allow_infinity=False)))
        return msgspec.json.encode(item), "version"
    if kind == "vv":
        note["vv"] = draw(st.one_of(
            st.dictionaries(texts.filter(lambda m: len(m) != 16), st.integers(0, 9), min_size=1,
                            max_size=2),
            st.dictionaries(machines, st.one_of(st.integers(max_value=-1), big_ints, texts),
                            min_size=1, max_size=2),
        ))
        return msgspec.json.encode(note), "vv"
    if kind == "note_clock":
        note[draw(st.sampled_from(("clock", "deleted")))] = draw(bad_hlcs)
        return msgspec.json.encode(note), "clock" if "deleted" not in note else "deleted"
    if kind == "note_body":
        note["body"] = None
        return msgspec.json.encode(note), "body"
    if kind == "type":
        paper["type"] = draw(texts.filter(lambda t: t not in ("paper", "note", "alias")))
        return msgspec.json.encode(paper), "type"
    if kind == "not_object":
        return msgspec.json.encode(draw(st.one_of(texts, st.integers(), st.lists(st.integers()),
                                                  st.none()))), "Expected `object`"
    if kind == "unknown_field":
        field = draw(texts.filter(lambda f: f not in MERGED_FIELDS))
        paper["clocks"][field] = draw(field_clocks())
        return msgspec.json.encode(paper), "unknown field"
    if kind == "no_clock":
        field = draw(st.sampled_from(("abstract", "summary", "doi")))
        paper["values"][field] = "a value"
        return msgspec.json.encode(paper), "has no clock"
    paper["values"]["title"] = "\x00"
    return msgspec.json.encode(paper).replace(b"\\u0000", b"\xff\xfe"), "UTF-8"


@st.composite
def batches(draw, prefix: str = "") -> list[tuple[bytes, str | None]]:
    """Items in push order, each with the fragment its rejection names (None: sound)."""
    items: list[tuple[bytes, str | None]] = []
    sound_papers: list[str] = []
    for position in range(1, draw(st.integers(1, 8)) + 1):
        pid = f"{prefix}{position:0{16 - len(prefix)}x}"
        if draw(st.booleans()):
            items.append(draw(hostile_items("f" + pid[1:], position)))
        elif sound_papers and draw(st.booleans()):
            note = draw(note_changes(f"{pid:0>32}", draw(st.sampled_from(sound_papers)), position))
            items.append((msgspec.json.encode(note), None))
        else:
            paper = draw(paper_changes(pid, position))
            paper["values"]["title"] = f"{pid} {paper['values']['title']}"  # no two the same paper
            items.append((msgspec.json.encode(paper), None))
            sound_papers.append(pid)
    return items


def body_of(items: list[bytes], *, since: int | None = None, upto: int | None = None) -> bytes:
    span = b"" if since is None else f',"since":{since},"next":{upto}'.encode()
    return (b'{"protocol":%d,"machine":"%s","changes":[' % (PROTOCOL, PEER.encode())
            + b",".join(items) + b"]" + span + b"}")


def check_results(results, batch) -> None:
    assert len(results) == len(batch)
    for result, (_, named) in zip(results, batch, strict=True):
        if named is None:
            assert result.status in ("new", "updated"), result
        else:
            assert result.status == "rejected", (named, result)
            assert named in result.message, (named, result.message)


def own_clock(db) -> tuple[int, int]:
    text = db.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()[0]
    return parse_hlc(text)[:2] if text else (0, 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # 120: 8 s of CPU
@given(batch=batches())
def test_hostile_items_are_rejected_alone_and_change_nothing(batch):
    folder = Path(tempfile.mkdtemp(prefix="papershelf-hostile-", dir=SHM if SHM.is_dir() else None))
    pushed, sound_only = open_writer(folder / "a.db", create=True), open_writer(folder / "b.db", create=True)
    try:
        for db in (pushed, sound_only):
            use_wall_clock(db, lambda: NOW)
        body = body_of([item for item, _ in batch], since=0, upto=len(batch))
        results = decode_result(server.accept_push(pushed, body)).results
        check_results(results, batch)
        sound = [item for item, named in batch if named is None]
        server.accept_push(sound_only, body_of(sound))
        assert snapshot(pushed) == snapshot(sound_only)
        assert own_clock(pushed) == own_clock(sound_only)
        rejected = [position for position, (_, named) in enumerate(batch, 1) if named]
        # The span claimed (0, len]: held up to just before the first rejected item, or not
        # at all when a rejected item's version could not be read.
        cursor = pull_cursor_for(pushed, PEER)
        assert cursor in ((0, min(rejected) - 1) if rejected else (len(batch),)), (cursor, rejected)
    finally:
        pushed.close()
        sound_only.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("hostile") / "library.db") as running, \
            running.client() as client:
        yield client


COUNTER = iter(range(1, 1 << 30))


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hostile_items_over_http_are_rejected_alone_and_the_api_stays_up(served, data):
    batch = data.draw(batches(prefix=f"{next(COUNTER):08x}"))
    response = served.post("/api/sync/changes", content=body_of([item for item, _ in batch]),
                           headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    check_results(decode_result(response.content).results, batch)
    for item, named in batch:
        change = msgspec.json.decode(item.replace(b"\xff\xfe", b"?"))
        if isinstance(change, dict) and change.get("type") == "paper" and \
                isinstance(change.get("id"), str):
            status = served.get(f"/api/papers/{change['id']}").status_code
            assert status == (404 if named else 200), (named, status)
    for path in ("/api/papers", "/api/papers?q=a", "/api/sync/changes?limit=5000"):
        assert served.get(path).status_code == 200, path
