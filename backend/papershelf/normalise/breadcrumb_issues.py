"""A news item or article whose breadcrumb steps through the issue it belongs to, a month and a year,
before the page's own step (the Swiss Ornithological Institute's avinews, 2021: 'Vogelwarte > News & Medien >
avinews > Dezember 2021 > Zielartenförderung im lichten…'), and which shows no day: the issue's month dates
it. Read as its record without authors where its meta title's heading is followed by paragraphs of prose,
as a news item dated beside its heading is (dated_headings). Only the trail's last two steps are read, and
only where a step's whole text is the month and year.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .german_months import month_and_year
from .html_meta import Page, outermost, short_text
from .news_releases import over_prose
from .places import HEADINGS, title_heading

# The trail, as templates name it (an id, a class or an ARIA label: "breadcrumb", "BreadcrumbNavigation").
_TRAIL = '[id*="breadcrumb" i], [class*="breadcrumb" i], [aria-label*="breadcrumb" i]'
# How much of a step is read: a month and a year, with a template's indentation.
_STEP = 80


def dated_by_its_issue(page: Page, title: str | None) -> BodyRecord | None:
    """The record of an item whose breadcrumb's last or last but one step is a month and a year, its meta
    title's heading over paragraphs of prose; None where the page lacks any of them."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None or heading.attributes.get("itemprop") is not None:
        return None
    month = issue_in_the_breadcrumb(page)
    return over_prose(page, heading, title, month) if month else None


def issue_in_the_breadcrumb(page: Page) -> str | None:
    """The month ('2021-12') the first breadcrumb's last or last but one step is; None otherwise."""
    trails = outermost(page.tree, _TRAIL)
    if not trails:
        return None
    steps = outermost(trails[0], "li")
    for step in reversed(steps[-2:]):
        if (month := month_and_year(_step_text(step))) is not None:
            return month
    return None


def _step_text(step: Any) -> str | None:
    return short_text(step, _STEP)
