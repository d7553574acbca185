"""Bearer-token guard for every /api route.

The token comes only from the `Authorization` header (never a query string, so
it stays out of logs and browser history). GET asks for the `read` scope, other
methods for `write`; a handler can ask for another with `opt={"scope": "sync"}`.
A missing, wrong or revoked token gets 401 with the error shape and nothing else.

The guard is async: the token is read on the loop through a connection that never
waits on a lock (`Library.read_now`: busy, it is read on a reader thread), and its last use is
recorded through the writer without waiting for it (a request never fails or
stalls because that bookkeeping could not be written).
"""

from __future__ import annotations

import logging
import time

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from ..store.library import Library
from ..store.tokens import TOUCH_INTERVAL, TokenInfo, check_token, touch_due, touch_token
from .errors import Forbidden, Unauthorized

log = logging.getLogger("papershelf.api")
_READ_METHODS = frozenset({"GET", "HEAD"})


def bearer_token(connection: ASGIConnection) -> str | None:
    header = connection.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


async def require_token(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    token = bearer_token(connection)
    library: Library = connection.app.state.library
    info = await library.read_now(check_token, token) if token else None
    if info is None:
        raise Unauthorized("a valid token is required")
    scope = handler.opt.get("scope") or (
        "read" if connection.scope.get("method") in _READ_METHODS else "write"
    )
    if scope not in info.scopes:
        raise Forbidden(f"this token lacks the {scope!r} scope")
    connection.state.token = info
    _record_use(connection.app.state, library, info)


def _record_use(state, library: Library, info: TokenInfo) -> None:
    # Concurrent first requests of one token would each queue the same write: the
    # process remembers which tokens it has queued a touch for, and when.
    queued: dict[int, float] = state.setdefault("token_touches", {})
    now = time.monotonic()
    if not touch_due(info) or now - queued.get(info.id, -1e9) < TOUCH_INTERVAL.total_seconds():
        return
    queued[info.id] = now
    library.submit_write(touch_token, info.id).add_done_callback(_log_touch_failure)


def _log_touch_failure(future) -> None:
    if not future.cancelled() and (error := future.exception()) is not None:
        log.warning("could not record a token's last use: %s", type(error).__name__)


def provide_token(request: Request) -> TokenInfo:
    """The token the guard accepted (a dependency for handlers that want its name)."""
    return request.state.token
