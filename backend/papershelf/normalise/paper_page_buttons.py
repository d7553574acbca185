"""The DOI a paper's page of Hugo's Academic theme and its successors (Wowchemy, Hugo Blox) names by its
header's buttons (the Watershed Ecology Team's Wowchemy 5.1.0 page, 2024: 'PDF' and 'Source Document' linking
link.springer.com/article/10.1007/s00128-024-03863-4), where the page names no other: a button that says it
is the paper ('Source Document', 'DOI', 'PDF', 'Publisher') linking a resolver or a publisher's address that
carries a DOI in its path (SpringerLink's /article/<DOI>, the /doi/<DOI> of Wiley, Taylor & Francis, ACS,
SAGE …) names the paper's DOI, read as addresses.doi_in_path reads a page's own address. Read only on such a
paper's page (its labelled rows, div.pub-row-heading), and only where the buttons agree on one DOI: a post's
link to a paper it reports is no button of its header.
"""

from __future__ import annotations

from ..identity import normalise_doi
from .addresses import doi_in_path, resolved_doi
from .html_meta import Page, short_text

# The Academic theme's paper page: its labelled rows ('Type', 'Publication').
_PAPERS_ROWS = 'div[class~="pub-row-heading"]'
# The header's buttons: Wowchemy's a.btn-page-header, Academic 4's buttons in div.btn-links.
_BUTTONS = 'a[class~="btn-page-header"], div[class~="btn-links"] a[class~="btn"]'
# The words of a button that links the paper itself; how many buttons are looked at (a paper's header has
# a few: PDF, Cite, Code, Dataset, Slides, Video, Source Document) and how long a button's words may be.
_PAPER_BUTTONS = frozenset({"source document", "doi", "pdf", "publisher"})
_MOST_BUTTONS = 16
_LONGEST_BUTTON = 60


def doi_of_the_header_buttons(page: Page) -> str | None:
    """The DOI the paper page's header buttons link, when they agree on one; None otherwise."""
    if page.tree.css_first(_PAPERS_ROWS) is None:
        return None
    found: set[str] = set()
    for button in page.tree.css(_BUTTONS)[:_MOST_BUTTONS]:
        words = short_text(button, _LONGEST_BUTTON)
        if not words or " ".join(words.split()).casefold() not in _PAPER_BUTTONS:
            continue
        address = (button.attributes.get("href") or "").strip()
        if doi := normalise_doi(resolved_doi(address)) or doi_in_path(address):
            found.add(doi)
    return found.pop() if len(found) == 1 else None
