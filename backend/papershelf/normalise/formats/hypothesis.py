"""Hypothesis's annotation export (the client's "Export" as JSON: `export_date`,
`export_userid`, `client_version`, `annotations`): each annotation becomes a note on the
paper of the page it annotates (an arXiv or DOI page names its paper; any other page is
a web page of its own, known by its address and shown by its title), quoting the highlighted text and anchored
to it by the annotation's W3C selectors (the note's target; its RangeSelector, an XPath
into one rendering of the page, is dropped)."""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from ...identity import clean_text, has_identity
from ...records import (
    MAX_SELECTORS,
    WEB_PAGE,
    ImportedNote,
    ImportedRecord,
    NoteTarget,
    RecordProblem,
    Selector,
)
from .common import NotTheFormat, clean_tags, decode_json, from_url, text_or_none


def is_hypothesis_export(data) -> bool:
    return isinstance(data, dict) and isinstance(data.get("annotations"), list) and (
        "export_userid" in data or "client_version" in data or "export_date" in data)


def _quote(selectors: list) -> str | None:
    for selector in selectors:
        if isinstance(selector, dict) and selector.get("type") == "TextQuoteSelector":
            return text_or_none(selector.get("exact"))
    return None


_ANCHORS = ("TextQuoteSelector", "TextPositionSelector")


def _target(targets: list, uri: str) -> NoteTarget | None:
    """The annotation's first target with a quote or position selector, as a note target;
    a selector that breaks the note's limits (a prefix over 1,024 characters) is left out."""
    for target in targets:
        if not isinstance(target, dict) or not isinstance(target.get("selector"), list):
            continue
        selectors = []
        for raw in target["selector"]:
            if isinstance(raw, dict) and raw.get("type") in _ANCHORS:
                try:
                    selectors.append(msgspec.convert(raw, Selector))
                except msgspec.ValidationError:
                    continue
        if selectors:
            source = text_or_none(target.get("source"))
            source = source if source and len(source) <= 8192 else uri
            return NoteTarget(source=source, selector=selectors[:MAX_SELECTORS])
    return None


def _page_title(annotation: dict) -> str | None:
    titles = (annotation.get("document") or {}).get("title")
    if isinstance(titles, list):
        titles = titles[0] if titles else None
    return text_or_none(titles)


def parse_hypothesis(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """One record per annotated page, in the order pages first appear, with its notes."""
    try:
        data = decode_json(text)
    except msgspec.DecodeError as error:
        raise NotTheFormat(f"not valid JSON ({error})") from None
    if not is_hypothesis_export(data):
        raise NotTheFormat("not a Hypothesis export (no `annotations` list)")
    pages: dict[str, ImportedRecord] = {}
    for position, annotation in enumerate(data["annotations"], 1):
        if not isinstance(annotation, dict) or not text_or_none(annotation.get("uri")):
            yield RecordProblem(position, f"annotation {position} has no page address (uri)")
            continue
        uri = clean_text(annotation["uri"])
        targets = annotation.get("target") if isinstance(annotation.get("target"), list) else []
        selectors = [s for t in targets if isinstance(t, dict)
                     for s in (t.get("selector") or []) if isinstance(s, dict)]
        note = ImportedNote(
            key=f"hypothesis:{annotation.get('id') or position}",
            body=text_or_none(annotation.get("text")) or "",
            quote=_quote(selectors), target=_target(targets, uri),
        )
        record = pages.get(uri)
        if record is None:
            paper = from_url(uri)
            if not (paper.arxiv_id or paper.doi):  # a page of no paper: a web page of its own
                paper.title, paper.item_type = _page_title(annotation), WEB_PAGE
            if not has_identity(paper):
                yield RecordProblem(position, f"annotation {position}: its page {uri[:80]} has no title")
                continue
            record = pages[uri] = ImportedRecord(paper=paper, line=position, key=uri)
        record.notes.append(note)
        record.tags = clean_tags([*record.tags, *(annotation.get("tags") or [])])
    yield from pages.values()
