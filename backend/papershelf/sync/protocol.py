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

from typing import Any

import msgspec

from ..merge import NoteState, PaperState, TagState

PROTOCOL = 1

# Per-item outcomes of applying a change.
NEW = "new"
UPDATED = "updated"
UNCHANGED = "unchanged"
REJECTED = "rejected"


class PaperChange(msgspec.Struct, tag="paper", kw_only=True, omit_defaults=True):
    id: str
    version: int
    values: dict[str, Any] = {}
    clocks: dict[str, str] = {}
    tags: dict[str, TagState] = {}
    deleted: str | None = None

    def state(self) -> PaperState:
        return PaperState(values=self.values, clocks=self.clocks, tags=self.tags,
                          deleted=self.deleted)


class NoteChange(msgspec.Struct, tag="note", kw_only=True, omit_defaults=True):
    id: str
    version: int
    paper_id: str
    clock: str
    vv: dict[str, int] = {}
    body: str | None = None
    quote: str | None = None
    conflict_of: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    deleted: str | None = None

    def state(self) -> NoteState:
        return NoteState(
            id=self.id, paper_id=self.paper_id, clock=self.clock, vv=self.vv, body=self.body,
            quote=self.quote, conflict_of=self.conflict_of, created_at=self.created_at,
            updated_at=self.updated_at, deleted=self.deleted,
        )


class AliasChange(msgspec.Struct, tag="alias", kw_only=True):
    """Paper `alias` turned out to be paper `paper_id` (the smaller id survives)."""

    alias: str
    paper_id: str
    version: int


Change = PaperChange | NoteChange | AliasChange


class Envelope(msgspec.Struct):
    """The part of every message read first, so another protocol is told apart
    from a malformed body."""

    protocol: int
    machine: str


class ChangesPage(msgspec.Struct, kw_only=True):
    protocol: int
    machine: str
    changes: list[Change]
    next: int
    more: bool
    # How far into the asking machine's own feed this server has applied: the asker
    # need not push what lies below it (it may have arrived when this server pulled).
    seen: int = 0


class PushBatch(msgspec.Struct, kw_only=True):
    protocol: int
    machine: str
    changes: list[Change]
    # The span of the pusher's feed the batch covers, (since, next]: the receiver
    # then holds that span and need not pull it back when it syncs the other way.
    since: int | None = None
    next: int | None = None


class ItemResult(msgspec.Struct, omit_defaults=True):
    status: str
    conflicts: int = 0  # conflict copies this item made
    message: str | None = None


class PushResult(msgspec.Struct, kw_only=True):
    protocol: int
    machine: str
    results: list[ItemResult]


encode = msgspec.json.Encoder().encode
decode_envelope = msgspec.json.Decoder(Envelope).decode
decode_page = msgspec.json.Decoder(ChangesPage).decode
decode_batch = msgspec.json.Decoder(PushBatch).decode
decode_result = msgspec.json.Decoder(PushResult).decode


def change_clocks(change: Change) -> list[str]:
    """The HLC clocks a change carries (field clocks without their rank prefix)."""
    if isinstance(change, PaperChange):
        clocks = [clock.split(":", 1)[-1] for clock in change.clocks.values()]
        clocks.extend(add for tag in change.tags.values() for add in tag.adds)
        if change.deleted:
            clocks.append(change.deleted.split(":", 1)[-1])
        return clocks
    if isinstance(change, NoteChange):
        return [change.clock]
    return []
