"""RIS files (EndNote, Zotero, Mendeley, publishers' "export citation"), read by rispy one
record at a time so that a broken record is reported at its line and the others import."""

from __future__ import annotations

import re
from collections.abc import Iterator

import rispy

from ...identity import clean_text, has_identity
from ...records import WEB_PAGE, ImportedNote, ImportedRecord, Paper, RecordProblem
from ..names import display_names
from ..venues import venue_name
from .common import arxiv_named_in, clean_tags, date_of, iso_date, note_key, with_identity

_START = re.compile(r"^\s*TY  - ")
_END = re.compile(r"^\s*ER  -")
_SLASHED = re.compile(r"^(\d{4})(?:/(\d{0,2})(?:/(\d{0,2}))?)?(?! +[A-Za-z])")  # not "2020 Mar 15"
# What Scopus and Web of Science write as notes (`N1`) of their own: the export's date, the
# citation counts, the reference list, the corresponding address. None is the reader's, and
# the file itself is kept (captures), so nothing is lost by leaving them out.
_DATABASE_NOTE = re.compile(
    r"(Export Date|Cited By|References|Correspondence Address|Funding details|Funding text \d*"
    r"|Chemicals/CAS|Tradenames|Manufacturers|Molecular Sequence Numbers|Conference code"
    r"|Conference name|Sponsors|Times Cited in Web of Science Core Collection|Total Times Cited"
    r"|Cited Reference Count|Times Cited|Cited References Count)\s*:", re.IGNORECASE)
_NOTE_KEYS = ("notes", "research_notes")
# BT, which rispy leaves out, is the book: a chapter's venue, a whole book's own title.
_MAPPING = {**rispy.TAG_KEY_MAPPING, "BT": "book_title"}
_WHOLE_BOOKS = ("BOOK", "EBOOK", "EDBOOK")


def is_database_note(body: str) -> bool:
    """Whether a note is the database's own (EndNote copies Web of Science's "Times Cited:0")."""
    return bool(_DATABASE_NOTE.match(body))


class _NotesKeepTheirLines(rispy.RisParser):
    """rispy makes each further line of a list tag's value an item of its own: right for
    EndNote's keywords (one a line under one KW), wrong for a note, whose lines are one note."""

    def _add_tag(self, record: dict, tag: str, content: str, extend_multiline: bool = False) -> None:
        name = self.mapping.get(tag)
        if name not in _NOTE_KEYS:
            super()._add_tag(record, tag, content, extend_multiline)
        elif extend_multiline and record.get(name):
            record[name][-1].append(content)  # a note's lines, joined once when read (linear)
        else:
            record.setdefault(name, []).append([content])


def _without_email(name: str) -> str:
    """Scopus writes a corresponding author's address after the name: `Nguyen, C.D., x@y.vn`."""
    return ",".join(part for part in name.split(",") if "@" not in part).strip()


def _date(values: list[str | None]) -> str | None:
    """RIS dates are `YYYY/MM/DD/other` with any part empty (`2014//`); DA may be plain text."""
    for value in values:
        text = clean_text(value)
        if not text:
            continue
        match = _SLASHED.match(text)
        if match:
            return iso_date(match[1], match[2] or None, match[3] or None)
        found = date_of(text)
        if found:
            return found
    return None


def _first(entry: dict, *keys: str) -> str | None:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and clean_text(value):
            return clean_text(value)
    return None


def record_of(entry: dict, line: int) -> ImportedRecord | RecordProblem:
    urls = [url for url in entry.get("urls") or [] if isinstance(url, str)]
    names = entry.get("authors") or entry.get("first_authors") or []
    book = _first(entry, "book_title")
    whole_book = entry.get("type_of_reference") in _WHOLE_BOOKS
    paper = Paper(
        title=_first(entry, "title", "primary_title", "short_title", "translated_title")
        or (book if whole_book else None),
        abstract=_first(entry, "abstract", "notes_abstract"),
        authors=display_names([_without_email(name) for name in names if isinstance(name, str)]) or None,
        published=_date([entry.get("date"), entry.get("year"), entry.get("publication_year")]),
        # T2 (the journal, or the proceedings), JF (the journal's full name), JO, J2 (abbreviated).
        venue=venue_name(_first(entry, "secondary_title", "alternate_title3", "journal_name",
                                "alternate_title1") or (None if whole_book else book)),
        doi=_first(entry, "doi"),
        url=urls[0] if urls else None,
        item_type=WEB_PAGE if entry.get("type_of_reference") == "ELEC" else None,  # RIS's Web Page
    )
    cited_in = (_first(entry, name) for name in ("journal_name", "secondary_title", "alternate_title3"))
    paper = with_identity(paper, eprint=arxiv_named_in(*cited_in), urls=tuple(urls))
    if paper.authors:
        paper.authors_count = len(paper.authors)
    key = _first(entry, "id")
    if not has_identity(paper):
        return RecordProblem(line, f"record {key or ''} has no title, arXiv id or DOI".replace("  ", " "))
    notes = []
    for lines in [*(entry.get("notes") or []), *(entry.get("research_notes") or [])]:
        body = _note_text(lines)
        if body and not is_database_note(body):
            notes.append(ImportedNote(key=note_key("ris", key, paper.title, body), body=body))
    return ImportedRecord(paper=paper, line=line, key=key, tags=clean_tags(entry.get("keywords") or []),
                          notes=notes)


def _note_text(lines: list[str]) -> str | None:
    """A note as stored: each line's whitespace collapsed, its lines kept."""
    return "\n".join(line for line in map(clean_text, lines) if line) or None


def parse_ris(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """Each `TY  -` … `ER  -` record in file order; one cut short (a truncated file) is a problem."""
    chunk: list[str] = []
    start = 0
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if _START.match(line):
            if chunk:
                yield RecordProblem(start, "RIS record has no end (ER  -)")
            chunk, start = [line], number
        elif chunk:
            chunk.append(line)
            if _END.match(line):
                yield _read(chunk, start)
                chunk = []
    if chunk:
        yield RecordProblem(start, "RIS record has no end (ER  -): the file is cut short")


def _read(chunk: list[str], line: int) -> ImportedRecord | RecordProblem:
    try:
        entries = rispy.loads("\n".join(chunk) + "\n", skip_unknown_tags=True, mapping=_MAPPING,
                              implementation=_NotesKeepTheirLines)
    except Exception as error:  # rispy raises bare IOError/ValueError on what it cannot read
        return RecordProblem(line, f"not a RIS record: {error}")
    if len(entries) != 1:
        return RecordProblem(line, "not a RIS record")
    return record_of(entries[0], line)
