"""The day a paper's page of Hugo's Academic theme and its successors (Wowchemy, Hugo Blox) dates the paper
where its template relabels its two dates (the Watershed Ecology Team's Wowchemy 5.1.0 page, 2024): the
front matter's `date`, the paper's own, is written as article:modified_time (and JSON-LD dateModified), and
its `publishDate`, the day the page was added, as article:published_time (datePublished). A paper is
published when it first appeared, the earliest full day among the page's own dates: a "modified" day earlier
than the "published" one on the same page is no change, the template's relabelling. Read only on such a
paper's page (its labelled rows, div.pub-row-heading), whose byline line shows the year alone
(span.article-date, '2024': the site's date format), both days in that year; a byline showing a month
('January 2020') dates the paper by that month, and a modified day of another year is another reading.
"""

from __future__ import annotations

import re

from .dates import partial_date
from .html_meta import Page, short_text
from .publication_rows import shows_publication_rows

# The byline's date line of the Academic theme's paper page.
_BYLINE_DATE = 'div[class~="article-metadata"] span[class~="article-date"]'
# A year alone is the line's whole text; the line is a few words long (a date, not a block).
_YEAR = re.compile(r"(?:19|20)\d\d")
_LINE = 80
_DAY = len("2024-03-01")


def paper_day_the_template_relabels(page: Page) -> str | None:
    """The page's modified day where it precedes its published day, both in the year alone that the byline
    line shows, on a paper's page of the Academic theme; None on any other page."""
    modified = partial_date(page.first("article:modified_time"))
    published = partial_date(page.first("article:published_time"))
    if not modified or not published or len(modified) != _DAY or len(published) != _DAY:
        return None
    # A modified day of 1 January is how Hugo writes a year alone: no day of the paper.
    if modified >= published or modified.endswith("-01-01"):
        return None
    if not shows_publication_rows(page):
        return None
    line = page.tree.css_first(_BYLINE_DATE)
    words = short_text(line, _LINE) if line is not None else None
    year = " ".join(words.split()) if words else ""
    if not _YEAR.fullmatch(year) or modified[:4] != year or published[:4] != year:
        return None
    return modified
