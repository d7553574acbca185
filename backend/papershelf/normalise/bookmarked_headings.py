"""The heading of a post that hAtom marks only by its permalink: Pelican's pelican-bootstrap3 theme writes no
`.hentry` and no `.entry-title`, but the post's one h1 holds the one link marked rel="bookmark" (hAtom's
permalink, 'Permalink to …'), and its footer.post-info the one span.published around a <time> (Kan-Hua Lee's
blog, 2020; Theory And Practice, 2014). That heading is the entry's title, as an `.entry-title` would be."""

from __future__ import annotations

from itertools import islice
from typing import Any

from .html_meta import Page
from .places import ancestors

# How many elements up from the permalink its heading is looked for (h1 > a, h1 > span > a).
_HEADING_DEPTH = 2
_HEADINGS = {"h1", "h2"}


def bookmarked_heading(page: Page) -> Any | None:
    """The h1 or h2 holding the page's one rel=bookmark link, else None (a listing links many, and a link
    outside a heading names no title)."""
    links = page.tree.css("a[rel~=bookmark]")
    if len(links) != 1:
        return None
    return next((node for node in islice(ancestors(links[0]), _HEADING_DEPTH) if node.tag in _HEADINGS), None)
