"""The canonical paper record, the reader's fields, and the rules every layer shares.

Every source (text dumps, Hugging Face pages, arXiv pages, other scholarly pages)
produces `Paper` records; the store merges them into rows of `papers`. New fields
always get a default so that older payloads keep decoding. Every list of fields,
every limit on the reader's fields and every merge rank is derived from here.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Annotated, Literal, get_args

import msgspec
from msgspec import Meta

# The types of the reader's own fields, for every way they arrive (a capture, a PATCH,
# a peer's sync change): one definition, so no path stores what another refuses.
Status = Literal["unread", "reading", "read", "skipped"]
STATUSES: tuple[str, ...] = get_args(Status)
Rating = Annotated[int, Meta(ge=1, le=5)]
MAX_TAG_LENGTH = 100
MAX_TAGS = 100
Tag = Annotated[str, Meta(max_length=MAX_TAG_LENGTH)]
Tags = Annotated[list[Tag], Meta(max_length=MAX_TAGS)]
# What an SQLite INTEGER holds; a larger number cannot be stored at all.
INT64_MAX = 2**63 - 1
Int64 = Annotated[int, Meta(ge=-(2**63), le=INT64_MAX)]


class Paper(msgspec.Struct, omit_defaults=True, kw_only=True):
    """One paper as a source saw it. Unknown is None, never "" or 0."""

    title: str | None = None
    abstract: str | None = None
    summary: str | None = None  # Hugging Face's AI summary
    authors: list[str] | None = None  # display names, given name first, in order
    authors_count: Int64 | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD (the arXiv date for arXiv papers)
    upvotes: Int64 | None = None
    arxiv_id: str | None = None  # versionless: 1706.03762, hep-th/9711200
    arxiv_version: Int64 | None = None
    primary_category: str | None = None  # arXiv's primary category: cs.CL, hep-th
    doi: str | None = None  # as the page wrote it, without https://doi.org/ (compared case-blind)
    url: str | None = None
    pdf_url: str | None = None
    code_url: str | None = None
    project_url: str | None = None


class PaperValues(Paper, kw_only=True, forbid_unknown_fields=True):
    """The values a paper's merged state may hold: the record's fields and the reader's.
    A peer's sync change is checked against it, so it stores only what a local write could."""

    rating: Rating | None = None
    status: Status = "unread"


# Fields a capture may fill, and the reader's own (tags are a set of their own, merge.py).
PAPER_FIELDS: tuple[str, ...] = Paper.__struct_fields__
READER_FIELDS: tuple[str, ...] = tuple(
    name for name in PaperValues.__struct_fields__ if name not in PAPER_FIELDS)


class Rank(IntEnum):
    """How far a source is trusted: each field's clock carries its source's rank, and a
    higher rank always wins (merge.py), so a capture never beats the reader's own edit
    and a text dump never beats a structured page."""

    TEXT = 1  # a dump, or a page read as text
    PAGE = 2  # a page's structured data
    READER = 3  # the reader's own edit


class ParsedRecord(msgspec.Struct):
    """A record a normaliser read, with the line it starts on (text sources) or 0."""

    paper: Paper
    line: int = 0


class RecordProblem(msgspec.Struct):
    """A broken record that was skipped: the line it starts on and what is wrong."""

    line: int
    message: str


class ImportedNote(msgspec.Struct, omit_defaults=True):
    """A note an export file holds for a paper (a BibTeX note, a Zotero note or annotation,
    a Hypothesis annotation, an Omnivore highlight)."""

    key: str  # stable within its source (an annotation id, or the text itself): re-imports find it
    body: str = ""
    quote: str | None = None  # the highlighted text, where the note quotes the paper
    # W3C selectors of the highlight where the source has them (Hypothesis); kept with the
    # capture's raw payload until notes carry anchors of their own.
    target: list[dict] | None = None


class ImportedRecord(msgspec.Struct, omit_defaults=True):
    """A paper an export file holds, with what its reader kept beside it."""

    paper: Paper
    line: int = 0  # where the entry starts (text formats), else its position in the file
    key: str | None = None  # the entry's own key (BibTeX key, RIS ID, Zotero item key)
    tags: list[str] = []
    notes: list[ImportedNote] = []
    status: Status | None = None
    rating: Rating | None = None
    # When the source says the reader set status/rating/tags (ISO date or date-time);
    # None: the file's capture date.
    observed: str | None = None
