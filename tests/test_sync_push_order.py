"""A push keeps two batches in flight, and the receiver applies a machine's batches in the
order they were read from its feed, whichever arrives first (sync/order.py)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time

import httpx
import msgspec
import pytest

from helpers import off_loop, running_server
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.papers import merge_papers, save_paper
from papershelf.store.tx import machine_id, write
from papershelf.sync.client import sync_with
from papershelf.sync.feed import read_changes
from papershelf.sync.order import PushOrder
from papershelf.sync.protocol import PROTOCOL, AliasChange, PushBatch, PushPlace, encode
from papershelf.sync.server import push_place
from sync_helpers import local_transport, snapshot


def capture(db, title: str) -> str:
    with write(db) as tx:
        pid, _ = save_paper(tx, Paper(title=title), rank=Rank.PAGE, hlc=tx.now())
    return pid


def test_the_next_batch_is_sent_before_the_first_is_answered(two):
    a, b = two
    for i in range(6):
        capture(a, f"Paper {i} to push")
    transport = local_transport(b)
    posts: list[dict] = []
    second_sent = threading.Event()
    first_held_until_second: list[bool] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            posts.append(json.loads(request.read()))
            if len(posts) == 2:
                second_sent.set()
            if len(posts) == 1:
                first_held_until_second.append(second_sent.wait(5))
        return transport.handle_request(request)

    report = sync_with(a, "http://peer.test", "token", transport=httpx.MockTransport(handle),
                       batch_size=2)
    assert report.pushed == 6
    # The first batch was not answered until the second had been sent.
    assert first_held_until_second == [True]
    # Each says where it stands in the order: after the batch sent before it.
    spans = sorted((p["since"], p["next"], p["after"], p["ends"]) for p in posts)
    assert spans[0][2] is None
    assert [after for _, _, after, _ in spans[1:]] == [ends for _, _, _, ends in spans[:-1]]
    assert snapshot(a) == snapshot(b)


def test_the_halves_of_a_batch_too_large_keep_its_place_in_the_order(two):
    a, b = two
    for i in range(4):
        capture(a, f"Paper {i} to push")
    transport = local_transport(b)
    posts: list[dict] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            body = json.loads(request.read())
            posts.append(body)
            if body["next"] is not None and body["after"] is not None:  # the second batch, whole
                return httpx.Response(413, json={"status": 413, "error": "payload_too_large",
                                                 "message": "at most one change"})
        return transport.handle_request(request)

    report = sync_with(a, "http://peer.test", "token", transport=httpx.MockTransport(handle),
                       batch_size=2)
    assert report.pushed == 4
    first, second = sorted((p for p in posts if p["next"] is not None), key=lambda p: p["since"])
    halves = [p for p in posts if p["next"] is None]
    assert [(h["since"], h["after"], h["ends"]) for h in halves] == [
        (None, first["next"], None), (None, None, second["next"])]
    assert snapshot(a) == snapshot(b)


def push_body(machine: str, changes: list, since: int, upto: int, after: int | None) -> bytes:
    return encode(PushBatch(protocol=PROTOCOL, machine=machine, changes=changes, since=since,
                            next=upto, after=after))


def test_a_batch_that_arrives_before_the_one_it_follows_waits_for_it(tmp_path):
    # Two papers that turn out to be one: the paper states, then the alias that joins them.
    a = open_writer(tmp_path / "a.db", create=True)
    kept, folded = sorted([capture(a, "One paper"), capture(a, "One paper, again")])
    with write(a) as tx:
        merge_papers(tx, kept, folded)
    changes = read_changes(a, 0, 100).changes
    me = machine_id(a)
    a.close()
    papers = [c for c in changes if not isinstance(c, AliasChange)]
    aliases = [c for c in changes if isinstance(c, AliasChange)]
    assert papers and aliases
    with running_server(tmp_path / "b" / "library.db") as server, server.client() as client:
        answers: dict[str, httpx.Response] = {}

        def send(name: str, body: bytes) -> None:
            answers[name] = client.post("/api/sync/changes", content=body,
                                        headers={"Content-Type": "application/json"})

        # The alias comes second in the feed but reaches the server first.
        follower = threading.Thread(target=send, args=(
            "alias", push_body(me, aliases, 10, 20, after=10)))
        follower.start()
        time.sleep(0.5)
        send("papers", push_body(me, papers, 0, 10, after=None))
        follower.join(30)
        assert answers["papers"].status_code == answers["alias"].status_code == 200
        statuses = [r["status"] for r in answers["alias"].json()["results"]]
        assert "rejected" not in statuses, answers["alias"].json()
        conn = sqlite3.connect(server.db_path)
        try:
            # Both spans held, in order: the server need not send any of it back.
            assert conn.execute("SELECT pull_cursor FROM sync_peers WHERE peer = ?",
                                [me]).fetchone() == (20,)
            assert conn.execute("SELECT paper_id FROM paper_aliases WHERE alias = ?",
                                [folded]).fetchone() == (kept,)
        finally:
            conn.close()


def decoded(after: int | None, ends: int | None) -> PushPlace:
    return PushPlace("feedfacefeedface", after=after, ends=ends)


def test_a_batch_whose_predecessor_never_comes_is_applied_after_the_wait():
    async def follow() -> float:
        order = PushOrder(wait=0.05)
        started = time.monotonic()
        await asyncio.wait_for(order.wait_turn(decoded(after=5, ends=9)), 5)
        return time.monotonic() - started

    assert off_loop(asyncio.run, follow()) >= 0.05


def test_a_waiting_batch_goes_as_soon_as_its_predecessor_is_queued():
    async def follow() -> list[str]:
        order, seen = PushOrder(wait=30), []

        async def second():
            push = decoded(after=5, ends=9)
            await order.wait_turn(push)
            seen.append("second")
            order.queued(push)

        waiting = asyncio.create_task(second())
        await asyncio.sleep(0.01)
        seen.append("first")
        order.queued(decoded(after=None, ends=5))
        await asyncio.wait_for(waiting, 5)
        # One already queued lets its follower through at once.
        await asyncio.wait_for(order.wait_turn(decoded(after=9, ends=12)), 0.5)
        return seen

    assert off_loop(asyncio.run, follow()) == ["first", "second"]


def test_a_push_of_an_older_client_carries_no_order_and_waits_for_nothing():
    body = msgspec.json.encode({"protocol": PROTOCOL, "machine": "feedfacefeedface",
                                "changes": [], "since": 0, "next": 4})
    push = push_place(body)
    assert (push.after, push.ends) == (None, 4)

    async def follow():
        await asyncio.wait_for(PushOrder(wait=30).wait_turn(push), 0.5)

    off_loop(asyncio.run, follow())


@pytest.mark.parametrize("body", [b"{not json", b'{"machine": 7}', b"[]"])
def test_a_push_that_is_not_sound_has_no_place_and_is_refused_by_its_decoding(body):
    assert push_place(body) == PushPlace()


def test_pushes_from_many_machines_at_once_are_decoded_two_at_a_time(api, monkeypatch):
    from papershelf.api import sync_controller

    alive, most = [0], [0]
    lock = threading.Lock()
    decode, apply = sync_controller.decode_push, sync_controller.apply_push

    def counted_decode(body):
        push = decode(body)
        with lock:
            alive[0] += 1
            most[0] = max(most[0], alive[0])
        time.sleep(0.05)  # long enough for the others to arrive meanwhile
        return push

    def counted_apply(db, push):
        try:
            return apply(db, push)
        finally:
            with lock:
                alive[0] -= 1

    monkeypatch.setattr(sync_controller, "decode_push", counted_decode)
    monkeypatch.setattr(sync_controller, "apply_push", counted_apply)
    machines = [f"{i:016x}" for i in range(1, 7)]
    statuses: list[int] = []

    def send(machine: str) -> None:
        body = push_body(machine, [], 0, 1, after=None)
        statuses.append(api.test_client.post("/api/sync/changes", content=body, headers={
            "Content-Type": "application/json"}).status_code)

    threads = [threading.Thread(target=send, args=(m,)) for m in machines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert statuses == [200] * 6
    # Decoded and not yet applied: never more than one applied and one waiting.
    assert most[0] == 2
