"""A post a static site's template marks as a dated article of the section its address names, its title shown
only in the page's header, where no h1 stands (the ELF Lab's news post, 2026, Hugo's Ananke theme: og:type
'article', article:section 'post', the address /post/2026-marcella-hsp/, article:published_time 2026-03-21,
the og:title 'Jurotich & Hammerly at HSP' the whole text of the header's div.f2 over the cover image, one
paragraph of text; no JSON-LD, no scholarly meta, no date shown). The Open Graph meta say what the page is,
a dated article, and the address agrees on its section, as a blog's analytics meta mark a post (Parse.ly's
type 'post'); the header showing the meta's title word for word is the heading a reader sees. A record,
dated by its meta; its byline is read as any page's. A listing's section (/post/ itself) names no article,
and a page whose meta title its header does not show, or that shows an h1 of words, is left to the other
readers.
"""

from __future__ import annotations

from urllib.parse import urlparse

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, short_text

# How many elements of the header are read for the title, and how long a title runs at most (characters).
_HEADER_NODES = 200
_TITLE_LENGTH = 300


def post_of_its_section(page: Page, title: str | None, url: str) -> BodyRecord | None:
    """The record of a post whose Open Graph meta call it a dated article of the section its address names,
    its title the whole text of an element in the page's header; None otherwise. Reads the header's first
    elements, each no further than a title's length."""
    if not title or (page.first("og:type") or "").casefold() != "article":
        return None
    section = (page.first("article:section") or "").strip().casefold()
    if not section or not page.first("article:published_time"):
        return None
    folders = [part.casefold() for part in urlparse(page.canonical or url).path.split("/") if part]
    # The section a folder of the address before the post's own: /post/<slug>/, not the listing /post/.
    if section not in folders[:-1]:
        return None
    if any(clean_text(short_text(heading, _TITLE_LENGTH)) for heading in page.tree.css("h1")):
        return None  # a page with a heading of words is read by it
    header = page.tree.css_first("header")
    if header is None:
        return None
    wanted = clean_text(title)
    for count, node in enumerate(header.traverse()):
        if count > _HEADER_NODES:
            return None
        if node.tag in ("a", "nav", "-text"):
            continue  # a link's words name another page (the logo's link home)
        if clean_text(short_text(node, _TITLE_LENGTH)) == wanted:
            return BodyRecord(title=wanted, known=True)
    return None


def described_whole_text(page: Page, title: str | None, described: str | None) -> bool:
    """Whether a description is such a post's whole text: the one paragraph of its article, word for word
    (the ELF Lab's post: its description meta the paragraph reporting a poster). The text itself, not a
    summary set apart for it: no abstract. Reads the article's paragraphs up to a second one."""
    if not described or post_of_its_section(page, title, page.canonical or page.og_url or "") is None:
        return False
    article = page.tree.css_first("article")
    if article is None:
        return False
    paragraphs = []
    for node in article.traverse():
        if node.tag == "p":
            paragraphs.append(node)
            if len(paragraphs) > 1:
                return False  # a text of more paragraphs than one: its description may be a summary
    return len(paragraphs) == 1 and clean_text(paragraphs[0].text(deep=True)) == clean_text(described)
