"""The post's info line right under its heading, a block of an author-classed element beside a date-classed
one (Spaceflight Insider, 2017, WordPress: <h1>…</h1><div class="news-post-info"><div class="author">Laurel
Kornfeld</div><div class="date">April 7th, 2017</div></div>, no author meta): its writer. A class "author"
alone is too common to be read anywhere (a comment's writer, an author box, a listing's card); beside the
post's day, in the block the heading is followed by, it is the byline. The day's element may be classed as
its time and open with "posted on" and the weekday (TechCrunch, 2011, WordPress.com: <div
class="meta-info"><div class="author">…<span class="display-name">Alexia Tsotsis</span>…</div><div
class="post-time">posted on Saturday, August 13th, 2011</div></div>).
"""

from __future__ import annotations

import re
from typing import Any

from .datelines import day_of_the_line
from .dates import whole_date
from .html_meta import Page, block_text, first_element, next_element
from .names import names_in_byline
from .places import title_or_first_heading

# The class words the writer's and the day's elements are marked with.
_AUTHOR = "author"
_DATE = "date"
# …and the day's element's class naming the post's time ("post-time").
_POST_TIME = "post-time"
# What opens a day's line before the day (and its weekday): "posted on".
_POSTED_ON = re.compile(r"(?:posted|published)\s+on\s+", re.IGNORECASE)


def author_beside_its_day(page: Page, title: str | None = None) -> list[str]:
    """The people of the author-classed child of the block right after the title's heading, when a
    date-classed child of the same block shows a whole date; [] otherwise."""
    heading = title_or_first_heading(page, title)
    block = next_element(heading) if heading is not None else None
    if block is None or block.tag != "div":
        return []
    author, day = _author_and_day(block)
    if author is None and day is None and (inner := first_element(block)) is not None and inner.tag == "div":
        # The line wrapped once in the block (The Media Line, 2020: div.mdl-article-params >
        # div.mdl-article-params__article-info > the writer's and the day's divs, the print and share links
        # beside the wrapper).
        author, day = _author_and_day(inner)
    if author is None or day is None or not _a_day(day.text(deep=True)):
        return []
    return names_in_byline(block_text(author))


def _author_and_day(block: Any) -> tuple[Any, Any]:
    """The block's first child classed as the author's and its first classed as the day's (a class word, or
    a BEM element of it: "mdl-article-params__author", "mdl-article-params__date")."""
    author = day = None
    child = block.child
    while child is not None:
        classes = _classes(child)
        if author is None and _marked(classes, _AUTHOR):
            author = child
        elif day is None and (_marked(classes, _DATE) or _POST_TIME in classes):
            day = child
        child = child.next
    return author, day


def _a_day(text: str) -> str | None:
    """The day a line is, alone, or after "posted on" and its weekday ("posted on Saturday, August 13th,
    2011")."""
    if found := whole_date(text):
        return found
    line = " ".join(text.split())
    opening = _POSTED_ON.match(line)
    return day_of_the_line(line[opening.end():]) if opening else None


def _marked(classes: list[str], word: str) -> bool:
    return any(name == word or name.endswith(f"__{word}") for name in classes)


def _classes(node: Any) -> list[str]:
    return (node.attributes.get("class") or "").casefold().split() if node.tag and node.tag[0] != "-" else []
