"""A post whose header over the text is an author card: the writer's avatar and name (an element classed
'name' in one classed 'author', a label of their role beside it) and a line of the post's details, its day
first in an element classed as the date, written as the generator stamps it ('2021-11-14 21:10:27'). Hexo's
Keep theme lays a post out so (Ximin Lin's notes, 2021: div.article-title, then div.article-header with
span.name 'Ximin Lin', span.author-label 'Architect' and span.article-date '2021-11-14 21:10:27', then the
text opening with an h1 of the title; no author, date or Open Graph meta but the author meta). No heading
over the text but the one in the text: the post is the h1 its <title> repeats, dated by the card's day,
written by the person the card names.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, select_first, short_text
from .names import a_persons_name
from .shown_titles import heading_the_tab_repeats

# The header holding the card, how many are asked (a post's page has one), and how long its parts run.
_HEADERS = '[class*="article-header"],[class*="post-header"]'
_MOST_HEADERS = 3
_LONGEST_NAME = 80
_LONGEST_DAY = 60
# The day as the generator stamps it, its time of day after it (or alone, a day).
_STAMPED_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


def post_under_its_author_card(page: Page) -> BodyRecord | None:
    """The record of such a post; None where no header holds both a person's name in an author card and a
    stamped day, or no heading the <title> repeats names the post."""
    for count, header in enumerate(page.tree.css(_HEADERS)):
        if count >= _MOST_HEADERS:
            return None
        name = _writer(header)
        day = _day(header) if name else None
        if day is None:
            continue
        title = heading_the_tab_repeats(page)
        return BodyRecord(title=title, authors=[name], shown=[day], known=True) if title else None
    return None


def _writer(header: Any) -> str | None:
    """The person's name the header's author card shows (its element classed 'name'), else None."""
    node = select_first(header, '[class~="author"] [class~="name"]')
    raw = short_text(node, _LONGEST_NAME) if node is not None else None
    name = clean_text(raw) if raw is not None else None
    return name if name and a_persons_name(name) else None


def _day(header: Any) -> str | None:
    """The day the header's first element classed as a date shows, stamped alone on its line."""
    node = header.css_first('[class*="date"]')
    raw = short_text(node, _LONGEST_DAY) if node is not None else None
    found = _STAMPED_DAY.fullmatch(clean_text(raw) or "") if raw is not None else None
    return found.group(1) if found else None
