"""What a paper's page shows, from its stored row: the links as buttons, the authors, a
note's quote as a link back into the page text. Pure functions, no Datasette: the
plugin (datasette/plugins/papershelf_pages.py) hands them rows and renders the result.

Every value came from a captured page: only http(s) URLs become links, and the
template escapes every text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from datasette.utils import tilde_encode

from ..identity import abs_page, doi_address
from ..normalise.formats import FORMATS
from ..records import WEB_PAGE, NoteTarget, TextQuoteSelector, more_authors_than_listed
from ..store.notes import target_from_column
from .library import paper_dict
from .readable_url import readable_url
from .text_fragment import fragment_link

# arXiv ids Hugging Face Papers has pages for (new-style, 2007 on).
_NEW_ARXIV_ID = re.compile(r"^\d{4}\.\d{4,5}$")


@dataclass(frozen=True)
class Link:
    label: str
    href: str
    kind: str  # a CSS class: abstract, pdf, code, project, doi, hf


def _web(url) -> str | None:
    return url if isinstance(url, str) and url.startswith(("https://", "http://")) else None


_SCHOLARLY = ("doi", "arxiv_id", "pdf_url", "venue")


def paper_links(paper: dict) -> list[Link]:
    """The paper's links, each once, in the order a reader wants them."""
    arxiv = paper.get("arxiv_id") if isinstance(paper.get("arxiv_id"), str) else None
    abs_url = abs_page(arxiv) if arxiv else None
    # A news story or a blog post read as a paper (no DOI, arXiv id, PDF or venue) is the piece itself,
    # not a paper's abstract page.
    scholarly = any(isinstance(paper.get(key), str) and paper[key] for key in _SCHOLARLY)
    own_page = "Abstract page" if scholarly and paper.get("item_type") != WEB_PAGE else "The page"
    if own_page == "Abstract page" and _web(paper.get("url")) and paper["url"] == paper.get("project_url"):
        own_page = "Project page"  # a project page captured: the paper's own page, not its abstract's
    candidates = [
        Link(own_page, _web(paper.get("url")) or abs_url or "", "abstract"),
        Link("arXiv", abs_url or "", "arxiv"),
        Link("PDF", _web(paper.get("pdf_url")) or (
            f"https://arxiv.org/pdf/{quote(arxiv, safe='/.')}" if arxiv else ""), "pdf"),
        Link("Code", _web(paper.get("code_url")) or "", "code"),
        Link("Project page", _web(paper.get("project_url")) or "", "project"),
        Link("DOI", doi_address(paper["doi"])
             if isinstance(paper.get("doi"), str) and paper["doi"] else "", "doi"),
        Link("Hugging Face", f"https://huggingface.co/papers/{arxiv}"
             if arxiv and _NEW_ARXIV_ID.match(arxiv) else "", "hf"),
    ]
    seen: set[str] = set()
    links = []
    for link in candidates:
        if link.href and link.href not in seen:
            seen.add(link.href)
            links.append(link)
    return links


def quote_link(paper_url, note: dict) -> str | None:
    """Where a note's quote is on the page: its anchor's page and context when it has one
    (a highlight), else the paper's own page; None without a quote or a web page."""
    target = target_from_column(note.get("target"))
    if target is None and note.get("quote") and _web(paper_url):
        target = NoteTarget(source=paper_url, selector=[TextQuoteSelector(exact=note["quote"])])
    return fragment_link(target)


# A collaboration signs with thousands of names: past this many the page names the first
# AUTHORS_SHOWN and folds the rest under "and 2,980 more", as arXiv does.
AUTHORS_FOLDED_AFTER = 25
AUTHORS_SHOWN = 20


def page_context(row: dict, notes: list[dict], seen: list[dict]) -> dict:
    """The template's `paper`: the row with authors and tags as lists, its links, its
    notes (newest first, each with the link back to its quote) and where it was seen (each
    address as a reader reads it)."""
    paper = paper_dict(row)
    paper["links"] = paper_links(paper)
    paper["authors"] = paper.get("authors") or []
    folds = len(paper["authors"]) > AUTHORS_FOLDED_AFTER
    paper["authors_shown"] = paper["authors"][:AUTHORS_SHOWN] if folds else paper["authors"]
    paper["authors_folded"] = paper["authors"][AUTHORS_SHOWN:] if folds else []
    paper["authors_others"] = more_authors_than_listed(paper["authors"], paper.get("authors_count"))
    paper["notes"] = [dict(note, quote_url=quote_link(paper.get("url"), note)) for note in notes]
    paper["seen"] = [dict(capture, source=source_label(capture.get("kind")),
                          **({"shown_url": readable_url(capture["url"])}
                             if isinstance(capture.get("url"), str) else {}))
                     for capture in seen]
    paper["heading"] = paper_label(paper)
    paper["noun"] = "page" if paper.get("item_type") == WEB_PAGE else "paper"
    return paper


# How "where you saw it" names a capture's kind: the page a reader was on, as the reader calls it.
_PAGE_SOURCES = {
    "hf_paper": "Hugging Face", "hf_listing": "Hugging Face daily papers", "arxiv": "arXiv",
    "arxiv_listing": "arXiv listing", "scholarly": "page", WEB_PAGE: "page", "text": "page's text",
}


def source_label(kind: str | None) -> str:
    """A capture's kind as a reader names where it came from: the page ("Hugging Face", "arXiv",
    "page") or the file an import read ("BibTeX", "Zotero export", "Hugging Face Papers listing")."""
    if kind in _PAGE_SOURCES:
        return _PAGE_SOURCES[kind]
    fmt = FORMATS.get(kind or "")
    if fmt is None:
        return kind or "capture"
    return fmt.shown.removeprefix("a ").removeprefix("an ")


def paper_label(paper) -> str:
    """A paper's title; without one (a PDF captured by its address alone) the id that names
    it, as the extension's popup names it: `arXiv:<id>`, the DOI, or papershelf's id."""
    keys = paper.keys()
    if "title" in keys and paper["title"]:
        return paper["title"]
    if "arxiv_id" in keys and paper["arxiv_id"]:
        return f"arXiv:{paper['arxiv_id']}"
    return (paper["doi"] if "doi" in keys else None) or paper["id"]


def row_path(key: str) -> str:
    """A row's key as Datasette writes it in the row's address (tilde-encoded). A paper's id
    is 16 hex digits, which encode as themselves: Datasette's encoder, a generator over the
    key's bytes, took ~5 µs a key, twice for every row of a table page."""
    return key if key.isascii() and key.isalnum() else tilde_encode(key)
