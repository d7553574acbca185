"""The DOI and the arXiv id a lab's paper page of Trevor Bedford's Jekyll lab layout names only in its side
box: each link under a label box of its own, div.smallhead 'PDF', 'DOI', 'arXiv', 'GitHub' over a note
holding the link (the STAR Lab's page, round 235, stop 77: 'PDF' over SpringerLink's
/article/10.1007/s10458-020-09461-y, its words 'Ravichandar et al. JAAMAS 2020.'; 'arXiv' over
https://arxiv.org/abs/1903.05149). A label that says the link is the paper ('PDF', 'Paper', 'DOI',
'Article', 'Publisher', 'Journal') over a resolver's address or a publisher's article address carrying a
DOI in its path (read as addresses.doi_in_path reads one) names the paper's DOI; such a label or the
preprint's ('arXiv', 'Preprint') over an arXiv abstract's address names its arXiv id.

Only the links of a label box of those words, and only where such links agree on one DOI or one id: a box
labelled otherwise ('Cited by', 'Related', 'References', 'GitHub', 'Data') links other works or the code, not
the paper.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import arxiv_id_from_url, clean_text, normalise_doi
from .addresses import doi_in_path, resolved_doi
from .html_meta import Page, next_element, short_text

# The layout's label boxes, and how many are read (a side box has a handful: PDF, DOI, arXiv, GitHub, Data).
_LABEL_BOXES = 'div[class~="smallhead"]'
_MOST_BOXES = 20
_LONGEST_LABEL = 40
# How many links the note under a label box may hold to be read.
_MOST_LINKS = 3
_PAPER_LABELS = frozenset({"pdf", "paper", "doi", "article", "publisher", "journal"})
_PREPRINT_LABELS = frozenset({"arxiv", "preprint"})
# An arXiv abstract's address, http or https, with or without 'www.' or 'export.'.
_ARXIV_ABSTRACT = re.compile(r"https?://(?:www\.|export\.)?arxiv\.org/abs/", re.IGNORECASE)


def doi_of_the_side_box(page: Page) -> str | None:
    """The DOI the side box's paper links name, when they agree on one; None otherwise."""
    found: set[str] = set()
    for label, address in _labelled_links(page):
        if label in _PAPER_LABELS and (doi := normalise_doi(resolved_doi(address)) or doi_in_path(address)):
            found.add(doi)
    return found.pop() if len(found) == 1 else None


def arxiv_id_of_the_side_box(page: Page) -> str | None:
    """The arXiv id the side box's paper or preprint links name at an arXiv abstract's address, when they
    agree on one; None otherwise."""
    found: set[str] = set()
    for label, address in _labelled_links(page):
        if (label in _PAPER_LABELS | _PREPRINT_LABELS and _ARXIV_ABSTRACT.match(address)
                and (paper := arxiv_id_from_url(address))):
            found.add(paper[0])
    return found.pop() if len(found) == 1 else None


def _labelled_links(page: Page) -> list[tuple[str, str]]:
    """Each label box's words, lower-cased, with the address of each link of the note right after it."""
    labelled: list[tuple[str, str]] = []
    for box in page.tree.css(_LABEL_BOXES)[:_MOST_BOXES]:
        label = (clean_text(short_text(box, _LONGEST_LABEL)) or "").casefold()
        note = next_element(box)
        if not label or note is None or note.tag != "div":
            continue
        links: list[Any] = note.css("a")
        if 0 < len(links) <= _MOST_LINKS:
            labelled.extend((label, (link.attributes.get("href") or "").strip()) for link in links)
    return labelled
