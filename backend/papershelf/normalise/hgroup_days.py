"""A post whose day stands alone in the heading group of its sidebar's header, under the site's name, its own
heading in the content beside it (Gaël Varoquaux's blog, 2009, a Pelican Pure theme: og:type 'article';
header.header-article > hgroup holding the avatar's and the name's links to the site's home, <a href="…"
class="article-info"><h2>Gaël Varoquaux</h2></a>, then <p>Sat 07 November 2009</p> and a '←Home' link;
the post's h1 in section.post's header, its categories and reading time under it, and the text). An hgroup
groups a header's headings and their lines: where it holds the heading of the site's name, linked to the
site's home, the day alone on the line after it is the page's own, the day of the article its Open Graph
type says the page is. A day in any other place, or on a page no meta calls an article, is not read so.
"""

from __future__ import annotations

import re
from itertools import islice, pairwise
from typing import Any

from .addresses import links_home
from .body import BodyRecord
from .datelines import SHORT, day_of_the_line
from .html_meta import Page, short_text
from .news_releases import over_prose
from .places import HEADINGS, title_heading

# An English weekday, whole or abbreviated, opening a line of a day.
_WEEKDAY = re.compile(r"\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+", re.IGNORECASE)
_HEADINGS = "h1, h2, h3, h4, h5, h6"
# How many heading groups, and how many elements of each, are read at most.
_GROUPS = 4
_ITEMS = 8


def dated_in_the_sites_hgroup(page: Page, title: str | None, url: str) -> BodyRecord | None:
    """The record of the heading og:title names, where the page is an Open Graph article and a heading
    group holds the site's name linked to its home and, on the line after it, the day alone; else None."""
    if not title or (page.first("og:type") or "").casefold() != "article":
        return None
    heading = title_heading(page, title, HEADINGS)
    if heading is None:
        return None
    for group in islice(page.tree.css("hgroup"), _GROUPS):
        if _holds(group, heading):
            continue
        day = _day_after_the_sites_name(group, url)
        if day:
            return over_prose(page, heading, title, day)
    return None


def _holds(group: Any, heading: Any) -> bool:
    return any(node.mem_id == heading.mem_id for node in group.css(_HEADINGS))


def _day_after_the_sites_name(group: Any, url: str) -> str | None:
    """The day alone on the element right after the group's link to the site's home that holds a heading."""
    items = list(islice(group.iter(), _ITEMS))
    for item, after in pairwise(items):
        home = item.tag == "a" and links_home(url, item.attributes.get("href"))
        if home and item.css_first(_HEADINGS) is not None:
            text = short_text(after, SHORT) if after.tag == "p" else None
            # …its weekday before it, as Pelican writes the day ('Sat 07 November 2009').
            return day_of_the_line(_WEEKDAY.sub("", text, count=1)) if text else None
    return None


