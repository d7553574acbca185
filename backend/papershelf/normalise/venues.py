"""The venue of a paper: the journal, proceedings or book it appeared in, as its source names it.

A page's venue is read from what its publisher states for machines (the tags Google Scholar
reads, PRISM's, bepress's and EPrints', JSON-LD's `isPartOf`), never from its body: a venue
line in a body is as often another paper's (a citation, "see also") as this one's. Exports
of other tools give theirs in their own fields (formats/); all pass through `venue_name`.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from ..records import MAX_VENUE_LENGTH
from .html_meta import Page, json_ld_text, json_ld_types

# In the order a page's venue is taken: the journal, then a meeting's proceedings, then a book.
VENUE_META = (
    "citation_journal_title", "bepress_citation_journal_title", "prism.publicationname",
    "citation_conference_title", "bepress_citation_conference", "citation_inbook_title",
    "citation_book_title", "eprints.publication", "eprints.book_title",
)
_CONTAINERS = frozenset(("periodical", "book", "bookseries", "creativeworkseries"))
# Google Scholar's BibTeX and RIS name an arXiv paper's "journal" as its preprint; that is no venue.
_PREPRINT_REFERENCE = re.compile(r"(?:arxiv\s+preprint\s+)?arxiv\s*:\s*\S+$|arxiv\s+preprint$", re.IGNORECASE)


def first_venue(*values: str | None) -> str | None:
    """The first of `values` that is a venue (an export's journal, else its proceedings…)."""
    return next(filter(None, map(venue_name, values)), None)


def venue_name(value: str | None) -> str | None:
    """`value` as a venue: whitespace collapsed; none when it is an arXiv reference or too long
    to be a name. A name in capitals (Web of Science's "IEEE TRANSACTIONS ON …") stays so: title
    case would make "Ieee" of it."""
    text = clean_text(value) if isinstance(value, str) else None
    if not text or len(text) > MAX_VENUE_LENGTH or _PREPRINT_REFERENCE.fullmatch(text):
        return None
    return text


def page_venue(page: Page, article: dict[str, Any]) -> str | None:
    """The venue a page states for its paper: its meta tags first, then its JSON-LD article's
    container (the periodical above its issue and volume, or the book)."""
    for name in VENUE_META:
        if venue := venue_name(page.first(name)):
            return venue
    return venue_name(_container_name(article.get("isPartOf")))


def _container_name(node: Any, depth: int = 0) -> str | None:
    """The name of the outermost periodical or book over an article (Springer Nature: the
    article is part of its issue, the issue of its volume, the volume of the journal)."""
    if depth > 4:
        return None
    if isinstance(node, list):
        node = next((item for item in node if isinstance(item, dict)), None)
    if not isinstance(node, dict):
        return None
    if outer := _container_name(node.get("isPartOf"), depth + 1):
        return outer
    if _CONTAINERS.intersection(json_ld_types(node.get("@type"))):
        return json_ld_text(node.get("name"))
    return None
