"""A German month and year without a day ('Januar 2021', 'Dezember 2021'), as a German or Swiss site names
the month an item appeared in: the issue of a newsletter a breadcrumb steps through (the Swiss Ornithological
Institute's avinews, 2021: 'News & Medien > avinews > Dezember 2021 > …'). dates.py reads other languages'
month names only with a day and a year, so that 'Mars 2020' stays a name; the month and year alone are read
here only in such placements, by the readers that ask about them.
"""

from __future__ import annotations

import re

from .dates import GERMAN_MONTH_NAMES, whole_date

_MONTHS = {name: number for number, names in enumerate(GERMAN_MONTH_NAMES, start=1) for name in names}
_MONTH_AND_YEAR = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\s+((?:19|20)\d\d)"
_WHOLE = re.compile(_MONTH_AND_YEAR, re.IGNORECASE)
# How long a month is as an ISO date ("2021-12").
_MONTH = 7


def month_and_year(text: str | None) -> str | None:
    """The month ('2021-12') a text is when it is only a month and a year, German or English; else None."""
    text = " ".join((text or "").split())
    if (match := _WHOLE.fullmatch(text)) is not None:
        return _iso(match)
    found = whole_date(text)
    return found if found and len(found) == _MONTH else None


def _iso(match: re.Match[str]) -> str:
    return f"{match.group(2)}-{_MONTHS[match.group(1).casefold()]:02d}"
