"""`PushOrder`: a machine's pushes queued for the writer in the order of their spans.

The writer applies jobs in the order they are queued. A client with two pushes in
flight (sync/client.py) says the second comes `after` the first `ends`: it is queued
once that push has been, so the batches apply as they would have one at a time
(an alias after the paper it names, the receiver's cursor moving span by span). When
that push never comes (its request failed; the client retries or gives up), the
follower waits at most ORDER_WAIT and is applied anyway: applying is a merge, so out of
order only the cursor it would have moved stays behind, and the pusher sends it again.
"""

from __future__ import annotations

import asyncio

from .server import DecodedPush

ORDER_WAIT = 10.0  # seconds


class PushOrder:
    """Used from the event loop only (no locks): `await wait_turn(push)`, queue it, then
    `queued(push)`."""

    def __init__(self, wait: float = ORDER_WAIT):
        self._wait = wait
        self._queued_to: dict[str, int] = {}  # machine → the `next` of its last queued push
        self._waiting: dict[tuple[str, int], asyncio.Event] = {}

    async def wait_turn(self, push: DecodedPush) -> None:
        if push.after is None or self._queued_to.get(push.machine) == push.after:
            return
        key = (push.machine, push.after)
        turn = self._waiting.setdefault(key, asyncio.Event())
        try:
            await asyncio.wait_for(turn.wait(), self._wait)
        except TimeoutError:
            pass
        finally:
            self._waiting.pop(key, None)

    def queued(self, push: DecodedPush) -> None:
        if push.ends is None:
            return
        self._queued_to[push.machine] = push.ends
        turn = self._waiting.get((push.machine, push.ends))
        if turn is not None:
            turn.set()
