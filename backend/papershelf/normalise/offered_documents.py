"""A page that offers one document as a PDF right under its heading: a database's record of a paper that
shows neither an abstract nor a DOI (CNKI's 'CAJ下载' and 'PDF下载'), an agency's page of one of its
reports (UNICEF DATA's "Download" button), a journal's online piece ("Download this publication").

One reading for every class that asks it; which other signs make such a page a record is each class's.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from ..identity import clean_text
from .byline_headings import is_byline_heading
from .dates import dates_in_text
from .html_meta import Page, block_text, nearest_answer, past_blank_text
from .places import HEADING_TAGS, below_heading

# How far under its heading a page offers its document, in nodes: past a byline and its note, the date, the
# topics' tags and the share buttons (The University of Chicago Law Review's link is the 94th node).
_NODES_TO_THE_PDF = 200
# The words a link to the page's own document says beside "PDF" or after "Download" ("PDF下载", "Download
# PDF", "Download the full report (PDF, 2 MB)", "Download this publication"); any other word names another
# document ("Syllabus (PDF)", "Full issue PDF", "Download datasheet", "Download the press release").
_OWN_DOCUMENT_WORDS = frozenset({
    "download", "view", "full", "text", "fulltext", "article", "paper", "get", "open", "here", "the", "this",
    "report", "publication", "document", "study", "now", "english", "kb", "mb",
    "下载", "下載", "全文", "ダウンロード", "다운로드", "원문",
})
_DOWNLOAD = re.compile(r"download\b")
_LINK_WORD = re.compile(r"[^\W\d_]+")


def offers_its_document(page: Page, heading: Any) -> bool:
    """Whether the page offers the document its heading names as a PDF, under the heading and before the
    next, by a link that names no other document. A PDF further down, or in the site's menus, is any page's
    attachment; one of several, or one under a heading of its own, is a listing's item (a journal issue's
    papers, an institute's reports); a press office's release offers its printable copy so."""
    if heading is None or _a_news_release(page, heading):
        return False
    offered, own = set(), False
    for node in _under_the_heading(page, heading):
        href = _address(node.attributes.get("href") or "") if node.tag == "a" else ""
        if "pdf" not in href.casefold() or in_site_chrome(page, node):
            continue
        offered.add(href)
        words = (clean_text(node.text()) or "").casefold()
        own = own or (("pdf" in words or _DOWNLOAD.match(words) is not None)
                      and set(_LINK_WORD.findall(words.replace("pdf", " "))) <= _OWN_DOCUMENT_WORDS)
    return own and len(offered) == 1


def _under_the_heading(page: Page, heading: Any) -> Any:
    """The nodes under the heading, before the next heading, and no further than a PDF is offered. A heading
    the page marks as the byline (EvoLang XI's <h5 id="authors"> under the title's h3) is the title's own."""
    for count, node in enumerate(below_heading(page, heading)):
        if count > _NODES_TO_THE_PDF or (count and node.tag in HEADING_TAGS and not is_byline_heading(node)):
            return
        yield node


def _address(href: str) -> str:
    """A link's address, none for one the page writes malformed, which urllib refuses ("http://[link to
    the pdf]/report.pdf", a template's placeholder left in)."""
    href = "".join(href.split())
    try:
        urlsplit(href)
    except ValueError:
        return ""
    return href


# What a press office sets over or under a release's heading, or in its <title>: "Press release",
# "News release", "Media release", "FOR IMMEDIATE RELEASE".
_NEWS_RELEASE = re.compile(r"\b(?:press|news|media)\s+release\b|\bfor\s+immediate\s+release\b", re.IGNORECASE)
# How many elements before the heading its kicker may stand.
_KICKER = 2


def _a_news_release(page: Page, heading: Any) -> bool:
    """Whether the page says it is a press office's release of news (its PDF a printable copy of the
    release, not a paper): in its <title>, in a kicker right above the heading, or in the lines under it
    before the prose."""
    lines = [page.node_text("title") or ""]
    before = heading
    for _ in range(_KICKER):
        before = past_blank_text(before.prev, "prev") if before is not None else None
        if before is not None and before.tag != "-comment":
            lines.append((before.text_content if before.tag == "-text" else block_text(before)) or "")
    lines += [node.text_content or "" for node in _under_the_heading(page, heading) if node.tag == "-text"]
    return any(_NEWS_RELEASE.search(line) for line in lines)


def dated_under(page: Page, heading: Any) -> bool:
    """Whether the lines under the heading, before the next, show a date to the month at least (a paper's
    citation line "Genome Biology 2013, 14:122 (27 June 2013)", a report's "December 2018"), as a paper or a
    report its page offers is dated; a product's brochure, a form or a menu is not, nor is it by the day
    its page was last updated."""
    if heading is None:
        return False
    before = ""
    for node in _under_the_heading(page, heading):
        if node.tag != "-text" or not (text := node.text_content or "").strip():
            continue
        if any(len(iso or "") >= len("2013-06") and not _A_CHANGE.search(before + " " + text[:start])
               for start, _, iso in dates_in_text(text)):
            return True
        before = text
    return False


# The label of the day a page was last changed, in the text before the date or in an element of its own
# ("Updated 12 March 2024", "<span>Last modified</span> <time>…"): a product's or a service's page is
# kept up to date so, and that day dates no document.
_A_CHANGE = re.compile(r"\b(?:updated|modified|reviewed|changed)(?:\s+on)?\s*:?\s*$", re.IGNORECASE)


# A meeting's record, which a council or a board offers as a dated PDF under its heading as a report page
# offers its report: "Council Meeting Minutes, 12 March 2024", "Agenda of the Board, 4 June 2024".
_MEETINGS_RECORD = re.compile(
    r"^(?:minutes|agenda)\s+of\b|\b(?:meeting|council|board|committee|senate|assembly)\s+(?:minutes|agenda)\b",
    re.IGNORECASE,
)


def a_meetings_record(title: str | None) -> bool:
    """Whether a heading names a meeting's minutes or agenda, no paper or report."""
    return bool(title and _MEETINGS_RECORD.search(title))


def in_site_chrome(page: Page, node: Any) -> bool:
    """Whether a link sits in the site's menus, sidebars or footer (a journal's 'Author guidelines (PDF)'),
    not the record's own links; walked once a page."""
    known = page.worked_out.setdefault("in site chrome", {})
    return bool(nearest_answer(node, lambda parent: parent.tag in ("nav", "aside", "footer") or None, known))
