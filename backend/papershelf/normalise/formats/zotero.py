"""Zotero's items and collections as its API answers them (the local API on port 23119
while Zotero runs, or the web API: the same JSON): each regular item becomes a paper, its
collections and tags become tags, its notes notes, and the annotations of its attachments
notes quoting the highlighted text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...identity import clean_text, has_identity
from ...records import WEB_PAGE, ImportedNote, ImportedRecord, Paper, RecordProblem
from ..venues import first_venue
from .common import (
    authors_or_none,
    clean_tags,
    date_of,
    decode_json,
    iso_date,
    person,
    text_or_none,
    with_identity,
)
from .markup import markup_blocks

_NOT_PAPERS = frozenset(("note", "attachment", "annotation"))
_ARXIV_IN_EXTRA = re.compile(r"arxiv:\s*(\S+)", re.IGNORECASE)


def note_text(markup: str | None) -> str | None:
    """A Zotero note (HTML) as plain text, paragraphs kept apart."""
    if not markup:
        return None
    return "\n".join(markup_blocks(markup)) or None


def _published(item: dict, meta: dict) -> str | None:
    parsed = text_or_none(meta.get("parsedDate"))
    if parsed:  # "1993-00-00": Zotero writes unknown parts as zeros
        parts = [p for p in parsed.split("-") if p.strip("0")]
        return iso_date(*parts[:3]) if parts else None
    return date_of(text_or_none(item.get("date")))


def _creators(item: dict) -> list[str] | None:
    creators = [c for c in item.get("creators") or [] if isinstance(c, dict)]
    authors = [c for c in creators if c.get("creatorType") == "author"] or creators
    return authors_or_none([person(text_or_none(c.get("firstName")), text_or_none(c.get("lastName")),
                                   text_or_none(c.get("name"))) for c in authors])


def _arxiv(item: dict) -> str | None:
    for field in ("archiveID", "extra"):
        match = _ARXIV_IN_EXTRA.search(text_or_none(item.get(field)) or "")
        if match:
            return match.group(1)
    return None



def _venue(item: dict) -> str | None:
    """A journal article's publication, a conference paper's proceedings, a chapter's book."""
    return first_venue(*(text_or_none(item.get(field))
                         for field in ("publicationTitle", "proceedingsTitle", "bookTitle")))


def item_paper(item: dict, meta: dict) -> Paper:
    url = text_or_none(item.get("url"))
    paper = Paper(title=text_or_none(item.get("title")), abstract=text_or_none(item.get("abstractNote")),
                  authors=_creators(item), published=_published(item, meta), venue=_venue(item),
                  doi=text_or_none(item.get("DOI")), url=url,
                  item_type=WEB_PAGE if item.get("itemType") == "webPage" else None)
    paper = with_identity(paper, eprint=_arxiv(item), urls=(url,))
    if paper.authors:
        paper.authors_count = len(paper.authors)
    return paper


def _annotation_note(data: dict) -> ImportedNote | None:
    quote = text_or_none(data.get("annotationText"))
    body = text_or_none(data.get("annotationComment"))
    if not quote and not body:
        return None  # an ink or image annotation: nothing to read
    return ImportedNote(key=f"zotero:{data.get('key')}", body=body or "", quote=quote)


def parse_zotero(collections: list, items: list) -> Iterator[ImportedRecord | RecordProblem]:
    """`collections` and `items` as the API's JSON (each `{"key", "data", "meta"}`)."""
    names = {c["data"]["key"]: clean_text(c["data"].get("name")) for c in collections
             if isinstance(c, dict) and isinstance(c.get("data"), dict) and c["data"].get("key")}
    datas = [(i.get("data"), i.get("meta") or {}) for i in items if isinstance(i, dict)]
    datas = [(d, m) for d, m in datas if isinstance(d, dict)]
    parent_of = {d.get("key"): d.get("parentItem") for d, _ in datas}
    notes: dict[str, list[ImportedNote]] = {}
    for data, _ in datas:
        kind, parent = data.get("itemType"), data.get("parentItem")
        if kind == "note" and parent:
            body = note_text(data.get("note"))
            if body:
                notes.setdefault(parent, []).append(ImportedNote(key=f"zotero:{data.get('key')}", body=body))
        elif kind == "annotation" and parent:
            note = _annotation_note(data)
            owner = parent_of.get(parent) or parent  # an annotation's parent is the attachment
            if note is not None:
                notes.setdefault(owner, []).append(note)
    for position, (data, meta) in enumerate(datas, 1):
        if data.get("itemType") in _NOT_PAPERS:
            continue
        key = text_or_none(data.get("key"))
        paper = item_paper(data, meta)
        if not has_identity(paper):
            yield RecordProblem(position, f"item {key!r} has no title, arXiv id or DOI")
            continue
        tags = [t.get("tag") for t in data.get("tags") or [] if isinstance(t, dict)]
        tags += [names.get(c) for c in data.get("collections") or [] if names.get(c)]
        yield ImportedRecord(paper=paper, line=position, key=key, tags=clean_tags(tags),
                             notes=notes.get(key, []))


def parse_zotero_export(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """A file of Zotero's JSON as `papershelf import --from zotero` fetches it: its
    collections and items."""
    payload = decode_json(text)
    return parse_zotero(payload.get("collections") or [], payload.get("items") or [])
