"""`GET /api/sync/changes` and `POST /api/sync/changes`, for tokens with the `sync` scope.

A page of the feed is read on a reader thread; a push is decoded on a worker thread and
applied on the writer thread, like every other write, a machine's pushes in the order
of their spans (sync/order.py). The push body is read
as a stream and cut off at the limit, so an oversized push costs no more memory
than the limit and is answered 413 naming it.
"""

from __future__ import annotations

import asyncio

from litestar import Controller, MediaType, Request, Response, get, post
from litestar.params import Parameter

from ..clock import MACHINE_ID_PATTERN
from ..records import INT64_MAX
from ..sync.order import PushOrder
from ..sync.protocol import encode
from ..sync.server import (
    DEFAULT_PAGE,
    MAX_PAGE,
    MAX_PUSH_BYTES,
    apply_push,
    decode_push,
    push_place,
    read_page,
    too_large,
)
from .deps import Lib
from .errors import error_responses

_SYNC = {"scope": "sync"}


def _bytes(content: bytes) -> Response:
    return Response(content=content, media_type=MediaType.JSON)


class SyncController(Controller):
    path = "/sync/changes"
    tags = ["sync"]  # noqa: RUF012 - Litestar reads it as a class attribute

    @get(opt=_SYNC, responses=error_responses(400, 401, 403, 409), summary="A page of changes")
    async def changes(
        self, library: Lib,
        since: int = Parameter(default=0, ge=0, le=INT64_MAX,
                               description="the `next` of the previous page"),
        limit: int = Parameter(default=DEFAULT_PAGE, ge=1, le=MAX_PAGE),
        machine: str | None = Parameter(default=None, pattern=MACHINE_ID_PATTERN,
                                        description="leave out what came from it"),
        protocol: int | None = Parameter(default=None, ge=0, le=INT64_MAX),
    ) -> Response:
        return _bytes(await library.read(read_page, since=since, limit=limit, machine=machine,
                                         protocol=protocol))

    @post(opt=_SYNC, request_max_body_size=None, status_code=200,
          responses=error_responses(400, 401, 403, 409, 413), summary="Apply a batch of changes")
    async def push(self, library: Lib, request: Request) -> Response:
        body = await _read_limited(request)
        order: PushOrder = request.app.state.push_order
        place = await asyncio.to_thread(push_place, body)
        await order.wait_turn(place)
        async with order.decoding:
            # Decoded off the writer thread: it applies one push while the next is decoded.
            push = await asyncio.to_thread(decode_push, body)
            applied = library.submit_write(apply_push, push)
            order.queued(place)
            result = await asyncio.wrap_future(applied)
        return _bytes(encode(result))


async def _read_limited(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_PUSH_BYTES:
        raise too_large()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_PUSH_BYTES:
            raise too_large()
        chunks.append(chunk)
    return b"".join(chunks)
