"""The reader's notes, and the per-note sync state beside them.

A note is its own record (a random id), so notes made on two machines never
collide. Every create, edit and delete stamps `note_state` with an HLC clock, a
version vector (machine -> edits seen) and a change version for the sync feed;
a deleted note leaves `notes` and stays in `note_state` as a tombstone.

A note has a kind (records.NoteKind) and may be anchored to a passage of a page: its
`target` (records.NoteTarget, stored as the W3C JSON the API speaks).
"""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import msgspec

from ..identity import arxiv_id_from_url, clean_text
from ..records import NoteKind, NoteTarget
from .tx import Tx

_decode_vv = msgspec.json.Decoder(dict[str, int]).decode
_decode_target = msgspec.json.Decoder(NoteTarget).decode
_encode = msgspec.json.Encoder().encode

NOTE_COLUMNS = ("id", "paper_id", "body", "quote", "kind", "target", "conflict_of", "created_at",
                "updated_at")
_SELECT = f"SELECT {', '.join(NOTE_COLUMNS)} FROM notes"


class NoteView(msgspec.Struct, kw_only=True):
    """A note as the API answers it."""

    id: str
    paper_id: str
    body: str
    quote: str | None
    kind: NoteKind = "note"
    target: NoteTarget | None = None
    conflict_of: str | None
    created_at: str
    updated_at: str


def target_from_column(value) -> NoteTarget | None:
    """The stored target JSON; None for none, or for a value no write of ours makes (a hand
    edit): the note still reads, syncs and exports, without its anchor."""
    if not isinstance(value, str | bytes):
        return None
    try:
        return _decode_target(value)
    except msgspec.DecodeError:
        return None


def target_to_column(target: NoteTarget | None) -> str | None:
    return _encode(target).decode() if target is not None else None


def anchored_note_fields(quote: str | None, kind: NoteKind | None, target: NoteTarget | None
                         ) -> tuple[str | None, NoteKind]:
    """A new note's quote and kind, from what was given: an anchored note quotes its passage
    (whitespace collapsed) unless told otherwise, and is a highlight unless told otherwise."""
    passage = target.quote() if target is not None else None
    if quote is None and passage is not None:
        quote = clean_text(passage.exact)
    return quote, kind or ("highlight" if target is not None else "note")


def _view(row) -> NoteView:
    note = dict(zip(NOTE_COLUMNS, row, strict=True))
    note["target"] = target_from_column(note["target"])
    return NoteView(**note)


def get_note(db, note_id: str) -> NoteView | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [note_id]).fetchone()
    return _view(row) if row else None


def list_notes(db, paper_id: str) -> list[NoteView]:
    rows = db.execute(f"{_SELECT} WHERE paper_id = ? ORDER BY created_at, id", [paper_id])
    return [_view(row) for row in rows]


def new_note_id() -> str:
    return uuid.uuid4().hex


def create_note(
    tx: Tx, paper_id: str, body: str, quote: str | None = None, *, kind: NoteKind = "note",
    target: NoteTarget | None = None, note_id: str | None = None,
) -> NoteView:
    note_id = note_id or new_note_id()
    tx.db.execute(
        "INSERT INTO notes (id, paper_id, body, quote, kind, target, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [note_id, paper_id, body, quote, kind, target_to_column(target), tx.timestamp,
         tx.timestamp],
    )
    _stamp(tx, note_id, paper_id)
    return NoteView(id=note_id, paper_id=paper_id, body=body, quote=quote, kind=kind,
                    target=target, conflict_of=None, created_at=tx.timestamp,
                    updated_at=tx.timestamp)


_UNCHANGED = object()
_EDITABLE = ("body", "quote", "kind", "target")


def edit_note(tx: Tx, note_id: str, **changes) -> NoteView:
    """Change a note's body, quote, kind and/or target; LookupError when there is no such
    note."""
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"not a note field: {sorted(unknown)}")
    note = get_note(tx.db, note_id)
    if note is None:
        raise LookupError(note_id)
    for name, value in changes.items():
        setattr(note, name, value)
    note.updated_at = tx.timestamp
    tx.db.execute(
        "UPDATE notes SET body = ?, quote = ?, kind = ?, target = ?, updated_at = ? WHERE id = ?",
        [note.body, note.quote, note.kind, target_to_column(note.target), note.updated_at,
         note_id],
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


# ---- which version of the paper a page shows -----------------------------------

_HF_HOSTS = frozenset(("huggingface.co", "hf.co"))
_ARXIV_HOSTS = frozenset(("arxiv.org", "export.arxiv.org"))
_ARXIV_VIEWS = {"abs": "arxiv", "html": "arxiv-html", "pdf": "arxiv-pdf"}


def page_version(url: str, arxiv_version: int | None = None) -> str:
    """The NoteTarget.version of a page: `arxiv:v2`, `arxiv-html:v2`, `arxiv-pdf:v2` (the
    version from the URL, else `arxiv_version`, the one the page itself showed), `hf`, or
    `publisher` for any other page. A pure function of its arguments, so an importer
    labels a Hypothesis annotation's page exactly as a capture labels it."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "publisher"
    host = (parts.hostname or "").lower().removeprefix("www.")
    if host in _HF_HOSTS:
        return "hf"
    view = _ARXIV_VIEWS.get(parts.path.strip("/").split("/", 1)[0]) if host in _ARXIV_HOSTS else None
    found = arxiv_id_from_url(url) if view else None
    if not found:
        return "publisher"
    version = found[1] or arxiv_version
    return f"{view}:v{version}" if version and 0 < version < 10**9 else view
