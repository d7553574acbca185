"""`sync_with`: bring this library and a peer's to the same state through its API.

Pull the peer's changes page by page, each page applied in one local transaction
together with the pull cursor; push ours in batches, the push cursor moved only
after the peer answered (so it has committed them); repeat until a round moves
nothing. A crash anywhere leaves each cursor at or before what was durably
applied, and since applying is a merge, whatever is sent again changes nothing.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import httpx
import msgspec

from ..store.tx import machine_id, write
from .apply import apply_changes, cursor_before_rejects, save_cursor
from .feed import latest_version, read_changes
from .peer import Peer, PeerFailed, SyncError, TooLarge, one_line
from .protocol import (
    DECODE_ERRORS,
    NEW,
    PROTOCOL,
    REJECTED,
    UPDATED,
    Change,
    ChangesPage,
    ItemResult,
    PushBatch,
    PushResult,
    decode_page,
    decode_problem,
    decode_result,
    encode,
)
from .server import MAX_PAGE, MAX_PUSH_CHANGES

# As many as a papershelf server sends or takes at once: every batch is a round trip, a
# commit and the set-up of its deferred index upkeep (100,000 changes pushed: 8.0 s in
# batches of 2,000, 7.1 s in 5,000).
PAGE_SIZE = MAX_PAGE
BATCH_SIZE = MAX_PUSH_CHANGES
# Each round is a pull and a push; two settle any pair (the second only moves
# cursors past echoes), so more means something keeps changing underneath.
MAX_ROUNDS = 6
# Batches sent before the first is answered: the peer applies one while the next travels.
PUSHES_IN_FLIGHT = 2
PATH = "/api/sync/changes"


class SyncReport(msgspec.Struct, kw_only=True):
    url: str
    peer: str = ""
    pulled: int = 0
    pushed: int = 0
    merged: int = 0
    conflicts: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0

    def line(self) -> str:
        return (f"synced with {self.url}: pulled {self.pulled}, pushed {self.pushed}, "
                f"merged {self.merged}, conflicts kept {self.conflicts}")


class _Cursors(msgspec.Struct):
    peer: str | None
    pull: int = 0
    push: int = 0


def sync_with(
    db, url: str, token: str, *, timeout: float = 30.0, page_size: int = PAGE_SIZE,
    batch_size: int = BATCH_SIZE, sleep: Callable[[float], None] = time.sleep,
    transport: httpx.BaseTransport | None = None,
) -> SyncReport:
    """Pull and push until both libraries agree; SyncError (one line) when that fails."""
    me = machine_id(db)
    with Peer(url, token, timeout=timeout, sleep=sleep, transport=transport) as peer:
        report = SyncReport(url=peer.url)
        cursors = _stored_cursors(db, peer.url)
        for _ in range(MAX_ROUNDS):
            moved = _pull(db, peer, me, cursors, report, page_size)
            moved += _push(db, peer, me, cursors, report, batch_size)
            if not moved:
                break
        report.peer = cursors.peer or ""
        report.bytes_sent, report.bytes_received = peer.sent, peer.received
    return report


def _stored_cursors(db, url: str) -> _Cursors:
    row = db.execute(
        "SELECT peer, pull_cursor, push_cursor FROM sync_peers WHERE url = ? "
        "ORDER BY updated_at DESC LIMIT 1", [url]).fetchone()
    return _Cursors(*row) if row else _Cursors(None)


def _cursors_for(db, peer: str) -> _Cursors:
    row = db.execute(
        "SELECT pull_cursor, push_cursor FROM sync_peers WHERE peer = ?", [peer]).fetchone()
    return _Cursors(peer, *row) if row else _Cursors(peer)


def _pull(db, peer: Peer, me: str, cursors: _Cursors, report: SyncReport, limit: int) -> int:
    """Apply the peer's pages until caught up; how many changes it sent. The next page is
    fetched while this one is applied: it starts where this one ends, which is where the
    cursor stands after it (a rejected change ends the sync before the fetch is used)."""
    received = 0
    with ThreadPoolExecutor(1, thread_name_prefix="papershelf-sync-fetch") as fetcher:
        ahead: Future[ChangesPage] | None = None
        while True:
            asked_with = cursors.pull
            page = ahead.result() if ahead is not None else _fetch(peer, me, asked_with, limit)
            ahead = None
            if page.machine != cursors.peer:
                # First contact, or another library now answers at this URL: its own cursors.
                if page.machine == me:
                    raise SyncError(f"{peer.url} is this same library (machine id {me}); "
                                    "a copied library file needs a fresh machine id")
                asked = cursors.pull
                cursors.peer, cursors.pull, cursors.push = msgspec.structs.astuple(
                    _cursors_for(db, page.machine))
                if cursors.pull != asked:
                    continue
            # The peer holds our feed up to `seen` (it pulled, or we pushed, before): no
            # need to push that again. Kept in memory only: it is said on every page, and
            # a sync with nothing to do must write nothing.
            cursors.push = max(cursors.push, min(page.seen, latest_version(db)))
            if page.next < cursors.pull:
                raise PeerFailed(f"{peer.url} moved its change feed backwards "
                                 f"({page.next} after {cursors.pull}); was its library replaced?")
            if page.more and page.next > asked_with:
                ahead = fetcher.submit(_fetch, peer, me, page.next, limit)
            if page.changes or page.next != cursors.pull:
                results = _apply_page(db, peer, page.machine, page.changes, page.next)
                received += len(page.changes)
                report.pulled += len(page.changes)
                _count(report, results)
                cursors.pull = cursor_before_rejects(page.changes, results, page.next,
                                                     start=cursors.pull)
                _fail_on_rejects(f"{peer.url} sent", page.changes, results)
            if not page.more:
                return received
            if page.next <= asked_with:
                # A feed page with more after it always ends past its start: asking again
                # would get the same page for ever.
                raise PeerFailed(f"{peer.url} says there is more after {page.next} but its "
                                 "cursor did not move; is it a papershelf server?")


def _fetch(peer: Peer, me: str, since: int, limit: int) -> ChangesPage:
    params = {"since": since, "limit": limit, "machine": me, "protocol": PROTOCOL}
    try:
        return decode_page(peer.request("GET", PATH, params=params))
    except DECODE_ERRORS as error:
        raise PeerFailed(f"{peer.url} sent a malformed page of changes: "
                         f"{decode_problem(error)}") from None


def _apply_page(db, peer: Peer, machine: str, changes: list[Change], cursor: int
                ) -> list[ItemResult]:
    # A change this library refuses (a clock too far ahead included) is rejected alone;
    # _fail_on_rejects then ends the sync naming it.
    return apply_changes(db, changes, machine, pull_cursor=(cursor, peer.url))


def _push(db, peer: Peer, me: str, cursors: _Cursors, report: SyncReport, limit: int) -> int:
    """Send our changes the peer lacks, batch by batch; how many were sent. Two batches are
    in flight: the next is read and sent while the peer applies this one (the peer applies
    a machine's batches in the order of their spans, sync/order.py). Answers are taken
    in order and the cursor moves batch by batch; a rejection ends the sync there."""
    sent = 0
    assert cursors.peer is not None
    with ThreadPoolExecutor(PUSHES_IN_FLIGHT, thread_name_prefix="papershelf-sync-push") as poster:
        in_flight: deque[_Sent] = deque()
        since = cursors.push
        more = True
        while more or in_flight:
            if more:
                page = read_changes(db, since, limit, skip_origin=cursors.peer)
                # The peer applies it after the batch still unsettled, if one is.
                posted = [batch.next for batch in in_flight if batch.answer is not None]
                after = posted[-1] if posted else None
                answer = (poster.submit(_post, peer, me, page.changes, span=(since, page.next),
                                        after=after) if page.changes else None)
                in_flight.append(_Sent(page.changes, since, page.next, answer))
                since, more = page.next, page.more
            if in_flight and (len(in_flight) >= PUSHES_IN_FLIGHT or not more):
                sent += _settle(db, peer, cursors, report, in_flight.popleft())
    return sent


class _Sent(msgspec.Struct):
    changes: list[Change]
    since: int
    next: int
    answer: Future[PushResult] | None


def _settle(db, peer: Peer, cursors: _Cursors, report: SyncReport, batch: _Sent) -> int:
    """Take a sent batch's answer and move the push cursor past what the peer stored."""
    new_cursor = batch.next
    if batch.answer is not None:
        answer = batch.answer.result()
        if answer.machine != cursors.peer:
            raise PeerFailed(f"{peer.url} is another library than the one pulled from "
                             "a moment ago; try again")
        report.pushed += len(batch.changes)
        _count(report, answer.results)
        new_cursor = cursor_before_rejects(batch.changes, answer.results, batch.next,
                                           start=batch.since)
    if new_cursor != cursors.push:
        with write(db) as tx:
            save_cursor(tx, cursors.peer, peer.url, push=new_cursor)
        cursors.push = new_cursor
    if batch.answer is not None:
        _fail_on_rejects(f"{peer.url} refused", batch.changes, answer.results)
    return len(batch.changes)


def _post(peer: Peer, me: str, changes: list[Change], *, span: tuple[int, int] | None = None,
          after: int | None = None, ends: int | None = None) -> PushResult:
    """POST a batch, halving it while the peer answers 413 (halves claim no span; the first
    keeps the batch's place `after` the one before it, the last says where it `ends`)."""
    since, upto = span if span is not None else (None, None)
    ends = upto if ends is None else ends
    body = encode(PushBatch(protocol=PROTOCOL, machine=me, changes=changes, since=since, next=upto,
                            after=after, ends=ends))
    try:
        answer = decode_result(peer.request("POST", PATH, content=body))
    except TooLarge as error:
        if len(changes) == 1:
            raise SyncError(f"{error} (one change of {len(body)} bytes; it cannot be sent)"
                            ) from None
        half = len(changes) // 2
        first = _post(peer, me, changes[:half], after=after)
        second = _post(peer, me, changes[half:], ends=ends)
        return PushResult(protocol=PROTOCOL, machine=first.machine,
                          results=first.results + second.results)
    except DECODE_ERRORS as error:
        raise PeerFailed(f"{peer.url} sent a malformed answer to a push: "
                         f"{decode_problem(error)}") from None
    if len(answer.results) != len(changes):
        raise PeerFailed(f"{peer.url} answered {len(answer.results)} results "
                         f"for {len(changes)} changes")
    return answer


def _count(report: SyncReport, results: list[ItemResult]) -> None:
    for result in results:
        report.merged += result.status in (NEW, UPDATED)
        report.conflicts += result.conflicts


def _fail_on_rejects(who: str, changes: list[Change], results: list[ItemResult]) -> None:
    rejected = [r for r in results if r.status == REJECTED]
    if rejected:
        raise SyncError(f"{who} {len(rejected)} change(s) that cannot be stored; first: "
                        f"{one_line(rejected[0].message or 'no reason given')}")
