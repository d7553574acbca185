"""A post whose day the page shows only after its text, in the info block that follows its article (Luke
Salamone's blog, 2023, Hugo's hello-friend theme: <article><h1 class="post-title">…</h1><div
class="post-content">…</div></article>, <hr />, then <div class="post-info"> holding the tags, the word count
and a calendar icon's line '2023-04-17 19:46'; og:type 'article', article:published_time
2023-04-17T19:46:25-07:00, og:title the h1's words, an author meta, no JSON-LD, no scholarly meta). Open Graph
says the page is a dated article, the h1 in the article shows its title, and the line after the article shows
the day the meta stamps (in the meta's own zone, with the time of day beside it or not): the post's day as the
page shows it, where a theme sets no line under the heading. A record, dated by its meta; its byline is read
as any page's. A day after the article that is not the meta's (a related post's, a comment's) dates nothing,
and a page whose article holds no heading of the meta's title is left to the other readers.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .dates import whole_date
from .html_meta import Page, next_element, short_text
from .places import HEADINGS, title_heading

# The meta's moment as ISO 8601 writes it: its day is the first ten characters, in the meta's own zone.
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]|$)")
# A time of day after the day on the line ('2023-04-17 19:46', 'April 17, 2023 at 7:46 PM').
_TIME_AFTER = re.compile(
    r"(.+?)(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?", re.IGNORECASE)
# How many elements after the article are read (a rule, the info block), how many nodes of each, how much
# of an element is read for a line (a day, its time and the template's indentation around them), and how long
# the day's line runs at most once its spaces are collapsed (characters).
_BLOCKS = 3
_NODES = 120
_RAW_LINE = 160
_LINE = 40


def post_dated_in_its_closing_info(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a post whose Open Graph meta call it a dated article, its title an h1 inside its
    <article>, and whose block after that article shows the meta's day as a line of its own; None
    otherwise. Reads a few elements after the article, each no further than a line's characters."""
    if not title or (page.first("og:type") or "").casefold() != "article":
        return None
    stamped = _ISO_DAY.match((page.first("article:published_time") or "").strip())
    heading = title_heading(page, title, HEADINGS) if stamped else None
    article = _article_holding(heading) if heading is not None else None
    if stamped is None or article is None:
        return None
    day = stamped.group(1)
    block = next_element(article)
    for _ in range(_BLOCKS):
        if block is None:
            return None
        if _shows_the_day(block, day):
            return BodyRecord(title=title, known=True)
        block = next_element(block)
    return None


def _article_holding(heading: Any) -> Any:
    """The <article> element the heading stands in, None where it stands in none."""
    node = heading.parent
    while node is not None and node.tag != "article":
        node = node.parent
    return node


def _shows_the_day(block: Any, day: str) -> bool:
    """Whether an element of the block is a line of the day alone (a time of day beside it or not)."""
    for count, node in enumerate(block.traverse()):
        if count > _NODES:
            return False
        if node.tag in ("-text", "-comment", "svg", "a"):
            continue
        text = short_text(node, _RAW_LINE)
        line = clean_text(text) if text else None
        if not line or len(line) > _LINE:
            continue
        if (match := _TIME_AFTER.fullmatch(line)) and whole_date(match.group(1)) == day:
            return True
    return False
