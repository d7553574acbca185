"""The canonical paper record and the capture envelope.

Every source (text dumps, Hugging Face pages, arXiv pages, other scholarly pages)
produces `Paper` records; the store merges them into rows of `papers`. New fields
always get a default so that older payloads keep decoding.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

import msgspec
from msgspec import Meta

# Fields a capture may fill; the reader's own fields (rating, status, tags) are not here.
PAPER_FIELDS = (
    "title",
    "abstract",
    "summary",
    "authors",
    "authors_count",
    "published",
    "upvotes",
    "arxiv_id",
    "arxiv_version",
    "primary_category",
    "doi",
    "url",
    "pdf_url",
    "code_url",
    "project_url",
)

USER_FIELDS = ("rating", "status")

# The types of the reader's own fields, for every way they arrive (a capture, a PATCH,
# a peer's sync change): one definition, so no path stores what another refuses.
Status = Literal["unread", "reading", "read", "skipped"]
STATUSES: tuple[str, ...] = get_args(Status)
Rating = Annotated[int, Meta(ge=1, le=5)]
MAX_TAG_LENGTH = 100
Tag = Annotated[str, Meta(max_length=MAX_TAG_LENGTH)]
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


class ParsedRecord(msgspec.Struct):
    """A record a normaliser read, with the line it starts on (text sources) or 0."""

    paper: Paper
    line: int = 0


class RecordProblem(msgspec.Struct):
    """A broken record that was skipped: the line it starts on and what is wrong."""

    line: int
    message: str
