"""CSL-JSON for papers (what Zotero, Pandoc and citeproc read)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from ..identity import abs_page
from ..normalise.formats.markup import holds_markup
from ..store.notes import target_from_column
from .bibtex import citation_keys, work_kind
from .person_names import name_parts
from .text_fragment import fragment_link


def name(display: str) -> dict:
    """`Ashish Vaswani` -> {"given": "Ashish", "family": "Vaswani"}; an organisation, a group
    or one word stays literal; `John Doe Jr.` has its suffix."""
    parts = name_parts(display)
    if parts.literal:
        return {"literal": parts.literal}
    named = {"given": parts.given, "family": parts.family}
    return {**named, "suffix": parts.suffix} if parts.suffix else named


def _rich(text: str | None) -> str | None:
    """CSL's titles are rich text: a text a reader would take for tags ("The <b> element") is
    written with its "<" as "&lt;", so it reads as the text it is (and imports back as it)."""
    return html.escape(text, quote=False) if text and holds_markup(text) else text


def _issued(published: str | None) -> dict:
    parts = [int(p) for p in (published or "").split("-")[:3] if p.isdigit()]
    # citeproc prints "n.d." for an unknown date: say so rather than leave the field out.
    return {"date-parts": [parts]} if parts else {"literal": "n.d."}


_TYPES = {"web_page": "webpage", "proceedings": "paper-conference", "journal": "article-journal",
          "other": "article"}  # CSL's names of a work_kind ("webpage": Zotero's Web Page item)


def item(paper: dict, key: str) -> dict:
    arxiv_id, doi = paper.get("arxiv_id"), paper.get("doi")
    csl = {
        "id": key,
        "type": _TYPES[work_kind(paper)],
        "title": _rich(paper.get("title")) or "",
        "author": [name(a) for a in paper.get("authors") or []],
        "issued": _issued(paper.get("published")),
    }
    if arxiv_id:
        csl.update(publisher="arXiv", number=f"arXiv:{arxiv_id}", genre="preprint")
    if csl["type"] == "webpage" and (kept := _issued((paper.get("created_at") or "")[:10])).get("date-parts"):
        csl["accessed"] = kept  # when the reader kept it, as a citation of a web page says
    optional = {
        "DOI": doi, "abstract": _rich(paper.get("abstract")), "container-title": _rich(paper.get("venue")),
        "URL": paper.get("url") or (abs_page(arxiv_id) if arxiv_id else None),
        "keyword": ", ".join(paper.get("tags") or []) or None,
    }
    csl.update({k: v for k, v in optional.items() if v})
    return csl


def annote(notes: list[dict]) -> str:
    """A paper's notes as CSL's `annote` (plain text, which Zotero and citeproc keep): each
    its kind, quote and link back to the passage (a text fragment), then its body."""
    parts = []
    for note in notes:
        lines = [f"[{note.get('kind') or 'note'}] {note['created_at'][:10]}"]
        if note.get("quote"):
            lines.append(f"“{note['quote']}”")
        if link := fragment_link(target_from_column(note.get("target"))):
            lines.append(link)
        if note.get("body"):
            lines.append(note["body"])
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def to_csl(papers: Iterable[dict], notes: dict[str, list[dict]] | None = None) -> list[dict]:
    """CSL-JSON items; with `notes` (by paper id) each item's notes go in its `annote`."""
    papers = list(papers)
    keys = citation_keys(papers)
    items = []
    for paper in papers:
        csl = item(paper, keys[paper["id"]])
        if notes and notes.get(paper["id"]):
            csl["annote"] = annote(notes[paper["id"]])
        items.append(csl)
    return items
