"""A post whose writer and day stand in a sidebar's header beside it, not under its heading (Sven Kreiss's
blog, 2015, Pelican's Pure theme: <header class="header-article"> holding the avatar's link 'See posts by Sven
Kreiss' to /blog/author/sven-kreiss/, h2.article-info 'Sven Kreiss' and p.article-date 'April 11, 2015'; the
post's h1 in its own header.post-header; og:title and og:type article, no author or date meta). The sidebar's
header is the post's: its name is the writer's where a link to that person's page of posts names them too, and
its day line, whole, is the post's day. The post is the h1 the <title> opens with.
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, block_text, short_text
from .names import a_persons_name, display_name, is_group
from .places import PROSE, compact

# How many headers and h1s are asked, and how many links of a header: a post's page has a few of each.
_HEADERS = 6
_HEADINGS = 4
_LINKS = 8
_NAME_LENGTH = 60
_AUTHOR_PAGE = re.compile(r"/authors?/[^/]+")


def post_beside_its_article_info(page: Page) -> BodyRecord | None:
    """The record of such a post; None where no header holds an article-info name, its author page's link
    and an article-date day, or no h1 opens the <title>."""
    for count, header in enumerate(page.tree.css("header")):
        if count >= _HEADERS:
            return None
        name = _named(header, "article-info")
        day = day_of_the_line(_named(header, "article-date") or "")
        if not name or not day or not a_persons_name(name) or is_group(name):
            continue
        if not _links_their_posts(header, name):
            continue
        title = _heading_the_tab_opens_with(page)
        writer = [display_name(name) or name]
        return BodyRecord(title=title, authors=writer, shown=[day], known=True) if title else None
    return None


def _named(header: Any, word: str) -> str | None:
    """The whole words of the header's first element so classed."""
    node = header.css_first(f'[class~="{word}"]')
    text = short_text(node, _NAME_LENGTH) if node is not None else None
    return " ".join(text.split()) if text else None


def _links_their_posts(header: Any, name: str) -> bool:
    """Whether a link of the header goes to a page of posts under /author/ and names that person (its title,
    or its image's alt)."""
    for count, link in enumerate(header.css("a[href]")):
        if count >= _LINKS:
            return False
        if not _AUTHOR_PAGE.search(link.attributes.get("href") or ""):
            continue
        image = link.css_first("img[alt]")
        alt = (image.attributes.get("alt") or "") if image is not None else ""
        said = [link.attributes.get("title") or "", alt]
        if any(name in words for words in said):
            return True
    return False


def _heading_the_tab_opens_with(page: Page) -> str | None:
    """The first h1 the <title> opens with."""
    tab = compact(page.node_text("title") or "")
    for count, heading in enumerate(page.tree.css("h1")):
        if count >= _HEADINGS:
            return None
        text = " ".join((block_text(heading) or "").split())
        if text and len(text) <= PROSE and tab.startswith(compact(text)):
            return text
    return None
