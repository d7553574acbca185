"""arXiv abstract pages (arxiv.org/abs/…, export.arxiv.org): Highwire citation_* meta first,
the rendered page for what the meta leaves out (version, display names)."""

from __future__ import annotations

import re

from ..identity import (
    abs_page,
    arxiv_id_from_doi,
    arxiv_id_from_url,
    clean_text,
    normalise_doi,
    split_arxiv_id,
)
from ..records import Paper
from .dates import partial_date
from .html_meta import Page, block_text, node_text, select_all
from .names import display_name

# Read from the dateline's text:
# "[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023 (this version, v7)]".
_THIS_VERSION = re.compile(r"this version,\s*v(\d+)", re.IGNORECASE)
# The category in parentheses after the subject's name: "Computation and Language (cs.CL)".
_CATEGORY = re.compile(r"\(([a-z-]+(?:\.[A-Za-z-]+)?)\)\s*$")
_SUBMITTED = re.compile(r"Submitted on\s+([^()\]]+)", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"[,:]")
_LIST_TOGGLE = 'div.authors a[href^="javascript:toggleAuthorList"]'
# The "Cite as" cell names the version shown: "arXiv:0902.0064v1 [astro-ph.GA]" (2011 layout),
# "(or arXiv:1706.03762v7 [cs.CL] for this version)" (current layout).
_CITED_VERSION = re.compile(r"arXiv:(\S+?)v(\d+)\b")


def abs_url(arxiv_id: str) -> str:
    return abs_page(arxiv_id)


def pdf_url(arxiv_id: str) -> str:
    return f"https://arxiv.org/pdf/{arxiv_id}"


def record_from_url(url: str) -> Paper | None:
    """What an arXiv URL alone says (a PDF capture has no HTML): enough to look the paper up."""
    found = arxiv_id_from_url(url)
    if found is None:
        return None
    arxiv_id, version = found
    return Paper(
        arxiv_id=arxiv_id, arxiv_version=version, url=abs_url(arxiv_id), pdf_url=pdf_url(arxiv_id)
    )


def from_page(url: str, page: Page) -> list[Paper]:
    found = split_arxiv_id(page.first("citation_arxiv_id"))
    found = found or _id_from_urls(url, page)
    title = page.first("citation_title") or _body_title(page) or page.first("og:title")
    if found is None or not title:
        return []
    arxiv_id = found[0]
    dateline = page.node_text("div.dateline") or ""
    authors = _authors(page)
    return [
        Paper(
            title=title,
            abstract=page.first("citation_abstract") or _body_abstract(page),
            authors=authors,
            authors_count=len(authors) if authors else None,
            published=partial_date(page.first("citation_date")) or _submitted(dateline),
            arxiv_id=arxiv_id,
            arxiv_version=_version(arxiv_id, url, page, dateline),
            primary_category=_primary_category(arxiv_id, page),
            doi=_journal_doi(page),
            url=abs_url(arxiv_id),
            pdf_url=pdf_url(arxiv_id),
        )
    ]


def _primary_category(arxiv_id: str, page: Page) -> str | None:
    """`Computation and Language (cs.CL)` in the subjects cell; old ids name their archive."""
    found = subject_category(page.node_text("td.tablecell.subjects span.primary-subject"))
    return found or (arxiv_id.split("/")[0] if "/" in arxiv_id else None)


def subject_category(subject: str | None) -> str | None:
    """The category in parentheses after a subject's name: "Computation and Language (cs.CL)"."""
    match = _CATEGORY.search(subject or "")
    return match.group(1) if match else None


def _id_from_urls(url: str, page: Page) -> tuple[str, int | None] | None:
    for candidate in (page.og_url, page.canonical, url):
        found = arxiv_id_from_url(candidate)
        if found:
            return found
    return None


def _version(arxiv_id: str, url: str, page: Page, dateline: str) -> int | None:
    # og:url names the version shown (…/1706.03762v7); the canonical link never does.
    for candidate in (page.og_url, url):
        found = arxiv_id_from_url(candidate)
        if found and found[0] == arxiv_id and found[1] is not None:
            return found[1]
    match = _THIS_VERSION.search(dateline)
    if match:
        return int(match.group(1))
    # "Cite as: arXiv:2405.05966 [cs.CL] (or arXiv:2405.05966v1 [cs.CL] for this version)": the
    # version's own cell (td.arxividv) in later layouts, the same cell in older ones.
    cells = page.tree.css("td.tablecell.arxivid, td.tablecell.arxividv")
    cited_as = " ".join(node_text(cell) or "" for cell in cells)
    for cited in _CITED_VERSION.finditer(cited_as):
        if cited.group(1) == arxiv_id:
            return int(cited.group(2))
    return None


def _authors(page: Page) -> list[str] | None:
    # The body shows names as the authors wrote them ("J.P. Ma", "The ATLAS Collaboration",
    # where "The" sits outside the link); the meta has "Ma, J. P.". Use the body when it
    # lists the same number of people, else flip the meta names.
    meta = [name for value in page.every("citation_author") if (name := display_name(value))]
    body = _body_authors(page)
    if body and (not meta or len(body) == len(meta)):
        return body
    return meta or None


def _body_authors(page: Page) -> list[str]:
    node = page.tree.css_first("div.authors")
    # Read as shown: a long list holds the script that toggles its hidden part and a note for
    # readers without scripts, then the toggle itself ("et al. (1251 additional authors not
    # shown)"); none of them is a name.
    text = (block_text(node) or "") if node is not None else ""
    text = clean_text(text.removeprefix("Authors:")) or ""
    for toggle in select_all(page.tree, _LIST_TOGGLE):
        text = text.replace(node_text(toggle) or "\0", "")
    # Older pages write affiliations inline: "M.A. Aragon-Calvo (1), J. Silk (2 and 1), … ((1) The
    # Johns Hopkins University (2) Oxford University)"; marks and the list go, and a comma inside
    # them ("(1,2)") parts no names.
    text = _without_parenthesised(text)
    # A group may head the list, its people after a colon ("Gemini Team Google: Rohan Anil, …"):
    # the group is the first author, as the meta lists it.
    return [name for part in _LIST_SEPARATOR.split(text) if (name := clean_text(part))]


def _without_parenthesised(text: str) -> str:
    """The text without its parenthesised spans, nested ones whole ("((1) Johns Hopkins (2) Oxford)"),
    in one pass: a bracket that never closes stays with what follows it (the groups inside it go), and
    so does a closing bracket that opens nothing."""
    open_spans: list[list[str]] = [[]]  # the text outside any bracket, then each open span's
    for char in text:
        if char == "(":
            open_spans.append([char])
        elif char == ")" and len(open_spans) > 1:
            open_spans.pop()
        else:
            open_spans[-1].append(char)
    return "".join("".join(span) for span in open_spans)


def _body_title(page: Page) -> str | None:
    return _labelled_text(page, "h1.title", "Title:")


def _body_abstract(page: Page) -> str | None:
    return _labelled_text(page, "blockquote.abstract", "Abstract:") or page.first("og:description")


def _labelled_text(page: Page, selector: str, label: str) -> str | None:
    # The body blocks open with a span.descriptor label ("Authors:", "Title:", "Abstract:").
    text = page.node_text(selector)
    if text and text.startswith(label):
        text = clean_text(text[len(label) :])
    return text


def _submitted(dateline: str) -> str | None:
    match = _SUBMITTED.search(dateline)
    return partial_date(match.group(1)) if match else None


def _journal_doi(page: Page) -> str | None:
    # Only the publisher's DOI; arXiv's own DataCite DOI (10.48550/arXiv.…) names the preprint.
    # Older pages have no citation_doi: the metatable's "DOI:" row shows it.
    for value in [*page.every("citation_doi"), page.node_text("td.tablecell.doi")]:
        doi = normalise_doi(value)
        if doi and not arxiv_id_from_doi(doi):
            return doi
    return None
