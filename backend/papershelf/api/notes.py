"""/api/notes/{id}: edit and delete one note."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Controller, delete, patch
from litestar.params import FromPath, JSONBody
from msgspec import UNSET, Meta, UnsetType

from ..store.notes import NoteView, delete_note, edit_note
from ..store.tx import write
from .deps import Db
from .errors import NotFound, error_responses


class NotePatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    body: Annotated[str, Meta(max_length=100_000)] | UnsetType = UNSET
    quote: Annotated[str, Meta(max_length=100_000)] | UnsetType | None = UNSET


class NotesController(Controller):
    path = "/notes"

    @patch("/{note_id:str}", responses=error_responses(400, 401, 403, 404, 413))
    async def update(self, db: Db, note_id: FromPath[str], data: JSONBody[NotePatch]) -> NoteView:
        changes = {name: getattr(data, name) for name in ("body", "quote")
                   if getattr(data, name) is not UNSET}
        try:
            with write(db) as tx:
                return edit_note(tx, note_id, **changes)
        except LookupError:
            raise NotFound(f"no note {note_id!r}") from None

    @delete("/{note_id:str}", status_code=204, responses=error_responses(401, 403, 404))
    async def remove(self, db: Db, note_id: FromPath[str]) -> None:
        try:
            with write(db) as tx:
                delete_note(tx, note_id)
        except LookupError:
            raise NotFound(f"no note {note_id!r}") from None
