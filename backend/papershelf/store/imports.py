"""What an imported file keeps beside a paper: the reader's tags, status and rating, and notes.

The reader's fields from another tool (Pocket's read state, Omnivore's labels, Zotero's
collections) are the reader's own acts, so they carry rank READER, clocked at the time the
source says they happened (else the file's capture date): the later act wins, and an edit
made in papershelf after it is never undone by importing the file, now or again. Tags are
added only where the paper never had them: a tag the reader removed stays removed, whatever
file brings it again. Notes get ids derived from their source's key: an
annotation imported twice (from two exports) is one note, and one the reader deleted is not
brought back.
"""

from __future__ import annotations

import hashlib

from ..merge import PaperState, TagState, field_clock
from ..records import ImportedNote, Rank
from .notes import create_note
from .papers import Outcome, _merge_into, load_state
from .tx import Tx


def imported_note_id(note: ImportedNote) -> str:
    return hashlib.sha256(f"import-note:{note.key}".encode()).hexdigest()[:32]


def apply_reader_fields(tx: Tx, pid: str, *, tags: list[str], status: str | None,
                        rating: int | None, hlc: str) -> bool:
    """Merge the reader's fields an import carries into a stored paper; whether it changed."""
    values: dict = {}
    if status is not None:
        values["status"] = status
    if rating is not None:
        values["rating"] = rating
    if tags:
        # Only tags this paper never had: one the reader removed stays removed, whatever
        # export (an older one of their own library) brings it again.
        known = load_state(tx.db, pid)
        tags = [tag for tag in tags if known is None or tag not in known.tags]
    if not values and not tags:
        return False
    clock = field_clock(Rank.READER, hlc)
    incoming = PaperState(values=values, clocks=dict.fromkeys(values, clock),
                          tags={tag: TagState(adds=[hlc]) for tag in tags})
    return _merge_into(tx, pid, incoming) is Outcome.UPDATED


def add_imported_notes(tx: Tx, pid: str, notes: list[ImportedNote]) -> int:
    """Create the notes not seen before (live or deleted); how many were created."""
    created = 0
    for note in notes:
        note_id = imported_note_id(note)
        if tx.db.execute("SELECT 1 FROM note_state WHERE note_id = ?", [note_id]).fetchone():
            continue
        create_note(tx, pid, note.body, note.quote, note_id=note_id)
        created += 1
    return created
