"""The day a paper's page of Hugo's Academic theme and its successors (Wowchemy, Hugo Blox) dates the paper
where its template relabels its two dates (the Watershed Ecology Team's Wowchemy 5.1.0 page, 2024): the
front matter's `date`, the paper's own, is written as article:modified_time (and JSON-LD dateModified), and
its `publishDate`, the day the page was added, as article:published_time (datePublished). A paper is
published when it first appeared, the earliest full day among the page's own dates: a "modified" day earlier
than the "published" one on the same page is no change, the template's relabelling. Read only on such a
paper's page (its labelled rows, div.pub-row-heading), whose byline line shows the year alone
(span.article-date, '2024': the site's date format), both days in that year; a byline showing a month
('January 2020') dates the paper by that month, and a modified day of another year is another reading.

The template's relabelling also dates a paper shown by its month alone (Olivia Cooper's Source Themes Academic
4.5.0 page, 2025: 'April 2025' under the author, article:modified_time 2025-04-01, the front matter's month
written as its first day, and article:published_time 2024-10-10, the day the page was added, months before):
the month the line shows is the paper's, over a published day outside it. Read only where the page's header
buttons link the paper (a DOI or a PDF), a paper's page without the labelled rows.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .academic_paper_pages import MONTH_YEAR, offers_the_papers_buttons
from .dates import english_month, partial_date
from .html_meta import Page, short_text
from .publication_rows import shows_publication_rows

# The byline's date line of the Academic theme's paper page: its metadata boxes, searched each in turn (a
# selector of the boxes' descendants from the root asks every span of a deep nest for all its ancestors).
_METADATA_BOXES = 'div[class~="article-metadata"]'
_BYLINE_DATE = 'span[class~="article-date"]'
_BOXES = 4
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
    line = _byline_date(page)
    words = short_text(line, _LINE) if line is not None else None
    year = " ".join(words.split()) if words else ""
    if not _YEAR.fullmatch(year) or modified[:4] != year or published[:4] != year:
        return None
    return modified


def paper_month_the_template_relabels(page: Page) -> str | None:
    """The month the byline line shows where the page's modified day is that month's first (the front matter's
    month) and its published day lies outside it, on a paper's page of the Academic theme; None otherwise."""
    modified = partial_date(page.first("article:modified_time"))
    published = partial_date(page.first("article:published_time"))
    if not modified or not published or len(modified) != _DAY or len(published) != _DAY:
        return None
    line = _byline_date(page)
    words = short_text(line, _LINE) if line is not None else None
    found = MONTH_YEAR.fullmatch(clean_text(words) or "")
    number = english_month(found.group(1)) if found else None
    if found is None or number is None:
        return None
    month = f"{found.group(2)}-{number:02d}"
    # A published day inside the shown month is a reading of its own (the metas' day kept); one of another
    # month with a modified day not the shown month's first is no relabelling of the paper's month.
    if modified != f"{month}-01" or published.startswith(month):
        return None
    return month if offers_the_papers_buttons(page) else None


def _byline_date(page: Page) -> Any:
    """The first date line of the page's first metadata boxes; None where they hold none."""
    return next((line for box in page.tree.css(_METADATA_BOXES)[:_BOXES]
                 if (line := box.css_first(_BYLINE_DATE)) is not None), None)
