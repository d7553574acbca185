"""A heading whose whole text is one link to the site's home page: the site's name set over every page
(Will Wolf's blog, 2017, Pelican: <h1><a id="site-title" href="https://willwolf.io/">will wolf</a></h1> in the
navbar), not a piece's title, even where the <title> is that name alone. A heading linking its own piece's
address (a post's permalink) is the piece's.
"""

from __future__ import annotations

from typing import Any

from .addresses import a_root_address
from .html_meta import short_text
from .places import compact

# How much of the heading is read: a site's name.
_NAME = 80


def links_the_sites_home(heading: Any) -> bool:
    """Whether the heading's words are all one link's, and that link's address is a site's root ("/" or
    "https://host/", no query)."""
    link = heading.css_first("a[href]")
    words = short_text(heading, _NAME)
    if link is None or words is None or compact(short_text(link, _NAME) or "") != compact(words):
        return False
    return a_root_address(link.attributes.get("href") or "")
