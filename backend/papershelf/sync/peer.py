"""Talking to a peer's sync API over HTTP: retries, back-off and one-line errors.

A sync may run from cron against a server that is down, rate-limits, or is
another papershelf version, so every failure ends as a `SyncError` whose text is
the one line the user sees. 429 and 503 are waited out (their `Retry-After`,
else a growing delay); time-outs and 5xx are retried a few times; POSTs are
safe to repeat because applying a batch twice changes nothing.
"""

from __future__ import annotations

import threading
import time
import unicodedata
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import msgspec

from .protocol import DECODE_ERRORS, PROTOCOL, decode_envelope, decode_problem

RETRIES = 4
# Longer waits than this are left to the next run (cron) rather than slept through.
MAX_RETRY_AFTER = 300.0
BACKOFF = (1.0, 2.0, 4.0, 8.0)


class SyncError(Exception):
    """A sync that could not complete; the message is one line for the user."""


MAX_QUOTED = 300


def one_line(text: str, limit: int = MAX_QUOTED) -> str:
    """What a peer says, fit to quote in a one-line error: control characters (line
    breaks, terminal escapes) become spaces, runs of space one, and it is cut at `limit`."""
    text = " ".join("".join(" " if unicodedata.category(c)[0] == "C" else c for c in text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class PeerUnreachable(SyncError):
    pass


class TokenRefused(SyncError):
    pass


class ProtocolMismatch(SyncError):
    pass


class PeerFailed(SyncError):
    pass


class TooLarge(SyncError):
    """413: the caller splits the batch."""


class _ErrorBody(msgspec.Struct):
    error: str | None = None
    message: str | None = None
    protocol: int | None = None


def _error_body(response: httpx.Response) -> _ErrorBody:
    try:
        return msgspec.json.decode(response.content, type=_ErrorBody)
    except DECODE_ERRORS:
        return _ErrorBody()


def retry_after(response: httpx.Response) -> float | None:
    """`Retry-After` in seconds: a number, or an HTTP date."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def peer_url(url: str) -> str:
    """The peer's base URL, or a SyncError saying what is wrong with it (httpx would
    otherwise fail on the first request with a traceback, or connect somewhere odd)."""
    if "://" not in url:
        # `host:port` parses as a URL with scheme `host` or none: say what was meant.
        raise SyncError(f"{url or '(empty)'} is not a URL: write http://{url or 'HOST:PORT'}")
    try:
        parsed = httpx.URL(url)
        port = parsed.port
    except httpx.InvalidURL as error:
        raise SyncError(f"{url} is not a valid URL: {error}") from None
    if parsed.scheme not in ("http", "https"):
        raise SyncError(f"{url}: papershelf syncs over http:// or https://, not {parsed.scheme}://")
    if not parsed.host:
        raise SyncError(f"{url} names no host: write http://HOST:PORT")
    if port is not None and not 0 < port < 65536:
        raise SyncError(f"{url}: port {port} is out of range")
    return url.rstrip("/")


class Peer:
    """One peer's sync endpoint, with the bytes each way counted."""

    def __init__(
        self, url: str, token: str, *, timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep, transport: httpx.BaseTransport | None = None,
    ):
        self.url = peer_url(url)
        self._sleep = sleep
        self._client = httpx.Client(
            base_url=self.url, timeout=timeout, transport=transport,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        )
        self.timeout = timeout
        self.sent = 0
        self.received = 0
        # A sync sends two pushes at once (client._push), each counting its bytes.
        self._counting = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Peer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                content: bytes | None = None) -> bytes:
        """The body of a 2xx answer that speaks our protocol; SyncError otherwise."""
        what = f"{method} {path}"
        for attempt in range(RETRIES + 1):
            last = attempt == RETRIES
            try:
                response = self._client.request(
                    method, path, params=params, content=content,
                    headers={"Content-Type": "application/json"} if content is not None else None,
                )
            except httpx.ConnectError as error:
                raise PeerUnreachable(f"cannot reach {self.url}: {_reason(error)}") from None
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as error:
                if last:
                    if isinstance(error, httpx.TimeoutException):
                        raise PeerUnreachable(
                            f"{self.url} did not answer {what} within {self.timeout:g} s "
                            f"({RETRIES + 1} tries)") from None
                    raise PeerUnreachable(f"{self.url}: {what} failed: {_reason(error)}") from None
                self._sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
                continue
            except httpx.HTTPError as error:  # anything else httpx refuses: one line too
                raise PeerFailed(f"{self.url}: {what} failed: {_reason(error)}") from None
            with self._counting:
                self.sent += len(content or b"")
                self.received += len(response.content)
            status = response.status_code
            if status in (429, 503):
                wait = retry_after(response)
                if wait is None:
                    wait = BACKOFF[min(attempt, len(BACKOFF) - 1)]
                if last or wait > MAX_RETRY_AFTER:
                    raise PeerFailed(
                        f"{self.url} is busy ({status}) and asks to retry after {wait:g} s; "
                        "try again later") from None
                self._sleep(wait)
                continue
            if status >= 500 and not last:
                self._sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
                continue
            if status >= 300:
                self._raise_for(status, response, what)
            return self._check_protocol(response.content, what)
        raise AssertionError("unreachable")  # pragma: no cover

    def _raise_for(self, status: int, response: httpx.Response, what: str) -> None:
        body = _error_body(response)
        detail = one_line(body.message or response.reason_phrase or "no detail")
        if status == 401:
            raise TokenRefused(f"{self.url} refused the token (401 unauthorized)")
        if status == 403:
            raise TokenRefused(f"{self.url}: the token may not sync (403: {detail})")
        if body.error == "protocol_mismatch" or (status == 409 and body.protocol is not None):
            raise ProtocolMismatch(_mismatch(self.url, body.protocol))
        if status == 413:
            raise TooLarge(f"{self.url} refused {what} as too large: {detail}")
        if status == 404:
            raise PeerFailed(f"{self.url} has no sync API ({what} answered 404); "
                             "is it a papershelf server?")
        raise PeerFailed(f"{self.url} answered {what} with {status} {one_line(body.error or '', 60)}:"
                         f" {detail}".replace("  ", " "))

    def _check_protocol(self, content: bytes, what: str) -> bytes:
        try:
            envelope = decode_envelope(content)
        except DECODE_ERRORS as error:
            raise PeerFailed(f"{self.url} sent a malformed answer to {what}: "
                             f"{decode_problem(error)}") from None
        if envelope.protocol != PROTOCOL:
            raise ProtocolMismatch(_mismatch(self.url, envelope.protocol))
        return content


def _mismatch(url: str, theirs: int | None) -> str:
    spoken = f"sync protocol {theirs}" if theirs is not None else "another sync protocol"
    return (f"{url} speaks {spoken}; this papershelf speaks protocol {PROTOCOL}: "
            "upgrade the older side")


def _reason(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return one_line(text.splitlines()[0] if text.strip() else type(error).__name__)
