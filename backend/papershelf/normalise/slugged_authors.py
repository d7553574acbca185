"""An author meta or JSON-LD person written as the slug of the writer's page, not as a name (The Inquisitr,
2014: the JSON-LD's "creator":"patrick-frye", and after the text the author box's link to
/author/patrick-frye/, its text 'Patrick Frye'). The writer is the name the link to that page shows, where
that name, written as a slug, is the slug itself; a slug no link shows a name for is left as it is.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..identity import clean_text
from .html_meta import Page

# A slug: words in small letters joined by hyphens ("patrick-frye").
_SLUG = re.compile(r"[a-z]+(?:-[a-z]+)+")
# How many characters a link's text that shows a person's name holds at most.
_NAME_LENGTH = 80


def names_of_slugs(page: Page, authors: list[str] | None) -> list[str] | None:
    """The authors, each slug among them replaced by the name a link to its page shows."""
    if not authors or not any(_SLUG.fullmatch(name) for name in authors):
        return authors
    shown = _names_shown_for_slugs(page)
    return [shown.get(name, name) if _SLUG.fullmatch(name) else name for name in authors]


def _names_shown_for_slugs(page: Page) -> dict[str, str]:
    """Each slug a link's address ends with, and the name the link shows, where the name is the slug's words.
    One walk over the page's links, each read once."""
    shown: dict[str, str] = {}
    for link in page.tree.css("a[href]"):
        path = urlsplit(link.attributes.get("href") or "").path.rstrip("/")
        slug = path.rpartition("/")[2]
        if not _SLUG.fullmatch(slug) or slug in shown:
            continue
        name = clean_text(link.text(deep=True)) or ""
        if 0 < len(name) <= _NAME_LENGTH and "-".join(name.casefold().split()) == slug:
            shown[slug] = name
    return shown
