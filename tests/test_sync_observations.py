"""Observations sync between machines (issue 16): append-only, merged by union. Two
libraries that captured one paper apart end with both histories; a dump imported on
both gives the same observations once; a pushed observation is checked like any
change; a peer still on protocol 1 is told to upgrade."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import httpx
import msgspec
import pytest

from helpers import DUMPS, capture, page
from papershelf.capture import CaptureRequest
from papershelf.importer import import_dump
from papershelf.records import Paper, Rank
from papershelf.store.observations import observations_of
from papershelf.store.papers import save_paper
from papershelf.store.tx import use_wall_clock, write
from papershelf.sync import server
from papershelf.sync.client import sync_with
from papershelf.sync.peer import ProtocolMismatch
from papershelf.sync.protocol import PROTOCOL, decode_result
from sync_helpers import snapshot, sync_local

PEER = "feedfacefeedface"
BERT_URL = "https://huggingface.co/papers/1810.04805"
HF_PAPER = "hf_paper_1810.04805.excerpt.html"
HF_LISTING = "hf_daily_papers_2026-09-28.excerpt.html"
FORMAT_C = DUMPS / "002_116e930042b20998.txt"
# Two months ago and an hour ago: a peer's clocks may not run ahead of this machine's.
EARLIER = int((time.time() - 60 * 86400) * 1000)
LATER = int((time.time() - 3600) * 1000)


def count(db) -> int:
    return db.execute("SELECT count(*) FROM observations").fetchone()[0]


def push(db, items: list) -> list:
    body = {"protocol": PROTOCOL, "machine": PEER, "changes": items}
    return decode_result(server.accept_push(db, msgspec.json.encode(body))).results


def observation_item(**fields) -> dict:
    item = {"type": "observation", "id": "a" * 32, "version": 1, "paper_id": "0123456789abcdef",
            "observed_at": "2026-11-01T10:00:00Z", "source": "hf_paper", "upvotes": 7}
    item.update(fields)
    return {k: v for k, v in item.items() if v is not None}


def test_two_libraries_that_captured_a_paper_apart_end_with_both_histories(two):
    a, b = two
    for db in two:  # the same dump on both machines: the same observations
        import_dump(db, FORMAT_C, captured_at=date(2025, 11, 6))
    use_wall_clock(a, lambda: EARLIER)
    bert = capture(a, CaptureRequest(capture_id="on-a", url=BERT_URL, html=page(HF_PAPER).replace(
        "&quot;upvotes&quot;:32", "&quot;upvotes&quot;:12"))).paper_ids[0]
    use_wall_clock(b, lambda: LATER)
    capture(b, CaptureRequest(capture_id="on-b", url=BERT_URL, html=page(HF_PAPER)))
    capture(b, CaptureRequest(capture_id="listing-b", url="https://huggingface.co/papers",
                              html=page(HF_LISTING)))
    for db in two:
        use_wall_clock(db, None)
    assert (count(a), count(b)) == (87 + 1, 87 + 1 + 4)
    report = sync_local(a, b, page_size=7, batch_size=5)
    assert report.pulled > 0 and report.pushed > 0
    assert snapshot(a) == snapshot(b)
    assert count(a) == count(b) == 87 + 1 + 1 + 4
    for db in two:
        assert [o.upvotes for o in observations_of(db, bert)] == [12, 32]
    again = sync_local(b, a)
    assert (again.pulled, again.pushed) == (0, 0), again.line()


def test_an_observation_is_a_union_member_never_changed_by_a_later_copy(two):
    a, _ = two
    assert [r.status for r in push(a, [observation_item()])] == ["new"]
    changed = observation_item(upvotes=99, version=2)
    assert [r.status for r in push(a, [changed, observation_item()])] == ["unchanged"] * 2
    [held] = observations_of(a, "0123456789abcdef")
    assert held.upvotes == 7
    assert held.id == "a" * 32


def test_an_observation_may_come_before_its_paper_and_one_for_an_alias_finds_the_survivor(two):
    a, _ = two
    title_only = Paper(title="A Paper Seen Twice")
    with write(a) as tx:
        first, _ = save_paper(tx, title_only, rank=Rank.TEXT, hlc=tx.now())
    push(a, [observation_item(paper_id="ffffffffffffffff", id="b" * 32)])  # no such paper yet
    assert count(a) == 1
    with write(a) as tx:  # it arrives; the same paper by title with its arXiv id: one paper
        other, _ = save_paper(tx, Paper(arxiv_id="2501.00002"), rank=Rank.PAGE, hlc=tx.now())
        save_paper(tx, Paper(title=title_only.title, arxiv_id="2501.00002"), rank=Rank.PAGE,
                   hlc=tx.now())
    survivor, folded = min(first, other), max(first, other)
    push(a, [observation_item(paper_id=folded, id="c" * 32)])
    assert [o.id for o in observations_of(a, survivor)] == ["c" * 32]


BAD = [
    ({"upvotes": -1}, "upvotes"),
    ({"upvotes": "12"}, "upvotes"),
    ({"trending": "yes"}, "trending"),
    ({"observed_at": "2026-11-01"}, "observed_at"),
    ({"observed_at": "2026-13-45T10:00:00Z"}, "observed_at"),
    ({"id": "not-an-id"}, "id"),
    ({"source": ""}, "source"),
    ({"paper_id": ""}, "paper_id"),
    ({"shares": 3}, "shares"),
]


@pytest.mark.parametrize(("fields", "field"), BAD)
def test_a_malformed_observation_is_rejected_alone_naming_its_field(two, fields, field):
    a, _ = two
    bad = observation_item(**({"id": "d" * 32} | fields))
    results = push(a, [bad, observation_item()])
    assert [r.status for r in results] == ["rejected", "new"]
    assert results[0].message.startswith(("observation ", "change")), results[0].message
    assert field in results[0].message, results[0].message


def test_an_observation_from_more_than_a_day_ahead_is_rejected(two):
    a, _ = two
    later = datetime.fromtimestamp(time.time() + 3 * 86400, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    [result] = push(a, [observation_item(observed_at=later)])
    assert result.status == "rejected" and "more than a day ahead" in result.message
    assert count(a) == 0


def test_a_peer_on_protocol_1_is_told_to_upgrade_the_older_side(two):
    a, _ = two
    with pytest.raises(server.SyncRequestError) as refused:
        server.read_page(a, protocol=1)
    assert (refused.value.status, refused.value.extra["protocol"]) == (409, PROTOCOL)
    # The other way round: this library syncing with a server still on protocol 1.
    old_server = httpx.MockTransport(lambda request: httpx.Response(409, json={
        "status": 409, "error": "protocol_mismatch", "protocol": 1,
        "message": f"this server speaks sync protocol 1; the request speaks {PROTOCOL}"}))
    with pytest.raises(ProtocolMismatch) as mismatch:
        sync_with(a, "http://old.test", "token", transport=old_server)
    assert str(mismatch.value) == ("http://old.test speaks sync protocol 1; this papershelf "
                                   f"speaks protocol {PROTOCOL}: upgrade the older side")
