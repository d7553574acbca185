"""uvicorn's httptools protocol with the limits it lacks: a request head must arrive
whole within `head_timeout` seconds (also the idle time between keep-alive requests)
and within `MAX_HEAD_BYTES`; at most `max_connections` connections are open.

Without them 1,100 half-sent requests held a 1024-descriptor server for ever: uvicorn's
keep-alive timer is cancelled by any byte received, and httptools buffers a head of
any size. Bodies are timed by the ASGI guard (api/http_guard.py), which can answer in
the API's error shape; what is refused here never became a request.
"""

from __future__ import annotations

import logging
import time

import httptools
import msgspec
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from .errors import ErrorBody

log = logging.getLogger("papershelf.http")

# Request heads larger than this are refused (431; 414 for a URL over MAX_URL_BYTES).
# Datasette puts whole SQL queries in URLs: 32 KiB holds any a person writes (and
# httptools cannot parse a URL of 64 KiB or more at all).
MAX_HEAD_BYTES = 64 * 1024
MAX_URL_BYTES = 32 * 1024
MAX_HEADERS = 200
# httptools keeps a header it has not seen the end of; bytes past this with the head
# still incomplete close the connection (MAX_HEAD_BYTES is checked on parsed parts).
_MAX_RAW_HEAD_BYTES = 16 * MAX_HEAD_BYTES
_LIMIT_LOG_INTERVAL = 60.0
_encode = msgspec.json.Encoder().encode


class _Refused(Exception):
    """Raised from a parser callback to stop parsing a head that is refused."""


def _refusal_bytes(status: int, error: str, message: str) -> bytes:
    body = _encode(ErrorBody(status, error, message))
    return b"".join([
        STATUS_LINE[status], b"content-type: application/json\r\n",
        b"content-length: ", str(len(body)).encode(), b"\r\n", b"connection: close\r\n\r\n", body,
    ])


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    # Set per server by `guarded_protocol`.
    head_timeout: float = 10.0
    max_connections: int = 1000
    _last_limit_log: float = -_LIMIT_LOG_INTERVAL

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._head_timer = None
        self._awaiting_head = False
        self._head_started = False  # a byte of the awaited head was parsed
        self._head_bytes = 0
        self._raw_head_bytes = 0
        self._header_count = 0
        self._refusal: tuple[int, str, str] | None = None

    # --- connection ------------------------------------------------------------------

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self._note_limit_reached()
            self.connections.discard(self)
            transport.abort()  # frees the descriptor now; the client sees a reset
            return
        self._await_head()

    def connection_lost(self, exc) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def _note_limit_reached(self) -> None:
        cls = type(self)
        now = time.monotonic()
        if now - cls._last_limit_log >= _LIMIT_LOG_INTERVAL:
            cls._last_limit_log = now
            log.warning("%d connections open, the most allowed: refusing new ones "
                        "(said at most once a minute)", self.max_connections)

    # --- the head timer --------------------------------------------------------------

    def _await_head(self) -> None:
        self._awaiting_head = True
        self._head_started = False
        self._head_bytes = self._raw_head_bytes = self._header_count = 0
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing():
            return
        if self._head_started:  # a request began and stalled: say so before closing
            self.transport.write(_refusal_bytes(
                408, "request_timeout",
                f"the request head did not arrive within {self.head_timeout:g} s"))
        self.transport.close()  # an idle keep-alive connection just closes

    def on_response_complete(self) -> None:
        pipelined = bool(self.pipeline)  # a queued request's head was read already
        super().on_response_complete()
        if not pipelined and not self.transport.is_closing():
            self._await_head()

    # --- the head's size -------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        if self._refusal is not None:
            return
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            pass  # no WebSockets here: the request is answered as plain HTTP
        except httptools.HttpParserError:
            if self._refusal is None:
                self._refusal = (400, "bad_request", "this is not a valid HTTP/1.1 request")
            self._refuse()
            return
        if self._awaiting_head and self._head_started:
            self._raw_head_bytes += len(data)
            if self._raw_head_bytes > _MAX_RAW_HEAD_BYTES:
                self._refusal = _head_too_large()
                self._refuse()

    def _refuse(self) -> None:
        status, error, message = self._refusal
        self._cancel_head_timer()
        if self.cycle is None or self.cycle.response_complete:
            # Nothing else is being written on this connection: the refusal can be.
            self.transport.write(_refusal_bytes(status, error, message))
        if status != 400:
            log.info("connection from %s: %s (%d)", (self.client or ("?",))[0], message, status)
        self.transport.close()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_started = True

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        self._head_bytes += len(url)
        if len(self.url) > MAX_URL_BYTES:
            self._refusal = (414, "uri_too_long", f"the URL is longer than {MAX_URL_BYTES} bytes")
            raise _Refused

    def on_header(self, name: bytes, value: bytes) -> None:
        super().on_header(name, value)
        self._head_bytes += len(name) + len(value) + 4
        self._header_count += 1
        if self._head_bytes > MAX_HEAD_BYTES or self._header_count > MAX_HEADERS:
            self._refusal = _head_too_large()
            raise _Refused

    def on_headers_complete(self) -> None:
        self._awaiting_head = False
        self._cancel_head_timer()
        super().on_headers_complete()


def _head_too_large() -> tuple[int, str, str]:
    return (431, "header_fields_too_large",
            f"the request head is larger than {MAX_HEAD_BYTES} bytes or {MAX_HEADERS} headers")


def guarded_protocol(head_timeout: float, max_connections: int) -> type[GuardedHttpToolsProtocol]:
    """The protocol class for uvicorn.Config(http=...), with this server's limits."""
    return type("PapershelfHttpProtocol", (GuardedHttpToolsProtocol,), {
        "head_timeout": head_timeout, "max_connections": max_connections,
    })
