"""Words that are a publication stamp alone: a day with its month written in words and its time of day after
it ('6 января 2012, 15:08', Vesti.kz, 2012), nothing more. A line that dates what it stands under, whatever
its element is classed as: a day alone, or one in figures ('2017-03-10 09:58'), is not so sure a stamp where
no class or id calls it one (a page's other days, an event's, a photograph's), and is not read so.
"""

from __future__ import annotations

import re

from .dates import DAY_LENGTH, TIME_OF_DAY, whole_date

# A time of day after the day, a comma or a dash before it perhaps ('15:08', ', 15:08', '3:21pm', '- 05:20').
_TIME_AFTER = re.compile(r"[\s,\-\u2013\u2014|]*" + TIME_OF_DAY + r"\s*$", re.IGNORECASE)
# How long such words run at most: a day written out and a time, not a sentence.
_LONGEST = 60


def day_and_time_alone(text: str) -> str | None:
    """The day (ISO, to the day) the text is, its month in words and its time of day after it; None where the
    text holds more words than that, or no time, or a day in figures alone."""
    words = " ".join(text.split())
    if not words or len(words) > _LONGEST:
        return None
    timed = _TIME_AFTER.search(words)
    if timed is None:
        return None
    day_words = words[:timed.start()]
    if not any(letter.isalpha() for letter in day_words):
        return None
    day = whole_date(day_words)
    return day if day and len(day) == DAY_LENGTH else None
