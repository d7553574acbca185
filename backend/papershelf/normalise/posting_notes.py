"""A report whose first paragraph under its heading notes that it was posted before the issue that carries it:
'On December 19, this report was posted as an MMWR Dispatch on the MMWR website' (MMWR's archive, 2007: an
unsigned CDC report, no byline, no description, Open Graph or scholarly meta; the issue's day only in a script
and in a plain Date meta, '2007-12-21'). The note dates the report, the day it first appeared: in the year the
note gives, else in the Date meta's (the year before when the note's month and day fall after the meta's, a
report posted in December for an issue of January). The report names no writer: its record has no authors, as
a news item dated under its heading has none (news_releases).
"""

from __future__ import annotations

import re

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text, partial_date
from .html_meta import Page, block_text
from .places import HEADINGS, after_heading, title_heading

# "On December 19, this report was posted as …", the day's year given or not.
_NOTE = re.compile(r"On\s+(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?P<year>\d{4}))?),?\s+th(?:is|e)\s+"
                   r"(?:report|article)\s+was\s+(?:first\s+)?posted\b")


def posted_report(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a report whose first paragraph under the title's heading notes the day it was posted;
    None where the page lacks the heading, the note, or a year for the note's day."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    for node in after_heading(page, heading):
        # The heading's own nodes come first, and a template's stray </P> leaves empty paragraphs: the
        # first paragraph with words is the one read, once.
        if node.tag == "p" and (text := block_text(node)):
            return _dated_by_its_note(page, title, text)
    return None


def _dated_by_its_note(page: Page, title: str | None, text: str) -> BodyRecord | None:
    note = _NOTE.match(text)
    if note is None:
        return None
    if note.group("year") is not None:
        day = _one_day(note.group("day"))
    else:
        issue = partial_date(page.first("date"))
        if not issue or len(issue) != DAY_LENGTH:
            return None
        year = int(issue[:4])
        day = _one_day(f"{note.group('day')}, {year}")
        if day is not None and day > issue:
            day = _one_day(f"{note.group('day')}, {year - 1}")
    return BodyRecord(title=title, shown=[day], known=True) if day else None


def _one_day(text: str) -> str | None:
    found = dates_in_text(text)
    day = found[0][2] if len(found) == 1 else None
    return day if day and len(day) == DAY_LENGTH else None
