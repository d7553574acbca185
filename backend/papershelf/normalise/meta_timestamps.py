"""Meta dates that are a record's timestamps: a content system writes the moment a record was made or last
saved, its time of day and all (DC.date '2023-11-14T09:32:11'), not the day the paper appeared. Such a date
says nothing of how long before it the paper may have come out, so it sets no window for the labels a page
shows (shown_dates, history_lines: a label years before the meta's date is another work's)."""

from __future__ import annotations

import re

from .dates import partial_date
from .html_meta import Page

# A time of day after a date: "T09:32", " 09:32:11". Midnight is a day written as a moment
# ("2019-03-12T00:00:00Z", a publisher's date in a date-time field), no time of day.
_TIME_OF_DAY = re.compile(r"\d[T\s]+(?!00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)\d{1,2}:\d{2}")
# A meta value longer than this is a sentence (a description), no date of record.
_DATE_VALUE = 40


def window_dates(page: Page, stated: list[str]) -> list[str]:
    """The dates meta states that may set the window: not a day that meta states only with a time of day
    (every value of it a timestamp, none the day alone)."""
    wanted = set(stated)
    stamped: set[str] = set()
    plain: set[str] = set()
    for values in page.meta.values():
        for value in values:
            text = value.strip()
            if len(text) > _DATE_VALUE or (day := partial_date(text)) not in wanted:
                continue
            (stamped if _TIME_OF_DAY.search(text) else plain).add(day)
    return [date for date in stated if date not in stamped - plain]
