"""A page that sets no heading element at all, but its headline in an element its class names the headline
(Sci-Tech Today, 2017, NewsFactor's table layout with an HTML 3.2 doctype: div.articleHeadline14 'Einstein Was
Right -- Again: Nobel Winners Find Ripples in Universe', then td.articleByline14 'By Jim Heintz and David
Keyton', the date box and the story; og:title and the <title> add ' | Sci-Tech Today'). That element is what a
reader takes for the heading: the part of the meta title it shows is the title, and the "By" line under it
the byline. A page with a heading of words reads its headings, never this.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from .html_meta import Page, short_text
from .places import HEADINGS, compact, page_headings, words_in

# An element whose class names a headline, in any case ("articleHeadline14", "headline").
_HEADLINE = '[class*="headline" i]'
# How many such elements are read (a page's rails class their teasers' headlines too), and how long a
# headline runs: a block longer than a title is a teaser's whole text, no headline.
_MOST_READ = 12
_LONGEST = 300


def classed_headline(page: Page) -> tuple[Any, str] | None:
    """The first element classed as a headline that holds a headline's words alone, on a page with no
    heading of words; None elsewhere. Worked out once a page: the title's and the byline's readers ask."""
    key = "classed headline"
    if key not in page.worked_out:
        page.worked_out[key] = _first_classed_headline(page)
    return page.worked_out[key]


def _first_classed_headline(page: Page) -> tuple[Any, str] | None:
    if any(text for _, text in page_headings(page, HEADINGS)):
        return None
    for node in islice(page.tree.css(_HEADLINE), _MOST_READ):
        # short_text reads no more than the bound, however much the element holds.
        text = " ".join((short_text(node, _LONGEST) or "").split())
        if text and words_in(text) >= 2:
            return node, text
    return None


def classed_headline_of(page: Page, title: str | None) -> Any:
    """The element classed as the headline, where it shows `title` word for word; else None."""
    found = classed_headline(page) if title else None
    return found[0] if found is not None and compact(found[1]) == compact(title or "") else None
