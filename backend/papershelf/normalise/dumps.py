"""Text of Hugging Face Papers listing pages: the dump formats A, B and C.

- A: header lines, `Subscribe` glued to the first title, then title / abstract lines.
- B: header lines and a page date, then title / abstract pairs separated by blank lines.
- C: like B, and after each abstract `• N authors`, `·`, and the paper's date,
  optionally followed by its upvote count (`Jul 8 1`).

The parser reads the structure, not a particular file: whatever precedes the
first title/abstract pair is header; a record is a title line, its abstract
line, and (format C) its trailer. It streams: one line of look-ahead, nothing
else held, so a dump of any size parses in constant memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from itertools import count as numbered
from operator import itemgetter

from ..identity import clean_text, has_identity
from ..records import Paper, ParsedRecord, RecordProblem
from .common import count, fill_code_url

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DATE = re.compile(
    r"(?P<month>[A-Za-z]{3})[a-z]*\.?\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?(?:\s+(?P<upvotes>\d+))?"
)
_AUTHORS = re.compile(r"•\s*(\d+)\s+authors?")
_SEPARATOR = "·"
_GLUED_PREFIX = "Subscribe"
# An abstract is a paragraph; a line shorter than this followed by a long one is
# a title whose abstract is missing, not an abstract.
_LONG_LINE = 200
_SHORT_MARKER = 40  # trailer lines (`• 12 authors`, `Sep 14, 2023 150`) are never longer


class ImpossibleDate(ValueError):
    """A line shaped like a date that no calendar has (`Feb 30`)."""


def parse_date_line(line: str, captured: date) -> tuple[str, int] | None:
    """`May 14, 2024` -> ("2024-05-14", 0); `Jul 8 1` -> (ISO date, 1); None for a line
    that is not a date. A year-less date takes the latest year, up to the capture's,
    in which it exists and does not lie after the capture (`Feb 29` finds a leap year).
    Raises ImpossibleDate for a date-shaped line that is no date at all."""
    match = _DATE.fullmatch(line) if len(line) < _SHORT_MARKER else None
    if match is None:
        return None
    month_name, day, year, upvotes = match.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    published = _calendar_date(month, int(day), year, captured)
    if published is None:
        raise ImpossibleDate(line)
    return published, 0 if upvotes is None else count(upvotes)


@lru_cache(maxsize=4096)
def _calendar_date(month: int, day: int, year: str | None, captured: date) -> str | None:
    """The ISO date of a dump's date line, None when no calendar has it. Cached: a dump's
    records share a few hundred dates, and working one out took a tenth of the parse."""
    if year is not None:
        return date(int(year), month, day).isoformat() if _valid(int(year), month, day) else None
    for candidate in range(captured.year, captured.year - 8, -1):
        if _valid(candidate, month, day) and date(candidate, month, day) <= captured:
            return date(candidate, month, day).isoformat()
    return None


def _read_date(line: str, captured: date) -> tuple[str, int] | ImpossibleDate | None:
    """`parse_date_line`, its ImpossibleDate returned rather than raised: a trailer line
    is read once, whether it is a date and which."""
    try:
        return parse_date_line(line, captured)
    except ImpossibleDate as impossible:
        return impossible


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


_UNREAD = object()  # a look-ahead slot not filled yet (None: the lines have ended)


class _Lines:
    """Numbered, stripped, non-blank lines with two lines of look-ahead.

    Two slots rather than a deque, and the lines numbered, stripped and filtered by
    builtins (zip, map, filter) rather than a generator: this runs per line, and was a
    fifth of the parse. A line is read from the source only when it is looked at."""

    def __init__(self, lines: Iterable[str]):
        self._source = filter(itemgetter(1), zip(numbered(1), map(str.strip, lines)))
        self._first: tuple[int, str] | object | None = _UNREAD
        self._second: tuple[int, str] | object | None = _UNREAD

    def peek(self, offset: int = 0) -> tuple[int, str] | None:
        """The next line (offset 0) or the one after it (1); None past the end."""
        if self._first is _UNREAD:
            self._first = next(self._source, None)
        if not offset:
            return self._first
        if self._second is _UNREAD:
            self._second = None if self._first is None else next(self._source, None)
        return self._second

    def next(self) -> tuple[int, str] | None:
        item = next(self._source, None) if self._first is _UNREAD else self._first
        self._first, self._second = self._second, _UNREAD
        return item


def _is_trailer_line(line: str, captured: date) -> bool:
    """A format-C trailer's line (`• N authors`, `·`, a date), never a title or abstract."""
    return len(line) < _SHORT_MARKER and (
        line == _SEPARATOR or bool(_AUTHORS.fullmatch(line))
        or _read_date(line, captured) is not None)


def _looks_like_abstract(line: str) -> bool:
    return len(line) >= _LONG_LINE


def _skip_header(lines: _Lines) -> tuple[int, str] | None:
    """Advance to the first title (a line followed by an abstract); return it."""
    while (current := lines.next()) is not None:
        number, line = current
        following = lines.peek()
        if following is None:
            return current  # a lone title at the end: reported as a broken record
        if _looks_like_abstract(following[1]) and not _looks_like_abstract(line):
            if line.startswith(_GLUED_PREFIX) and len(line) > len(_GLUED_PREFIX):
                line = line[len(_GLUED_PREFIX) :].lstrip()
            return number, line
    return None


def iter_dump(
    lines: Iterable[str], captured: date
) -> Iterator[ParsedRecord | RecordProblem]:
    """Records and problems of a dump in file order, each with its 1-based line number."""
    stream = _Lines(lines)
    title = _skip_header(stream)
    with_trailer: bool | None = None  # format C, decided by the first complete record
    while title is not None:
        title_line, title_text = title
        following = stream.peek()
        if following is None or _is_trailer_line(following[1], captured):
            yield RecordProblem(title_line, f"title {title_text[:60]!r} has no abstract")
            title = _next_title(stream, captured)
            continue
        after = stream.peek(1)
        # An abstract is a paragraph: a short line followed by one is the next title.
        if not _looks_like_abstract(following[1]) and after is not None and _looks_like_abstract(after[1]):
            yield RecordProblem(title_line, f"title {title_text[:60]!r} has no abstract")
            title = stream.next()
            continue
        stream.next()
        paper = fill_code_url(Paper(title=clean_text(title_text), abstract=clean_text(following[1])))
        trailer = _read_trailer(stream, captured)
        if with_trailer is None:
            with_trailer = trailer is not None
        if with_trailer:
            if trailer is not None and "impossible" in trailer:
                bad_line, bad = trailer["impossible"]
                yield RecordProblem(bad_line, f"date {bad!r} of {title_text[:60]!r} is not a real date")
                title = stream.next()
                continue
            if trailer is None or trailer.get("published") is None:
                yield RecordProblem(title_line, f"record {title_text[:60]!r} has no date line")
                title = stream.next()
                continue
            paper.authors_count = trailer.get("authors_count")
            paper.published = trailer["published"]
            paper.upvotes = trailer["upvotes"]
        if has_identity(paper):
            yield ParsedRecord(paper=paper, line=title_line)
        else:
            yield RecordProblem(title_line, f"title {title_text[:60]!r} has no letter or digit "
                                            "to know the paper by")
        title = stream.next()


def _next_title(stream: _Lines, captured: date) -> tuple[int, str] | None:
    """After a broken record, skip trailer lines to the next title."""
    while (item := stream.peek()) is not None and _is_trailer_line(item[1], captured):
        stream.next()
    return stream.next()


def _read_trailer(stream: _Lines, captured: date) -> dict | None:
    """`• N authors`, `·`, `Mon D[, YYYY] [upvotes]` after an abstract (format C), or None."""
    found: dict = {}
    while (item := stream.peek()) is not None:
        line = item[1]
        if line == _SEPARATOR:
            found["separator"] = True
        elif line[:1] == "•" and (authors := _AUTHORS.fullmatch(line)):
            found["authors_count"] = count(authors.group(1))
        elif found and (day := _read_date(line, captured)) is not None:
            if isinstance(day, ImpossibleDate):
                found["impossible"] = item
            else:
                found["published"], found["upvotes"] = day
            stream.next()
            break
        else:
            break
        stream.next()
    return found or None


# A listing's abstracts are paragraphs; a file most of whose "abstracts" are a few words is some
# other text (notes, a README, a table), and reading it as a listing would store its lines as papers.
_FEW_RECORDS = 3
# Markdown's table rule (`|---|:--:|`) and code fence: a copied listing has neither.
_MARKDOWN_LINE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?|```.*")


def unlike_listing(lines: Iterable[str], captured: date) -> tuple[int, str] | None:
    """Where and why a text reads as no listing, from its first lines (before any is stored):
    a line of Markdown's, or most of its records (three or more) with a few words for an
    abstract; None for a listing."""
    lines = list(lines)
    for number, line in enumerate(lines, 1):
        if _MARKDOWN_LINE.fullmatch(line.strip()):
            return number, "a Markdown table's rule or code fence, which no listing has"
    records = [item for item in iter_dump(lines, captured) if isinstance(item, ParsedRecord)]
    short = [record for record in records if not _looks_like_abstract(record.paper.abstract or "")]
    if len(records) >= _FEW_RECORDS and 2 * len(short) > len(records):
        return short[0].line, (f"{short[0].paper.title[:60]!r}, whose next line, as most of the "
                               "file's, is a few words where a listing has an abstract's paragraph")
    return None


def parse_dump_text(text: str, captured: date) -> tuple[list[ParsedRecord], list[RecordProblem]]:
    """A whole text capture at once (small inputs: text-only page captures)."""
    records: list[ParsedRecord] = []
    problems: list[RecordProblem] = []
    for item in iter_dump(text.splitlines(), captured):
        (records if isinstance(item, ParsedRecord) else problems).append(item)
    return records, problems
