"""arXiv pages other than the abstract page.

- The HTML view of a paper (arxiv.org/html/<id>v<n>), which arXiv links from every abstract page:
  LaTeXML's rendering of the paper, with no meta tags at all. The address names the paper and its
  version; the title, authors and abstract are LaTeXML's `ltx_` blocks; the primary category is
  in arXiv's watermark.
- Listing pages (/list/<category>/new, /recent, /pastweek, /<yyyy-mm>, and an author's page
  /a/<author-id>): every paper on them, each a `dt` (its id and links) and a `dd` (title, authors,
  subjects, and on /new its abstract).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from ..identity import arxiv_id_from_url, clean_text
from ..records import Paper
from .arxiv import abs_url, pdf_url, subject_category
from .dates import partial_date
from .html_meta import Page, abstract_text, block_text, next_element, outermost, select_all, select_first
from .names import display_name
from .shown import abstract_after_heading

# A listing's entries sit in its #dlpage box (an author's page wraps each dt and dd pair in a div
# of its own), or are the children of dl#articles.
_LISTING_BOX, _BOX_ENTRIES, _ARTICLES = "#dlpage", "dl dt", "dl#articles > dt"
# The HTML view's watermark: "arXiv:1706.03762v7 [cs.CL] 02 Aug 2023".
_WATERMARK_CATEGORY = re.compile(r"\[([a-z-]+(?:\.[A-Za-z-]+)?)\]")
# Its version and, after the category, the date that version was submitted.
_WATERMARK_VERSION_DATE = re.compile(r"v(\d+)\s*\[[^\]]*\]\s*(.+)$")
_LABELS = ("Title:", "Authors:", "Subjects:")
# LaTeXML sets the people of one \author{A \and B} block apart with an em (or en) space, often
# with a hair space beside it; a name itself only has ordinary spaces.
_WIDE_SPACE = re.compile(r"\s*[\u2002\u2003][\u2009\u200a\s]*")


# The arXiv id in the HTML view's watermark, its version with it: "arXiv:1706.03762v7 [cs.CL] …".
_WATERMARK_ID = re.compile(r"arXiv:((?:[a-z-]+(?:\.[A-Z]{2})?/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?)\s*\[")


def saved_address(page: Page) -> str | None:
    """The address of an arXiv page saved without it, as the page names itself: the abstract page's
    "Cite as" cell links its own abstract ("arXiv:0902.0064v1"), the HTML view's watermark names the
    id and version it renders."""
    cite_as = select_first(page.tree, 'td.arxivid a[href*="/abs/"]')
    if cite_as is not None:
        address = urljoin("https://arxiv.org/", cite_as.attributes.get("href") or "")
        return address if arxiv_id_from_url(address) else None
    if is_html_view(page) and (found := _WATERMARK_ID.search(page.node_text("#watermark-tr") or "")):
        return f"https://arxiv.org/html/{found.group(1)}"
    return None


def is_listing(page: Page) -> bool:
    return bool(_entries(page))


def _entries(page: Page) -> list[Any]:
    # The box first: lexbor matches "#dlpage dl dt" by trying every dl above every dt for a #dlpage
    # above that, cubic in the depth of a nest of definition lists (a page of 2,000: 27 s).
    box = page.tree.css_first(_LISTING_BOX)
    if box is not None and (entries := box.css(_BOX_ENTRIES)):
        return entries
    return page.tree.css(_ARTICLES)


def is_html_view(page: Page) -> bool:
    return page.tree.css_first(".ltx_document") is not None


def listing_from_page(url: str, page: Page) -> list[Paper]:
    papers: list[Paper] = []
    # An entry inside another's details is part of its text (no listing nests them): reading each
    # one's details in a nest of thousands, every dd holding the rest, was cubic in the depth.
    outer = {node.mem_id for node in outermost(page.tree, "dd")}
    for term in _entries(page):
        details = next_element(term)
        link = term.css_first('a[href*="/abs/"]')
        href = link.attributes.get("href") if link is not None else None
        found = arxiv_id_from_url(urljoin("https://arxiv.org/", href)) if href else None
        if found is None or details is None or details.tag != "dd" or details.mem_id not in outer:
            continue
        arxiv_id = found[0]
        authors = [
            name for node in select_all(details, "div.list-authors a")
            if (name := display_name(block_text(node)))
        ]
        title = details.css_first("div.list-title")
        summary = details.css_first("p.mathjax")  # only /new pages show abstracts
        subject = details.css_first("span.primary-subject")
        papers.append(
            Paper(
                title=_without_label(block_text(title)) if title is not None else None,
                abstract=abstract_text(block_text(summary)) if summary is not None else None,
                authors=authors or None,
                authors_count=len(authors) or None,
                arxiv_id=arxiv_id,
                primary_category=subject_category(block_text(subject)) if subject is not None else None,
                url=abs_url(arxiv_id),
                pdf_url=pdf_url(arxiv_id),
            )
        )
    return papers


def html_view_from_page(url: str, page: Page) -> list[Paper]:
    found = arxiv_id_from_url(url) or arxiv_id_from_url(page.canonical)
    if found is None:
        return []
    arxiv_id, version = found
    title_node = page.tree.css_first(".ltx_title_document")
    summary = page.tree.css_first(".ltx_abstract")
    watermark_text = page.node_text("#watermark-tr") or ""
    watermark = _WATERMARK_CATEGORY.search(watermark_text)
    # The watermark dates the version shown: the paper's first appearance only on version 1.
    stamp = _WATERMARK_VERSION_DATE.search(watermark_text)
    published = partial_date(stamp.group(2)) if stamp and stamp.group(1) == "1" else None
    # Some papers write their abstract as a section headed "Abstract".
    abstract = abstract_text(block_text(summary)) if summary is not None else abstract_after_heading(page)
    authors = [
        name
        for node in select_all(page.tree, ".ltx_authors .ltx_personname")
        for person in people_in_personname(node)
        if (name := display_name(person))
    ]
    return [
        Paper(
            title=clean_text(latexml_text(title_node, whole=True)) if title_node else None,
            abstract=abstract,
            authors=authors or None,
            authors_count=len(authors) or None,
            published=published,
            arxiv_id=arxiv_id,
            arxiv_version=version,
            primary_category=watermark.group(1) if watermark else None,
            url=abs_url(arxiv_id),
            pdf_url=pdf_url(arxiv_id),
        )
    ]


def people_in_personname(node: Any) -> list[str]:
    """The people one ltx_personname names: its first line, parted where \\and set its wide spaces."""
    return _WIDE_SPACE.split(latexml_text(node))


def latexml_text(node: Any, whole: bool = False) -> str:
    """An author block's name: its text up to the first line break (affiliations and e-mails
    follow one), without LaTeXML's footnotes and marks; `whole` reads past line breaks."""
    parts: list[str] = []
    _collect(node, parts, whole)
    return "".join(parts)


def _collect(node: Any, parts: list[str], whole: bool) -> bool:
    """Append the text of `node`; False once a line break ends the first line."""
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag == "br" and not whole:
            return False
        elif child.tag == "br":
            parts.append(" ")
        elif _is_note(child) or child.tag in ("-comment", "script", "style"):
            continue
        elif not _collect(child, parts, whole):
            return False
    return True


def _is_note(node: Any) -> bool:
    return node.tag == "sup" or "ltx_note" in (node.attributes.get("class") or "")


def _without_label(text: str | None) -> str | None:
    for label in _LABELS:
        if text and text.startswith(label):
            return text[len(label):].strip() or None
    return text
