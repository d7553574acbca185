"""A page whose <title> is only its site's name, which its header's logo shows as a heading linking home:
the paper is the heading after it that a byline stands under (RV'21's page of one paper, round 197: the
header's '<h1><a href="index.html">RV'21</a></h1>', the <title> 'RV'21', then the section header's h2 of the
paper's title, its h5 byline and a 'Paper Link' to the publisher's DOI address). Read where nothing else
names the paper but the <title>, whose words would otherwise be taken for its title.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text, normalise_doi
from .addresses import doi_in_path, resolved_doi
from .bylines import byline
from .html_meta import Page, next_element, select_all, short_text
from .places import HEADING_TAGS, HEADINGS, compact, page_headings, words_in

# The addresses of a site's own home page from one of its pages: a logo links there.
_HOME = frozenset({"index.html", "./index.html", "/index.html", "./", "/"})
# How many headings after the logo are asked for a byline: the paper's stands right after the site's header.
_HEADINGS_AFTER = 3
_LONGEST_TITLE = 400
# The elements right after the paper's heading its paper link may stand in (the byline, the link's block),
# and the most text one may hold to be read: a line, not a section of the text.
_LINES_AFTER = 4
_LONGEST_LINE = 300
# A link naming the paper itself: 'Paper', 'Paper Link', 'Link to Paper'.
_PAPER_LINKS = frozenset({"paper", "paper link", "link to paper", "link to the paper"})


def paper_under_the_sites_logo(page: Page) -> tuple[str, str | None] | None:
    """The title of the paper (and the DOI its paper link's address names, if one does) under the heading
    after the site's logo that a byline stands under; None where the <title> is more than a heading that
    only links home, where that heading has a byline of its own (a book whose site is named by its title),
    or where no heading after it has one."""
    tab = clean_text(page.node_text("title"))
    if not tab:
        return None
    headings = page_headings(page, HEADINGS)
    logo = next((index for index, (node, text) in enumerate(headings)
                 if text and compact(text) == compact(tab) and _links_home_alone(node, text)), None)
    if logo is None or byline(page, tab):
        return None
    for node, text in headings[logo + 1 : logo + 1 + _HEADINGS_AFTER]:
        title = clean_text(text)
        if title and words_in(title) >= 2 and len(title) <= _LONGEST_TITLE and byline(page, title):
            return title, _doi_of_its_paper_link(node)
    return None


def _links_home_alone(heading: Any, text: str) -> bool:
    """Whether the heading is one link to the site's home page and nothing else (a logo)."""
    links = select_all(heading, "a")
    if len(links) != 1:
        return False
    address = (links[0].attributes.get("href") or "").strip()
    return address in _HOME and clean_text(links[0].text()) == clean_text(text)


def _doi_of_its_paper_link(heading: Any) -> str | None:
    """The DOI in the address of the one link naming the paper among the few short elements right after its
    heading (a resolver's address or a publisher's that holds it: Springer's /chapter/10.1007/…)."""
    found: set[str] = set()
    node = next_element(heading)
    for _ in range(_LINES_AFTER):
        # A heading of the heading's rank or above opens the next section; the byline's h5 is a line of it.
        if node is None or (node.tag in HEADING_TAGS and node.tag <= heading.tag) or short_text(
                node, _LONGEST_LINE) is None:
            break
        for link in [node] if node.tag == "a" else select_all(node, "a"):
            label = " ".join((clean_text(link.text()) or "").split()).casefold()
            address = (link.attributes.get("href") or "").strip()
            doi = normalise_doi(resolved_doi(address)) or doi_in_path(address)
            if label in _PAPER_LINKS and doi:
                found.add(doi)
        node = next_element(node)
    return found.pop() if len(found) == 1 else None
