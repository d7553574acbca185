"""A day written in figures that may be day or month first ("08/12/2011": 12 August or 8 December), which
the page's dated address settles: the address names the day the story was filed under (Комментарии, 2011:
http://life.comments.ua/2011/12/08/308016/…, p.text_news_header_date '08/12/2011 17:30'). The reading the
address names is the day; an address naming neither, or no day, settles nothing.
"""

from __future__ import annotations

from .addresses import day_its_folders_name
from .dates import day_month_readings


def day_the_address_settles(text: str, address: str) -> str | None:
    """The reading of the line's ambiguous day that the address's dated path names; None otherwise."""
    readings = day_month_readings(text) if address else None
    named = day_its_folders_name(address) if readings else None
    return named if named is not None and named in readings else None
