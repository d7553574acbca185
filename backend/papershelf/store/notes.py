"""The reader's notes, and the per-note sync state beside them.

A note is its own record (a random id), so notes made on two machines never
collide. Every create, edit and delete stamps `note_state` with an HLC clock, a
version vector (machine -> edits seen) and a change version for the sync feed;
a deleted note leaves `notes` and stays in `note_state` as a tombstone.
"""

from __future__ import annotations

import uuid

import msgspec

from .tx import Tx

_decode_vv = msgspec.json.Decoder(dict[str, int]).decode
_encode = msgspec.json.Encoder().encode

NOTE_COLUMNS = ("id", "paper_id", "body", "quote", "conflict_of", "created_at", "updated_at")
_SELECT = f"SELECT {', '.join(NOTE_COLUMNS)} FROM notes"


class NoteView(msgspec.Struct, kw_only=True):
    """A note as the API answers it."""

    id: str
    paper_id: str
    body: str
    quote: str | None
    conflict_of: str | None
    created_at: str
    updated_at: str


def _view(row) -> NoteView:
    return NoteView(**dict(zip(NOTE_COLUMNS, row, strict=True)))


def get_note(db, note_id: str) -> NoteView | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [note_id]).fetchone()
    return _view(row) if row else None


def list_notes(db, paper_id: str) -> list[NoteView]:
    rows = db.execute(f"{_SELECT} WHERE paper_id = ? ORDER BY created_at, id", [paper_id])
    return [_view(row) for row in rows]


def new_note_id() -> str:
    return uuid.uuid4().hex


def create_note(
    tx: Tx, paper_id: str, body: str, quote: str | None = None, *, note_id: str | None = None
) -> NoteView:
    note_id = note_id or new_note_id()
    tx.db.execute(
        "INSERT INTO notes (id, paper_id, body, quote, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [note_id, paper_id, body, quote, tx.timestamp, tx.timestamp],
    )
    _stamp(tx, note_id, paper_id)
    return NoteView(id=note_id, paper_id=paper_id, body=body, quote=quote, conflict_of=None,
                    created_at=tx.timestamp, updated_at=tx.timestamp)


_UNCHANGED = object()


def edit_note(tx: Tx, note_id: str, *, body=_UNCHANGED, quote=_UNCHANGED) -> NoteView:
    """Change a note's body and/or quote; LookupError when there is no such note."""
    note = get_note(tx.db, note_id)
    if note is None:
        raise LookupError(note_id)
    if body is not _UNCHANGED:
        note.body = body
    if quote is not _UNCHANGED:
        note.quote = quote
    note.updated_at = tx.timestamp
    tx.db.execute(
        "UPDATE notes SET body = ?, quote = ?, updated_at = ? WHERE id = ?",
        [note.body, note.quote, note.updated_at, note_id],
    )
    _stamp(tx, note_id, note.paper_id)
    return note


def delete_note(tx: Tx, note_id: str) -> None:
    """Remove a note, keeping a tombstone in note_state so sync never brings it back."""
    note = get_note(tx.db, note_id)
    if note is None:
        raise LookupError(note_id)
    tx.db.execute("DELETE FROM notes WHERE id = ?", [note_id])
    _stamp(tx, note_id, note.paper_id, deleted=True)


def _stamp(tx: Tx, note_id: str, paper_id: str, *, deleted: bool = False) -> None:
    clock = tx.now()
    row = tx.db.execute("SELECT vv FROM note_state WHERE note_id = ?", [note_id]).fetchone()
    vv = _decode_vv(row[0]) if row else {}
    vv[tx.machine] = vv.get(tx.machine, 0) + 1
    tx.db.execute(
        "INSERT INTO note_state (note_id, paper_id, clock, vv, deleted, version, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (note_id) DO UPDATE SET "
        "paper_id = excluded.paper_id, clock = excluded.clock, vv = excluded.vv, "
        "deleted = excluded.deleted, version = excluded.version, origin = excluded.origin",
        [note_id, paper_id, clock, _encode(vv).decode(), clock if deleted else None,
         tx.next_version(), tx.machine],
    )
