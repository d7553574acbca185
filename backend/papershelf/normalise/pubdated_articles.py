"""The writer of an HTML5 article whose header holds its heading beside a time element marked as the article's
publication, where the page's one author meta names a person (Pythonic Perambulations, 2017, Pelican: <meta
name="author" content="Jake VanderPlas">, <article><header><h1>Simulating Chutes & Ladders in Python</h1><time
pubdate>Mon 18 December 2017</time></header>, no byline; its footer, copyright notice and all, left in a
comment).

One plain author meta alone names a site's owner as often as the piece's writer (meta_authors.
several_author_tags): a researcher's site names its owner on every page, the list of their papers too. A page
whose heading heads an article element's header, the time beside it marked `pubdate` (the HTML5 draft's mark
of the article's own publication), is one dated article of the site, and the one person its author meta names
is that article's writer, read only where no byline names anyone. A company's name, or the site's, is no
writer.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ..identity import clean_text
from .html_meta import Page
from .meta_authors import site_names
from .names import AFFILIATION_WORD, a_persons_name, display_name, is_group
from .places import ancestors, title_heading

# How far above the heading its header, and above the header its article, may be (<header><hgroup><h1>).
_DEPTH = 3
# Words of a company's or a desk's name, never a person's.
_COMPANY = re.compile(r"\b(?:Ltd|Limited|LLC|Inc|GmbH|Corp|Media|Group|News|Press|Team|Staff|Editors?)\b",
                      re.IGNORECASE)


def writer_of_the_pubdated_article(page: Page, title: str | None) -> list[str] | None:
    """The author meta's one person, where the title's h1 sits in an article element's header that holds a
    time element with the `pubdate` attribute; None otherwise."""
    named = {clean_text(value) for value in page.every("author")} - {None, ""}
    if len(named) != 1:
        return None
    name = named.pop() or ""
    if (not a_persons_name(name) or is_group(name) or AFFILIATION_WORD.search(name) or _COMPANY.search(name)
            or (name.casefold() in site_names(page) and not _the_articles_author(page, name))):
        return None
    heading = title_heading(page, title) if title else None
    header = _header_of(heading) if heading is not None else None
    if header is None or not _marked_published(header):
        return None
    return [display_name(name) or name]


def _the_articles_author(page: Page, name: str) -> bool:
    # A one-person blog named for its writer (Ariel Rokem's, 2014: og:site_name 'Ariel Rokem') is no site's
    # name that hides a writer, where Open Graph's article author names the same person (its Elegant theme
    # writes it og:article:author).
    return any(clean_text(value) == name for key in _ARTICLE_AUTHORS for value in page.every(key))


# The meta that name an article's author in Open Graph's article properties, as themes write them.
_ARTICLE_AUTHORS = ("article:author", "og:article:author")


def _marked_published(header: Any) -> bool:
    """Whether the header holds a time element marked `pubdate`, or its article holds one such alone, in an
    aside of its details after the text (Ariel Rokem's blog, 2014: 'Published' and the time)."""
    if header.css_first("time[pubdate]") is not None:
        return True
    article = next((node for node in islice(ancestors(header), _DEPTH) if node.tag == "article"), None)
    return article is not None and len(article.css("time[pubdate]")) == 1


def _header_of(heading: Any) -> Any:
    """The header element the heading sits in, where an article element holds that header; else None."""
    header = next((node for node in islice(ancestors(heading), _DEPTH) if node.tag == "header"), None)
    if header is None or not any(node.tag == "article" for node in islice(ancestors(header), _DEPTH)):
        return None
    return header
