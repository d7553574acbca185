"""/api/notes/{id}: edit and delete one note."""

from __future__ import annotations

import msgspec
from litestar import Controller, delete, patch
from litestar.params import FromPath, JSONBody
from msgspec import UNSET, UnsetType

from ..records import NoteKind, NoteTarget, NoteText
from ..store.notes import NoteView, delete_note, edit_note
from ..store.tx import write
from .deps import Lib
from .errors import NotFound, error_responses


class NotePatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A field left out is left alone; `quote: null` / `target: null` clear them."""

    body: NoteText | UnsetType = UNSET
    quote: NoteText | UnsetType | None = UNSET
    kind: NoteKind | UnsetType = UNSET
    target: NoteTarget | UnsetType | None = UNSET


def patch_note(db, note_id: str, patch_: NotePatch) -> NoteView:
    changes = {name: getattr(patch_, name) for name in ("body", "quote", "kind", "target")
               if getattr(patch_, name) is not UNSET}
    try:
        with write(db) as tx:
            return edit_note(tx, note_id, **changes)
    except LookupError:
        raise NotFound(f"no note {note_id!r}") from None


def remove_note(db, note_id: str) -> None:
    try:
        with write(db) as tx:
            delete_note(tx, note_id)
    except LookupError:
        raise NotFound(f"no note {note_id!r}") from None


class NotesController(Controller):
    path = "/notes"

    @patch("/{note_id:str}", responses=error_responses(400, 401, 403, 404, 413, 503, 507),
           summary="Edit a note")
    async def update(self, library: Lib, note_id: FromPath[str], data: JSONBody[NotePatch]
                     ) -> NoteView:
        return await library.write(patch_note, note_id, data)

    @delete("/{note_id:str}", status_code=204, responses=error_responses(401, 403, 404, 503, 507),
            summary="Delete a note")
    async def remove(self, library: Lib, note_id: FromPath[str]) -> None:
        await library.write(remove_note, note_id)
