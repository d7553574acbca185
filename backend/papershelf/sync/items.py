"""Applying one change of a peer's: checked, merged into what is stored, written.

Every change is merged with the rules of merge.py into what is stored, so
applying it twice, or an old change after a newer one, changes nothing.
A change that cannot be stored is rejected alone, inside a savepoint, with a
message naming the field; the others still land. A change is checked against
the types of local writes (records.PaperValues, Tag), and every clock it carries
is parsed strictly and bounded by this machine's clock (MAX_DRIFT_MS ahead at
most): a clock from further ahead, or with a rank above the reader's, would
outrank the reader's edits on every replica. Only the clocks of changes that
were applied are observed, so a rejected change leaves the local clock alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

import msgspec

from ..clock import MAX_DRIFT_MS, HybridClock
from ..identity import doi_key
from ..merge import (
    MERGED_FIELDS,
    NoteState,
    PaperState,
    merge_notes,
    merge_states,
    sound_hlc,
    sound_vv,
    split_field_clock,
)
from ..records import Paper, PaperValues, Tag
from ..store.db import in_chunks
from ..store.notes import target_from_column, target_to_column
from ..store.observations import Observation, add_observations, has_observation
from ..store.papers import (
    find_matches,
    load_state,
    merge_papers,
    resolve_id,
    write_state,
)
from ..store.tx import Tx
from .protocol import (
    NEW,
    REJECTED,
    UNCHANGED,
    UPDATED,
    AliasChange,
    Change,
    ItemResult,
    Malformed,
    NoteChange,
    ObservationChange,
    PaperChange,
    change_clocks,
    field_error,
)

_encode = msgspec.json.Encoder().encode
_decode_vv = msgspec.json.Decoder(dict[str, int]).decode


class BadChange(ValueError):
    """A change this library cannot store; it is rejected, the rest of the batch lands."""

# What rejects one change (inside its savepoint) rather than failing the batch.
CHANGE_ERRORS = (BadChange, sqlite3.IntegrityError, ValueError)


def apply_one(tx: Tx, change: Change | Malformed, peer: str, checks: ClockChecks) -> ItemResult:
    """Apply one change inside its own savepoint: rejected alone, with its message."""
    if isinstance(change, Malformed):
        return ItemResult(REJECTED, message=change.message)
    conn = tx.db.conn
    conn.execute("SAVEPOINT sync_item")
    try:
        if isinstance(change, PaperChange):
            result = apply_paper(tx, change, peer, checks)
        elif isinstance(change, NoteChange):
            result = apply_note(tx, change, peer, checks)
        elif isinstance(change, ObservationChange):
            result = apply_observation(tx, change, peer)
        else:
            result = apply_alias(tx, change)
    except CHANGE_ERRORS as error:
        conn.execute("ROLLBACK TO sync_item")
        conn.execute("RELEASE sync_item")
        return rejected(change, error)
    conn.execute("RELEASE sync_item")
    # Its clocks were checked (check_paper, check_note): none is malformed or too far ahead.
    clocks = change_clocks(change)
    if clocks:
        tx.clock.observe(max(clocks))
    return result


def rejected(change: Change, error: Exception) -> ItemResult:
    return ItemResult(REJECTED, message=f"{_describe(change)}: {error}")


def _describe(change: Change) -> str:
    # Ids are a peer's to choose: quoted at a length that keeps the message short.
    if isinstance(change, AliasChange):
        return f"alias {change.alias[:200]}"
    kind = {PaperChange: "paper", NoteChange: "note"}.get(type(change), "observation")
    return f"{kind} {change.id[:200]}"


class ClockChecks:
    """A peer's clocks checked against this machine's (HybridClock.check), each distinct
    clock once per batch: a capture gives all of a paper's fields one clock."""

    def __init__(self, clock: HybridClock):
        self.clock = clock
        self._problems: dict[str, str | None] = {}

    def hlc(self, value: str, where: str) -> None:
        try:
            problem = self._problems[value]
        except KeyError:
            problem = self._problems[value] = self._hlc_problem(value)
        if problem is not None:
            raise BadChange(f"{where}: {problem}")

    def field(self, value: str, where: str) -> None:
        """A field clock or tombstone: `<rank>:<hlc>`."""
        key = "field " + value
        try:
            problem = self._problems[key]
        except KeyError:
            try:
                _, hlc = split_field_clock(value)
            except ValueError as error:
                problem = str(error)
            else:
                problem = self._hlc_problem(hlc)
            self._problems[key] = problem
        if problem is not None:
            raise BadChange(f"{where}: {problem}")

    def _hlc_problem(self, value: str) -> str | None:
        try:
            self.clock.check(value)
        except ValueError as error:  # ClockDriftError included
            return str(error)
        return None


# ---- papers ------------------------------------------------------------------


def check_paper(checks: ClockChecks, change: PaperChange) -> None:
    """The change holds only what a local write could have stored (BadChange naming the
    field otherwise): known fields with values of their types, sound clocks, tags."""
    unknown = sorted(set(change.clocks) - set(MERGED_FIELDS))
    if unknown:
        raise BadChange(f"clocks.{unknown[0][:100]}: unknown field")
    extra = sorted(set(change.values) - set(change.clocks))
    if extra:
        raise BadChange(f"values.{extra[0][:100]}: the field has no clock")
    try:
        msgspec.convert(change.values, PaperValues)
    except msgspec.ValidationError as error:
        raise BadChange(field_error(error, "values.")) from None
    for name, value in change.clocks.items():
        checks.field(value, f"clocks.{name}")
    if change.deleted is not None:
        checks.field(change.deleted, "deleted")
    if change.restored is not None:
        checks.field(change.restored, "restored")
    for tag, state in change.tags.items():
        where = f"tags[{tag[:40]!r}]"
        if not tag:
            raise BadChange(f"{where}: a tag may not be empty")
        try:
            msgspec.convert(tag, Tag)
        except msgspec.ValidationError as error:
            raise BadChange(f"{where}: {error}") from None
        for value in state.adds:
            checks.hlc(value, f"{where}.adds")
        for value in state.removed:
            checks.hlc(value, f"{where}.removed")


def identity(state: PaperState) -> Paper:
    values = state.values
    return Paper(title=values.get("title"), arxiv_id=values.get("arxiv_id"), doi=values.get("doi"))


def normal(state: PaperState) -> tuple[Any, ...]:
    """What two states must share to be the same state (tag clocks in any order)."""
    tags = {tag: (sorted(set(t.adds)), sorted(set(t.removed))) for tag, t in state.tags.items()}
    values = {k: state.values.get(k) for k in state.clocks}
    return values, state.clocks, tags, state.deleted, state.restored


def apply_paper(tx: Tx, change: PaperChange, peer: str, checks: ClockChecks) -> ItemResult:
    check_paper(checks, change)
    conn = tx.db.conn
    incoming = change.state()
    pid = resolve_id(conn, change.id)
    local = load_state(conn, pid)
    if local is None:
        merged, status = incoming, NEW
    else:
        # A tombstone takes in the clocks of edits made apart too (they stay invisible):
        # the peer's tombstone holds them once it merges ours, so both files agree.
        merged = merge_states(local, incoming)
        if normal(merged) == normal(local):
            return ItemResult(UNCHANGED)
        status = UPDATED
    # The row equals what the peer sent: it need not travel back (echo suppression).
    echo = pid == change.id and normal(merged) == normal(incoming)
    write_state(tx, pid, merged, is_new=local is None, origin=peer if echo else tx.machine)
    if not merged.is_deleted:
        # The same paper may be here under another id (stored independently, or its
        # identity grew): fold them together, the smaller id surviving, as the peer will.
        for other in find_matches(conn, identity(merged)):
            if other != pid:
                merge_papers(tx, pid, other)
                pid = min(pid, other)
    return ItemResult(status)


def apply_alias(tx: Tx, change: AliasChange) -> ItemResult:
    """Fold paper `alias` into `paper_id`, as the peer did. An alias only ever records
    an identity merge (merge_papers), so anything else is refused: it would rename a
    paper, and the new id would spread to every replica."""
    conn = tx.db.conn
    if change.alias == change.paper_id:
        raise BadChange("a paper cannot be its own alias")
    if change.paper_id > change.alias:
        raise BadChange(f"an id merge keeps the smaller id, and {change.paper_id} is not "
                        f"smaller than {change.alias}")
    target = resolve_id(conn, change.paper_id)
    current = resolve_id(conn, change.alias)
    if current == target:
        return ItemResult(UNCHANGED)
    # A peer's feed sends the paper an alias points at before the alias (or knows we
    # have it): an unknown one would be a rename to an invented id, and it would spread.
    target_state = load_state(conn, target)
    if target_state is None:
        raise BadChange(f"paper {change.paper_id} is unknown here")
    current_state = load_state(conn, current)
    if current_state is not None and not (target_state.is_deleted or current_state.is_deleted):
        _check_not_apart(identity(target_state), identity(current_state))
    # `current` is the alias itself, or the paper it was already folded into here;
    # either way it is the same paper as `target`: the smaller id survives, and the
    # aliases pointing at the other follow it.
    merge_papers(tx, target, current)
    return ItemResult(UPDATED)


def _check_not_apart(a: Paper, b: Paper) -> None:
    """Refuse to join two papers whose arXiv ids or DOIs differ: find_matches never
    joins those, so no peer joined them as they stand here.

    The identity rule on the two records here is not the test: an honest alias often
    fails it. The peer may have joined them on evidence that never reaches us (a
    dump line with one paper's arXiv id and the other's title, that title then
    losing to a page's), or the grown identity comes after the alias in the feed (a
    paper's state travels at its latest version). Refusing those would stop every
    later sync with that peer: the libraries would never agree again.
    """
    for key, ours, theirs in (("arXiv ids", a.arxiv_id, b.arxiv_id),
                              ("DOIs", doi_key(a.doi), doi_key(b.doi))):
        if ours and theirs and ours != theirs:
            raise BadChange(f"it would join two different papers ({key} {ours} and {theirs})")


# ---- notes -------------------------------------------------------------------

_NOTE_COLUMNS = (
    "s.paper_id, s.clock, s.vv, s.deleted, n.body, n.quote, n.kind, n.target, "
    "n.conflict_of, n.created_at, n.updated_at "
    "FROM note_state s LEFT JOIN notes n ON n.id = s.note_id "
)
_NOTE = f"SELECT {_NOTE_COLUMNS} WHERE s.note_id = ?"
_NOTES = f"SELECT s.note_id, {_NOTE_COLUMNS} WHERE s.note_id IN ({{}})"
_INSERT_NOTE_STATE = ("INSERT INTO note_state (note_id, paper_id, clock, vv, deleted, version, "
                      "origin) VALUES (?, ?, ?, ?, ?, ?, ?)")
_UPSERT_NOTE_STATE = (
    f"{_INSERT_NOTE_STATE} ON CONFLICT (note_id) DO UPDATE SET "
    "paper_id = excluded.paper_id, clock = excluded.clock, vv = excluded.vv, "
    "deleted = excluded.deleted, version = excluded.version, origin = excluded.origin"
)
_INSERT_NOTE = ("INSERT INTO notes (id, paper_id, body, quote, kind, target, conflict_of, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
# An upsert, not INSERT OR REPLACE: REPLACE's implicit delete would skip the FTS trigger.
_UPSERT_NOTE = (
    f"{_INSERT_NOTE} ON CONFLICT (id) DO UPDATE SET "
    "paper_id = excluded.paper_id, body = excluded.body, quote = excluded.quote, "
    "kind = excluded.kind, target = excluded.target, "
    "conflict_of = excluded.conflict_of, created_at = excluded.created_at, "
    "updated_at = excluded.updated_at"
)


def load_note(conn, note_id: str) -> NoteState | None:
    row = conn.execute(_NOTE, [note_id]).fetchone()
    return None if row is None else _note_from_row(note_id, row)


def load_notes(conn, note_ids: list[str]) -> dict[str, NoteState]:
    """`load_note` for many notes, a query per chunk; the notes this library holds."""
    found = {}
    for chunk, marks in in_chunks(note_ids):
        for row in conn.execute(_NOTES.format(marks), chunk):
            found[row[0]] = _note_from_row(row[0], row[1:])
    return found


def _note_from_row(note_id: str, row) -> NoteState:
    paper_id, clock, vv, deleted, body, quote, kind, target, conflict_of, created_at, \
        updated_at = row
    # Read as the feed sends it: a clock or vector stored before peers' changes were
    # checked reads as its sound form (merge.py).
    return NoteState(
        id=note_id, paper_id=paper_id, clock=sound_hlc(clock), vv=sound_vv(_decode_vv(vv)),
        body=body, quote=quote, kind=kind or "note",
        target=None if deleted else target_from_column(target), conflict_of=conflict_of,
        created_at=created_at, updated_at=updated_at,
        deleted=sound_hlc(deleted) if deleted else None,
    )


def write_note(tx: Tx, note: NoteState, *, origin: str) -> None:
    write_notes(tx, [(note, origin, tx.next_version())])


def write_notes(tx: Tx, notes: list[tuple[NoteState, str, int]], *,
                unheld: Collection[str] = ()) -> None:
    """Merged notes (distinct ids) with their origin and change version. Those whose ids
    are in `unheld` are notes this library holds nothing of (not even a tombstone): they
    are inserted without an upsert's conflict handling, which costs 40% more a note."""
    conn, now = tx.db.conn, tx.timestamp
    states = [(note.id, note.paper_id, note.clock, _encode(note.vv).decode(), note.deleted,
               version, origin) for note, origin, version in notes]
    _upsert_or_insert(conn, _INSERT_NOTE_STATE, _UPSERT_NOTE_STATE, states, unheld)
    conn.executemany("DELETE FROM notes WHERE id = ?",
                     [(note.id,) for note, _, _ in notes if note.deleted])
    rows = [(note.id, note.paper_id, note.body or "", note.quote, note.kind,
             target_to_column(note.target), note.conflict_of, note.created_at or now,
             note.updated_at or now) for note, _, _ in notes if not note.deleted]
    _upsert_or_insert(conn, _INSERT_NOTE, _UPSERT_NOTE, rows, unheld)


def _upsert_or_insert(conn, insert: str, upsert: str, rows: list[tuple],
                      unheld: Collection[str]) -> None:
    """`insert` the rows (id first) whose id is in `unheld`, `upsert` the others."""
    if unheld:
        conn.executemany(insert, [row for row in rows if row[0] in unheld])
        rows = [row for row in rows if row[0] not in unheld]
    conn.executemany(upsert, rows)


def check_note(checks: ClockChecks, change: NoteChange) -> None:
    """Sound clocks and a body unless deleted (the decoder checked the types already)."""
    checks.hlc(change.clock, "clock")
    if change.deleted is not None:
        checks.hlc(change.deleted, "deleted")
    if not change.deleted and change.body is None:
        raise BadChange("body: a note that is not deleted needs one")


def apply_note(tx: Tx, change: NoteChange, peer: str, checks: ClockChecks) -> ItemResult:
    check_note(checks, change)
    conn = tx.db.conn
    incoming = change.state()
    incoming.paper_id = resolve_id(conn, incoming.paper_id)
    local = load_note(conn, change.id)
    outcome = merge_notes(local, incoming)
    conflicts = sum(_keep_copy(tx, copy) for copy in outcome.copies)
    if local is not None and outcome.note == local:
        return ItemResult(UNCHANGED, conflicts)
    echo = outcome.note == incoming
    write_note(tx, outcome.note, origin=peer if echo else tx.machine)
    return ItemResult(NEW if local is None else UPDATED, conflicts)


def _keep_copy(tx: Tx, copy: NoteState) -> bool:
    """Store a conflict copy unless this replica has it already (or its reader deleted it)."""
    local = load_note(tx.db.conn, copy.id)
    merged = merge_notes(local, copy).note
    if merged == local:
        return False
    write_note(tx, merged, origin=tx.machine)
    return True


# ---- observations ------------------------------------------------------------


def apply_observation(tx: Tx, change: ObservationChange, peer: str) -> ItemResult:
    """Add an observation this library lacks; one it holds is never changed (the same id
    is the same capture of the same paper, on every machine). Its paper may arrive later
    in the feed (a paper travels at its latest version): the row waits for it."""
    check_observation(tx.clock, change)
    if has_observation(tx.db, change.id):
        return ItemResult(UNCHANGED)
    add_observations(tx, [observation(change, resolve_id(tx.db.conn, change.paper_id))],
                     origin=peer)
    return ItemResult(NEW)


def check_observation(clock: HybridClock, change: ObservationChange) -> None:
    observed_ms = _observed_millis(change.observed_at)
    if observed_ms > clock.wall() + MAX_DRIFT_MS:
        raise BadChange(f"observed_at: {change.observed_at} lies more than a day ahead of "
                        "this machine's clock")


def observation(change: ObservationChange, paper_id: str) -> Observation:
    """The observation a change carries, on the paper `paper_id` (its id resolved here)."""
    values = msgspec.structs.asdict(change)
    del values["version"]
    values["paper_id"] = paper_id
    return Observation(**values)


def _observed_millis(observed_at: str) -> int:
    try:
        moment = datetime.strptime(observed_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:  # the protocol's pattern admits "2026-13-45T…"
        raise BadChange(f"observed_at: {observed_at} is not a time") from None
    return int(moment.timestamp() * 1000)
