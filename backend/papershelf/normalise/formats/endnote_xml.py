"""EndNote's XML export (File → Export, "XML"), which Mendeley and other tools also write:
`<xml><records><record>…`, each field's text possibly split into `<style>` runs (EndNote
keeps the reader's bold and italics there)."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from ...identity import clean_text, has_identity, normalise_doi
from ...records import WEB_PAGE, ImportedNote, ImportedRecord, Paper, RecordProblem
from ..names import display_names
from ..venues import first_venue
from .common import NotTheFormat, arxiv_named_in, clean_tags, note_key, with_identity, year_and_day
from .ris import is_database_note

# No entity is expanded and nothing is fetched: a hostile file's entities stay text.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_WEB_TYPES = frozenset(("Web Page", "Online Multimedia", "Online Database"))


def is_endnote_xml(head: str) -> bool:
    window = head[:4096]
    return window.startswith("<") and "<records>" in window and "<record>" in window


def _text(node) -> str | None:
    return clean_text("".join(node.itertext())) if node is not None else None


def _texts(record, path: str) -> list[str]:
    return [text for node in record.iterfind(path) if (text := _text(node))]


def _published(record) -> str | None:
    """`dates/year`, with `pub-dates/date` when it tells the month and day of that year
    (`Jun`, `June 15`) or is a full date of its own."""
    return year_and_day(_text(record.find("dates/year")), _text(record.find("dates/pub-dates/date")))


def record_of(record, position: int) -> ImportedRecord | RecordProblem:
    authors = display_names(_texts(record, "contributors/authors/author")) or None
    urls = tuple(url for url in _texts(record, "urls/related-urls/url") + _texts(record, "urls/web-urls/url")
                 if url.startswith(("http://", "https://")))
    kind = (record.find("ref-type").get("name") if record.find("ref-type") is not None else None)
    venue = [_text(record.find(path)) for path in ("titles/secondary-title", "periodical/full-title")]
    paper = Paper(
        title=_text(record.find("titles/title")),
        abstract=_text(record.find("abstract")),
        authors=authors,
        authors_count=len(authors) if authors else None,
        published=_published(record),
        venue=first_venue(*venue),
        doi=next((doi for value in _texts(record, "electronic-resource-num")
                  if (doi := normalise_doi(value))), None),
        url=urls[0] if urls else None,
        item_type=WEB_PAGE if kind in _WEB_TYPES else None,
    )
    paper = with_identity(paper, eprint=arxiv_named_in(*venue), urls=urls)
    key = _text(record.find("rec-number"))
    if not has_identity(paper):
        return RecordProblem(position, f"record {key or position} has no title, arXiv id or DOI")
    notes = []
    for body in _texts(record, "research-notes") + _texts(record, "notes"):
        if not is_database_note(body):  # "Times Cited:0 Cited References Count:112"
            notes.append(ImportedNote(key=note_key("endnote", key, paper.title, body), body=body))
    return ImportedRecord(paper=paper, line=position, key=key,
                          tags=clean_tags(_texts(record, "keywords/keyword")), notes=notes)


def parse_endnote_xml(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """Each `<record>` in file order, numbered from 1; XML that does not parse, or holds
    no EndNote records, is refused whole (NotTheFormat)."""
    try:
        root = etree.fromstring(text.lstrip("\ufeff").encode(), _PARSER)
    except etree.XMLSyntaxError as error:  # its message already says where
        raise NotTheFormat(f"not well-formed XML: {error.msg}") from None
    if root.tag != "xml" or root.find("records") is None:
        raise NotTheFormat("XML, but not EndNote's records (<xml><records><record>…)")
    for position, record in enumerate(root.iterfind("records/record"), 1):
        yield record_of(record, position)
