"""The sync routes of the API (in process) answer out-of-range integers and malformed envelopes
with a 4xx of the API's one error shape naming the field, never a 500, and leave the
library as it was."""

from __future__ import annotations

import sqlite3
import time

import msgspec
import pytest

from papershelf.clock import format_hlc
from papershelf.sync.protocol import PROTOCOL
from sync_helpers import snapshot

SHAPE = {"status", "error", "message", "field"}
PEER = "feedfacefeedface"
P = b'{"protocol":%d,' % PROTOCOL  # how a body in this papershelf's protocol starts
HUGE = (2**63, 2**64, 2**70, 10**40)


@pytest.fixture(scope="module")
def client(api):
    with api.client() as client:
        yield client


def assert_400(response, field: str) -> dict:
    assert response.status_code == 400, response.text
    body = response.json()
    assert set(body) == SHAPE, body
    assert (body["status"], body["error"], body["field"]) == (400, "validation_error", field)
    assert body["message"].startswith(f"{field}: "), body
    return body


@pytest.mark.parametrize("value", HUGE)
@pytest.mark.parametrize("name", ["since", "limit", "protocol"])
def test_a_query_integer_beyond_sqlite_is_400_naming_it(client, name, value):
    assert_400(client.get("/api/sync/changes", params={name: value}), name)


def test_a_machine_no_library_has_is_400_naming_it(client):
    assert_400(client.get("/api/sync/changes", params={"machine": "x" * 500}), "machine")


def library_state(api) -> dict:
    conn = sqlite3.connect(f"file:{api.db_path}?mode=ro", uri=True)
    try:
        return {**snapshot(conn), "peers": conn.execute("SELECT * FROM sync_peers").fetchall()}
    finally:
        conn.close()


def item() -> dict:
    clock = format_hlc(int(time.time() * 1000), 0, PEER)
    return {"type": "paper", "id": "0" * 16, "version": 1, "values": {"title": "Spanned"},
            "clocks": {"title": f"2:{clock}"}}


@pytest.mark.parametrize(("envelope", "field"), [
    ({"since": 0, "next": 2**70}, "next"),
    ({"since": 2**70, "next": 2**70 + 1}, "since"),
    ({"since": 2**63, "next": 1}, "since"),
    ({"since": -1, "next": 1}, "since"),
    ({"machine": "x"}, "machine"),
    ({"machine": PEER.upper()}, "machine"),
    ({"changes": {"0": {}}}, "changes"),
])
def test_a_push_with_an_envelope_out_of_range_is_400_and_changes_nothing(api, client, envelope,
                                                                          field):
    before = library_state(api)
    body = {"protocol": PROTOCOL, "machine": PEER, "changes": [item()], **envelope}
    assert_400(client.post("/api/sync/changes", json=body), field)
    assert library_state(api) == before


def test_a_wrongly_typed_value_in_one_item_fails_that_item_only(client):
    bad = {**item(), "id": "1" * 16, "values": {"title": "x", "upvotes": 2**64},
           "clocks": {"title": item()["clocks"]["title"], "upvotes": item()["clocks"]["title"]}}
    answer = client.post("/api/sync/changes", json={
        "protocol": PROTOCOL, "machine": PEER, "changes": [bad, {**item(), "id": "2" * 16}],
        "since": 0, "next": 2})
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["rejected", "new"]
    assert results[0]["message"].startswith(f"paper {'1' * 16}: values.upvotes: ")
    assert client.get(f"/api/papers/{'2' * 16}").status_code == 200


def test_a_push_nested_too_deeply_is_400_not_500(api, client):
    before = library_state(api)
    nested = b"[" * 100_000 + b"]" * 100_000
    for body in (
        P + b'"machine":"' + PEER.encode() + b'","changes":[' + nested + b"]}",
        P + b'"machine":"' + PEER.encode() + b'","changes":[],"x":' + nested + b"}",
    ):
        response = client.post("/api/sync/changes", content=body,
                               headers={"content-type": "application/json"})
        assert response.status_code == 400, response.text
        assert set(response.json()) == SHAPE and "nest" in response.json()["message"]
    assert library_state(api) == before


def test_an_item_that_is_not_utf8_is_rejected_alone(client):
    good = msgspec.json.encode({**item(), "id": "3" * 16})
    bad = good.replace(b'"id":"' + b"3" * 16, b'"id":"\xff\xfe')
    body = P + b'"machine":"' + PEER.encode() + b'","changes":[' + bad + b"," + good + b"]}"
    response = client.post("/api/sync/changes", content=body,
                           headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["rejected", "new"]
    assert "UTF-8" in results[0]["message"]
    response = client.post("/api/sync/changes", headers={"content-type": "application/json"},
                           content=P + b'"machine":"\xff","changes":[]}')
    assert response.status_code == 400 and set(response.json()) == SHAPE
