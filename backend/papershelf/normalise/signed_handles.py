"""A post signed by a handle in a form the name test refuses, where the post's own places agree on it:
CHARMMY, JRHU0048's Hexo Fluid blog (round 241, stop 78), its author meta and article:author 'JR.HU', the
banner's byline span (beside the author icon) 'JR.HU' and the license box's '作者' row 'JR.HU'; the site
named otherwise (CHARMMY), the footer the theme's credit alone. Initials and a surname run together with a
dot are no person's name by names.a_persons_name (one word), yet the post signs itself so in every place it
names a writer: that handle is the name its writer publishes under, kept as written.

Only where the author meta and article:author both give the one handle, one word of letters with dots inside
('JR.HU', 'J.Doe'), and the page's body shows it as an element's whole words (the byline): a byline alone, or
metas alone, give nothing; a staff word ('admin') or a handle the site calls itself by stays out.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, short_text
from .meta_authors import site_names

# A handle of letters with dots inside: 'JR.HU', 'J.Doe' (a dot at least, else other readers' one word).
_DOTTED_HANDLE = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)+")
# Words that sign a post for the site's software or staff, no person.
_STAFF = frozenset({"admin", "administrator", "root", "webmaster", "editor", "author", "user", "guest"})
# The elements read for the byline, how many at most, and how long their words run.
_SHOWN_IN = "span, div, a, p, li"
_ELEMENTS_READ = 4000
_SLACK = 20


def handle_the_post_signs(page: Page) -> list[str] | None:
    """The dotted handle the author meta and article:author both give, where an element of the body shows it
    as its whole words; None otherwise."""
    given = [{clean_text(value) for value in page.every(name)} - {None, ""}
             for name in ("author", "article:author")]
    if not all(given) or len(given[0] | given[1]) != 1:
        return None
    handle = next(iter(given[0])) or ""
    if _DOTTED_HANDLE.fullmatch(handle) is None:
        return None
    folded = handle.casefold()
    if folded.replace(".", "") in _STAFF or folded in site_names(page):
        return None
    body = page.tree.body
    if body is None:
        return None
    for element in body.css(_SHOWN_IN)[:_ELEMENTS_READ]:
        if " ".join((short_text(element, len(handle) + _SLACK) or "").split()) == handle:
            return [handle]
    return None
