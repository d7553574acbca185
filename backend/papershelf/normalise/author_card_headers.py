"""A post whose header over the text is an author card: the writer's avatar and name (an element classed
'name' in one classed 'author', a label of their role beside it) and a line of the post's details, its day
first in an element classed as the date, written as the generator stamps it ('2021-11-14 21:10:27'). Hexo's
Keep theme lays a post out so (Ximin Lin's notes, 2021: div.article-title, then div.article-header with
span.name 'Ximin Lin', span.author-label 'Architect' and span.article-date '2021-11-14 21:10:27', then the
text opening with an h1 of the title; no author, date or Open Graph meta but the author meta). No heading
over the text but the one in the text: the post is the h1 its <title> repeats, dated by the card's day,
written by the person the card names.

Hexo's Redefine theme, grown from Keep, lays it out the same but writes the card's day twice, for the
desktop and the mobile layout, with a hover label after them ('2025-04-24 14:26:20 2025-04-24 14:26:20
Created': Skywalker's Blog, round 241): the day is the stamp its first element holds alone. Its card names a
one-word handle ('Skywalker'), the writer's published name where the footer's copyright line holds it ('©
2025 - 2025 Skywalker'), the settled reading of handles.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .copyright_owners import copyright_line_holds_the_handle, footer_holds_the_handle
from .html_meta import Page, first_element, next_element, select_first, short_text
from .names import a_persons_name
from .shown_titles import heading_the_tab_repeats

# The header holding the card, how many are asked (a post's page has one), and how long its parts run.
_HEADERS = '[class*="article-header"],[class*="post-header"]'
_MOST_HEADERS = 3
_LONGEST_NAME = 80
_LONGEST_DAY = 60
# How many of the footer's blocks are read for its copyright line, and how long one may run.
_FOOTER_BLOCKS = 6
_FOOTER_BLOCK_LENGTH = 600
# The day as the generator stamps it, its time of day after it (or alone, a day).
_STAMPED_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


def post_under_its_author_card(page: Page) -> BodyRecord | None:
    """The record of such a post; None where no header holds both a person's name in an author card and a
    stamped day, or no heading the <title> repeats names the post."""
    for count, header in enumerate(page.tree.css(_HEADERS)):
        if count >= _MOST_HEADERS:
            return None
        name = _writer(header, page)
        day = _day(header) if name else None
        if day is None:
            continue
        title = heading_the_tab_repeats(page)
        return BodyRecord(title=title, authors=[name], shown=[day], known=True) if title else None
    return None


def _writer(header: Any, page: Page) -> str | None:
    """The person's name the header's author card shows (its element classed 'name'), or the one-word handle
    it shows that the footer's copyright line holds, else None."""
    node = select_first(header, '[class~="author"] [class~="name"]')
    raw = short_text(node, _LONGEST_NAME) if node is not None else None
    name = clean_text(raw) if raw is not None else None
    if not name:
        return None
    if a_persons_name(name):
        return name
    handle = len(name.split()) == 1 and (footer_holds_the_handle(page, name.casefold())
                                         or _footer_block_holds(page, name.casefold()))
    return name if handle else None


def _footer_block_holds(page: Page, handle: str) -> bool:
    """Whether a block of the page's last footer, one too long to read whole (a theme's counters and credits
    beside its copyright line), holds the copyright line the handle opens after its years."""
    footers = page.tree.css("footer")
    if not footers:
        return False
    for count, block in enumerate(footers[-1].css("div")):
        if count >= _FOOTER_BLOCKS:
            return False
        raw = short_text(block, _FOOTER_BLOCK_LENGTH)
        if raw and "©" in raw and copyright_line_holds_the_handle(raw, handle):
            return True
    return False


def _day(header: Any) -> str | None:
    """The day the header's first element classed as a date shows, stamped alone on its line."""
    node = header.css_first('[class*="date"]')
    if node is None:
        return None
    # The element's own text, else its first child element holding any text (a theme writing the stamp twice,
    # then a label, after an icon).
    found = _stamped(node)
    child = first_element(node)
    while found is None and child is not None and not clean_text(short_text(child, _LONGEST_DAY) or ""):
        child = next_element(child)
    found = found or (_stamped(child) if child is not None else None)
    return found


def _stamped(node: Any) -> str | None:
    """The day the element's whole text stamps, else None."""
    raw = short_text(node, _LONGEST_DAY)
    found = _STAMPED_DAY.fullmatch(clean_text(raw) or "") if raw is not None else None
    return found.group(1) if found else None
