"""A line that is a day alone, or a dateline: the place the item was issued in and a comma before the day, as
German press releases set it under their heading (Jugend forscht, 2021, TYPO3's tt_news: <p
class="news-subtitle"><span>Hamburg, 2. November 2021</span></p>). The place is one to four capitalised words
with short lowercase particles between them ("Hamburg", "Frankfurt am Main", "Verden an der Aller").
"""

from __future__ import annotations

import re

from .dates import DAY_LENGTH, whole_date
from .two_digit_years import day_with_two_digit_year

# How long the line is at most: a day, or a place and a day, not a line of text.
SHORT = 40
# A dateline's place and its comma before the day (dateline_releases reads it too).
_CAPITALISED = r"[A-Z\u00c0-\u00de][\w.'\u2019-]*"
PLACE = re.compile(rf"{_CAPITALISED}(?:\s+(?:[a-z\u00df-\u00ff]{{1,3}}\s+)*{_CAPITALISED}){{0,3}},\s+")


def day_of_the_line(text: str, *, two_digit_year: bool = False) -> str | None:
    """The day a short line is, alone (with `two_digit_year`, written day first with a two-digit year too:
    "02.12.19") or after the place it was issued in and a comma; None for any other line."""
    line = " ".join(text.split())
    if not line or len(line) > SHORT:
        return None
    found = whole_date(line) or (day_with_two_digit_year(line) if two_digit_year else None)
    if not found and (place := PLACE.match(line)):
        found = whole_date(line[place.end():])
    return found if found and len(found) == DAY_LENGTH else None
