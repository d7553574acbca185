"""Merge rules, one set for imports, captures, the reader's edits and sync.

A paper's state is a join-semilattice, so merging is commutative, associative and
idempotent and any order of merges converges:

- every field is a last-writer-wins register ordered by its clock `"<rank>:<hlc>"`:
  rank 1 = text capture or dump, 2 = structured page, 3 = the reader's own edit,
  so a capture never beats an edit and a dump never beats a page; equal clocks
  with different values (two imports of one day) keep the fuller value (`_tie_order`);
- a source that does not know a field has no clock for it, so it never
  overwrites a value with NULL;
- tags are an add-wins observed-remove set: a remove only cancels the adds it saw;
- a deletion is a clock (`deleted`, the latest wins) and a restore another (`restored`, the
  latest wins): the paper is deleted while its latest deletion is after its latest restore.
  A deleted paper keeps its state (values, clocks, tags), hidden, so a restore brings it back
  whole, as a trash does; the reader saving a deleted paper's page again restores it.
"""

from __future__ import annotations

import hashlib
from typing import Any

import msgspec

from .clock import ZERO_HLC, is_hlc, is_machine_id
from .records import (
    INT64_MAX,
    MAX_TAG_LENGTH,
    PAPER_FIELDS,
    READER_FIELDS,
    NoteKind,
    NoteTarget,
    Paper,
    Rank,
)

# The ranks a clock may carry; a peer claiming another (`"9:<hlc>"`) would outrank the
# reader's own edits on every replica, for good.
RANKS = tuple(Rank)
_RANK_TEXTS = tuple(str(int(rank)) for rank in RANKS)

MERGED_FIELDS = PAPER_FIELDS + READER_FIELDS

_encode = msgspec.json.Encoder().encode


class TagState(msgspec.Struct, array_like=True):
    adds: list[str] = []  # clocks of add operations
    removed: list[str] = []  # add clocks cancelled by a remove

    @property
    def present(self) -> bool:
        return bool(set(self.adds) - set(self.removed))


class PaperState(msgspec.Struct):
    values: dict[str, Any] = {}
    clocks: dict[str, str] = {}
    tags: dict[str, TagState] = {}
    deleted: str | None = None  # field clocks (the reader's rank) of the latest deletion
    restored: str | None = None  # and of the latest restore

    @property
    def is_deleted(self) -> bool:
        return self.deleted is not None and (self.restored is None or self.restored < self.deleted)

    def visible_tags(self) -> list[str]:
        return sorted(tag for tag, state in self.tags.items() if state.present)


def field_clock(rank: Rank, hlc: str) -> str:
    return f"{int(rank)}:{hlc}"


def split_field_clock(clock: str) -> tuple[int, str]:
    """`"<rank>:<hlc>"` as (rank, hlc); ValueError when the rank is not one of RANKS (the
    hlc is the caller's to check: a peer's against its own clock, clock.HybridClock.check)."""
    rank, colon, hlc = clock.partition(":") if isinstance(clock, str) else ("", "", "")
    if not colon or rank not in _RANK_TEXTS:
        shown = repr(clock) if len(repr(clock)) <= 80 else repr(clock)[:77] + "..."
        raise ValueError(f"{shown} is not a field clock (<rank {int(RANKS[0])}-{int(RANKS[-1])}>:<clock>)")
    return int(rank), hlc


# ---- clocks stored before peers' clocks were checked -------------------------
#
# A library may hold clocks a peer pushed before they were parsed strictly: `"3:9-0-x"`
# (sorts above every real clock), `"9:<hlc>"` (a rank above the reader's). Each reads as
# a sound clock, the same on every replica (so replicas holding it still agree), that
# never outranks a real write of the reader: the rank is brought into RANKS, and a clock
# that is no clock at all becomes the smallest one (ZERO_HLC). The row is rewritten so at
# its next change; a well-formed clock merely far ahead is kept (see docs/sync.md).


def sound_field_clock(clock: str) -> str:
    rank, colon, hlc = clock.partition(":")
    if colon and rank in _RANK_TEXTS and is_hlc(hlc):
        return clock
    digits = rank.lstrip("0") if rank.isascii() and rank.isdigit() else None
    if digits is None:
        level = Rank.TEXT
    else:  # read without int(): a peer may have sent more digits than Python converts
        level = Rank.READER if len(digits) > 1 else Rank(min(max(int(digits or "0"), Rank.TEXT),
                                                            Rank.READER))
    return field_clock(level, hlc if colon and is_hlc(hlc) else ZERO_HLC)


def sound_hlc(clock: str) -> str:
    return clock if is_hlc(clock) else ZERO_HLC


def sound_vv(vv: dict[str, int]) -> dict[str, int]:
    """A version vector keeps the entries a library could have written: machine ids
    counting edits from 0 to SQLite's largest integer."""
    if all(is_machine_id(m) and type(n) is int and 0 <= n <= INT64_MAX for m, n in vv.items()):
        return vv
    return {m: min(n, INT64_MAX) for m, n in vv.items()
            if is_machine_id(m) and type(n) is int and n >= 0}


def sound_tags(tags: dict[str, TagState]) -> dict[str, TagState]:
    """Tags with sound clocks; a tag no local write makes (empty, or longer than
    MAX_TAG_LENGTH) is left out, or every peer would refuse the paper for good."""
    if all(0 < len(tag) <= MAX_TAG_LENGTH and all(map(is_hlc, (*state.adds, *state.removed)))
           for tag, state in tags.items()):
        return tags
    return {tag: TagState(sorted({sound_hlc(c) for c in state.adds}),
                          sorted({sound_hlc(c) for c in state.removed}))
            for tag, state in tags.items() if 0 < len(tag) <= MAX_TAG_LENGTH}


def state_from_record(paper: Paper, rank: Rank, hlc: str) -> PaperState:
    """What a capture says about a paper: only the fields it knows."""
    clock = field_clock(rank, hlc)
    if type(paper) is Paper:  # omit_defaults: its fields that are not None, in order, built in C
        values = msgspec.to_builtins(paper)
    else:
        values = {name: getattr(paper, name) for name in PAPER_FIELDS if getattr(paper, name) is not None}
    return PaperState(values=values, clocks=dict.fromkeys(values, clock))


def state_from_edit(changes: dict[str, Any], hlc: str) -> PaperState:
    """The reader's edit of fields (None is a real value here: a cleared rating)."""
    clock = field_clock(Rank.READER, hlc)
    return PaperState(values=dict(changes), clocks=dict.fromkeys(changes, clock))


def tag_edit(current: PaperState, wanted: list[str], hlc: str) -> dict[str, TagState]:
    """The tag operations that turn the current visible tags into `wanted`."""
    ops: dict[str, TagState] = {}
    wanted_set = set(wanted)
    for tag, state in current.tags.items():
        if state.present and tag not in wanted_set:
            ops[tag] = TagState(adds=list(state.adds), removed=sorted(set(state.adds)))
    for tag in wanted_set:
        existing = current.tags.get(tag)
        if existing is None or not existing.present:
            ops[tag] = TagState(adds=[hlc])
    return ops


def _wins(name: str, incoming_clock: str, incoming_value: Any, local_clock: str, local_value: Any) -> bool:
    if incoming_clock != local_clock:
        return incoming_clock > local_clock
    return _tie_order(name, incoming_value) > _tie_order(name, local_value)


def _tie_order(name: str, value: Any) -> tuple[float, bytes]:
    """How two values of one field under one clock (an import's clock is its day's) are ordered:
    the fuller first (more authors, a longer abstract, a day before a year, a larger count), then
    by the value itself, so the order is total and every replica keeps the same one. Of two days
    `published` keeps the earlier: it is when the paper first appeared."""
    encoded = _encode(value)
    if isinstance(value, str | list):
        size: float = len(value)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        size = value
    else:
        size = 0
    if name == "published":
        encoded = bytes(255 - byte for byte in encoded)
    return size, encoded


def _merge_tags(local: dict[str, TagState], incoming: dict[str, TagState]) -> dict[str, TagState]:
    merged = dict(local)
    for tag, theirs in incoming.items():
        ours = merged.get(tag)
        if ours is None:
            merged[tag] = TagState(sorted(set(theirs.adds)), sorted(set(theirs.removed)))
        else:
            merged[tag] = TagState(
                sorted(set(ours.adds) | set(theirs.adds)),
                sorted(set(ours.removed) | set(theirs.removed)),
            )
    return merged


def merge_states(local: PaperState, incoming: PaperState) -> PaperState:
    values, clocks = dict(local.values), dict(local.clocks)
    for name, clock in incoming.clocks.items():
        value = incoming.values.get(name)
        if name not in clocks or _wins(name, clock, value, clocks[name], values.get(name)):
            values[name], clocks[name] = value, clock
    tags = _merge_tags(local.tags, incoming.tags) if incoming.tags else local.tags
    deleted = max(filter(None, (local.deleted, incoming.deleted)), default=None)
    restored = max(filter(None, (local.restored, incoming.restored)), default=None)
    return PaperState(values=values, clocks=clocks, tags=tags, deleted=deleted, restored=restored)


# ---- notes -------------------------------------------------------------------
#
# A note is its own record with a version vector (machine -> edits made there) and
# the HLC clock of its last write; its kind and its target (the passage it is anchored
# to) are part of that state and merge with its body. Merging two states of one note:
#
# - one vector dominates the other: the dominating state is the newer, take it;
# - neither dominates (edited apart): the later clock wins, and the loser's text
#   becomes a conflict copy, a note of its own whose id is derived from the note id
#   and the losing clock, so every replica that meets the conflict makes the same copy;
# - a delete is a tombstone that nothing undoes; a live state the deleter had not
#   seen (its vector is not below the tombstone's) is kept as a conflict copy.
#
# Copies are fresh notes with an empty vector, so the reader's own later edit or
# delete of a copy dominates any replica making that copy again.


class NoteState(msgspec.Struct, kw_only=True):
    id: str
    paper_id: str
    clock: str
    vv: dict[str, int] = {}
    body: str | None = None  # None on a tombstone
    quote: str | None = None
    kind: NoteKind = "note"
    target: NoteTarget | None = None
    conflict_of: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    deleted: str | None = None


class NoteMerge(msgspec.Struct):
    note: NoteState
    copies: list[NoteState] = []


def vv_leq(a: dict[str, int], b: dict[str, int]) -> bool:
    """Every edit `a` has seen, `b` has seen too."""
    return all(count <= b.get(machine, 0) for machine, count in a.items())


def vv_join(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    joined = dict(a)
    for machine, count in b.items():
        if count > joined.get(machine, 0):
            joined[machine] = count
    return dict(sorted(joined.items()))


def conflict_copy_id(note_id: str, clock: str) -> str:
    return hashlib.sha256(f"{note_id}\n{clock}".encode()).hexdigest()[:32]


def conflict_copy(loser: NoteState) -> NoteState:
    """The losing text of a conflict as a note of its own, the same on every replica."""
    return NoteState(
        id=conflict_copy_id(loser.id, loser.clock), paper_id=loser.paper_id, clock=loser.clock,
        body=loser.body, quote=loser.quote, kind=loser.kind, target=loser.target,
        conflict_of=loser.id,
        created_at=loser.created_at, updated_at=loser.updated_at,
    )


def _note_order(state: NoteState) -> tuple[str, bytes]:
    # Clocks carry the machine id, so only the same write seen twice ties; the
    # encoded state settles even that the same way everywhere.
    return state.clock, _encode(state)


def merge_notes(local: NoteState | None, incoming: NoteState) -> NoteMerge:
    if local is None:
        return NoteMerge(incoming)
    if local.deleted or incoming.deleted:
        return _merge_with_tombstone(local, incoming)
    if vv_leq(incoming.vv, local.vv) and vv_leq(local.vv, incoming.vv):
        return NoteMerge(max(local, incoming, key=_note_order))
    if vv_leq(incoming.vv, local.vv):
        return NoteMerge(local)
    if vv_leq(local.vv, incoming.vv):
        return NoteMerge(incoming)
    winner, loser = sorted((local, incoming), key=_note_order, reverse=True)
    merged = msgspec.structs.replace(winner, vv=vv_join(local.vv, incoming.vv))
    return NoteMerge(merged, [conflict_copy(loser)])


def _merge_with_tombstone(local: NoteState, incoming: NoteState) -> NoteMerge:
    tombstones = [s for s in (local, incoming) if s.deleted]
    tombstone = max(tombstones, key=lambda s: (s.deleted, s.clock, s.paper_id))
    merged = NoteState(
        id=local.id, paper_id=tombstone.paper_id, clock=tombstone.clock,
        vv=vv_join(local.vv, incoming.vv), deleted=tombstone.deleted,
    )
    unseen = [s for s in (local, incoming) if not s.deleted and not vv_leq(s.vv, tombstone.vv)]
    return NoteMerge(merged, [conflict_copy(s) for s in unseen])
