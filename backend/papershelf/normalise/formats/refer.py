"""EndNote's tagged text (Refer): the `.enw` file that publishers' and Google Scholar's
"Download citation → EndNote" links give, and EndNote's export in its own style. A record is
a run of lines `%X value` (`%0` its type, `%T` its title, one `%A` an author…) ended by a
blank line; a line without a tag continues the value before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...identity import clean_text, has_identity, normalise_doi
from ...records import WEB_PAGE, ImportedNote, ImportedRecord, Paper, RecordProblem
from ..names import display_names
from ..venues import venue_name
from .common import arxiv_named_in, clean_tags, note_key, with_identity, year_and_day
from .tagged import TaggedRecord, joined_values, records_and_problems, values_by_tag

_TAGGED = re.compile(r"%(\S)(?: (.*))?")
_FIRST_LINE = re.compile(r"%[0A-Z] \S")
_LIST_SEPARATORS = re.compile(r"\s*[;\n]\s*")


def is_refer(first_line: str) -> bool:
    return bool(_FIRST_LINE.match(first_line))


def _records(text: str) -> Iterator[TaggedRecord | RecordProblem]:
    """Each record's (first line, its tags and values in order), a value's further lines
    joined by newlines; a blank line or the next record's `%0` ends a record."""
    fields: list[tuple[str, list[str]]] = []  # each value's lines, joined once (linear)
    start = 0
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            if fields:
                yield start, joined_values(fields, "\n")
            fields = []
            continue
        tagged = _TAGGED.fullmatch(line.rstrip())
        if tagged is None:
            if fields:
                fields[-1][1].append(line.strip())
            else:
                yield RecordProblem(number, "not an EndNote line (a tag such as `%T ` and its value)")
            continue
        # A type line after other fields starts the next record (a second type line right
        # after the first, "%0 Serial" then "%0 Audio", is the same record's).
        if tagged[1] == "0" and any(tag != "0" for tag, _ in fields):
            yield start, joined_values(fields, "\n")
            fields = []
        if not fields:
            start = number
        fields.append((tagged[1], [(tagged[2] or "").strip()]))
    if fields:
        yield start, joined_values(fields, "\n")



def _published(values: dict[str, list[str]]) -> str | None:
    """`%D` the year, `%8` the date: a full date (`2019-03-15`, `March 15, 2019`) as it is,
    a month and day (`Mar 15`) with the year."""
    return year_and_day((values.get("D") or [None])[0], (values.get("8") or [None])[0])


def record_of(fields: list[tuple[str, str]], line: int) -> ImportedRecord | RecordProblem:
    values = values_by_tag(fields)
    first = {tag: clean_text(found[0]) for tag, found in values.items()}
    authors = display_names([clean_text(name) for name in values.get("A", [])]) or None
    urls = tuple(clean_text(url) for url in values.get("U", []))
    paper = Paper(
        title=first.get("T"),
        abstract=first.get("X"),
        authors=authors,
        authors_count=len(authors) if authors else None,
        published=_published(values),
        venue=venue_name(first.get("J") or first.get("B")),  # the journal, else the book
        # %R is EndNote's electronic resource number: a DOI, or a library's own id.
        doi=next((doi for value in values.get("R", []) if (doi := normalise_doi(value))), None),
        url=urls[0] if urls else None,
        item_type=WEB_PAGE if first.get("0") in ("Web Page", "Online Multimedia") else None,
    )
    paper = with_identity(paper, eprint=arxiv_named_in(first.get("J"), first.get("B")), urls=urls)
    key = first.get("M") or first.get("F")
    if not has_identity(paper):
        return RecordProblem(line, "record has no title, arXiv id or DOI")
    keywords = [word for value in values.get("K", []) for word in _LIST_SEPARATORS.split(value)]
    notes = []
    for body in filter(None, map(str.strip, values.get("Z", []))):
        notes.append(ImportedNote(key=note_key("refer", key, paper.title, body), body=body))
    return ImportedRecord(paper=paper, line=line, key=key, tags=clean_tags(keywords), notes=notes)


def parse_refer(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """Each record in file order; a line before any record that is no EndNote line is a
    problem naming it, and the records around it still import."""
    return records_and_problems(_records(text), record_of)
