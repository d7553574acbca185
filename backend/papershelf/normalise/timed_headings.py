"""Without meta, a post under the heading its <title> repeats (the blog's name in brackets after it), dated by
a time element right under the heading whose whole text is its day (Maurycy's blog, 2026, a hand-written
static site: the <title> 'Arp 29: The fireworks galaxy (Maurycy's blog) ', <h1><em>Arp 29: …</em></h1> and
right under it <b title='Publication'><time>2026-06-19</time></b>, no datetime attribute, then the photograph
and the text in <p>s). An element that says it is a time is the page's own mark of a day, which an unmarked
line under a heading no meta names is not (dated_headings reads only the line above such a heading): the day
the post was published, over its prose. Its writer is nobody the page names.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .datelines import SHORT, day_of_the_line
from .html_meta import Page, next_element, short_text
from .news_releases import over_prose
from .places import HEADINGS, title_heading
from .shown_titles import heading_the_tab_repeats


def dated_by_the_time_under_its_heading(page: Page, title: str | None) -> BodyRecord | None:
    """The record of the heading the <title> repeats, where the element right under it is (or holds alone) a
    time element whose whole text is a day and prose follows; None where meta names the title or either
    is missing."""
    if title:
        return None
    piece = heading_the_tab_repeats(page)
    heading = title_heading(page, piece, HEADINGS) if piece else None
    if heading is None:
        return None
    below = next_element(heading)
    day = _time_day(below) if below is not None and not _words_between(heading, below) else None
    return over_prose(page, heading, piece, day) if day else None


def _time_day(node: Any) -> str | None:
    """The day a time element is, or the element holding one alone (the same whole text); None otherwise.
    Read no further than a short line: a block that holds a time element among its words is no day's line."""
    text = short_text(node, SHORT)
    day = day_of_the_line(text) if text else None
    if day is None:
        return None
    time = node if node.tag == "time" else node.css_first("time")
    shown = short_text(time, SHORT) if time is not None else None
    return day if shown and " ".join(shown.split()) == " ".join(text.split()) else None


def _words_between(heading: Any, node: Any) -> bool:
    """Whether text with words stands between the heading and the element after it."""
    sibling = heading.next
    while sibling is not None and sibling.mem_id != node.mem_id:
        if sibling.tag == "-text" and (sibling.text_content or "").strip():
            return True
        sibling = sibling.next
    return False
