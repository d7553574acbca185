"""A publication date a page labels beside a note that the work was updated on the day its meta states.

NIST's CSRC (2019): "Date Published: January 2014 (includes updates as of 02-25-2019)", its
citation_publication_date 2019/02/25. The meta dates the update; the label dates the publication, years
before the meta's date, where a label that far before it is otherwise read as another work's.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .dates import dates_in_text
from .html_meta import Page
from .label_holders import label_holders, page_has_words

# The label opening the line: "Date Published:", "Publication date", "Published".
_LABEL = re.compile(r"(?:date\s+(?:of\s+)?published|publication\s+date|date\s+of\s+publication|published)"
                    r"\s*:?\s*", re.IGNORECASE)
# The note after the date: "(includes updates as of 02-25-2019)", "(updated 25 February 2019)".
_NOTE = re.compile(r"\(?\s*(?:includes\s+)?(?:updates?|updated)\b\s*(?:as\s+of|on)?\s*", re.IGNORECASE)
_WORDS = re.compile(r"updat")
# A day in figures, month first or day first ("02-25-2019"): the note is read against the meta's day.
_FIGURES = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
# How long the label's line is at most: a line of the record's details, not prose.
_LINE = 200


def _days_named(text: str) -> set[str]:
    days = {date for _, _, date in dates_in_text(text) if date}
    for found in _FIGURES.finditer(text):
        first, second, year = map(int, found.groups())
        for month, day in ((first, second), (second, first)):
            if 1 <= month <= 12 and 1 <= day <= 31:
                days.add(f"{year:04d}-{month:02d}-{day:02d}")
    return days


def published_before_updates(page: Page, stated: list[str]) -> tuple[list[str], list[str]]:
    """(publication dates, update days): the dates publication labels give on a line that goes on to say
    the work was updated on a day the meta states, the work's first appearance however long before that
    day; and that day, which dates the update, not the work (as a received or accepted day does not)."""
    stated_days = {date for date in stated if date}
    if not stated_days or not page_has_words(page, _WORDS):
        return [], []
    published, updated = [], []
    for node, _, lowered in label_holders(page):
        if "updat" not in lowered:
            continue  # the note is the holder's own text; its label may be a child (<strong>)
        line = clean_text(node.text(deep=True)) or ""
        label = _LABEL.match(line) if len(line) <= _LINE else None
        note = _NOTE.search(line, label.end()) if label is not None else None
        named = _days_named(line[note.end():]) & stated_days if note is not None else set()
        if label is not None and note is not None and named and (
                dates := dates_in_text(line[label.end() : note.start()])):
            published.append(dates[0][2])
            updated += sorted(named)
    return published, updated
