"""/api/papers: list, read, edit and delete papers; a paper's notes."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import msgspec
from litestar import Controller, Response, delete, get, patch, post
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter
from msgspec import UNSET, UnsetType
from sqlite_utils import Database

from ..identity import clean_text, normalise_doi
from ..records import (
    CORRECTABLE_FIELDS,
    MAX_RATING,
    MIN_RATING,
    CorrectedAbstract,
    CorrectedAuthors,
    CorrectedDate,
    CorrectedDoi,
    CorrectedTitle,
    CorrectedVenue,
    NoteKind,
    NoteTarget,
    NoteText,
    Rating,
    Status,
    Tags,
)
from ..store.notes import NoteView, anchored_note_fields, create_note, list_notes
from ..store.papers import (
    NothingKept,
    RemovedPaper,
    delete_paper,
    edit_paper,
    removed_papers,
    restore_paper,
)
from ..store.queries import (
    BadCursor,
    PaperFilter,
    PaperView,
    PaperWithNotes,
    get_paper,
    list_papers,
)
from ..store.tx import write
from ..tags import clean_tags
from .deps import Lib
from .errors import ApiError, NotFound, ValidationFailed, error_responses

MAX_LIMIT = 200


class PaperPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The reader's own fields, and corrections of what the page was read as (title,
    authors, published, doi, abstract, venue: no later capture undoes them). A field left out is
    left alone; null clears it (`rating: null`, `doi: null`), except the title."""

    rating: Rating | UnsetType | None = UNSET
    status: Status | UnsetType = UNSET
    tags: Tags | UnsetType = UNSET
    title: CorrectedTitle | UnsetType = UNSET
    authors: CorrectedAuthors | UnsetType | None = UNSET
    published: CorrectedDate | UnsetType | None = UNSET
    doi: CorrectedDoi | UnsetType | None = UNSET
    abstract: CorrectedAbstract | UnsetType | None = UNSET
    venue: CorrectedVenue | UnsetType | None = UNSET


class PaperPage(msgspec.Struct):
    papers: list[PaperView]
    next: str | None  # pass as `cursor` for the next page; null on the last
    # N when more than N papers match `q`: the pages rank the N most recently added of them.
    ranked_among: int | None = None


class NoteIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A note; with a `target` (W3C: the page and the passage) it is anchored there, its
    quote defaults to the passage and its kind to "highlight"."""

    body: NoteText
    quote: NoteText | None = None
    kind: NoteKind | None = None
    target: NoteTarget | None = None


class NoteList(msgspec.Struct):
    notes: list[NoteView]


def find_paper(db: Database, paper_id: str) -> PaperView:
    paper = get_paper(db, paper_id)
    if paper is None:
        raise NotFound(f"no paper {paper_id!r}")
    return paper


def read_paper(db: Database, paper_id: str) -> PaperWithNotes:
    paper = find_paper(db, paper_id)
    return PaperWithNotes(**msgspec.structs.asdict(paper), notes=list_notes(db, paper.id))


def search_papers(db: Database, filters: PaperFilter) -> PaperPage:
    try:
        papers, next_cursor, ranked_among = list_papers(db, filters)
    except BadCursor:
        raise ValidationFailed("cursor: not a cursor this server gave", "cursor") from None
    return PaperPage(papers=papers, next=next_cursor, ranked_among=ranked_among)


# Writes look the paper up inside their transaction: another process on the file (a
# `papershelf sync`) may fold its id into another paper at any moment, and a lookup
# made before BEGIN would write on the id it had folded (a note on an alias).


def corrections(patch_: PaperPatch) -> dict[str, Any]:
    """The record fields a PATCH corrects, cleaned as a page's are (ValidationFailed naming
    the field when what is left is no title, date or DOI)."""
    found: dict[str, Any] = {}
    for name in CORRECTABLE_FIELDS:
        value = getattr(patch_, name)
        if value is UNSET:
            continue
        if name == "authors":
            names = [cleaned for item in value or [] if (cleaned := clean_text(item))]
            found["authors"] = names or None
            found["authors_count"] = len(names) or None
        elif name == "doi" and value is not None:
            found["doi"] = normalise_doi(value)
            if found["doi"] is None:
                raise ValidationFailed("doi: not a DOI (10.NNNN/…)", "doi")
        elif name == "published" and value is not None:
            found["published"] = _checked_date(value)
        else:
            found[name] = clean_text(value)
    if "title" in found and found["title"] is None:
        raise ValidationFailed("title: a paper keeps a title; send the right one", "title")
    return found


def _checked_date(value: str) -> str:
    """A year, month or day that exists on the calendar (2023-02-30 does not)."""
    first_day = value + "-01-01"[len(value) - 4:]  # 2023 -> 2023-01-01, 2023-05 -> 2023-05-01
    try:
        date.fromisoformat(first_day)
    except ValueError:
        raise ValidationFailed(f"published: {value} is no date (YYYY, YYYY-MM or YYYY-MM-DD)",
                               "published") from None
    return value


def patch_paper(db: Database, paper_id: str, patch_: PaperPatch) -> PaperView:
    changes = {name: getattr(patch_, name) for name in ("rating", "status")
               if getattr(patch_, name) is not UNSET}
    changes.update(corrections(patch_))
    tags = clean_tags(patch_.tags) if patch_.tags is not UNSET else None
    with write(db) as tx:
        paper = find_paper(db, paper_id)
        if changes or tags is not None:
            edit_paper(tx, paper.id, changes, tags=tags)
        return find_paper(db, paper.id)


def remove_paper(db: Database, paper_id: str) -> None:
    with write(db) as tx:
        delete_paper(tx, find_paper(db, paper_id).id)


class NothingToRestore(ApiError):
    status, error = 409, "conflict"


class RemovedList(msgspec.Struct):
    papers: list[RemovedPaper]


def list_removed(db: Database) -> RemovedList:
    return RemovedList(papers=removed_papers(db))


def bring_back_paper(db: Database, paper_id: str) -> PaperView:
    with write(db) as tx:
        try:
            restore_paper(tx, paper_id)
        except LookupError:
            raise NotFound(f"no removed paper {paper_id!r} (GET /api/papers/removed lists them)") from None
        except NothingKept:
            raise NothingToRestore(f"paper {paper_id!r} was removed before papershelf kept a removed "
                                   "paper's fields: save its page again to bring it back") from None
        return find_paper(db, paper_id)


def notes_of_paper(db: Database, paper_id: str) -> NoteList:
    return NoteList(notes=list_notes(db, find_paper(db, paper_id).id))


def note_on_paper(db: Database, paper_id: str, note: NoteIn) -> NoteView:
    quote, kind = anchored_note_fields(note.quote, note.kind, note.target)
    with write(db) as tx:
        return create_note(tx, find_paper(db, paper_id).id, note.body, quote, kind=kind,
                           target=note.target)


# Reads run on a reader thread, writes on the writer (`library.read` / `library.write`).
class PapersController(Controller):
    path = "/papers"

    @get(responses=error_responses(400, 401, 403), summary="List or search the papers")
    async def search(
        self,
        library: Lib,
        q: Annotated[str | None, QueryParameter(max_length=1000, description="full-text words")] = None,
        tag: FromQuery[str | None] = None,
        status: FromQuery[Status | None] = None,
        min_rating: Annotated[int | None, QueryParameter(ge=MIN_RATING, le=MAX_RATING)] = None,
        limit: Annotated[int, QueryParameter(ge=1, le=MAX_LIMIT)] = 50,
        cursor: Annotated[str | None, QueryParameter(max_length=1000)] = None,
    ) -> PaperPage:
        """Newest first (best match first with `q`); `next` is the cursor of the next page."""
        filters = PaperFilter(q=q, tag=tag, status=status, min_rating=min_rating, limit=limit,
                              cursor=cursor)
        return await library.read(search_papers, filters)

    @get("/removed", responses=error_responses(401, 403), summary="The papers removed, for a restore")
    async def removed(self, library: Lib) -> RemovedList:
        """Deleted papers, the latest first: each can be brought back whole."""
        return await library.read(list_removed)

    @post("/{paper_id:str}/restore", status_code=200, summary="Bring back a removed paper",
          responses=error_responses(401, 403, 404, 409, 503, 507))
    async def restore(self, library: Lib, paper_id: FromPath[str]) -> PaperView:
        """The paper as it was deleted: its fields, rating, status, tags and notes."""
        return await library.write(bring_back_paper, paper_id)

    @get("/{paper_id:str}", responses=error_responses(401, 403, 404), summary="A paper with its notes")
    async def read(self, library: Lib, paper_id: FromPath[str]) -> PaperWithNotes:
        return await library.read(read_paper, paper_id)

    @patch("/{paper_id:str}", responses=error_responses(400, 401, 403, 404, 413, 503, 507),
           summary="Rate, tag or correct a paper")
    async def update(self, library: Lib, paper_id: FromPath[str], data: JSONBody[PaperPatch]
                     ) -> PaperView:
        return await library.write(patch_paper, paper_id, data)

    @delete("/{paper_id:str}", status_code=204, responses=error_responses(401, 403, 404, 503, 507),
            summary="Delete a paper")
    async def remove(self, library: Lib, paper_id: FromPath[str]) -> None:
        await library.write(remove_paper, paper_id)

    @get("/{paper_id:str}/notes", responses=error_responses(401, 403, 404), summary="A paper's notes")
    async def paper_notes(self, library: Lib, paper_id: FromPath[str]) -> NoteList:
        return await library.read(notes_of_paper, paper_id)

    @post("/{paper_id:str}/notes", status_code=201, summary="Add a note or a highlight to a paper",
          responses=error_responses(400, 401, 403, 404, 413, 503, 507))
    async def add_note(self, library: Lib, paper_id: FromPath[str], data: JSONBody[NoteIn]
                          ) -> Response[NoteView]:
        return Response(await library.write(note_on_paper, paper_id, data), status_code=201)
