"""The venue line a paper's own page sets as a subheading right under its title's heading (Michele Vidulis's
hand-made Hugo theme, round 260: h1 'Tencers: Tension-Constrained Elastic Rods', then h5 'ACM Transactions on
Graphics (SIGGRAPH Asia), 2024' holding a link to the ACM Digital Library's /doi/10.1145/3687967, then the
authors' names): a citation's end, the venue and its year. The year it closes with is the paper's, where
nothing else on the page dates it; a link it holds to a DOI's resolver or to a publisher's /doi/ address
names the paper's DOI, where the page names none other.

Only the title heading's next element, a heading of a lower rank, short, whose words close with a year after
a comma or in brackets and hold no other digit before it (a day line 'June 3, 2024' or a numbered venue is no
such line); a subtitle or a tagline closing otherwise is not read.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text, normalise_doi
from .addresses import doi_in_path, resolved_doi
from .html_meta import Page, next_element
from .places import SUBHEADING_TAGS
from .project_pages import CITATION_YEAR_CLOSING

_LONGEST_LINE = 200


def venue_subheading(page: Page, title: str | None) -> Any:
    """The subheading right under the title's h1 that is a venue line closing with its year, or None."""
    if not title:
        return None
    wanted = " ".join(title.split()).casefold()
    for heading in page.tree.css("h1"):
        if " ".join((clean_text(heading.text()) or "").split()).casefold() != wanted:
            continue
        line = next_element(heading)
        if line is None or line.tag not in SUBHEADING_TAGS:
            return None
        text = clean_text(line.text()) or ""
        closing = CITATION_YEAR_CLOSING.search(text) if len(text) <= _LONGEST_LINE else None
        if closing is None or closing.end() != len(text):
            return None
        if any(char.isdigit() for char in text[:closing.start()]):
            return None
        return line if text[:closing.start()].strip() else None
    return None


def year_of_the_venue_subheading(page: Page, title: str | None) -> str | None:
    """The year the venue line under the title closes with, or None."""
    line = venue_subheading(page, title)
    if line is None:
        return None
    closing = CITATION_YEAR_CLOSING.search(clean_text(line.text()) or "")
    return closing.group(1) if closing else None


def doi_of_the_venue_subheading(page: Page, title: str | None) -> str | None:
    """The DOI the venue line's links name, when they agree on one; None otherwise."""
    line = venue_subheading(page, title)
    if line is None:
        return None
    found: set[str] = set()
    for link in line.css("a"):
        address = (link.attributes.get("href") or "").strip()
        if doi := normalise_doi(resolved_doi(address)) or doi_in_path(address):
            found.add(doi)
    return found.pop() if len(found) == 1 else None
