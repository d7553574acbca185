"""The day a paper's page of Hugo's Academic theme and its successors (Wowchemy, Hugo Blox) states for the
paper in its 'Publication' row, where that row holds a PubMed-style citation naming the journal's day
(Jianwei Shuai's group's Wowchemy 5.6.0 page, round 255: 'Oncotarget. 2016 Jun 7;7(23):34599-616', the
byline line 'June 2016', article:published_time 2016-06-11, the front matter's later day). A paper is
published when it first appeared, the earliest full date the page states for it: the citation's day is read
where it lies in the month the byline line shows and precedes the page's meta day (or the page has none). A
citation's day of another month (a later issue's), a month without a day, or a byline showing no month says
nothing here.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .academic_paper_pages import MONTH_YEAR
from .dates import english_month, partial_date
from .html_meta import Page, next_element, short_text
from .publication_rows import PUBLICATION_ROWS

# A PubMed-style citation's date: the journal's name and a full stop, then year, month abbreviation and day,
# closed by the volume's ';' ('Oncotarget. 2016 Jun 7;7(23):…').
_CITED_DAY = re.compile(r"\.\s+((?:19|20)\d\d)\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*[;:]")
_ROWS = 8
_VALUE = 160
_METADATA_BOXES = 'div[class~="article-metadata"]'
_BYLINE_DATE = 'span[class~="article-date"]'
_BOXES = 4
_LINE = 80
_DAY = len("2016-06-07")


def day_of_the_publication_rows_citation(page: Page) -> str | None:
    """The day the 'Publication' row's citation names, inside the month the byline line shows and before the
    page's meta day; None on any other page."""
    cited = _cited_day(page)
    if cited is None:
        return None
    month = _shown_month(page)
    if month is None or not cited.startswith(month + "-"):
        return None
    meta = partial_date(page.first("article:published_time"))
    if meta and len(meta) == _DAY and meta <= cited:
        return None
    return cited


def _cited_day(page: Page) -> str | None:
    """The full day the page's 'Publication' row's citation names; None where the row names none."""
    for label in page.tree.css(PUBLICATION_ROWS)[:_ROWS]:
        if (label.text(strip=True) or "").casefold() != "publication":
            continue
        value = next_element(label)
        words = short_text(value, _VALUE) if value is not None else None
        found = _CITED_DAY.search(" ".join(words.split())) if words else None
        number = english_month(found.group(2)) if found else None
        if found is None or number is None or not 1 <= int(found.group(3)) <= 31:
            return None
        return partial_date(f"{found.group(1)}-{number:02d}-{int(found.group(3)):02d}")
    return None


def _shown_month(page: Page) -> str | None:
    """The month ('2016-06') the first metadata box's date line shows as its whole text; None otherwise."""
    line = next((found for box in page.tree.css(_METADATA_BOXES)[:_BOXES]
                 if (found := box.css_first(_BYLINE_DATE)) is not None), None)
    words = short_text(line, _LINE) if line is not None else None
    found = MONTH_YEAR.fullmatch(clean_text(words) or "")
    number = english_month(found.group(1)) if found else None
    return f"{found.group(2)}-{number:02d}" if found and number else None
