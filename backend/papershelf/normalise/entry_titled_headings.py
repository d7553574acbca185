"""A dataset's or benchmark's page of one paper whose one h1 is the paper's whole title, word for word the
title of the BibTeX entry the page shows to cite it, while its <title> and meta name the dataset alone or
nothing (CTW's page, round 213: the h1 'A Large Chinese Text Dataset in the Wild', the <title> 'CTW Dataset',
its 'Bibtex:' block's @article of that title; GRATS's page: the h1 'GRATS: A Natural Multi-Speed Mandarin
Dataset for Speech Time-Scale Modification Benchmarking', the <title> 'GRATS Dataset', its entry the same
words). No project template's buttons or byline classes mark it as a paper's page; the heading and the
page's own entry agreeing on the title is what says it is. The record is that heading; its authors and year
are read from the same entry by the readers of a page's own entry, a byline shown on the page going first.

Such a page links its paper by a link labelled 'Paper' alone, to the journal's own site whose address ends
in the DOI (CTW's 'Paper' to jcst.ict.ac.cn/EN/10.1007/s11390-019-1923-y): that DOI is the paper's. It may set
the paper's abstract right under its title block, unheaded, in the paper's own voice (CTW's paragraph 'In this
paper, we introduce a very large Chinese text dataset in the wild. …'): that paragraph is the summary, where
a dataset's own account ('GRATS is a … dataset', '360+x dataset introduces …') is not.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text, normalise_doi
from .body import MIN_ABSTRACT, BodyRecord
from .cited_dates import bibtex_block_titles
from .html_meta import Page, abstract_text, block_text, next_element, short_text
from .places import HEADING_TAGS, compact

# The meta that name a page's title: a page that has them is read by them.
_TITLE_META = ("og:title", "twitter:title", "citation_title", "dc.title")
# How long a title may be, and how few words it has (a name alone is no title: entry_named_heroes.py).
_LONGEST_TITLE = 300
_FEWEST_WORDS = 4


def paper_its_heading_and_entry_title(page: Page) -> BodyRecord | None:
    """The record of the paper whose title the page's one h1 and its own BibTeX entry both give word for
    word; None otherwise."""
    if any(page.first(name) for name in _TITLE_META):
        return None
    headings = page.tree.css("h1")[:2]
    if len(headings) != 1:
        return None
    title = clean_text(short_text(headings[0], _LONGEST_TITLE))
    if not title or len(title.split()) < _FEWEST_WORDS:
        return None
    key = compact(title)
    if not any(compact(named) == key for named in bibtex_block_titles(page)):
        return None
    return BodyRecord(title=title, doi=_doi_of_its_paper_link(page), abstract=_abstract_under(headings[0]),
                      known=True)


# The labels that name the paper itself, and how many links are read.
_PAPER_LABELS = frozenset({"paper", "pdf"})
_MOST_LINKS = 200
_LONGEST_LABEL = 100
# An address whose path ends in a whole DOI (a journal's own site: /EN/10.1007/s11390-019-1923-y).
_DOI_AT_THE_END = re.compile(r"^https?://[^/?#]+(?:/[^/?#]+)*?/(10\.\d{4,9}/[^/?#\s]+)/?$", re.IGNORECASE)


def _doi_of_its_paper_link(page: Page) -> str | None:
    """The DOI the page's links labelled 'Paper' (or 'PDF') alone end their addresses with, where they agree
    on one; None otherwise."""
    found: set[str] = set()
    for link in page.tree.css("a[href]")[:_MOST_LINKS]:
        label = clean_text(short_text(link, _LONGEST_LABEL))
        if not label or label.casefold() not in _PAPER_LABELS:
            continue
        address = (link.attributes.get("href") or "").strip()
        if (ending := _DOI_AT_THE_END.match(address)) and (doi := normalise_doi(ending.group(1))):
            found.add(doi)
    return found.pop() if len(found) == 1 else None


# How many elements after the heading the abstract may stand in document order (the byline, the blocks that
# close the title's row and open the next), how long it is at least, and the openings that say a paragraph is
# the paper's own summary.
_ABSTRACT_REACH = 8
_FEWEST_ABSTRACT_CHARACTERS = 300
_PAPERS_VOICE = re.compile(r"^(?:In this (?:paper|work|article)|This (?:paper|work|article)|We )\b")


def _abstract_under(heading: Any) -> str | None:
    """The paragraph in the paper's own voice within a few elements after the heading in document order,
    unheaded; None where a heading or no such paragraph comes first."""
    node = _after(heading)
    for _ in range(_ABSTRACT_REACH):
        if node is None or node.tag in HEADING_TAGS:
            return None
        if node.tag == "p":
            text = abstract_text(block_text(node))
            long_enough = text and len(text) >= max(MIN_ABSTRACT, _FEWEST_ABSTRACT_CHARACTERS)
            if long_enough and _PAPERS_VOICE.match(text or ""):
                return text
            node = _after(node)
        else:
            node = _first_child(node) or _after(node)
    return None


def _first_child(node: Any) -> Any:
    child = node.child
    return child if child is None or child.tag not in ("-text", "-comment") else next_element(child)


def _after(node: Any) -> Any:
    """The element after `node` and all it holds, in document order: its next sibling, or its nearest
    ancestor's."""
    while node is not None:
        if (following := next_element(node)) is not None:
            return following
        node = node.parent
        if node is not None and node.tag in ("body", "html"):
            return None
    return None


# The words a line says right before the link that it names the paper by ('CVPR 2026 paper:').
_PAPER_LINE = re.compile(r"\bpaper\s*:\s*$", re.IGNORECASE)
_LONGEST_LINK_TITLE = 300


def paper_its_named_link_and_entry_title(page: Page) -> BodyRecord | None:
    """The record of the paper a dataset's page names in a line '… paper: <a>title</a>', the link's words
    word for word the title of the page's own BibTeX entry, where its one h1 is the dataset's name alone
    (FEOT's page, round 213, after its final held-out figure: the h1 'Frame-Event Occlusion Tracking
    Dataset', 'CVPR 2026 paper: <a href="main_paper_compress.pdf">Tracking through Severe Occlusion via
    Event-Derived Transient Cues</a>.', its Citation block's entry of that title); None otherwise."""
    if any(page.first(name) for name in _TITLE_META) or len(page.tree.css("h1")[:2]) != 1:
        return None
    titles = {compact(named) for named in bibtex_block_titles(page)}
    if not titles:
        return None
    for link in page.tree.css("a[href]")[:_MOST_LINKS]:
        label = clean_text(short_text(link, _LONGEST_LINK_TITLE))
        if not label or len(label.split()) < _FEWEST_WORDS or compact(label) not in titles:
            continue
        before = link.prev
        while before is not None and before.tag == "-comment":
            before = before.prev
        said = before.text_content if before is not None and before.tag == "-text" else None
        if said and _PAPER_LINE.search(said):
            return BodyRecord(title=label, known=True)
    return None
