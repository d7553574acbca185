"""A story whose day closes its text, in the heading's block: the heading, the text's paragraphs, then a line
classed as the date with the paper's name beside it (Yomiuri Online, 2011: div.article-def holding the h1,
the <p>s and div.date-def '（2011年4月15日12時24分  読売新聞）'; no byline, no meta but its description). The
day dates the story, which names no writer: read as its record without authors, as a news item dated beside
its heading is (dated_headings).
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, short_text
from .news_releases import classed_as_a_date
from .places import HEADINGS, runs_as_prose, title_heading

# How many of the heading's siblings after it are read: a story's paragraphs, its ads and its date line.
_SIBLINGS = 60
# How long the date line may be, its time and the paper's name beside the day, the template's spaces around.
_LINE = 80


def dated_at_its_close(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a story whose heading's block closes its paragraphs of prose with a line classed as a
    date that holds one day; None where the page lacks any of them."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    prose = False
    node = heading.next
    for _ in range(_SIBLINGS):
        if node is None:
            return None
        if node.tag == "p" and runs_as_prose(block_text(node) or ""):
            prose = True
        elif prose and classed_as_a_date(node) and (day := _one_day(node)):
            return BodyRecord(title=title, shown=[day], known=True)
        node = node.next
    return None


def _one_day(node: Any) -> str | None:
    """The day a short line names, where it names one and no other."""
    found = dates_in_text(short_text(node, _LINE) or "")
    days = [iso for _, _, iso in found if iso and len(iso) == DAY_LENGTH]
    return days[0] if len(days) == 1 else None
