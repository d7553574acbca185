"""CSL-JSON (Zotero's and Better BibTeX's export, Pandoc's input, and what `papershelf
export --format csl-json` writes, so a round trip keeps every field that format carries)."""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from ...identity import clean_text, has_identity
from ...records import WEB_PAGE, ImportedRecord, Paper, RecordProblem
from ..venues import venue_name
from .common import (
    NotTheFormat,
    arxiv_named_in,
    authors_or_none,
    clean_tags,
    date_of,
    decode_json,
    iso_date,
    person,
    text_or_none,
    with_identity,
)
from .markup import abstract_text, rich_text


def _name(value) -> str | None:
    if not isinstance(value, dict):
        return text_or_none(value)
    given = " ".join(text_or_none(value.get(k)) or "" for k in ("given", "dropping-particle"))
    family = " ".join(text_or_none(value.get(k)) or "" for k in ("non-dropping-particle", "family"))
    name = person(given, family, text_or_none(value.get("literal")))
    suffix = text_or_none(value.get("suffix"))
    return f"{name} {suffix}" if name and suffix else name


_WHOLE_BOOKS = ("book", "report", "thesis")


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def _issued(value) -> str | None:
    if isinstance(value, str):
        return date_of(value)
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        return iso_date(*(parts[0][:3]))
    return date_of(text_or_none(value.get("raw")) or text_or_none(value.get("literal")))


def _arxiv(item: dict) -> str | None:
    """Where CSL items keep an arXiv id: `number: "arXiv:ID"` (our export, Zotero's preprints),
    an `arXiv: ID` line in `note` (Zotero's Extra), or a Google Scholar journal name."""
    return arxiv_named_in(*(text_or_none(item.get(field)) for field in
                            ("number", "archive_location", "note", "container-title")))


def item_record(item: dict, position: int) -> ImportedRecord | RecordProblem:
    if not isinstance(item, dict):
        return RecordProblem(position, f"item {position} is not a CSL item (an object)")
    url = text_or_none(item.get("URL"))
    authors = item.get("author") if isinstance(item.get("author"), list) else []
    if not authors and item.get("type") in _WHOLE_BOOKS and isinstance(item.get("editor"), list):
        authors = item["editor"]  # an edited volume is known by its editors, as Zotero lists them
    # Zotero writes a conference paper's proceedings as container-title, its meeting as event-title.
    in_container = item.get("container-title") or item.get("event-title")
    paper = Paper(
        # Tags read before entities: "&lt;b&gt;" is the text "<b>", no tag (clean_text unescapes).
        title=text_or_none(rich_text(_text(item.get("title")))),
        abstract=text_or_none(abstract_text(_text(item.get("abstract")))),
        authors=authors_or_none([_name(a) for a in authors]),
        published=_issued(item.get("issued")),
        venue=venue_name(text_or_none(rich_text(_text(in_container)))),
        doi=text_or_none(item.get("DOI")),
        url=url,
        item_type=WEB_PAGE if item.get("type") == "webpage" else None,
    )
    paper = with_identity(paper, eprint=_arxiv(item), urls=(url,))
    if paper.authors:
        paper.authors_count = len(paper.authors)
    key = clean_text(str(item.get("id"))) if item.get("id") is not None else None
    if not has_identity(paper):
        return RecordProblem(position, f"item {key!r} has no title, arXiv id or DOI")
    keywords = text_or_none(item.get("keyword")) or ""
    return ImportedRecord(paper=paper, line=position, key=key,
                          tags=clean_tags(keywords.split(",")))


def parse_csl(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """The items of a CSL-JSON file (a list, or one item), numbered from 1 in file order."""
    try:
        data = decode_json(text)
    except msgspec.DecodeError as error:
        raise NotTheFormat(f"not valid JSON ({error})") from None
    items = data if isinstance(data, list) else [data] if isinstance(data, dict) else None
    if items is None:
        raise NotTheFormat("not a list of CSL items")
    for position, item in enumerate(items, 1):
        yield item_record(item, position)
