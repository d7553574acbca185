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
MIN_RATING, MAX_RATING = 1, 5
RATINGS: tuple[int, ...] = tuple(range(MIN_RATING, MAX_RATING + 1))
Rating = Annotated[int, Meta(ge=MIN_RATING, le=MAX_RATING)]
MAX_TAG_LENGTH = 100
MAX_TAGS = 100
Tag = Annotated[str, Meta(max_length=MAX_TAG_LENGTH)]
Tags = Annotated[list[Tag], Meta(max_length=MAX_TAGS)]
# What an SQLite INTEGER holds; a larger number cannot be stored at all.
INT64_MAX = 2**63 - 1
Int64 = Annotated[int, Meta(ge=-(2**63), le=INT64_MAX)]
# How many of something a page counts (upvotes, stars, comments, linked models).
Count = Annotated[int, Meta(ge=0, le=INT64_MAX)]
# What a record is when it is not a paper: a page the reader kept as a web page (no paper
# found on it, `as_web_page`), known by its address as a bookmark is, not by its title.
WEB_PAGE = "web_page"
ItemType = Literal["web_page"]


class Paper(msgspec.Struct, omit_defaults=True, kw_only=True):
    """One paper as a source saw it. Unknown is None, never "" or 0."""

    title: str | None = None
    abstract: str | None = None
    summary: str | None = None  # Hugging Face's AI summary
    authors: list[str] | None = None  # display names, given name first, in order
    # How many wrote it: None with a list of names when more wrote it than the list names (a
    # BibTeX "and others"), see more_authors_than_listed.
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
    # What Hugging Face says about the paper (issue 16). The counts below it keep the
    # latest capture's values; their history is kept per capture as observations.
    organization: str | None = None  # the HF organisation it is filed under: "google", "adobe"
    ai_keywords: list[str] | None = None  # HF's AI keywords, in page order
    linked_models: list[str] | None = None  # ids of the models the page lists as citing it
    linked_datasets: list[str] | None = None
    linked_spaces: list[str] | None = None
    daily_submitted_by: str | None = None  # who put it on Daily Papers (an HF user name)
    daily_submitted_on: str | None = None  # the day it was on Daily Papers, YYYY-MM-DD
    github_stars: Int64 | None = None
    linked_models_count: Int64 | None = None  # all the models citing it, not only those listed
    item_type: ItemType | None = None  # None for a paper; WEB_PAGE for a page kept as one
    # The journal, proceedings or book it appeared in, as its source names it: "Nature
    # Communications", "Proceedings of the 2019 Conference on …". None for a preprint.
    venue: str | None = None


class PaperValues(Paper, kw_only=True, forbid_unknown_fields=True):
    """The values a paper's merged state may hold: the record's fields and the reader's.
    A peer's sync change is checked against it, so it stores only what a local write could."""

    rating: Rating | None = None
    status: Status = "unread"


# What the reader may correct of what a page was read as (PATCH /api/papers/{id}): the
# fields a person checks against the paper itself. A correction is the reader's edit
# (Rank.READER), so no later capture of the page undoes it.
CORRECTABLE_FIELDS: tuple[str, ...] = ("title", "authors", "published", "doi", "abstract", "venue")
MAX_TITLE_LENGTH = 2000
MAX_ABSTRACT_LENGTH = 100_000
MAX_AUTHOR_LENGTH = 500
MAX_AUTHORS = 5000
MAX_DOI_LENGTH = 500
MAX_VENUE_LENGTH = 500  # a longer value is a citation or a list, not a venue's name
CorrectedTitle = Annotated[str, Meta(max_length=MAX_TITLE_LENGTH)]
CorrectedAbstract = Annotated[str, Meta(max_length=MAX_ABSTRACT_LENGTH)]
CorrectedAuthors = Annotated[
    list[Annotated[str, Meta(max_length=MAX_AUTHOR_LENGTH)]], Meta(max_length=MAX_AUTHORS)]
# A year, a month or a day, as `published` holds them everywhere.
CorrectedDate = Annotated[str, Meta(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
CorrectedDoi = Annotated[str, Meta(max_length=MAX_DOI_LENGTH)]
CorrectedVenue = Annotated[str, Meta(max_length=MAX_VENUE_LENGTH)]

# Fields a capture may fill, and the reader's own (tags are a set of their own, merge.py).
PAPER_FIELDS: tuple[str, ...] = Paper.__struct_fields__
READER_FIELDS: tuple[str, ...] = tuple(
    name for name in PaperValues.__struct_fields__ if name not in PAPER_FIELDS)


def more_authors_than_listed(authors: list[str] | None, authors_count: int | None) -> bool:
    """Whether a paper's list of names leaves some of its authors out: a BibTeX "and others"
    (how many is not known), or a count above the names listed."""
    return bool(authors) and (authors_count is None or authors_count > len(authors))


def _fields_of_type(struct: type[msgspec.Struct], kind: type) -> tuple[str, ...]:
    """The fields whose values are of `kind` (or None): how the store reads its columns."""
    found = []
    for field in msgspec.inspect.type_info(struct).fields:
        types = field.type.types if isinstance(field.type, msgspec.inspect.UnionType) else (field.type,)
        if any(isinstance(t, kind) for t in types):
            found.append(field.name)
    return tuple(found)


# Fields stored as a JSON list of strings, and as integers.
LIST_FIELDS: tuple[str, ...] = _fields_of_type(PaperValues, msgspec.inspect.ListType)
INT_FIELDS: tuple[str, ...] = _fields_of_type(PaperValues, msgspec.inspect.IntType)
# papers columns whose JSON list never holds a value twice: tags, written from a set
# (merge.PaperState.visible_tags). Authors may repeat a name.
DISTINCT_LIST_COLUMNS: tuple[str, ...] = ("tags",)


class Observed(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What a page says about a paper that changes from day to day. Each capture that
    shows a paper keeps one observation of it (store/observations.py), so its history
    can be charted; the record keeps only the latest. Unknown is None."""

    upvotes: Count | None = None
    github_stars: Count | None = None
    comments: Count | None = None
    models: Count | None = None  # linked models, datasets and Spaces: their counts
    datasets: Count | None = None
    spaces: Count | None = None
    trending: bool | None = None  # on a trending listing; None when the page does not say

    def known(self) -> bool:
        return any(getattr(self, name) is not None for name in OBSERVED_FIELDS)


OBSERVED_FIELDS: tuple[str, ...] = Observed.__struct_fields__


class Rank(IntEnum):
    """How far a source is trusted: each field's clock carries its source's rank, and a
    higher rank always wins (merge.py), so a capture never beats the reader's own edit
    and a text dump never beats a structured page."""

    TEXT = 1  # a dump, or a page read as text
    PAGE = 2  # a page's structured data
    READER = 3  # the reader's own edit


# ---- notes -------------------------------------------------------------------
#
# A note may be anchored to a passage of a page, in the W3C Web Annotation shape that
# Hypothesis also uses: a target names the page (`source`) and how to find the passage
# there (`selector`, tagged by "type"), so a note made from a selection can be found
# again on that page, on a later version of the paper, or on another of its pages.

NoteKind = Literal["note", "highlight", "question", "to-cite"]
NOTE_KINDS: tuple[str, ...] = get_args(NoteKind)
MAX_NOTE_LENGTH = 100_000  # a note's body and its quote
MAX_CONTEXT_LENGTH = 1024  # a quote's prefix or suffix (papershelf keeps 32 characters)
MAX_SELECTORS = 8
NoteText = Annotated[str, Meta(max_length=MAX_NOTE_LENGTH)]
# The offsets of a text position, in characters (UTF-16 code units, as the page counts them);
# far beyond any page, and exact in every JSON reader (a double holds it).
TextOffset = Annotated[int, Meta(ge=0, le=10**9)]


class TextQuoteSelector(msgspec.Struct, tag="TextQuoteSelector", tag_field="type", kw_only=True):
    """The passage itself and the text around it (W3C TextQuoteSelector)."""

    exact: Annotated[str, Meta(min_length=1, max_length=MAX_NOTE_LENGTH)]
    prefix: Annotated[str, Meta(max_length=MAX_CONTEXT_LENGTH)] = ""
    suffix: Annotated[str, Meta(max_length=MAX_CONTEXT_LENGTH)] = ""


class TextPositionSelector(msgspec.Struct, tag="TextPositionSelector", tag_field="type",
                           kw_only=True):
    """Where the passage starts and ends in the page's text (W3C TextPositionSelector)."""

    start: TextOffset
    end: TextOffset

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError("end comes before start")


Selector = TextQuoteSelector | TextPositionSelector


class NoteTarget(msgspec.Struct, kw_only=True):
    """The page a note was made on and the passage it is about.

    `version` says which version of the paper that page showed: `arxiv:v2` (an arXiv
    abstract page), `arxiv-html:v2` (arXiv's HTML view), `arxiv-pdf:v2`, `hf` (Hugging
    Face), `publisher` (any other page); without `:vN` when the version is unknown."""

    source: Annotated[str, Meta(min_length=1, max_length=8192)]
    selector: Annotated[list[Selector], Meta(max_length=MAX_SELECTORS)] = []
    version: Annotated[str, Meta(max_length=64, pattern=r"^[a-z][a-z0-9-]*(:v[0-9]{1,9})?$")] \
        | None = None

    def quote(self) -> TextQuoteSelector | None:
        return next((s for s in self.selector if isinstance(s, TextQuoteSelector)), None)

    def position(self) -> TextPositionSelector | None:
        return next((s for s in self.selector if isinstance(s, TextPositionSelector)), None)


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
    # Where the note is anchored, where the source says (Hypothesis's W3C selectors): the
    # note's own target once stored (the store fills in its `version` from the page).
    target: NoteTarget | None = None


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
