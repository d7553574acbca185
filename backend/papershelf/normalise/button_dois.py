"""The DOI a lab's paper page links from a button under its heading whatever the button's word (IPMAI Lab's
Academic page, 2025: its 'PDF' button, a.btn-page-header, to https://doi.org/10.1177/…; no DOI meta, no
'DOI' label). Hugo's Academic theme and its successors show a paper's own page so: the heading, the byline,
the buttons to the paper, then its labelled rows ('Type', 'Publication'); a button's address is the paper's
own, and a doi.org address the paper's DOI. Read only on a page with those rows, and only where every such
button agrees on one DOI.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from ..identity import normalise_doi
from .html_meta import Page

# The labelled rows of a paper's own page (Academic's div.pub-row-heading 'Type', 'Publication').
_PAPERS_ROWS = 'div[class~="pub-row-heading"]'
# A link the template styles as a button (Bootstrap's "btn" classes), to a DOI resolver.
_DOI_BUTTONS = 'a[class~="btn"][href*="doi.org/10."]'
# More buttons to DOIs than a paper's own page shows is a list of papers, not one.
_MOST_BUTTONS = 4
_DOI = re.compile(r"doi\.org/(10\.\d{4,9}/\S+)", re.IGNORECASE)


def doi_of_its_paper_buttons(page: Page) -> str | None:
    """The DOI the buttons of a paper's own page link to, where they agree on one; None otherwise."""
    if page.tree.css_first(_PAPERS_ROWS) is None:
        return None
    buttons = page.tree.css(_DOI_BUTTONS)
    if len(buttons) > _MOST_BUTTONS:
        return None
    found: set[str] = set()
    for button in buttons:
        address = _DOI.search(unquote(button.attributes.get("href") or ""))
        if address and (doi := normalise_doi(address.group(1))):
            found.add(doi)
    return found.pop() if len(found) == 1 else None
