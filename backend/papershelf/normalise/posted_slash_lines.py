"""A story whose headline is a paragraph the <title> opens with (no heading of words), and right under it a
bracketed line of its posting, weekday, day written with slashes, "by" and its writer, then the site's
address (irishhealth.com, 2012: p.blue_14b 'Many office workers suffer chronic boredom', p.grey_11 '[Posted:
Thu 12/01/2012 by <b>Deborah Condon</b> www.irishhealth.com]', no h1, no date or author meta). The day is
read day first or month first as its weekday says (Thursday 12 January 2012; 1 December 2012 was a Saturday),
and not at all where the weekday fits neither or both. A dated story by a named person: a record.
"""

from __future__ import annotations

import re
from datetime import date

from .body import BodyRecord
from .dates import WEEKDAYS
from .html_meta import Page, block_text, next_element
from .names import a_persons_name
from .places import compact

# The posting line: '[Posted: Thu 12/01/2012 by Deborah Condon www.irishhealth.com]'.
_POSTED = re.compile(
    r"^\[?\s*Posted:?\s+(?P<weekday>[A-Za-z]{3})[a-z]*\.?,?\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})"
    r"\s+by\s+(?P<name>.+?)\s*(?:(?:https?://|www\.)\S*)?\s*\]?$", re.IGNORECASE)
_WEEKDAYS = tuple(name[:3] for name in WEEKDAYS)  # as the line abbreviates them, in weekday() order
# How many paragraphs are looked at for the headline: it stands near the top of the story's block, and each
# is compared with the <title> (a page of thousands of paragraphs is read no further).
_FIRST = 200
# The longest posting line read: a weekday, a day, a name and an address.
_LINE = 160


def posted_story(page: Page) -> BodyRecord | None:
    """The record of a story under a headline paragraph the <title> opens with, posted by its writer on the
    day the line right under it gives; None where the page has no such pair."""
    tab = compact(page.node_text("title") or "")
    if not tab:
        return None
    for paragraph in page.tree.css("p")[:_FIRST]:
        headline = " ".join((block_text(paragraph) or "").split())
        key = compact(headline)
        if len(key) < 12 or not tab.startswith(key):
            continue
        line = next_element(paragraph)
        text = " ".join((block_text(line) or "").split())[:_LINE + 1] if line is not None else ""
        found = _POSTED.match(text) if len(text) <= _LINE else None
        if found and a_persons_name(found["name"]) and (day := _day(found)):
            return BodyRecord(title=headline, authors=[found["name"]], shown=[day], known=True)
    return None


def _day(found: re.Match[str]) -> str | None:
    """The ISO day the line's numbers and weekday make (day_its_weekday_settles)."""
    return day_its_weekday_settles(found["weekday"], int(found["a"]), int(found["b"]), int(found["year"]))


def day_its_weekday_settles(weekday: str, a: int, b: int, year: int) -> str | None:
    """The ISO day a slashed day's two numbers make with its year, day first or month first, the one reading
    whose weekday (abbreviated to three letters or not) is the one written; None where neither or both fit."""
    weekday = weekday[:3].casefold()
    if weekday not in _WEEKDAYS:
        return None
    fits = set()
    for day, month in ((a, b), (b, a)):
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if _WEEKDAYS[when.weekday()] == weekday:
            fits.add(when.isoformat())
    return fits.pop() if len(fits) == 1 else None
