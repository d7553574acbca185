"""A story dated only by a relative day on its publication line: the first words under its heading a word for
today or yesterday and a time of day, alone in their element (IVONA, bigmir)net's section, 2012: h2.g-pr,
then <span>Сегодня, 11:09</span> beside the count of comments). A page shows 'today' on the day it is
served, and the extension captures a page as it is served, so the day is the capture's
(`normalise_capture(..., captured=…)`), 'yesterday' the day before. Read last, and only where the capture's
day is known: a day the page shows or its meta gives is its day before a relative one, which only says when
the page was fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, timedelta
from typing import Any

from .body import BodyRecord
from .dates import TIME_OF_DAY
from .html_meta import Page, short_text
from .news_releases import first_words_under, over_prose
from .places import HEADINGS, UNSHOWN, title_heading
from .shown_titles import heading_the_tab_repeats

# The day of the capture being read (None where the caller gives none, as a saved page's import does): set by
# normalise_capture around the page's readers, which take no day of their own.
_CAPTURED: ContextVar[date | None] = ContextVar("captured", default=None)

# The words for today and for yesterday, in the corpus's languages and their neighbours', lower case.
_TODAY = frozenset(("today", "сегодня", "сьогодні", "heute", "aujourd'hui", "aujourd\u2019hui", "hoy", "oggi",
                    "dzisiaj", "dziś", "hoje", "vandaag", "idag", "i dag", "dnes", "σήμερα", "bugün",
                    "今天", "今日", "오늘"))
_YESTERDAY = frozenset(("yesterday", "вчера", "вчора", "gestern", "hier", "ayer", "ieri", "wczoraj", "ontem",
                        "gisteren", "igår", "i går", "včera", "χθες", "dün", "昨天", "昨日", "어제"))
# The word, then perhaps a comma, a dash or 'at' ('в', 'um', 'à' …), then the time of day, nothing after.
_STAMP = re.compile(r"(?P<word>[^\d,|\-\u2013\u2014]+?)\s*[,|\-\u2013\u2014]?\s*"
                    r"(?:(?:at|в|о|um|à|a las|alle|o|kl\.)\s+)?" + TIME_OF_DAY,
                    re.IGNORECASE)
# How long such a stamp runs at most: a word and a time, not a sentence.
_LONGEST = 40


@contextmanager
def captured_on(day: date) -> Iterator[None]:
    """The readers inside read a relative day as of `day`, the capture's."""
    token = _CAPTURED.set(day)
    try:
        yield
    finally:
        _CAPTURED.reset(token)


def relative_day(text: str) -> str | None:
    """The day (ISO) the text is, a word for today or yesterday and a time of day alone, as of the capture's
    day; None for any other words, or where no capture day is known."""
    captured = _CAPTURED.get()
    words = " ".join(text.split())
    if captured is None or not words or len(words) > _LONGEST:
        return None
    stamp = _STAMP.fullmatch(words)
    word = stamp.group("word").strip().lower() if stamp else ""
    if word in _TODAY:
        return captured.isoformat()
    if word in _YESTERDAY:
        return (captured - timedelta(days=1)).isoformat()
    return None


def dated_today_under_its_heading(page: Page, title: str | None) -> BodyRecord | None:
    """The record of the heading the meta title names (without meta, the one its <title> repeats) where the
    first words after it are a relative day and a time, the whole text of their element, and prose follows;
    None where the page lacks any of them or no capture day is known."""
    if _CAPTURED.get() is None:
        return None
    piece = title or heading_the_tab_repeats(page)
    heading = title_heading(page, piece, HEADINGS) if piece else None
    if heading is None:
        return None
    return over_prose(page, heading, piece, _first_words_relative(page, heading))


def _first_words_relative(page: Page, heading: Any) -> str | None:
    """The relative day the first words after the heading are (a script's code between them passed), where
    they are their element's whole text; None where the first words are any others."""
    node = first_words_under(page, heading, past=UNSHOWN)
    holder = node.parent if node is not None else None
    whole = short_text(holder, _LONGEST) if holder is not None else None
    if whole is None or " ".join(whole.split()) != " ".join((node.text_content or "").split()):
        return None  # no words, or words inside a longer line or a block: not a stamp alone
    return relative_day(whole)
