"""The sync wire format (msgspec JSON), shared by the server and the client.

A change carries the full mergeable state of one record, never a diff, so
applying it is a merge (merge.py): idempotent, commutative, and safe to retry.

- `GET /api/sync/changes?since=V&limit=N&machine=M&protocol=P` -> `ChangesPage`:
  the peer's records whose change version is above V, oldest first, leaving out
  those whose state came from machine M (it has them already); `next` is the
  cursor to ask with next time, `more` says whether to ask again now.
- `POST /api/sync/changes` `PushBatch` -> `PushResult`: the batch is applied in
  one transaction and answered per item, in order.

A peer answering another `protocol` is refused; every message carries it.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from ..clock import MACHINE_ID_PATTERN
from ..merge import NoteState, PaperState, TagState
from ..records import INT64_MAX, NoteKind, NoteTarget, Observed

# 2: observations travel (`observation` changes), and papers carry issue 16's fields.
# A peer speaking 1 would refuse both item by item and stall its cursor: it is told
# to upgrade instead (409 protocol_mismatch).
# 3: papers carry their venue. A peer speaking 2 checks a paper's values against the
# fields it knows (records.PaperValues), so it would refuse every paper with a venue.
# 4: papers carry `restored` (a deleted paper saved again). A peer speaking 3 would skip it
# and keep the paper deleted, for good.
PROTOCOL = 4

# Change versions, cursors and edit counts are SQLite integers: a larger number is
# refused as the request's error, never met as an overflow while storing it.
Version = Annotated[int, Meta(ge=0, le=INT64_MAX)]
MachineId = Annotated[str, Meta(pattern=MACHINE_ID_PATTERN)]

# Per-item outcomes of applying a change.
NEW = "new"
UPDATED = "updated"
UNCHANGED = "unchanged"
REJECTED = "rejected"


class PaperChange(msgspec.Struct, tag="paper", kw_only=True, omit_defaults=True):
    id: str
    version: Version
    values: dict[str, Any] = {}
    clocks: dict[str, str] = {}
    tags: dict[str, TagState] = {}
    deleted: str | None = None
    restored: str | None = None

    def state(self) -> PaperState:
        return PaperState(values=self.values, clocks=self.clocks, tags=self.tags,
                          deleted=self.deleted, restored=self.restored)


class NoteChange(msgspec.Struct, tag="note", kw_only=True, omit_defaults=True):
    id: str
    version: Version
    paper_id: str
    clock: str
    vv: dict[MachineId, Version] = {}
    body: str | None = None
    quote: str | None = None
    # Since papershelf 0.2 (issue 15). A peer that predates them ignores both (msgspec
    # skips unknown fields): see docs/sync.md, "Fields added to a change".
    kind: NoteKind = "note"
    target: NoteTarget | None = None
    conflict_of: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    deleted: str | None = None

    def state(self) -> NoteState:
        return NoteState(
            id=self.id, paper_id=self.paper_id, clock=self.clock, vv=self.vv, body=self.body,
            quote=self.quote, kind=self.kind, target=self.target, conflict_of=self.conflict_of,
            created_at=self.created_at, updated_at=self.updated_at, deleted=self.deleted,
        )


class AliasChange(msgspec.Struct, tag="alias", kw_only=True):
    """Paper `alias` turned out to be paper `paper_id` (the smaller id survives)."""

    alias: str
    paper_id: str
    version: Version


class ObservationChange(Observed, tag="observation", kw_only=True, forbid_unknown_fields=True):
    """What a page said about a paper at one time (store/observations.py). Append-only:
    an id this library holds is never changed, so applying one is a union."""

    id: Annotated[str, Meta(pattern="^[0-9a-f]{32}$")]
    version: Version
    paper_id: Annotated[str, Meta(min_length=1, max_length=128)]
    # What tx.timestamp writes, and a dump's midnight: UTC to the second.
    observed_at: Annotated[str, Meta(pattern=r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")]
    source: Annotated[str, Meta(min_length=1, max_length=64)]


Change = PaperChange | NoteChange | AliasChange | ObservationChange


class Envelope(msgspec.Struct):
    """The part of every message read first, so another protocol is told apart
    from a malformed body."""

    protocol: int
    machine: str


class ChangesPage(msgspec.Struct, kw_only=True):
    protocol: int
    machine: MachineId
    changes: list[Change]
    next: Version
    more: bool
    # How far into the asking machine's own feed this server has applied: the asker
    # need not push what lies below it (it may have arrived when this server pulled).
    seen: Version = 0


class PushBatch(msgspec.Struct, kw_only=True):
    protocol: int
    machine: MachineId
    changes: list[Change]
    # The span of the pusher's feed the batch covers, (since, next]: the receiver
    # then holds that span and need not pull it back when it syncs the other way.
    since: Version | None = None
    next: Version | None = None
    # The order of pushes sent before the first is answered (sync/order.py): this one is
    # applied after the pusher's push that `ends` at `after`. A batch split in halves on a
    # 413 claims no span, but its first half keeps `after` and its last half `ends`.
    after: Version | None = None
    ends: Version | None = None


class PushPlace(msgspec.Struct):
    """Where a push stands in its pusher's order (sync/order.py), read before the rest of
    it: the fields a sound push has, any of them missing when the push is not sound."""

    machine: str = ""
    next: int | None = None
    after: int | None = None
    ends: int | None = None


class RawPushBatch(PushBatch, kw_only=True):
    """A push as the server first reads it: each change is decoded on its own
    (`decode_change`), so one wrongly typed change is rejected alone."""

    changes: list[msgspec.Raw]


class Malformed(msgspec.Struct, kw_only=True):
    """A pushed change that does not decode: rejected with `message`. Its `version`
    is None when even that cannot be read (no cursor may then pass it)."""

    version: int | None
    message: str


class ItemResult(msgspec.Struct, omit_defaults=True):
    status: str
    conflicts: int = 0  # conflict copies this item made
    message: str | None = None


class PushResult(msgspec.Struct, kw_only=True):
    protocol: int
    machine: str
    results: list[ItemResult]


# What decoding a hostile body raises besides msgspec's errors: text that is not UTF-8
# inside a string, and nesting deeper than Python's recursion limit.
DECODE_ERRORS = (msgspec.DecodeError, UnicodeDecodeError, RecursionError)


def decode_problem(error: Exception) -> str:
    if isinstance(error, RecursionError):
        return "JSON nested too deeply"
    if isinstance(error, UnicodeDecodeError):  # the same words as the API's other bodies
        return f"not UTF-8 (byte {error.start} is not valid)"
    return str(error)


encode = msgspec.json.Encoder().encode
decode_envelope = msgspec.json.Decoder(Envelope).decode
decode_page = msgspec.json.Decoder(ChangesPage).decode
decode_batch = msgspec.json.Decoder(RawPushBatch).decode
decode_place = msgspec.json.Decoder(PushPlace).decode
decode_result = msgspec.json.Decoder(PushResult).decode
_decode_change = msgspec.json.Decoder(Change).decode
_decode_any = msgspec.json.Decoder().decode


def decode_change(raw: bytes) -> Change | Malformed:
    """One pushed change, or a Malformed one whose message names the problem (and
    the change's kind, id and version, as far as they can be read)."""
    try:
        return _decode_change(raw)
    except msgspec.DecodeError as error:
        problem = field_error(error)
    except DECODE_ERRORS as error:
        problem = decode_problem(error)
    try:
        item = _decode_any(raw)
    except DECODE_ERRORS:
        item = None
    labels = item if isinstance(item, dict) else {}
    kind, name, version = labels.get("type"), labels.get("id", labels.get("alias")), labels.get("version")
    what = (f"{kind} {name}" if kind in ("paper", "note", "alias", "observation")
            and isinstance(name, str) else "change")
    if type(version) is not int or not 0 <= version <= INT64_MAX:
        version = None
    return Malformed(version=version, message=f"{what[:200]}: {problem}")


_AT = re.compile(r" - at `(key` in `)?\$([^`]*)`$")


def error_path(error: msgspec.DecodeError) -> tuple[str, str]:
    """msgspec's `Expected `int`, got `str` - at `$.vv[...]`` as ("vv[...]", "Expected ..."),
    and `… - at `key` in `$.vv`` as ("vv key", "…")."""
    text = str(error)
    found = _AT.search(text)
    if found is None:
        return "", text
    path = found[2].lstrip(".") + (" key" if found[1] else "")
    return path.strip(), text[:found.start()]


def field_error(error: msgspec.DecodeError, prefix: str = "") -> str:
    """The error as `<field>: <problem>`, the field's path after `prefix`."""
    path, message = error_path(error)
    path = prefix + path if path or prefix else ""
    return f"{path.rstrip('.')}: {message}" if path else message


def change_clocks(change: Change) -> list[str]:
    """Every HLC clock a change carries (field clocks and a paper's deletion and restore
    without their rank prefix, tag adds and removes, a note's clock and tombstone)."""
    if isinstance(change, PaperChange):
        clocks = [clock.split(":", 1)[-1] for clock in change.clocks.values()]
        for tag in change.tags.values():
            clocks.extend(tag.adds)
            clocks.extend(tag.removed)
        clocks.extend(clock.split(":", 1)[-1] for clock in (change.deleted, change.restored) if clock)
        return clocks
    if isinstance(change, NoteChange):
        return [change.clock, change.deleted] if change.deleted else [change.clock]
    return []
