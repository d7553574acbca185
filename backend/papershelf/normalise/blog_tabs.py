"""A blog's post page whose <title> is the blog's name, which its h1 shows, a separator, then the post's
title, which a lower heading shows whole (Schneier on Security, 2012, Movable Type: no meta; <title>
'Schneier on Security: Micromorts', the h1 'Schneier on Security', the post's h3 'Micromorts' under an h2 of
its day). Without meta, that heading is the post's title, as the h1 the <title> repeats is a story's
(shown_titles.heading_the_tab_repeats, which here finds the blog's name).
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .dated_headings import dated_beside_its_heading
from .html_meta import Page
from .places import page_headings

# The separator after the blog's name: a colon ("Schneier on Security: …"), or a bar or dash between spaces.
_SEPARATOR = re.compile(r"\s*:\s+|\s+(?:--|[|\-\u2013\u2014\u00bb])\s+")


def post_after_the_blogs_name(page: Page) -> str | None:
    """The title the <title> gives after the blog's name that the page's first h1 shows, where a lower
    heading shows it whole; None where the <title> opens otherwise or no heading shows the rest."""
    tab = clean_text(page.node_text("title") or "")
    blog = next((text for _, text in page_headings(page, "h1") if text), None)
    if not tab or not blog or not tab.startswith(blog):
        return None
    separator = _SEPARATOR.match(tab, len(blog))
    post = tab[separator.end():] if separator else ""
    if not post or post == blog:
        return None
    return post if any(text == post for _, text in page_headings(page, "h2,h3,h4")) else None


def dated_post_after_the_blogs_name(page: Page) -> BodyRecord | None:
    """The record of such a post, dated by the day that stands alone right above its heading; None where
    the page is not one."""
    post = post_after_the_blogs_name(page)
    return dated_beside_its_heading(page, post, above_only=True) if post else None
