"""Words that are a day alone, its time of day after it at most ('6 января 2012, 15:08', Vesti.kz, 2012;
'January 17, 2012 3:21pm'): a line that dates what it stands under, whatever its element is classed as.
"""

from __future__ import annotations

import re

from .dates import DAY_LENGTH, whole_date

# A time of day after the day, a comma or a dash before it perhaps ('15:08', ', 15:08', '3:21pm', '- 05:20').
_TIME_AFTER = re.compile(r"[\s,\-\u2013\u2014|]*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*$",
                         re.IGNORECASE)
# How long such words run at most: a day written out and a time, not a sentence.
_LONGEST = 60


def day_alone(text: str) -> str | None:
    """The day (ISO, to the day) the text is, a time of day after it at most; None where the text holds
    more words than that, or no day to the day."""
    words = " ".join(text.split())
    if not words or len(words) > _LONGEST:
        return None
    day = whole_date(_TIME_AFTER.sub("", words)) or whole_date(words)
    return day if day and len(day) == DAY_LENGTH else None
