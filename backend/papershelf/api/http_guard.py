"""The ASGI layer every HTTP request passes first (API, Datasette, `/`, `/schema`).

- Host check: only the names the server listens as are answered, so a web page that
  rebinds its own DNS name to this machine cannot read the library (`host_policy`).
- A request id for every request: the `X-Request-Id` header, the one log line an
  error gets, and the message of a 500, so a user can quote it.
- Request bodies: routes outside /api get a small limit (the API has its own, in
  Litestar and the sync push), checked from Content-Length before anything is read
  and counted as a chunked body streams; every body must arrive in time (a slow
  drip holds a connection forever otherwise). A refusal is the API's one error
  shape, whatever app the route belongs to, and closes the connection.
- One log line per error response, written here and nowhere else: handlers only
  note what failed (`note_failure`).

Installed by `install_http_guard(app, settings)` around Litestar's own ASGI handler,
so it also wraps the routes Litestar answers itself (404, 405) and in-process tests.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import secrets
import socket
from dataclasses import dataclass

import msgspec

from .errors import ApiError, ErrorBody, PayloadTooLarge
from .request_ids import SCOPE_KEY, RequestInfo, describe_failure
from .settings import Settings

log = logging.getLogger("papershelf.http")

REQUEST_ID_HEADER = b"x-request-id"
# Outside /api the only bodies are Datasette's forms (the sign-in: a token, a CSRF
# token and the page to return to, itself bounded by the request head limit).
SMALL_BODY_BYTES = 64 * 1024
# A body may take body_timeout seconds, plus one more second for every MIN_BODY_RATE
# bytes received (Apache mod_reqtimeout's rule): a large upload on a slow link is
# fine, a trickle of a byte now and then is cut off.
MIN_BODY_RATE = 500
_WILDCARDS = frozenset({"", "0.0.0.0", "::", "[::]", "*"})
_LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_MAX_LOGGED_PATH = 200


class InvalidHost(ApiError):
    status, error = 400, "invalid_host"


class RequestTimedOut(ApiError):
    status, error = 408, "request_timeout"


# --- Host check -------------------------------------------------------------------------

def split_host(value: str) -> str | None:
    """The host name of a Host header (port dropped, lower case), None when malformed."""
    value = value.strip().lower()
    if value.startswith("["):
        host, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return None
        return host
    host, colon, port = value.partition(":")
    if colon and not port.isdigit():
        return None
    host = host.rstrip(".")
    if not host or not all(c.isascii() and (c.isalnum() or c in "-._") for c in host):
        return None
    return host


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _machine_names() -> set[str]:
    names = set()
    for name in (socket.gethostname(), socket.getfqdn()):
        if name:
            names.add(name.lower().rstrip("."))
            names.add(name.lower().split(".")[0] + ".local")  # mDNS
    return names


@dataclass
class HostPolicy:
    names: frozenset[str]
    any_address: bool  # listening on every interface: any IP literal reaches us honestly

    def allows(self, host: str) -> bool:
        return host in self.names or (self.any_address and _is_ip(host))


def host_policy(settings: Settings) -> HostPolicy:
    """The names this server answers to. DNS rebinding needs a *name* (the attacker's)
    pointing at this machine, so every IP literal is safe to accept; names are only
    loopback ones, the one it listens as, the machine's own (when listening on every
    interface) and those given with --allowed-host."""
    listen = settings.host.strip().lower()
    wildcard = listen in _WILDCARDS
    names = set(_LOOPBACK_NAMES) | {h.lower().rstrip(".") for h in settings.allowed_hosts}
    if wildcard:
        names |= _machine_names()
    else:
        names.add(listen.strip("[]"))
    return HostPolicy(frozenset(names), any_address=wildcard)


def check_host(policy: HostPolicy, scope) -> InvalidHost | None:
    hosts = [value for name, value in scope.get("headers", ()) if name == b"host"]
    if len(hosts) != 1:
        return InvalidHost("a request needs exactly one Host header")
    raw = hosts[0].decode("latin-1")
    host = split_host(raw)
    if host is None or not policy.allows(host):
        shown = raw[:100].encode("unicode_escape").decode("ascii")
        return InvalidHost(f"this server does not answer to the host {shown!r} "
                           "(papershelf serve --allowed-host NAME adds a name)")
    return None


# --- Bodies -----------------------------------------------------------------------------

def body_limit(path: str) -> int | None:
    """None where the app enforces its own limit: every /api route has Litestar's
    (Settings.max_body_bytes), the sync push its own, both answered in the one shape."""
    if path == "/api" or path.startswith("/api/"):
        return None
    return SMALL_BODY_BYTES


def declared_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length" and value.strip().isdigit():
            return int(value)
    return None


class BodyTooLarge(PayloadTooLarge):
    def __init__(self, limit: int):
        super().__init__(f"the request body is too large (at most {limit} bytes here)")


def body_too_slow(timeout: float) -> RequestTimedOut:
    return RequestTimedOut(f"the request body did not arrive in time ({timeout:g} s, "
                           f"then at least {MIN_BODY_RATE} bytes a second)")


# --- The middleware ---------------------------------------------------------------------

_encode = msgspec.json.Encoder().encode


def error_message(exc: ApiError, rid: str) -> list:
    body = _encode(ErrorBody(exc.status, exc.error, exc.message, exc.field))
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"x-content-type-options", b"nosniff"), (REQUEST_ID_HEADER, rid.encode()),
               (b"connection", b"close")]
    return [{"type": "http.response.start", "status": exc.status, "headers": headers},
            {"type": "http.response.body", "body": body}]


@dataclass
class _Exchange:
    """One request as it goes: what was sent back, and whether the guard took over."""
    info: RequestInfo
    method: str
    path: str
    status: int = 0
    started: bool = False
    refusal: ApiError | None = None
    replaced: bool = False
    body_done: bool = False
    received: int = 0


class HttpGuard:
    def __init__(self, app, settings: Settings):
        self.app = app
        self.policy = host_policy(settings)
        self.body_timeout = settings.body_timeout

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        info = RequestInfo(secrets.token_hex(8))
        scope[SCOPE_KEY] = info
        # The request as sent: the apps rewrite the scope's path as they route it.
        exchange = _Exchange(info, method=scope.get("method", "?"), path=scope.get("path", ""))
        try:
            refusal = check_host(self.policy, scope)
            limit = body_limit(scope["path"])
            declared = declared_length(scope)
            if refusal is None and limit is not None and declared is not None and declared > limit:
                refusal = BodyTooLarge(limit)
            if refusal is not None:
                exchange.refusal = refusal
                await self._refuse(exchange, send)
                return
            await self.app(scope, self._receive(exchange, receive, limit),
                           self._send(exchange, send))
        except Exception as exc:  # the apps answer their own errors; this is the last resort
            info.failure = info.failure or describe_failure(exc)
            if not exchange.started:
                exchange.refusal = ApiError(f"the server failed on this request (request id {info.id})")
                await self._refuse(exchange, send)
        finally:
            _log_request(exchange)

    async def _refuse(self, exchange: _Exchange, send) -> None:
        exchange.started = exchange.replaced = True
        exchange.status = exchange.refusal.status
        for message in error_message(exchange.refusal, exchange.info.id):
            await send(message)

    def _receive(self, exchange: _Exchange, receive, limit: int | None):
        loop = asyncio.get_running_loop()
        timeout = self.body_timeout
        deadline = loop.time() + timeout

        async def guarded_receive():
            nonlocal deadline
            if exchange.refusal is not None:
                raise exchange.refusal
            if exchange.body_done:  # after the body: waiting for a disconnect is not timed
                return await receive()
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                exchange.refusal = body_too_slow(timeout)
                raise exchange.refusal from None
            if message["type"] != "http.request":
                exchange.body_done = True
                return message
            size = len(message.get("body", b""))
            exchange.received += size
            deadline += size / MIN_BODY_RATE
            if limit is not None and exchange.received > limit:
                exchange.refusal = BodyTooLarge(limit)
                raise exchange.refusal
            exchange.body_done = not message.get("more_body", False)
            return message

        return guarded_receive

    def _send(self, exchange: _Exchange, send):
        async def guarded_send(message):
            if exchange.replaced:
                return  # the guard answered already; the app's own answer is dropped
            if message["type"] == "http.response.start":
                if exchange.refusal is not None:
                    # The app answered a refused body in its own way: one shape instead.
                    await self._refuse(exchange, send)
                    return
                exchange.started = True
                exchange.status = message["status"]
                headers = [*message.get("headers", ()), (REQUEST_ID_HEADER, exchange.info.id.encode())]
                message = {**message, "headers": headers}
            await send(message)

        return guarded_send


def _shown_path(path: str) -> str:
    if len(path) > _MAX_LOGGED_PATH:
        path = path[:_MAX_LOGGED_PATH] + "…"
    # Escaped, so a path can neither break the line nor forge another.
    return path.encode("unicode_escape").decode("ascii")


def _log_request(exchange: _Exchange) -> None:
    info = exchange.info
    if not exchange.status and not info.failure:
        return  # the client left before an answer, and nothing failed
    status = exchange.status or 500
    if status < 400 and not info.failure:
        return
    reason = info.failure or (exchange.refusal.message if exchange.refusal else "")
    line = f"request {info.id}: {exchange.method} {_shown_path(exchange.path)} -> {status}"
    if reason:
        line += f": {reason}"
    log.log(logging.ERROR if status >= 500 else logging.INFO, "%s", line)


def install_http_guard(app, settings: Settings) -> None:
    """Wrap Litestar's ASGI handler (lifespan events do not pass through it)."""
    app.asgi_handler = HttpGuard(app.asgi_handler, settings)
