"""A post whose <article> opens with a <header> listing its details, its day in an item whose title attribute
is the day as an ISO date-time and whose words show the same day, its writers the links to their pages of
posts under /author/ (Pelican's Alchemy theme, DIYnamics's blog, 2018: li[title="2018-12-13T00:00:00-08:00"]
'Thu 13 December 2018', li 'Norris Khoo' linking /blog/author/norris-khoo.html). No author, date or Open
Graph meta; the post's h1 stands before the article, after the site's h1, and the <title> opens with it
before ' | ' and the site's name. The post is that h1, dated by the header's day and written by its links.
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text
from .places import PROSE, compact

# How many articles and h1s are asked: a post's page has one article, a heading or two.
_ARTICLES = 3
_HEADINGS = 4
# How many items of the header's list are read, and how many author links.
_ITEMS = 12
_MOST_AUTHORS = 8
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}")
_AUTHOR_PAGE = re.compile(r"/authors?/[^/]+")


def post_over_its_dated_header(page: Page) -> BodyRecord | None:
    """The record of such a post; None where no article's header shows a day its title attribute gives, or
    no h1 opens the <title>."""
    for count, article in enumerate(page.tree.css("article")):
        if count >= _ARTICLES:
            return None
        header = _header(article)
        day = _day(header) if header is not None else None
        if day is None:
            continue
        title = _heading_the_tab_opens_with(page)
        return BodyRecord(title=title, authors=_authors(header), shown=[day], known=True) if title else None
    return None


def _header(article: Any) -> Any | None:
    """The article's own <header>, its first element child; None where it opens otherwise."""
    node = article.child
    while node is not None and node.tag in ("-text", "_comment"):
        node = node.next
    return node if node is not None and node.tag == "header" else None


def _day(header: Any) -> str | None:
    """The day of the first item whose title attribute is an ISO date-time and whose words show that day."""
    for count, node in enumerate(header.css("[title]")):
        if count >= _ITEMS:
            return None
        found = _ISO_DAY.match(node.attributes.get("title") or "")
        if found is None:
            continue
        shown = [iso for _, _, iso in dates_in_text((block_text(node) or "")[:PROSE]) if iso]
        day = found.group(1)
        return day if shown and len(shown[0]) == DAY_LENGTH and shown[0] == day else None
    return None


def _authors(header: Any) -> list[str]:
    """The names the header links to their pages of posts, in order."""
    names: list[str] = []
    for count, link in enumerate(header.css("a[href]")):
        if count >= _ITEMS or len(names) >= _MOST_AUTHORS:
            break
        name = " ".join((block_text(link) or "").split())
        if _AUTHOR_PAGE.search(link.attributes.get("href") or "") and name and name not in names:
            names.append(name)
    return names


def _heading_the_tab_opens_with(page: Page) -> str | None:
    """The longest of the first h1s that the <title> opens with (the site's h1, its name, opens it too)."""
    tab = compact(page.node_text("title") or "")
    best = ""
    for count, heading in enumerate(page.tree.css("h1")):
        if count >= _HEADINGS:
            break
        text = " ".join((block_text(heading) or "").split())
        if text and len(text) <= PROSE and tab.startswith(compact(text)) and len(text) > len(best):
            best = text
    return best or None
