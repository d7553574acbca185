"""A thesis's title page shown as a web page: its heading, the author's name, the degree the thesis was
submitted for, and the month it bears, with no meta to say it is a scholarly work (an mdBook web edition
of a dissertation, round 72: "Doctoral dissertation submitted to obtain the academic degree of", then
"Doctor of Computer Science Engineering", the supervisors, "October 2024").
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .bylines import byline
from .dates import dates_in_text
from .html_meta import Page
from .places import HEADINGS, below_heading, title_heading

# A title page's statement of the degree: the thesis (or dissertation) submitted or presented for it, or
# "in (partial) fulfilment of the requirements" of it. The words stay within one sentence of the line.
_DEGREE_STATEMENT = re.compile(
    r"\b(?:thesis|dissertation)\b[^.]{0,80}?"
    r"\b(?:submitted|presented|for\s+obtaining|to\s+obtain|in\s+(?:partial\s+)?fulfil{1,2}ment)\b"
    r"[^.]{0,120}?\bdegree\b",
    re.IGNORECASE,
)
# How many nodes under the heading a title page's lines may take: a title, a byline, a statement of the
# degree, the supervisors and a date; a chapter's prose ends it sooner (below_heading stops there).
_TITLE_PAGE_NODES = 80
# The headings that open the next part of a book; the title page's own smaller headings ("Supervisors")
# stand within it.
_NEXT_PART = ("h1", "h2")
# A month and a year at least: a title page's date is never a bare year's line alone read as one.
_MONTH = len("2024-10")


def thesis_title_page(page: Page, title: str | None) -> BodyRecord | None:
    """The record a thesis's title page shows under its heading: the title, the byline, and the date on a
    line of its own; None unless a line under the heading states the degree the thesis is for."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    lines = _lines_under(page, heading, title)
    if not any(_DEGREE_STATEMENT.search(line) for line in lines):
        return None
    dates = [date for line in lines if (date := _date_alone(line))]
    return BodyRecord(title=title, authors=byline(page, title), known=True, shown=dates[:1])


def _lines_under(page: Page, heading: Any, title: str) -> list[str]:
    lines: list[str] = []
    for count, node in enumerate(below_heading(page, heading)):
        if count > _TITLE_PAGE_NODES:
            break
        # The title again in a heading is the page's own above a menu bar's (mdBook's book title in the bar
        # over the chapter's h1), no next part.
        if count and node.tag in _NEXT_PART and clean_text(node.text(deep=True)) != title:
            break
        if node.tag == "-text" and (text := clean_text(node.text_content)):
            lines.append(text)
    return lines


def _date_alone(line: str) -> str | None:
    """The date a line is, when it is nothing else ("October 2024"); a date within a sentence is a cited
    work's or an event's."""
    found = dates_in_text(line)
    if len(found) != 1:
        return None
    start, end, iso = found[0]
    if iso is None or len(iso) < _MONTH or line[:start].strip() or line[end:].strip(" ."):
        return None
    return iso
