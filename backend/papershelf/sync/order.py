"""`PushOrder`: a machine's pushes queued for the writer in the order of their spans, and
few of them decoded at once.

The writer applies jobs in the order they are queued. A client with two pushes in
flight (sync/client.py) says the second comes `after` the first `ends`: it is queued
once that push has been, so the batches apply as they would have one at a time
(an alias after the paper it names, the receiver's cursor moving span by span). When
that push never comes (its request failed; the client retries or gives up), the
follower waits at most ORDER_WAIT and is applied anyway: applying is a merge, so out of
order only the cursor it would have moved stays behind, and the pusher sends it again.

A decoded push is several times the size of its body; pushes decoded and not yet applied
are at most DECODED_AT_ONCE (one applied while the next is decoded), whatever number of
machines push at once. A push waits for its turn before it takes a place among them, so
a follower never holds one its predecessor needs.
"""

from __future__ import annotations

import asyncio

from .protocol import PushPlace

ORDER_WAIT = 10.0  # seconds
DECODED_AT_ONCE = 2


class PushOrder:
    """Used from the event loop only (no locks): `await wait_turn(place)`, then, inside
    `async with decoding:`, decode the push, queue it and call `queued(place)`. A caller on
    threads (the tests' in-process peer) waits on `its_turn` under its own lock instead."""

    def __init__(self, wait: float = ORDER_WAIT, decoded_at_once: int = DECODED_AT_ONCE):
        self._wait = wait
        self._queued_to: dict[str, int] = {}  # machine → where its last queued push ends
        self._waiting: dict[tuple[str, int], asyncio.Event] = {}
        self.decoding = asyncio.Semaphore(decoded_at_once)

    def its_turn(self, place: PushPlace) -> bool:
        """Whether the push before it (if it follows one) has been queued."""
        return place.after is None or self._queued_to.get(place.machine) == place.after

    async def wait_turn(self, place: PushPlace) -> None:
        if self.its_turn(place):
            return
        key = (place.machine, place.after)
        turn = self._waiting.setdefault(key, asyncio.Event())
        try:
            await asyncio.wait_for(turn.wait(), self._wait)
        except TimeoutError:
            pass
        finally:
            self._waiting.pop(key, None)

    def queued(self, place: PushPlace) -> None:
        if place.ends is None:
            return
        self._queued_to[place.machine] = place.ends
        turn = self._waiting.get((place.machine, place.ends))
        if turn is not None:
            turn.set()
