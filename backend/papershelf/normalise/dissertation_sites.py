"""The front page of a dissertation's own hand-written site (Bastian Bechtold's, 2021: the header's line 'Part
of the dissertation <a>Pitch of Voiced Speech in the Short-Time Fourier Transform: Algorithms, Ground Truths,
and Evaluation Methods</a>.', 'Download Dissertation' and '© 2020, Bastian Bechtold, Jade Hochschule & …';
main's h1 the title's first part, its h2 the subtitle; an h3 'Code and Data:' over links to the companion
pages, then an h3 'Summary of the Dissertation' over its paragraphs; the footer '© 2020, Bastian Bechtold. All
rights reserved.'; an author meta, no other). No meta names a paper, no heading holds the whole title and the
summary stands under a heading of its own words after a list of links: no other reader takes the page.

The page says what it is: its header's line calls the site part of the dissertation its link names whole, and
that name is the page's <title> and what its h1 and the h2 after it show as title and subtitle. Then the page
is the thesis's record (round 225's reading): the link's words its title; its writer the author meta where a
copyright line of the page names that person after its year; its year that of the header's copyright line; its
abstract the section headed as the dissertation's summary (or its abstract). Any other page is read as before:
a line calling a page part of a dissertation whose link names another title (a companion page's 'Part of the
dissertation …' over its own heading) is not the dissertation's front page.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, next_element
from .places import compact
from .shown import abstract_after_heading

# The header's line: 'Part of the dissertation <a>…</a>', or of a thesis, anchored at its start.
_PART_OF = re.compile(r"part\s+of\s+the\s+(?:doctoral\s+|phd\s+)?(?:dissertation|thesis)\s*$", re.IGNORECASE)
# A copyright line's year, then the holder's name up to a comma or a full stop: '© 2020, Bastian Bechtold.'
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*((?:19|20)\d\d)\s*,?\s*([^,.;©]{3,80})", re.IGNORECASE)
# The headings the summary may stand under, the site's summary of its dissertation or thesis.
_SUMMARY_HEADINGS = ("summary of the dissertation", "summary of the thesis", "abstract", "summary")
# How many links of the header's lines are looked at.
_LINKS_READ = 10


def dissertation_site_front_page(page: Page) -> BodyRecord | None:
    """The dissertation's record, where the page's header calls the site part of the dissertation its link
    names, that name the page's <title> and its h1 and h2's title and subtitle; None otherwise."""
    header = page.tree.css_first("header")
    if header is None:
        return None
    title, line = _named_dissertation(header)
    if title is None or line is None:
        return None
    tab = page.head_title.text() if page.head_title is not None else ""
    h1 = page.tree.css_first("h1")
    if h1 is None or compact(tab) != compact(title) or not _shows_title(h1, title):
        return None
    year = _COPYRIGHT.search(line)
    writer = page.first("author")
    holders = {compact(found.group(2)) for found in _COPYRIGHT.finditer(clean_text(page.tree.body.text())
                                                                         if page.tree.body else "")}
    authors = [writer] if writer and compact(writer) in holders else []
    abstract = next((text for names in _SUMMARY_HEADINGS if (text := abstract_after_heading(page, (names,)))),
                    None)
    return BodyRecord(title=title, authors=authors, abstract=abstract,
                      shown=[year.group(1)] if year else [], known=True)


def _named_dissertation(header: Any) -> tuple[str | None, str | None]:
    """The title the header's link names after 'Part of the dissertation', and the whole line it stands in."""
    for index, link in enumerate(header.css("a")):
        if index >= _LINKS_READ:
            break
        before, node = [], link.prev
        while node is not None and node.tag == "-text":
            before.append(node.text_content or "")
            node = node.prev
        if node is None and _PART_OF.search(" ".join(reversed(before))) and link.parent is not None:
            return clean_text(link.text()), clean_text(link.parent.text())
    return None, None


def _shows_title(h1: Any, title: str) -> bool:
    """Whether the h1, or the h1 and the h2 right after it as title and subtitle, show the title's words."""
    shown = clean_text(h1.text()) or ""
    if compact(shown) == compact(title):
        return True
    subtitle = next_element(h1)
    if subtitle is None or subtitle.tag != "h2":
        return False
    return compact(f"{shown}: {clean_text(subtitle.text()) or ''}") == compact(title)
