"""arXiv's metadata snapshot: one JSON object per line for every paper on arXiv (`id`,
`submitter`, `authors`, `authors_parsed`, `title`, `comments`, `journal-ref`, `doi`,
`categories`, `abstract`, `versions`, `update_date`). Read a line at a time, so the whole
snapshot (2.7 million papers, ~4.5 GB) streams in constant memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import msgspec

from ...identity import clean_text, normalise_doi, split_arxiv_id
from ...records import Paper, ParsedRecord, RecordProblem
from ..arxiv import abs_url, pdf_url
from .common import MONTHS, decode_json


class _Version(msgspec.Struct):
    version: str = ""
    created: str = ""


class SnapshotEntry(msgspec.Struct):
    id: str
    title: str | None = None
    abstract: str | None = None
    authors: str | None = None
    authors_parsed: list[list[str]] | None = None
    doi: str | None = None
    categories: str | None = None
    versions: list[_Version] = []


_decode = msgspec.json.Decoder(SnapshotEntry).decode


def is_snapshot_line(line: str) -> bool:
    """Whether a line is one paper of the snapshot (how the format is recognised)."""
    try:
        entry = decode_json(line)
    except msgspec.DecodeError:
        return False
    return isinstance(entry, dict) and "id" in entry and (
        "authors_parsed" in entry or ("versions" in entry and "categories" in entry))


def _created_day(created: str) -> str | None:
    """`Mon, 2 Apr 2007 19:18:42 GMT` -> `2007-04-02`."""
    parts = created.split()
    if len(parts) < 4:
        return None
    day, month, year = parts[1], MONTHS.get(parts[2].lower()), parts[3]
    if not (day.isdigit() and month and year.isdigit() and len(year) == 4):
        return None
    return f"{year}-{month:02d}-{int(day):02d}"


def _author(parts: list[str]) -> str | None:
    """`["Balázs", "C.", ""]` -> `C. Balázs`; a fourth part is an affiliation, left out."""
    family = parts[0] if parts else ""
    given = parts[1] if len(parts) > 1 else ""
    suffix = parts[2] if len(parts) > 2 else ""
    return clean_text(" ".join(filter(None, (given, family, suffix))))


def _version(versions: list[_Version]) -> int | None:
    text = versions[-1].version if versions else ""
    return int(text[1:]) if text[:1] == "v" and text[1:].isdigit() and len(text) <= 7 else None


def entry_paper(entry: SnapshotEntry) -> Paper:
    found = split_arxiv_id(entry.id)
    if found is None:
        raise ValueError(f"{entry.id[:60]!r} is not an arXiv id")
    arxiv_id = found[0]
    if entry.authors_parsed:
        authors = [name for name in map(_author, entry.authors_parsed) if name] or None
    else:
        authors = [clean_text(entry.authors)] if clean_text(entry.authors) else None
    categories = (entry.categories or "").split()
    doi = normalise_doi(entry.doi.split()[0]) if entry.doi and entry.doi.split() else None
    return Paper(
        title=clean_text(entry.title),
        abstract=clean_text(entry.abstract),
        authors=authors,
        authors_count=len(authors) if authors else None,
        published=_created_day(entry.versions[0].created) if entry.versions else None,
        arxiv_id=arxiv_id,
        arxiv_version=_version(entry.versions),
        primary_category=categories[0] if categories else None,
        doi=doi,
        url=abs_url(arxiv_id),
        pdf_url=pdf_url(arxiv_id),
    )


def iter_snapshot(lines: Iterable[str]) -> Iterator[ParsedRecord | RecordProblem]:
    """Records and problems in file order, each with its 1-based line number."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            paper = entry_paper(decode_json(line, _decode))
        except (msgspec.DecodeError, msgspec.ValidationError, ValueError) as error:
            yield RecordProblem(number, f"not a snapshot record: {str(error)[:120]}")
            continue
        yield ParsedRecord(paper=paper, line=number)
