"""ABlog's postcard: the sidebar box the Sphinx blog extension writes beside every post (its postcard.html
template: div.ablog__postcard, an h2 holding the post's day after a calendar icon, then a list whose item
id="ablog-sidebar-item author ablog__author" links each author's page). ACT's documentation blog (2024):
no author, date or Open Graph meta, the <title> the post's h1 and ' — ACT Documentation', the day and the
writer only in the postcard. The post is the h1 the <title> opens with, dated by the postcard's day and
written by its authors.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text
from .places import PROSE, compact

_POSTCARD = 'div[class~="ablog__postcard"]'
_AUTHORS = 'li[id~="ablog__author"] a'
# How many authors a postcard names at most, and how many h1s are asked for the one the <title> opens
# with (a Sphinx page's sections under the first are h2s; a notebook's may add an h1 or two).
_MOST_AUTHORS = 8
_HEADINGS = 4
# Sphinx's permalink mark closing a heading's text.
_PERMALINK_MARKS = "#¶"


def ablog_post(page: Page) -> BodyRecord | None:
    """The post under the h1 the <title> opens with, dated by its ABlog postcard's day and written by the
    postcard's authors; None where the page has no postcard, or it shows no day, or no h1 opens the
    <title>."""
    card = page.tree.css_first(_POSTCARD)
    day = _day(card) if card is not None else None
    if day is None:
        return None
    tab = compact(page.node_text("title") or "")
    for count, heading in enumerate(page.tree.css("h1")):
        if count >= _HEADINGS:
            return None
        text = (block_text(heading) or "").rstrip(_PERMALINK_MARKS).strip()
        if text and len(text) <= PROSE and tab.startswith(compact(text)):
            return BodyRecord(title=text, authors=_authors(card), shown=[day], known=True)
    return None


def _day(card: Any) -> str | None:
    """The day in the postcard's heading, or None."""
    heading = card.css_first("h2")
    text = block_text(heading) if heading is not None else None
    days = [iso for _, _, iso in dates_in_text((text or "")[:PROSE]) if iso and len(iso) == DAY_LENGTH]
    return days[0] if days else None


def _authors(card: Any) -> list[str]:
    """The names the postcard's author item links, in its order."""
    names: list[str] = []
    for count, link in enumerate(card.css(_AUTHORS)):
        if count >= _MOST_AUTHORS:
            break
        if (name := block_text(link)) and name not in names:
            names.append(name)
    return names
