"""Web of Science's exports, plain text and tab-delimited, read alike.

Plain text ("Export: Plain text file", `savedrecs.txt`): a header (`FN Clarivate Analytics
Web of Science`, `VR 1.0`), then records of lines that are a two-character tag, a space and a
value, a value running on over lines indented by three spaces; `ER` ends a record and `EF`
the file. Tab-delimited ("Tab-delimited file"): a line of the same tags, then one record a
line, its values in the tags' columns, the names of `AU`/`AF`… joined by "; ".
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from ...identity import clean_text, has_identity
from ...records import ImportedRecord, Paper, RecordProblem
from ..names import display_names
from ..venues import venue_name
from .common import clean_tags, date_of, with_identity, year_and_day
from .tagged import TaggedRecord, records_and_problems, values_by_tag

_TAGGED = re.compile(r"([A-Z][A-Z0-9])(?: (.*))?")
_HEADER = re.compile(r"FN .*Web of Science")
_FIRST_RECORD = re.compile(r"PT [A-Z]\s*$")  # a file of records without the header
_HEADER_TAGS = ("FN", "VR")
# Authors, full names, group authors, book authors and editors: one name a line.
_ONE_A_LINE = frozenset(("AU", "AF", "CA", "BA", "BF", "BE", "GP"))


def is_wos(first_line: str) -> bool:
    return bool(_HEADER.match(first_line) or _FIRST_RECORD.match(first_line)
                or _tab_header(first_line) is not None)


def _tab_header(line: str) -> list[str] | None:
    """The tags of a tab-delimited export's first line (`PT\tAU\tBA…\tUT`), else None."""
    tags = line.lstrip("\ufeff").rstrip("\r\n").rstrip("\t").split("\t")
    return tags if tags[0] == "PT" and "TI" in tags and all(_TAGGED.fullmatch(tag) for tag in tags) else None


def _tabbed_records(text: str) -> Iterator[TaggedRecord | RecordProblem]:
    """Each line after the header a record: its (tag, value) pairs in the header's order, a
    name list cut into one name a pair as the plain text gives them."""
    lines = text.lstrip("\ufeff").splitlines()
    tags = _tab_header(lines[0]) or []
    for number, row in enumerate(csv.reader(io.StringIO("\n".join(lines[1:])), delimiter="\t",
                                            quoting=csv.QUOTE_NONE), 2):
        fields = []
        for tag, value in zip(tags, row, strict=False):
            value = value.strip()
            if value:
                names = value.split("; ") if tag in _ONE_A_LINE else [value]
                fields += [(tag, name.strip()) for name in names if name.strip()]
        if fields:
            yield number, fields
        elif any(cell.strip() for cell in row):
            yield RecordProblem(number, "not a Web of Science record (no value under the header's tags)")


def _records(text: str) -> Iterator[TaggedRecord | RecordProblem]:
    """Each record's (first line, its tags and values in order), a value's further lines
    joined by spaces; a line that is neither a tag nor indented is a problem."""
    fields: list[tuple[str, list[str]]] = []  # each value's lines, joined once (linear)
    start = 0
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        if line[:1].isspace():
            if fields:
                fields[-1][1].append(line.strip())
            else:
                yield RecordProblem(number, "a continued value outside any record")
            continue
        tagged = _TAGGED.fullmatch(line.rstrip())
        if tagged is None:
            yield RecordProblem(number, "not a Web of Science line (a tag such as `TI ` and its value)")
            continue
        tag = tagged[1]
        if tag in ("ER", "EF"):
            if fields:
                yield start, _joined(fields)
            fields = []
            continue
        if tag in _HEADER_TAGS and not fields:
            continue
        if not fields:
            start = number
        fields.append((tag, [(tagged[2] or "").strip()]))
    if fields:  # the last record without its `ER`: a cut file keeps what it has
        yield start, _joined(fields)


def _joined(fields: list[tuple[str, list[str]]]) -> list[tuple[str, str]]:
    """A value run on over lines as one; a list's lines (its names) each a value of its own."""
    return [pair for tag, lines in fields for pair in (
        [(tag, line) for line in lines] if tag in _ONE_A_LINE else [(tag, " ".join(lines))])]




def _published(values: dict[str, list[str]]) -> str | None:
    """When the paper first appeared: its early access (EA, `DEC 2020`) before its issue
    (PY and PD), the issue when it is the same month told to the day."""
    # The issue: PY's year and PD's month and day (`MAY 15`, `JUL-SEP`: its start; `SPR`: the year).
    issue = year_and_day((values.get("PY") or [None])[0], (values.get("PD") or [None])[0])
    early = date_of(values["EA"][0]) if values.get("EA") else None
    dates = [date for date in (early, issue) if date]
    if len(dates) == 2 and (dates[1].startswith(dates[0]) or dates[0].startswith(dates[1])):
        return max(dates, key=len)
    return min(dates) if dates else None


def record_of(fields: list[tuple[str, str]], line: int) -> ImportedRecord | RecordProblem:
    values = values_by_tag(fields)
    # Full names (AF) where given, else the initials (AU); the group authors (CA) after them.
    people = values.get("AF") or values.get("AU") or []
    authors = display_names([*people, *values.get("CA", [])]) or None
    accession = (values.get("UT") or [""])[0]
    paper = Paper(
        title=clean_text((values.get("TI") or [None])[0]),
        abstract=clean_text((values.get("AB") or [None])[0]),
        authors=authors,
        authors_count=len(authors) if authors else None,
        published=_published(values),
        venue=venue_name((values.get("SO") or [None])[0]),
        doi=clean_text((values.get("DI") or [None])[0]),
    )
    paper = with_identity(paper)
    if not has_identity(paper):
        return RecordProblem(line, f"record {accession or 'without an accession number'} has no title or DOI")
    keywords = [word for value in values.get("DE", []) for word in value.split(";")]
    return ImportedRecord(paper=paper, line=line, key=accession or None, tags=clean_tags(keywords))


def parse_wos(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """Each record in file order; a line that is no Web of Science line is a problem naming
    it, and the records around it still import."""
    first_line = text.lstrip("\ufeff").partition("\n")[0]
    tabbed = _tab_header(first_line) is not None
    return records_and_problems(_tabbed_records(text) if tabbed else _records(text), record_of)
