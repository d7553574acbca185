"""The month a news item's text opens with in its dateline: the place, a dash, the month and the year, a full
stop, then the text ('Darmstadt - Januar 2021. Mit Hilfe hochenergetischer Protonen …': Internetchemie,
2021, an item drawn from a university's press release, which shows no other day of its first appearance).
German items and releases date their text so where they give no day; the month alone is the item's date,
as a year alone is a year ("published" as precise as the page gives it). Read last, where nothing else
dates the page, and only in the text's first paragraph under its heading: a month and year in the midst of
a text is a date it speaks of.
"""

from __future__ import annotations

import re

from .german_months import month_and_year
from .html_meta import Page, block_text
from .places import after_heading, runs_as_prose, title_or_first_heading

# The place (one to three capitalised words, a particle between them), a dash, then the month and year and
# the full stop that ends the dateline before the text.
_CAPITALISED = r"[A-Z\u00c0-\u00de][\w.'\u2019-]*"
_DATELINE = re.compile(
    rf"{_CAPITALISED}(?:\s+(?:[a-z\u00df-\u00ff]{{1,3}}\s+)?{_CAPITALISED}){{0,2}}\s+[-\u2013\u2014]\s+"
    r"([^\W\d_]{3,10}\s+(?:19|20)\d\d)\.\s+\S"
)


def month_of_the_opening_dateline(page: Page, title: str | None) -> str | None:
    """The month ('2021-01') the dateline opening the text's first paragraph of prose under the title's
    heading names; None where that paragraph opens otherwise."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return None
    for node in after_heading(page, heading):
        if node.tag != "p" or not runs_as_prose(text := block_text(node) or ""):
            continue
        found = _DATELINE.match(text)
        return month_and_year(found.group(1)) if found else None
    return None
