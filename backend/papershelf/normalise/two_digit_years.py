"""A day written in figures, day first, with a two-digit year ('02.12.19': 2 December 2019), as a German or
Swiss site writes the day of a news item above or below its heading (the Hertie School, 2019). No date
reader of dates.py reads a two-digit year, and in running text none should ('12.10.19' may be a version or
a section); this reads one only where a text is that day and nothing else, for the readers that ask about
an element standing alone beside a heading. A byline's day written with slashes and a two-digit year after
'on' ("Written by Philip Proefrock on 24/10/12": EcoGeek, 2012) is read where its order is plain, one of its
first two figures past 12, as no month is.
"""

from __future__ import annotations

import re
from datetime import date

# The whole text: day, month and a two-digit year, separated by full stops ("02.12.19", "2.12.19").
_DAY_FIRST = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})")
# A byline's day with slashes after 'on': "on 24/10/12" (day first) or "on 10/24/12" (month first).
_ON_SLASHED = re.compile(r"on\s+(\d{1,2})/(\d{1,2})/(\d{2})")
# The most a month's number is.
_MONTHS = 12
# The century a two-digit year falls in: below this, the 2000s; from it, the 1900s (as C's strptime and
# Python's %y read them, POSIX's 69).
_PIVOT = 69


def day_with_two_digit_year(text: str | None) -> str | None:
    """The ISO day a text is when it is only a day first with a two-digit year; None otherwise."""
    match = _DAY_FIRST.fullmatch(" ".join((text or "").split()))
    if match is None:
        return None
    day, month, short = (int(part) for part in match.groups())
    return iso_day(day, month, short)


def on_a_plain_slashed_day(text: str | None) -> str | None:
    """The ISO day a byline's text is when it is only 'on' and a day with slashes and a two-digit year whose
    order is plain (24/10/12 day first, 10/24/12 month first); None otherwise, and where both of the first
    two figures may be a month (05/10/12)."""
    match = _ON_SLASHED.fullmatch(" ".join((text or "").split()))
    if match is None:
        return None
    first, second, short = (int(part) for part in match.groups())
    if (first > _MONTHS) == (second > _MONTHS):
        return None
    day, month = (first, second) if first > _MONTHS else (second, first)
    return iso_day(day, month, short)


def iso_day(day: int, month: int, short: int) -> str | None:
    """The ISO day of a day, a month and a two-digit year; None where they make no day."""
    year = (2000 if short < _PIVOT else 1900) + short
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
