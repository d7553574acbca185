"""A page of one item with no text of its own (Portal to the Universe's page of a podcast's episode, 2020:
the episode's title in an h2 linked to its source, span.date '4 May 2020, 23:16 UTC' right after it, then
the video player and an empty paragraph): no meta but the portal's blurb, the <title> the heading before a
separator and the site's name ('What's Up - May 2020 | Portal to the Universe'), no h1 over the heading and
no other heading of its rank. A dated item of the site, by no person named, with no summary; the days
elsewhere on the page (the header's featured item, the site's clock) are not its.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, block_text
from .news_releases import day_in_the_line_under

# What parts the item's title from the site's name after it in a <title> (" | Portal to the Universe").
_SITE_SEPARATOR = re.compile(r"\s+(?://|[|\-\u2013\u2014:\u00b7])\s+")
# How many words a site's name after the title runs to at most.
_SITE_WORDS = 5
# The heading an item without an h1 is set in.
_ITEM_HEADING = "h2"


def item_under_the_tabs_heading(page: Page) -> BodyRecord | None:
    """The record of the page's one item: the one h2 of a page without an h1, the heading its <title>
    gives before the site's name, dated by the element classed as a date right under it; None where any is
    not so."""
    if page.tree.css_first("h1") is not None:
        return None
    headings = page.tree.css(_ITEM_HEADING)
    if len(headings) != 1:
        return None
    heading = headings[0]
    title = block_text(heading)
    if not title or _site_after(clean_text(page.node_text("title")) or "", title) is None:
        return None
    day = day_in_the_line_under(heading)
    return BodyRecord(title=title, shown=[day], known=True) if day is not None else None


def _site_after(tab: str, title: str) -> str | None:
    """The site's name the <title> gives after the heading's words and a separator; None where it gives the
    heading otherwise, or more than a name after it."""
    if not tab.startswith(title):
        return None
    parted = _SITE_SEPARATOR.match(tab[len(title):])
    site = tab[len(title):][parted.end():] if parted is not None else ""
    return site if site and len(site.split()) <= _SITE_WORDS else None
