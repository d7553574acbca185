"""Without meta that names its title, an item under the heading its <title> repeats, dated by a plain
publication-date meta whose day the page shows too (CORDIS, 2017: the <title> 'European Commission : CORDIS :
News and Events : ' before the item's title, the second h1's; its day only in <meta name="publicationDate"
content="2017-10-05 15:52:10"> and in the record box's 'Last updated on: 2017-10-05'). The meta is the content
system's own, of no scholarly family; the page showing the same day says it is the item's, not a template's or
a file's (a file_date meta a day later). A meta day the page never shows dates nothing. A block classed as the
teaser among the first few right under the heading, before the text (CORDIS's div.teaser, a sentence over the
image), is the item's summary.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from .body import MIN_ABSTRACT, BodyRecord
from .dates import DAY_LENGTH, dates_in_text, partial_date
from .html_meta import Page, block_text
from .places import HEADINGS, PROSE, below_heading, title_heading
from .shown_titles import heading_the_tab_repeats

# The content system's plain names for the day it published the page (lower case, as Page.meta keeps them).
_PUBLICATION_METAS = ("publicationdate", "publication_date", "publication-date")
# How many nodes under the heading the teaser is sought among (its wrappers and the white space between them,
# the teaser, the image): further down a "teaser" is a rail's of other items.
_TEASER_WITHIN = 16
_LONGEST_TEASER = 3 * PROSE


def item_dated_by_its_publication_meta(page: Page, title: str | None) -> BodyRecord | None:
    """The record of the heading the <title> repeats, dated by the publication meta's day the page shows;
    None where meta names the title, where no heading is repeated, or where the day is not shown."""
    if title:
        return None
    day = partial_date(page.first(*_PUBLICATION_METAS))
    if not day or len(day) != DAY_LENGTH:
        return None
    piece = heading_the_tab_repeats(page)
    heading = title_heading(page, piece, HEADINGS) if piece else None
    if heading is None or not _shows(page, day):
        return None
    return BodyRecord(title=piece, shown=[day], known=True, abstract=_teaser_under(page, heading))


def _teaser_under(page: Page, heading: Any) -> str | None:
    """The text of a block classed as the teaser among the first nodes under the heading, a summary's length;
    None where none is."""
    for node in islice(below_heading(page, heading), _TEASER_WITHIN):
        if "teaser" in (node.attributes.get("class") or "").casefold().split():
            text = block_text(node)
            return text if text and MIN_ABSTRACT <= len(text) <= _LONGEST_TEASER else None
    return None


def _shows(page: Page, day: str) -> bool:
    """Whether a short text of the page's body (a line, a cell, a record box's value) holds the day. Each text
    is read once, and only a line's length of it."""
    body = page.tree.body
    if body is None:
        return False
    for node in body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = (node.text_content or "").strip()
        if text and len(text) <= PROSE and any(iso == day for _, _, iso in dates_in_text(text)):
            return True
    return False
