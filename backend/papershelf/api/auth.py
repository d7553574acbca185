"""Bearer-token guard for every /api route.

The token comes only from the `Authorization` header (never a query string, so
it stays out of logs and browser history). GET asks for the `read` scope, other
methods for `write`; a handler can ask for another with `opt={"scope": "sync"}`.
A missing, wrong or revoked token gets 401 with the error shape and nothing else.
"""

from __future__ import annotations

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from ..store.tokens import TokenInfo, check_token
from .errors import Forbidden, Unauthorized

_READ_METHODS = frozenset({"GET", "HEAD"})


def bearer_token(connection: ASGIConnection) -> str | None:
    header = connection.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def require_token(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    token = bearer_token(connection)
    info = check_token(connection.app.state.db, token) if token else None
    if info is None:
        raise Unauthorized("a valid token is required")
    scope = handler.opt.get("scope") or (
        "read" if connection.scope.get("method") in _READ_METHODS else "write"
    )
    if scope not in info.scopes:
        raise Forbidden(f"this token lacks the {scope!r} scope")
    connection.state.token = info


def provide_token(request: Request) -> TokenInfo:
    """The token the guard accepted (a dependency for handlers that want its name)."""
    return request.state.token
