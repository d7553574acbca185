"""A story stamped in UTC on the day after the day it shows: a content system writes the moment a story went
up in UTC (JSON-LD datePublished and article:published_time '2019-11-19T04:50:22+00:00'), while the byline
shows the story's own day where it was written, the evening before ('November 18, 2019' in <time
datetime="2019-11-18">, SpaceNews, 2019), or shows it alone right above the heading (Pew Research Center,
2014: <div class="meta date">November 20, 2014</div> over the h1, JSON-LD dateCreated
'2014-11-21T02:57:15+00:00').
A reader dates the story by the day it shows."""

from __future__ import annotations

from datetime import date, timedelta

from .dated_headings import day_beside
from .html_meta import Page, select_all

# Where a page states the moment its story went up.
_STAMP_META = ("article:published_time",)
# …and the JSON-LD article's properties that do (its creation where it names no publication: Pew, 2014).
_STAMP_PROPERTIES = ("datePublished", "dateCreated")
# How a stamp in UTC ends, after its time of day.
_UTC = ("Z", "+00:00", "+0000")
# How long an ISO day is ("2019-11-18"), and where a stamp's time of day follows it.
_DAY = 10
_TIME_MARK = "T"


def utc_eve(page: Page, found: str | None) -> str | None:
    """The day before `found` where a stamp of the page in UTC falls on `found` and a time element shows that
    day before it (its datetime the day alone); None where no such day is."""
    if not found or len(found) != _DAY:
        return None
    stamps = [*page.every(*_STAMP_META),
              *(str(article.get(name) or "") for article in page.articles for name in _STAMP_PROPERTIES)]
    if not any(_utc_on(stamp, found) for stamp in stamps):
        return None
    try:
        eve = (date.fromisoformat(found) - timedelta(days=1)).isoformat()
    except ValueError:
        return None
    shown = (node.attributes.get("datetime") or "" for node in select_all(page.tree, "time[datetime]"))
    if any(value.strip() == eve for value in shown):
        return eve
    heading = page.tree.css_first("h1")
    return eve if heading is not None and day_beside(heading) == eve else None


def _utc_on(stamp: str, day: str) -> bool:
    stamp = stamp.strip()
    return (stamp[:_DAY] == day and stamp[_DAY:_DAY + 1] == _TIME_MARK and stamp.endswith(_UTC))
