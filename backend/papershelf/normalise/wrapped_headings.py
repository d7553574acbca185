"""A news story whose heading stands alone in its wrapper, its publication line right under that wrapper, the
day in an element of the line classed as a date (news.com.au, 2012: div.story-headline holding the h1 alone,
then div.story-info, its list 'From: News Limited Network' and li.date-and-time 'November 06, 2012 11:18AM').
The line is the heading's as surely as one right under the heading itself is (news_releases, the APA's blog):
the wrapper only boxes the heading. A dated story naming no writer, read as its record without authors, as
news_releases reads the line right under a heading.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .html_meta import Page
from .news_releases import day_in_the_line_under, over_prose
from .places import HEADINGS, holds_alone, title_heading

# How many wrappers, each holding the one inside it alone, the heading is looked out of: the template's boxes
# round a headline (div.story-headline; a div and its inner div), no more (the page's body is no wrapper).
_WRAPPERS = 2


def dated_under_its_wrapper(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a story whose meta title's heading stands alone in its wrapper, the line right under the
    wrapper holding the day in an element classed as a date, and whose text follows in paragraphs of prose;
    None where the page lacks any of them. A heading marked up in microdata is read by its markup alone."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None or heading.attributes.get("itemprop") is not None:
        return None
    day = next((found for wrapper in _wrappers(heading) if (found := day_in_the_line_under(wrapper))), None)
    return over_prose(page, heading, title, day)


def _wrappers(heading: Any) -> list[Any]:
    """The elements round the heading that hold it alone, innermost first, `_WRAPPERS` at most: each holds the
    one inside it and blank text or comments only (a headline's ad-section comments, news.com.au's)."""
    found: list[Any] = []
    inner, wrapper = heading, heading.parent
    while (wrapper is not None and len(found) < _WRAPPERS and wrapper.tag not in ("body", "html")
           and holds_alone(wrapper, inner)):
        found.append(wrapper)
        inner, wrapper = wrapper, wrapper.parent
    return found
