"""A story stamped in UTC on the day after the day it shows: a content system writes the moment a story went
up in UTC (JSON-LD datePublished and article:published_time '2019-11-19T04:50:22+00:00'), while the byline
shows the story's own day where it was written, the evening before ('November 18, 2019' in <time
datetime="2019-11-18">, SpaceNews, 2019; or in the text of a time element whose datetime is the UTC moment
itself, 'October 5, 2017 at 9:07 pm', The Denver Post, 2017), or shows it alone right above the heading
(Pew Research Center, 2014: <div class="meta date">November 20, 2014</div> over the h1, JSON-LD dateCreated
'2014-11-21T02:57:15+00:00'). A reader dates the story by the day it shows. Where the page shows no day,
another of its stamps may state the publisher's zone, and the moment's day there is the story's (Forbes,
2019: JSON-LD datePublished 'Tue Nov 19 2019 03:05:46 GMT+0000', a JavaScript date, and og:updated_time
'2019-11-18T22:15:39-05:00', New York's offset: 22:05 on 18 November there)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from .dated_headings import day_beside
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, select_all, short_text

# Where a page states the moment its story went up.
_STAMP_META = ("article:published_time",)
# …and the JSON-LD article's properties that do (its creation where it names no publication: Pew, 2014).
_STAMP_PROPERTIES = ("datePublished", "dateCreated")
# How a stamp in UTC ends, after its time of day.
_UTC = ("Z", "+00:00", "+0000")
# The mark between a stamp's ISO day (dates.DAY_LENGTH characters) and its time of day.
_TIME_MARK = "T"


def utc_eve(page: Page, found: str | None) -> str | None:
    """The day before `found` where a stamp of the page in UTC falls on `found` and a time element shows that
    day before it (its datetime the day alone); None where no such day is."""
    if not found or len(found) != DAY_LENGTH:
        return None
    stamps = [*page.every(*_STAMP_META),
              *(str(article.get(name) or "") for article in page.articles for name in _STAMP_PROPERTIES)]
    moments = [moment for moment in map(_utc_moment, stamps) if moment and moment.date().isoformat() == found]
    if not moments:
        return None
    try:
        eve = (date.fromisoformat(found) - timedelta(days=1)).isoformat()
    except ValueError:
        return None
    for node in select_all(page.tree, "time[datetime]"):
        value = (node.attributes.get("datetime") or "").strip()
        if value == eve or _shows_the_eve(node, value, found, eve):
            return eve
    heading = page.tree.css_first("h1")
    if heading is not None and day_beside(heading) == eve:
        return eve
    # …or, with no day shown, the moment's day in the zone another stamp of the page states. A stamp at
    # midnight exactly is a day written without its time (Hugo writes a front matter's bare date so: Adam
    # Gleave's Academic page, 2017, article:published_time '2017-03-26T00:00:00+00:00' beside a rebuild's
    # '-07:00'), no moment a story went up, and no zone moves it.
    timed = [moment for moment in moments if moment.time() != time(0)]
    if timed and page.tree.css_first("time[datetime]") is None:
        zones = {zone for zone in map(_zone, page.every(*_ZONED_META)) if zone is not None}
        if any((moment + zone).date().isoformat() == eve for moment in timed for zone in zones):
            return eve
    return None


def utc_morrow(page: Page, found: str | None) -> str | None:
    """The day after `found` where a stamp of the page in UTC falls on `found` and a time element whose
    datetime is that moment shows the next day in its text: the moment written for machines, the day in the
    writer's zone ahead of UTC for readers (Hexo's Butterfly theme, Christopher Liu's blog, 2023, +08:00:
    <time datetime="2023-01-15T16:10:27.000Z" title="Created 2023-01-16 00:10:27">2023-01-16</time>,
    article:published_time the same moment). A page that states no such meta stamps the post in its time
    element alone (Hexo's Yilia theme, QixinLi's blog, 2020: <time datetime="2020-06-11T16:30:48.988Z"
    itemprop="datePublished">2020-06-12</time>, no article meta), and that element's moment is the stamp.
    None where no such day is."""
    if not found or len(found) != DAY_LENGTH:
        return None
    stamped = [moment for moment in map(_utc_moment, page.every(*_STAMP_META)) if moment]
    # With no meta stamp, the time elements' own moments are the page's stamps (each still has to show the
    # next day in its own text below).
    stamps = set(stamped) if stamped else {
        moment for moment in (_utc_moment(node.attributes.get("datetime") or "")
                              for node in select_all(page.tree, "time[datetime]")) if moment}
    if not any(moment.date().isoformat() == found for moment in stamps):
        return None
    try:
        morrow = (date.fromisoformat(found) + timedelta(days=1)).isoformat()
    except ValueError:
        return None
    for node in select_all(page.tree, "time[datetime]"):
        value = (node.attributes.get("datetime") or "").strip()
        if _utc_moment(value) in stamps and _shows_the_eve(node, value, found, morrow):
            return morrow
        # …or the element's datetime is that moment in the writer's own zone, on the next day, as its text
        # shows (瓜斯拉的逆袭, 2022, Hexo NexT: article:published_time '2022-03-06T16:00:00.000Z', <time
        # datetime="2022-03-07T00:00:00+08:00">2022-03-07</time>).
        if _zoned_on(value, morrow) in stamps and _shows_day(node, morrow):
            return morrow
        # …or its datetime is that moment in the writer's zone with no offset written, the local time alone,
        # on the next day as its text shows (KentGuoK's notes, 2025, Hexo Fluid: article:published_time
        # '2025-08-21T16:00:00.000Z', <time datetime="2025-08-22 00:00" pubdate>2025年8月22日 凌晨</time>):
        # some stamp lies a whole zone's offset behind it, no more than the furthest zone ahead of UTC.
        if _local_on(value, morrow, stamps) and _shows_day(node, morrow):
            return morrow
    return None


# The furthest a zone runs ahead of UTC, and the step zones' offsets take (a quarter of an hour).
_FURTHEST_AHEAD = timedelta(hours=14)
_ZONE_STEP = timedelta(minutes=15)


def _local_on(stamp: str, day: str, stamps: set[datetime]) -> bool:
    """Whether a datetime written with no offset ('2025-08-22 00:00') falls on `day` and some UTC stamp lies
    a zone's offset ahead of UTC behind it (a whole number of quarter hours, at most fourteen hours)."""
    stamp = stamp.strip()
    if stamp[:DAY_LENGTH] != day or len(stamp) <= DAY_LENGTH:
        return False
    try:
        local = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    if local.utcoffset() is not None:
        return False
    return any(timedelta(0) < local - moment <= _FURTHEST_AHEAD
               and (local - moment) % _ZONE_STEP == timedelta(0) for moment in stamps)


def _shows_day(node: Any, day: str) -> bool:
    """Whether the time element's short text shows `day` first (read no further than a time's text)."""
    text = short_text(node, _SHOWN)
    days = dates_in_text(text) if text else []
    return bool(days) and days[0][2] == day


def _zoned_on(stamp: str, day: str) -> datetime | None:
    """The moment in UTC that an ISO stamp with an offset ahead of UTC names, where its own day is `day`;
    None otherwise."""
    stamp = stamp.strip()
    if stamp[:DAY_LENGTH] != day or stamp[DAY_LENGTH:DAY_LENGTH + 1] != _TIME_MARK:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    offset = moment.utcoffset()
    if offset is None or offset <= timedelta(0):
        return None
    return (moment - offset).replace(tzinfo=None)


# How long a time element's text is read at most for the day it shows ('October 5, 2017 at 9:07 pm').
_SHOWN = 64


def _shows_the_eve(node: Any, value: str, found: str, eve: str) -> bool:
    """Whether a time element whose datetime is the UTC moment itself, on `found`, shows the day before in
    its text: the moment written for machines, the day in the publisher's zone for readers (The Denver Post,
    2017: <time datetime="2017-10-06T03:07:11+00:00">October 5, 2017 at 9:07 pm</time>, 9:07 pm in
    Denver). Its text is read only where short, so no long element is read to its end."""
    moment = _utc_moment(value)
    if moment is None or moment.date().isoformat() != found:
        return False
    text = short_text(node, _SHOWN)
    days = dates_in_text(text) if text else []
    return bool(days) and days[0][2] == eve


# The stamps that may state the publisher's own zone beside a moment in UTC.
_ZONED_META = ("og:updated_time", "article:modified_time", "article:published_time")
# A moment as JavaScript writes a date ("Tue Nov 19 2019 03:05:46 GMT+0000"), in UTC.
_JAVASCRIPT_UTC = re.compile(
    r"(?:[A-Z][a-z]{2} )?([A-Z][a-z]{2}) (\d{1,2}) (\d{4}) (\d\d):(\d\d):(\d\d) GMT\+0000")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _utc_moment(stamp: str) -> datetime | None:
    """The moment a stamp in UTC names, ISO 8601 ('2019-11-19T04:50:22+00:00') or JavaScript's ('Tue Nov 19
    2019 03:05:46 GMT+0000'); None for a stamp in another zone, or a day alone."""
    stamp = stamp.strip()
    if (found := _JAVASCRIPT_UTC.fullmatch(stamp)) is not None:
        month, *numbers = found.groups()
        if month not in _MONTHS:
            return None
        day, year, hour, minute, second = map(int, numbers)
        try:
            return datetime(year, _MONTHS.index(month) + 1, day, hour, minute, second)
        except ValueError:
            return None
    if stamp[DAY_LENGTH:DAY_LENGTH + 1] != _TIME_MARK or not stamp.endswith(_UTC):
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def _zone(stamp: str) -> timedelta | None:
    """The offset from UTC an ISO stamp states, where it states one behind UTC (a zone whose evening is UTC's
    next day); None otherwise."""
    stamp = stamp.strip()
    if stamp[DAY_LENGTH:DAY_LENGTH + 1] != _TIME_MARK:
        return None
    try:
        offset = datetime.fromisoformat(stamp).utcoffset()
    except ValueError:
        return None
    return offset if offset is not None and offset < timedelta(0) else None
