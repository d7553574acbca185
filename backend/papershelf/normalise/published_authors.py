"""The writer of a page whose one author meta names a person that its publisher and copyright meta name too.

One plain author meta alone names a site's owner as often as the piece's writer, and so names nobody
(meta_authors.several_author_tags). A one-person portal's page says more: its author, publisher and
copyright meta all name the same person (Internetchemie, 2021: 'Andreas Jaeck' in each, the portal's editor,
no byline on the page), the person who wrote, published and owns the item, where a site's publisher meta
names its company or its own name (Innovations Report's 'Idea TV GmbH', VnExpress's). That person, where the
name is a person's whole name (two to four capitalised words) and not the site's name, is the writer.
"""

from __future__ import annotations

from .html_meta import Page
from .meta_authors import site_names
from .names import NAME_PART, display_names

# The meta a page names its publisher and the holder of its copyright in.
_OWNERS = ("publisher", "copyright")


def author_who_publishes(page: Page) -> list[str]:
    """The person the page's one author meta names, where its publisher meta and its copyright meta name
    that person too; none otherwise."""
    authors = {" ".join(value.split()).casefold(): value for value in page.every("author") if value.strip()}
    if len(authors) != 1:
        return []
    (key, value), = authors.items()
    for name in _OWNERS:
        owners = {" ".join(owner.split()).casefold() for owner in page.every(name) if owner.strip()}
        if owners != {key}:
            return []
    names = display_names([value])
    if len(names) != 1 or not NAME_PART.fullmatch(names[0]) or names[0].casefold() in site_names(page):
        return []
    return names
