"""The serving side of sync, free of any web framework: the controller and the
in-process test transport both call these functions.

`read_page` answers `GET /api/sync/changes`. A `POST` is `push_place` (its place in the
pusher's order, sync/order.py), `decode_push` (the body read and checked, on any thread)
then `apply_push` (on the writer: one transaction, a result per item); `accept_push` is
the last two in one call. Errors are `SyncRequestError`s carrying
the HTTP status and error code of the API's one error shape.
"""

from __future__ import annotations

import msgspec

from ..records import INT64_MAX
from ..store.db import read_transaction
from ..store.tx import machine_id
from .apply import apply_changes, pull_cursor_for
from .feed import read_changes
from .protocol import (
    DECODE_ERRORS,
    PROTOCOL,
    Change,
    ChangesPage,
    Malformed,
    PushPlace,
    PushResult,
    decode_batch,
    decode_change,
    decode_envelope,
    decode_place,
    decode_problem,
    encode,
    error_path,
    field_error,
)

DEFAULT_PAGE = 1000
MAX_PAGE = 5000
# A push is applied in one write transaction: these keep it short enough that
# the capture API and a local sync waiting on the same file are not held up long.
MAX_PUSH_BYTES = 16 * 1024 * 1024
MAX_PUSH_CHANGES = 5000


class SyncRequestError(Exception):
    def __init__(self, status: int, error: str, message: str, **extra):
        super().__init__(message)
        self.status, self.error, self.message, self.extra = status, error, message, extra


def _protocol_mismatch(theirs: int | None) -> SyncRequestError:
    return SyncRequestError(
        409, "protocol_mismatch",
        f"this server speaks sync protocol {PROTOCOL}; the request speaks {theirs}",
        protocol=PROTOCOL)


def read_page(db, *, since: int = 0, limit: int = DEFAULT_PAGE, machine: str | None = None,
              protocol: int | None = None) -> bytes:
    """A page of changes above `since`, leaving out states that came from `machine`."""
    if protocol is not None and protocol != PROTOCOL:
        raise _protocol_mismatch(protocol)
    if not 0 <= since <= INT64_MAX:
        raise SyncRequestError(400, "validation_error", f"since: must be between 0 and {INT64_MAX}",
                               field="since")
    if not 1 <= limit <= MAX_PAGE:
        raise SyncRequestError(400, "validation_error", f"limit: must be between 1 and {MAX_PAGE}",
                               field="limit")
    # One snapshot: what the page says this library holds of the asker's feed (`seen`)
    # is as of the page it sends.
    with read_transaction(db) as conn:
        page = read_changes(conn, since, limit, skip_origin=machine)
        seen = pull_cursor_for(conn, machine) if machine else 0
        me = machine_id(conn)
    return encode(ChangesPage(protocol=PROTOCOL, machine=me, changes=page.changes,
                              next=page.next, more=page.more, seen=seen))


class DecodedPush(msgspec.Struct):
    machine: str
    changes: list[Change | Malformed]
    span: tuple[int, int] | None


def accept_push(db, body: bytes) -> bytes:
    """Apply a pushed batch in one transaction; the answer lists a result per change."""
    return encode(apply_push(db, decode_push(body)))


def decode_push(body: bytes) -> DecodedPush:
    """A push read and checked, touching no database (the server does it off its writer
    thread). The envelope must decode as a whole (else 400 naming the field); each change
    is decoded on its own, so a wrongly typed one is rejected alone and the rest land."""
    if len(body) > MAX_PUSH_BYTES:
        raise too_large()
    try:
        envelope = decode_envelope(body)
    except DECODE_ERRORS as error:
        raise SyncRequestError(400, "bad_request", f"malformed push: {decode_problem(error)}"
                               ) from None
    if envelope.protocol != PROTOCOL:
        raise _protocol_mismatch(envelope.protocol)
    try:
        batch = decode_batch(body)
    except msgspec.ValidationError as error:
        path, _ = error_path(error)
        raise SyncRequestError(400, "validation_error", field_error(error),
                               field=path.split("[", 1)[0] or None) from None
    except DECODE_ERRORS as error:
        raise SyncRequestError(400, "bad_request", f"malformed push: {decode_problem(error)}"
                               ) from None
    if len(batch.changes) > MAX_PUSH_CHANGES:
        raise too_large()
    span = (batch.since, batch.next) if batch.since is not None and batch.next is not None else None
    return DecodedPush(batch.machine, [decode_change(raw) for raw in batch.changes], span)


def push_place(body: bytes) -> PushPlace:
    """Where a push stands in its pusher's order (sync/order.py); a push that does not say,
    or is not sound (decode_push then says why), has no place and waits for nothing."""
    try:
        place = decode_place(body)
    except DECODE_ERRORS:
        return PushPlace()
    if place.ends is None:
        place.ends = place.next
    return place


def apply_push(db, push: DecodedPush) -> PushResult:
    me = machine_id(db)
    if push.machine == me:
        raise SyncRequestError(409, "duplicate_machine",
                               "the pushing library has this library's machine id (a copied file?)")
    results = apply_changes(db, push.changes, push.machine, pushed_span=push.span)
    return PushResult(protocol=PROTOCOL, machine=me, results=results)


def too_large() -> SyncRequestError:
    return SyncRequestError(
        413, "payload_too_large",
        f"a push may carry at most {MAX_PUSH_CHANGES} changes and {MAX_PUSH_BYTES} bytes",
        max_bytes=MAX_PUSH_BYTES, max_changes=MAX_PUSH_CHANGES)
