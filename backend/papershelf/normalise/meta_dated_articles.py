"""A post whose template shows neither its day nor its writer, only its title in an article's one h1 (Vivek
Kumar Singh's Paper Notes, 2023, Hugo's Coder theme: a section rendered with the theme's plain page layout,
section.container.page > article > header > h1.title, then the text's paragraphs; og:type 'article', one
article:published_time, og:title the h1's words, an author meta). Nothing on the page but its meta says when
it appeared, and its meta says it is an article with one day of publication: the h1 the meta title names is
the record's title, the text under it its body, and the meta's day and author dates and signs it as for any
page the meta makes a record. Read last, where no reader of a shown record read the page.

Only where og:type is 'article', the page states one publication time, its one h1 (within an <article>,
alone in the block holding it) is the meta title, and paragraphs of prose follow it: a listing, a home page or
a page of links is none.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .html_meta import Page, short_text
from .news_releases import over_prose
from .places import compact, page_headings

# How many ancestors of the h1 are asked for the <article> it stands in, and how many characters (and nodes)
# of the block holding it are read.
_ANCESTORS = 8
_HEADER_LENGTH = 400


def article_its_meta_alone_dates(page: Page, title: str | None) -> BodyRecord | None:
    """The record of such a post, dated by its meta's one publication day; None where the page is not one."""
    if not title or (page.first("og:type") or "").strip().casefold() != "article":
        return None
    published = {value.strip() for value in page.every("article:published_time")} - {""}
    if len(published) != 1:
        return None
    headings = page_headings(page, "h1")
    if len(headings) != 1 or compact(headings[0][1] or "") != compact(title):
        return None
    heading = headings[0][0]
    if not _in_an_article(heading) or not _alone_in_its_header(heading, headings[0][1] or ""):
        return None
    return over_prose(page, heading, title, published.pop()[:10])


def _alone_in_its_header(heading: Any, text: str) -> bool:
    """Whether the block the h1 stands in shows nothing but the h1's words (Coder's article > header > h1): a
    header that shows a day, a category or a line beside the heading is a template showing more than its
    title, whose reading is the other readers' (a line of words between a day and the heading parts them)."""
    parent = heading.parent
    shown = " ".join((short_text(parent, _HEADER_LENGTH) or "").split()) if parent is not None else ""
    return compact(shown) == compact(text)


def _in_an_article(node: object) -> bool:
    parent = getattr(node, "parent", None)
    for _ in range(_ANCESTORS):
        if parent is None:
            return False
        if parent.tag == "article":
            return True
        parent = parent.parent
    return False
