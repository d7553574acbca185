"""A project page that dates its paper in a tag above the title's heading, an element classed as a date
among the few just before the h1 in the heading's own block ('November 2025' in span.date of div.date-tag,
beside span.tag 'ICML 2026 Submission': CKA-Agent's page, round 246), its BibTeX entry giving the year alone:
the month (or day) the tag shows, where it falls in the year the page is otherwise dated by."""

from __future__ import annotations

from typing import Any

from .dates import dates_in_text
from .html_meta import Page, short_text
from .news_releases import classed_as_a_date
from .places import HEADINGS, title_heading

# How many elements before the heading are asked (a tag row, a banner), and how long a date tag's text is.
_BEFORE = 3
_LONGEST_TAG = 40


def month_tagged_over_the_heading(page: Page, title: str | None, year: str | None) -> str | None:
    """The month or day an element classed as a date shows among the few elements right before the title's
    heading in its block, where it lies in `year`; None elsewhere."""
    heading = title_heading(page, title, HEADINGS) if title and year else None
    before = heading.prev if heading is not None else None
    for _ in range(_BEFORE):
        while before is not None and before.tag.startswith("-"):
            before = before.prev
        if before is None:
            return None
        for node in before.traverse():
            if classed_as_a_date(node) and (found := _month_in(node)) and found.startswith(f"{year}-"):
                return found
        before = before.prev
    return None


def _month_in(node: Any) -> str | None:
    text = short_text(node, _LONGEST_TAG)
    found = dates_in_text(" ".join(text.split())) if text else []
    return next((iso for _, _, iso in found if iso and len(iso) > len("2025")), None)
