"""Scopus's CSV export (Export → CSV): one row a document, columns named by Scopus
("Authors", "Author full names", "Title", "Year", "DOI", "Abstract", "Author Keywords",
"EID"…, as many as the reader ticked)."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator

from ...identity import clean_text, has_identity, normalise_doi
from ...records import ImportedRecord, Paper, RecordProblem
from ..names import display_names
from ..venues import venue_name
from .common import NotTheFormat, clean_tags

_SCOPUS_ID = re.compile(r"\s*\(\d+\)\s*$")  # "Gong, Bin (57321683800)": the author's Scopus id
_INITIALS_LAST = re.compile(r"(.+?)\s+((?:[A-Z]\.-?)+)$")  # "Gong B.", "Liu Q.-B."
_NO_ABSTRACT = "[No abstract available]"


def is_scopus_header(line: str) -> bool:
    names = {name.strip().strip('"') for name in line.lstrip("\ufeff").split(",")}
    return "Title" in names and "EID" in names and bool(names & {"Source title", "Source"})


def _authors(row: dict[str, str]) -> list[str] | None:
    """The full names ("Gong, Bin (57321683800); …"), else the short ones ("Gong B.; …")."""
    full = [_SCOPUS_ID.sub("", name) for name in row.get("Author full names", "").split(";")]
    if any(name.strip() for name in full):
        return display_names([name.strip() for name in full if name.strip()]) or None
    short = []
    for name in (part.strip() for part in row.get("Authors", "").split(";")):
        match = _INITIALS_LAST.fullmatch(name)
        short.append(f"{match[2]} {match[1]}" if match else name)
    return display_names([name for name in short if name and name != "[No author name available]"]) or None


def row_record(row: dict[str, str], line: int) -> ImportedRecord | RecordProblem:
    abstract = clean_text(row.get("Abstract"))
    authors = _authors(row)
    year = (row.get("Year") or "").strip()
    paper = Paper(
        title=clean_text(row.get("Title")),
        abstract=None if abstract == _NO_ABSTRACT else abstract,
        authors=authors,
        authors_count=len(authors) if authors else None,
        published=year if year.isdigit() and len(year) == 4 else None,
        venue=venue_name(row.get("Source title")),
        doi=normalise_doi(row.get("DOI")),
    )
    key = clean_text(row.get("EID"))
    if not has_identity(paper):
        return RecordProblem(line, f"row {key or ''} has no title or DOI".replace("  ", " "))
    # The authors' own keywords; Scopus's "Index Keywords" are its indexers'.
    keywords = (row.get("Author Keywords") or "").split(";")
    return ImportedRecord(paper=paper, line=line, key=key, tags=clean_tags(keywords))


def parse_scopus_csv(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """One record a row, its line the row's first in the file (a quoted abstract may hold
    line breaks)."""
    # A row's reference list runs past csv's default limit of 128 KiB a field. The limit is
    # the csv module's, for the whole process: it is given back when the file is read.
    before = csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 1 << 30)))
    try:
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
        if not reader.fieldnames or "Title" not in reader.fieldnames:
            raise NotTheFormat("no `Title` column in its header")
        start = 2
        for row in reader:
            line, start = start, reader.line_num + 1
            yield row_record({key: value for key, value in row.items() if isinstance(key, str)
                              and isinstance(value, str)}, line)
    finally:
        csv.field_size_limit(before)
