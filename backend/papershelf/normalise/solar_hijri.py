"""Days of the Solar Hijri calendar (Iran's and Afghanistan's), as a Persian page writes one with its
month's name ("سه‌شنبه ۱ خرداد ۱۳۸۶", Tuesday 1 Khordad 1386: 22 May 2007), in the Gregorian calendar
the records keep."""

from __future__ import annotations

import datetime as dt

# The twelve months in order, as Persian spells them (and with the variants pages use).
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("فروردین",), ("اردیبهشت",), ("خرداد",), ("تیر",), ("مرداد", "امرداد"), ("شهریور",),
            ("مهر",), ("آبان",), ("آذر",), ("دی",), ("بهمن",), ("اسفند",),
        ),
        start=1,
    )
    for name in names
}

_ORDINAL_SHIFT = -365


def gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri one, by the arithmetic rule of leap years common converters use
    (jdf's jalali_to_gregorian: 8 leap years in 33; it agrees with the official calendar's new years for
    the years pages carry, checked from 1300 to 1404 SH); None for a day the month does not have
    (Esfand 30 outside a leap year included)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    shifted = year + 1595
    days = (-355668 + 365 * shifted + shifted // 33 * 8 + (shifted % 33 + 3) // 4 + day
            + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))
    # jdf counts days from a fixed day of the proleptic Gregorian calendar, 365 before Python's ordinal's.
    found = dt.date.fromordinal(days + _ORDINAL_SHIFT)
    if month == 12 and day == 30 and found == gregorian(year + 1, 1, 1):
        return None  # Esfand 30 of a common year: that day is the next year's first
    return found
