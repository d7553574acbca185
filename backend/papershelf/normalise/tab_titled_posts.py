"""A post whose template shows no heading of its title: Hugo's 'researcher' theme sets a post's Markdown
straight under the navbar (Alejandro M. Andirkó's site, 2022), so the post's title is in the <title> alone
and the page's h1s are the text's own sections ('“What do you do?”: A two word summary', each with the id
Hugo's heading anchors slug from its words). No meta names the post (a site-wide description, a short
author name); the address is a post's (/post/<slug>/).

The post is the <title>, where the page's first h1 is such a section heading over the text's paragraphs
and no heading shows the <title>'s words. A page whose first h1 is anything else (the site's name, a
heading without the anchor its words slug to) is read as other pages are.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlparse

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, block_text, short_text
from .places import compact

# A post's address: its slug under /post/, /posts/ or /blog/ (Hugo's sections), perhaps its index.html.
_POST_ADDRESS = re.compile(r"/(?:post|posts|blog)/[^/]+/?(?:index\.html?)?$", re.IGNORECASE)
# How long a <title> and a heading may run, how many headings are asked, and how many paragraphs of how
# many words make the text under the first h1 a post's.
_LONGEST_TITLE = 200
_MOST_TITLE_WORDS = 25
_HEADINGS = 12
_PARAGRAPHS = 12
_PROSE_PARAGRAPHS = 2
_PROSE_WORDS = 12
# What Hugo's anchor slug keeps of a heading's words: letters, digits, '-' and '_'; spaces become '-'.
_NOT_SLUGGED = re.compile(r"[^\w\s-]")


def post_titled_by_its_tab(page: Page, url: str) -> BodyRecord | None:
    """The post its <title> names, where the address is a post's and its first h1 is a section of the
    text; None otherwise."""
    if not _POST_ADDRESS.search(urlparse(url).path):
        return None
    tab = clean_text(page.node_text("title") or "")
    if not tab or len(tab) > _LONGEST_TITLE or not 2 <= len(tab.split()) <= _MOST_TITLE_WORDS:
        return None
    headings = page.tree.css("h1, h2, h3")[:_HEADINGS]
    if any(compact(short_text(node, _LONGEST_TITLE) or "") == compact(tab) for node in headings):
        return None
    first = page.tree.css_first("h1")
    if first is None or not _a_section_heading(first) or not _over_prose(first):
        return None
    return BodyRecord(title=tab, known=True)


def _a_section_heading(heading) -> bool:
    """Whether the h1's id is the anchor Hugo slugs from its words."""
    words = short_text(heading, _LONGEST_TITLE)
    anchor = heading.attributes.get("id") or ""
    return bool(words and anchor) and anchor == _slug(words)


def _slug(words: str) -> str:
    # Goldmark's anchors: lower case, punctuation dropped (typographic quotes too), spaces as hyphens.
    text = unicodedata.normalize("NFC", words).casefold()
    return "-".join(_NOT_SLUGGED.sub("", text).split())


def _over_prose(heading) -> bool:
    """Whether paragraphs of prose follow the heading among its siblings (a post's text, not a list)."""
    prose, node = 0, heading.next
    for _ in range(_PARAGRAPHS * 4):
        if node is None or prose >= _PROSE_PARAGRAPHS:
            break
        if node.tag == "p" and len((block_text(node) or "").split()) >= _PROSE_WORDS:
            prose += 1
        node = node.next
    return prose >= _PROSE_PARAGRAPHS
