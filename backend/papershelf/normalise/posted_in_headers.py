"""A blog's post whose <article> header holds its heading and the line "Posted on <day> in <category>"
(Pelican's Flex theme: PabRod, 2020, <article class="single"><header><div class="translations">…</div><h1>Talk
announcement: Thesis defense</h1><p>Posted on Mon 08 June 2020 in <a>Blog</a></p></header>). No byline; the
one author meta is the theme's AUTHOR, which names the site's owner on every page, and og:title, og:type
article and article:published_time name the post. That header line marks the article as one dated post of the
blog, as an HTML5 <time pubdate> beside its heading does (pubdated_articles): the post is the heading, dated
by the line, written by the author meta's one person. Read before any paper's reading: the "Abstract" of a
thesis the post announces, set under a heading of its text, is the thesis's, not the post's summary.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, block_text
from .names import AFFILIATION_WORD, a_persons_name, display_name, is_group

# How many articles, and children of a header, are asked: a post's page has one article, its header a few
# items (translations, the heading, the line).
_ARTICLES = 3
_HEADER_ITEMS = 8
# The whole line: "Posted on" (or "Published on"), the day (Pelican's default format opens it with the
# weekday's short name: "Mon 08 June 2020"), "in" and a category's short name.
_POSTED_IN = re.compile(r"(?:posted|published)\s+on\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
                        r"(.{6,40}?)\s+in\s+\S.{0,60}", re.IGNORECASE)
# How long the line may be at most (its category's name short).
_LINE = 120


def post_under_its_posted_in_line(page: Page) -> BodyRecord | None:
    """The record of such a post; None where no article's header holds a heading and that line."""
    for count, article in enumerate(page.tree.css("article")):
        if count >= _ARTICLES:
            return None
        header = article.css_first("header")
        found = _heading_and_day(header) if header is not None else None
        if found is not None:
            title, day = found
            return BodyRecord(title=title, authors=_writer(page), shown=[day], known=True)
    return None


def _heading_and_day(header: Any) -> tuple[str, str] | None:
    """The header's h1 and the day of its "Posted on … in …" line after it, among its first children."""
    title = day = None
    for node in islice(header.iter(include_text=False), _HEADER_ITEMS):
        words = " ".join((block_text(node) or "").split())
        if node.tag == "h1" and title is None:
            title = words or None
        elif title is not None and node.tag in ("p", "div", "span") and len(words) <= _LINE:
            found = _POSTED_IN.fullmatch(words)
            day = day_of_the_line(found.group(1)) if found else None
            if day:
                return title, day
    return None


def _writer(page: Page) -> list[str]:
    """The one person the author meta names; none where it names several, no one, or a group."""
    named = {clean_text(value) for value in page.every("author")} - {None, ""}
    name = named.pop() if len(named) == 1 else ""
    if not name or not a_persons_name(name) or is_group(name) or AFFILIATION_WORD.search(name):
        return []
    return [display_name(name) or name]
