"""Without meta, a post whose heading stands alone in its wrapper, dated by the day heading the side column of
the row right after that wrapper, the text in the column beside it (EO & DA Ramblings, 2012, a Pelican 3.5
theme on Bootstrap 2: div.row-fluid holding div.content-title.span9 holding the h1 alone, then the next
div.row-fluid, its first column div.span2 opening with an unclassed <p>Mon 23 July 2012 </p> over 'Filed under
Blog' and the tags, its second column div.span8 the text in paragraphs). The row right after the heading's box
is the post's own, as the line right under a heading alone in its wrapper is (wrapped_headings): its side
column says when and where the post was filed, the day first, its whole text. The heading is the one its
<title> repeats before the blog's name. A dated post, its writer read as any page's.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from .body import BodyRecord
from .datelines import SHORT, day_of_the_line
from .html_meta import Page, next_element, short_text
from .news_releases import over_prose
from .places import HEADINGS, holds_alone, title_heading
from .shown_titles import heading_the_tab_repeats

# How many wrappers, each holding the one inside it alone, the heading is looked out of (the title's column
# and its row), and how much longer the day's line may be than a dateline with its indentation.
_WRAPPERS = 2
_INDENTED = 2
# A weekday before the day with no comma, as Pelican's default date format writes it ('Mon 23 July 2012'):
# read only where it is the day's own weekday.
_WEEKDAY = re.compile(r"^\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+", re.IGNORECASE)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def dated_by_its_side_column(page: Page, title: str | None) -> BodyRecord | None:
    """The record of the heading the <title> repeats, alone in its wrapper, where the element right after the
    wrapper is a row whose first column opens with an element whose whole text is a day and whose next column
    holds the text; None where meta names the title or any is missing."""
    if title:
        return None
    piece = heading_the_tab_repeats(page)
    heading = title_heading(page, piece, HEADINGS) if piece else None
    if heading is None:
        return None
    inner, wrapper, depth = heading, heading.parent, 0
    while (wrapper is not None and depth < _WRAPPERS and wrapper.tag not in ("body", "html")
           and holds_alone(wrapper, inner)):
        inner, wrapper, depth = wrapper, wrapper.parent, depth + 1
    if depth == 0:
        return None  # a heading among other words: its side column is nobody's
    row = next_element(inner)
    column = _first_element(row) if row is not None else None
    line = _first_element(column) if column is not None else None
    text = short_text(line, SHORT * _INDENTED) if line is not None else None
    day = _day_of_the_line(text) if text else None
    if day is None or next_element(column) is None:
        return None  # no column of text beside the side column: the day is no post's
    return over_prose(page, heading, piece, day)


def _first_element(node: Any) -> Any:
    """The first element child of `node`, where no words come before it; None otherwise."""
    child = node.child
    while child is not None and child.tag in ("-text", "-comment"):
        if child.tag == "-text" and (child.text_content or "").strip():
            return None
        child = child.next
    return child


def _day_of_the_line(text: str) -> str | None:
    """The day a short line is, alone or after its own weekday with no comma ('Mon 23 July 2012'); None where
    the weekday is another day's."""
    if day := day_of_the_line(text):
        return day
    weekday = _WEEKDAY.match(text)
    day = day_of_the_line(text[weekday.end():]) if weekday else None
    if day is None or weekday is None:
        return None
    shown = _WEEKDAYS.index(weekday.group(1).casefold())
    return day if datetime.date.fromisoformat(day).weekday() == shown else None
