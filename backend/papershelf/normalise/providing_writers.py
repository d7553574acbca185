"""A post's writer named by the post's own sentence in which a person says they provide its text: Shunya
Ueta's Hugo Bear Blog post (round 232, stop 77), an abridged translation of a paper, its disclaimer's item
'Shunya Ueta, are providing a translation and abridgment, which has not been reviewed by the authors.' No
byline and no author meta; the person so naming themself is the site's title ('Shunya Ueta', the header's
a.title and og:site_name), and signs the post as its writer.

Only a sentence opening with the name, then 'am', 'is' or 'are providing' a translation, an abridgment or a
summary, in a paragraph or a list item of its own, and only where that name is the site's own title and a
person's name: a sentence naming another person, or a site named otherwise, signs nothing.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, short_text
from .names import a_persons_name
from .places import compact

_PROVIDING = re.compile(
    r"(?P<name>[^,]{3,80}?),?\s+(?:am|is|are)\s+providing\s+(?:a|an|the|this)\s+"
    r"(?:translation|abridg(?:e)?ment|summary|translated)\b",
    re.IGNORECASE)
# How many paragraphs and list items are read, and how long such a sentence's element may be.
_MOST_ELEMENTS = 400
_LONGEST_LINE = 400
_TITLE_SEPARATOR = " | "


def writer_providing_its_text(page: Page) -> list[str] | None:
    """The person the post's own sentence names as providing its text, where that person is the site's
    title; None otherwise."""
    site = _site_title(page)
    if not site or not a_persons_name(site):
        return None
    for tag in ("li", "p"):
        for element in page.tree.css(tag)[:_MOST_ELEMENTS]:
            found = _PROVIDING.match(clean_text(short_text(element, _LONGEST_LINE)) or "")
            if found and compact(found["name"]).casefold() == compact(site).casefold():
                return [site]
    return None


def _site_title(page: Page) -> str | None:
    """The site's own title: its og:site_name, else the <title>'s last part after a bar."""
    named = page.first("og:site_name")
    if named:
        return named
    tab = clean_text(page.node_text("title")) or ""
    return tab.rpartition(_TITLE_SEPARATOR)[2].strip() or None if _TITLE_SEPARATOR in tab else None
