"""The day a page shows on a line of its own labelled as the piece's creation or publication ('Created:
17/01/2012 | Last updated: 17/01/2012', Massey News, 2012: p.mn_full_article_dates after the text), which
dates the piece over a site template's Dublin Core dates that are older than it (DC.created 2007-11-16 and
DC.date 2011-06-01, the same on every page of the site). A template's meta are written once, when the
template was made or last changed; a story is made later, on the day its own line shows. A labelled line
of the piece's making is the person's reading of its day; meta that name another, earlier day that the page
shows nowhere describe the template, not the piece.
"""

from __future__ import annotations

import re

from .dates import partial_date
from .html_meta import Page, clean_text

# The line, whole: a label of the piece's making, its day, and at most the day of its last change after a
# bar. A longer line is a sentence that speaks of a day, no label of the page's own.
_LINE = re.compile(
    r"(?:created|published|first published|posted(?: on)?|date published)\s*:?\s*"
    r"(\S[^|]{5,30}?)\s*(?:\|\s*(?:last\s+)?(?:updated|modified|changed)\s*:?\s*[^|]{6,30})?",
    re.IGNORECASE,
)
# The elements such a line is looked for in, and how long its own text is at most.
_HOLDERS = "p, div, span, small, li, dd, footer"
_LONGEST = 90
# The Dublin Core meta of the record's making.
_MADE = ("dc.created", "dc.date.created", "dcterms.created")


def shown_creation_day(page: Page) -> str | None:
    """The day of the first element whose own text (its child elements' left out: one pass over the tree,
    each text read once) is a line labelling the piece's creation or publication, to the day; None where
    no such line is shown."""
    for node in page.tree.css(_HOLDERS):
        text = clean_text(node.text(deep=False)) or ""
        if not text or len(text) > _LONGEST:
            continue
        found = _LINE.fullmatch(text)
        day = partial_date(found.group(1)) if found else None
        if day and len(day) == len("2012-01-17"):
            return day
    return None


def over_stale_template_dates(page: Page, dublin_core: list[str | None], shown: list[str]) -> str | None:
    """The shown creation day over Dublin Core dates that are a template's: each older than that day and
    shown nowhere on the page, one of them a whole year or more older (the template's making), each other
    a first of the month (a template's change, written to the month: DC.date 2011-06-01). None otherwise:
    a Dublin Core date of a day a few days before a shown 'Posted:' line is the story's own (Sci-Tech
    Today, 2017: DC.date.issued 2017-10-03, 'Posted: 2017-10-05 @ 12:07pm PT'), as is one the page shows."""
    # The record's own making, DC.created, which no reader takes as the piece's day, tells the template's
    # age beside the dates that are read.
    made = partial_date(page.first(*_MADE))
    dated = [date for date in (*dublin_core, made) if date]
    day = shown_creation_day(page) if dated else None
    if day is None or any(date in shown or not _before(date, day) for date in dated):
        return None
    year_before = f"{int(day[:4]) - 1:04d}{day[4:]}"
    stale = [date for date in dated if not _before(year_before, date)]
    if stale and all(date in stale or date.endswith("-01") for date in dated):
        return day
    return None


def _before(date: str, later: str) -> bool:
    """Whether `date` (a year, a month or a day) ends before the day `later`."""
    return date[: len(later)] < later[: len(date)]
