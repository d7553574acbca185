"""The meeting's place and days set as a line of their own under a paper's title and byline, where nothing
else dates the paper (the accepted-paper pages START Conference Manager exported for COLING 2014's workshops:
h2 the title, h3 the authors, the workshop's name in bold, then '<br>Dublin, Ireland, August 23-29, 2014' in
the block's own text; no meta, no day anywhere else). A conference's range of days dates the paper by its
month, as the corpus reads such a range (dates.py). Only a line that is a place and a range of days, nothing
else, is read: a sentence of the text that names a day, a single day (an update, a deadline) or a venue's
name with its year are not this line.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .dates import dates_in_text
from .html_meta import Page, short_text
from .places import HEADINGS, title_heading

# How many nodes after the heading the line may stand (the byline, the venue's name, breaks), and how long a
# node's text may be to be such a line.
_REACH = 8
_LINE_LENGTH = 120
# A range of days ('23-29', '23 – 29'), which one conference day, a deadline or an update is not.
_DAY_RANGE = re.compile(r"\d{1,2}\s*[\u2013-]\s*\d{1,2}")
# The place before the days: words parted by commas ('Dublin, Ireland, '), no figures.
_PLACE = re.compile(r"(?:[^\W\d_][^\W\d_.'\u2019-]*(?:[ .'\u2019-]+[^\W\d_]+)*\s*,\s*){1,3}")


def days_of_the_venue_line(page: Page, title: str | None) -> list[str]:
    """The month of the meeting's days that a line under the title's heading gives after its place, as one
    shown date; none where the nodes right after the heading hold no such line."""
    heading = title_heading(page, title, HEADINGS)
    node = heading.next if heading is not None else None
    for _ in range(_REACH):
        if node is None:
            return []
        raw = node.text_content if node.tag == "-text" else short_text(node, _LINE_LENGTH)
        line = clean_text(raw) if raw and len(raw) <= _LINE_LENGTH else None
        if line and (month := _month_of_the_days(line)):
            return [month]
        node = node.next
    return []


def _month_of_the_days(line: str) -> str | None:
    """The month of a line that is a place and then a range of days and nothing more."""
    found = dates_in_text(line)
    if len(found) != 1:
        return None
    start, end, iso = found[0]
    place, days = line[:start], line[start:end]
    if not iso or line[end:].strip(" .") or not _PLACE.fullmatch(place) or not _DAY_RANGE.search(days):
        return None
    return iso
