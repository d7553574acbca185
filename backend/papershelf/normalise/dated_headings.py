"""A news item whose day stands alone in the element right above or right below its heading, unlabelled and
unclassed, the element's whole text that day (the Hertie School, 2019: <span style="…">02.12.19</span>
<h1>What's on the cards for von der Leyen?</h1>, then an empty byline and the text in paragraphs), or the
first line of the block right under the heading, a few elements down (Ai2's blog, 2025: 'December 15, 2025'
in a p in a div under the h1, the institute's name after it), or a dateline, the place it was issued in and
a comma before the day (Jugend forscht's press releases, 2021: <p class="news-subtitle"><span>Hamburg, 2.
November 2021</span></p> under the h1). The day
dates the item, which names no writer: read as its record without authors, as a news item whose day is
classed as a date under its heading is (news_releases). The day may be written day first with a two-digit
year, read only here, where the element holds nothing else. A story whose byline under the heading names its
writer may be dated by the line right above the heading, or above the wrapper the heading stands alone in, the
day and its time opening that block (CBS News, 2013: div.heading opening with div.timeLine 'June 6, 2013 8:24
AM', then div.overviewHead holding the h1 alone, then the "By" line): `day_over`, which bylined_stories asks.
The line may close that block instead, where its class says it is the day (Slate, 2014: div.meta, the
column's name and motto, then div.pub-date 'Dec. 29 2014 3:00 AM', over the h1): a line closing a block
dates the story only where marked as the day, a block's last line being any words. The heading may open a
block of its own instead of standing alone in it, the dek and the "By" line after it there: the block right
above that one dates it so (BusinessWeek, 2011: div#article_top, closed by span.published_date 'September 13,
2011, 8:50 PM EDT', over div#article_body opening with the h1).
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodyRecord
from .datelines import SHORT, day_of_the_line
from .dates import DAY_LENGTH, TIME_OF_DAY, dates_in_text
from .heading_tails import day_in_the_heading_tail
from .html_meta import Page, next_element, short_text
from .lines_above import day_after_its_kind, line_above
from .news_releases import over_prose
from .places import HEADINGS, holds_alone, title_heading

# The time of day after a day on its line ("8:24 AM", "10:07 am ET"), a comma before it or not ("September 13,
# 2011, 8:50 PM EDT": BusinessWeek, 2011).
_TIME = re.compile(r",?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?", re.IGNORECASE)
# What a class word of a line closing a block says where the line is the day ("pub-date").
_DATE_CLASS = "date"
# How much longer the element's text may be than a dateline with its template's indentation (tabs and line
# ends around it).
_INDENTED = 2


def dated_beside_its_heading(page: Page, title: str | None, *,
                             above_only: bool = False) -> BodyRecord | None:
    """The record of a news item whose meta title's heading has right above or right below it an element
    whose whole text is a day, and under which paragraphs of prose follow; None where the page lacks any
    of them. A heading marked up in microdata is read by its markup alone. With `above_only` (a heading no
    meta names, the one its <title> repeats: ZAMG's news, 2022, <h3>21.01.2022</h3> over the h1), only the
    element right above it: a line under such a heading dates it only where classed as a date
    (news_releases, HBS Working Knowledge's div.date, 2004)."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None or heading.attributes.get("itemprop") is not None:
        return None
    day = day_beside(heading, above_only=above_only)
    return over_prose(page, heading, title, day) if day else None


def day_beside(heading: Any, *, above_only: bool = False) -> str | None:
    """The day that stands alone right above the heading, or (but with `above_only`) opens the block right
    below it, or is the bare text right after it; None where none does."""
    below = () if above_only else _opening_elements(next_element(heading))
    before = _past_an_empty_paragraph(_element_before(heading))
    for beside in (before, *below):
        if beside is not None and (day := _whole_day(beside)):
            return day
    # …or the line right above it that its class calls the date, its time of day before the day (Kurskweb,
    # 2011: <p class="date"><i>15:13 09 декабря 2011</i></p> over the h2): the class says the line is the day.
    if before is not None and _classed_as_a_day(before) and (day := _time_and_its_day(before)):
        return day
    # …or, where the heading opens the block it stands in, a line classed as the date among the first few
    # elements of the block right above that one, the day alone or with its time (BCM, 2011: div#doc_head's
    # h1 linking the section, div.date0 '27.11.2011 23:17', the photo and its caption, over div#doc_body
    # opening with the h2): the class says the line is the day, and the head block is the story's own.
    if before is None and (day := _classed_day_heading_the_block_above(heading)):
        return day
    # …or the bare text right after it, in no element, a day after its label or alone (Doctors Lounge, 2011:
    # '</h1>Last Updated: December 15, 2011.'): no element's line, so read with `above_only` too.
    if day := day_in_the_heading_tail(heading):
        return day
    # …or the last line above it, past empty elements, the item's kind and a bar before the day (Photonics
    # Online, 2017: h4 'News | October 5, 2017', then icons and share buttons, then the h1 in a div).
    line = line_above(heading)
    text = short_text(line, SHORT * _INDENTED) if line is not None else None
    return day_after_its_kind(text) if text else None


# How far down the block right under the heading its first line is looked for (Ai2's blog, 2025: the day a p
# in a div in the block, two elements down), through divs and paragraphs only: a list under the heading is a
# publication line of items, its day one fact beside its categories, read only where classed as a date
# (news_releases: the APA's blog, 2024).
_OPENING_DEPTH = 2
_LINE_BLOCKS = frozenset(("div", "p"))


def _opening_elements(node: Any) -> list[Any]:
    """The element and the first elements it opens with, `_OPENING_DEPTH` down at most: the block right under
    the heading and its first line (Ai2's blog, 2025: <div><div><p>December 15, 2025</p><p>Ai2</p></div>
    <div>Share</div></div> under the h1), as long as no words come before that line and it is a div or p."""
    found = []
    while node is not None and len(found) <= _OPENING_DEPTH:
        found.append(node)
        child = node.child
        while child is not None and child.tag in ("-text", "-comment") and not (
                child.tag == "-text" and (child.text_content or "").strip()):
            child = child.next
        node = child if child is not None and child.tag in _LINE_BLOCKS else None
    return found


def _words_before(node: Any) -> bool:
    """Whether a text with words stands between `node` and the element before it (or its parent's start)."""
    sibling = node.prev
    while sibling is not None and sibling.tag in ("-text", "-comment"):
        if sibling.tag == "-text" and (sibling.text_content or "").strip():
            return True
        sibling = sibling.prev
    return False


def _element_before(node: Any) -> Any:
    """The element before `node`, past text and comments between them."""
    sibling = node.prev
    while sibling is not None and sibling.tag in ("-text", "-comment"):
        sibling = sibling.prev
    return sibling


def _past_an_empty_paragraph(node: Any) -> Any:
    """The element, or the one before it where it is an empty paragraph: a template that wraps its header's
    kicker heading and day in a <p> leaves, as the parser closes that p at the heading, the stray </p> an
    empty p between the day and the title (the Hugo header of Solang Kim's blog, 2021: <p><h3>Paper
    Review</h3><time>2021. 5. 19.</time></p><h1>, parsed as p, h3, time, an empty p, h1). An empty p shows
    nothing, so the day right above it is the day right above the heading. One such p only, and no other
    kind of element: a line or a rule between them parts the day from the heading."""
    if node is None or node.tag != "p" or node.child is not None:
        return node
    return _element_before(node)


# How many elements of the block above the heading's block the dated line is sought among: the section's
# heading and the day (BCM, 2011), not the block's whole text.
_HEAD_LINES = 3


def _classed_day_heading_the_block_above(heading: Any) -> str | None:
    """The day (alone or with its time) of a line classed as the date among the first `_HEAD_LINES` elements
    of the block right above the block the heading opens; None where the heading does not open its block or
    no such line is there."""
    block = heading.parent
    if block is None or _words_before(heading):
        return None
    above = _element_before(block)
    child = above.child if above is not None else None
    seen = 0
    while child is not None and seen < _HEAD_LINES:
        if child.tag not in ("-text", "-comment"):
            if _classed_as_a_day(child) and (day := _day_line(child)):
                return day
            seen += 1
        child = child.next
    return None


def _whole_day(node: Any) -> str | None:
    """The day the element's whole text is (one that names the day), alone or after its place; None
    otherwise. Read past the template's indentation around the line (Jugend forscht's "\n\t\tHamburg, …")."""
    text = short_text(node, SHORT * _INDENTED)
    return day_of_the_line(text, two_digit_year=True) if text else None


def day_over(heading: Any) -> str | None:
    """The day that stands alone (or with its time of day) in the element right above the heading, or right
    above the wrapper the heading stands alone in, or in that element's first line; None where none does."""
    node = heading
    if heading.parent is not None and holds_alone(heading.parent, heading):
        node = heading.parent
    elif heading.parent is not None and _element_before(heading) is None and not _words_before(heading):
        # …or above the block the heading opens (BusinessWeek, 2011: div#article_top closed by
        # span.published_date, then div#article_body opening with the h1, its dek and its "By" line).
        node = heading.parent
    block = _element_before(node)
    for above in _opening_elements(block):
        if day := _day_line(above):
            return day
    # …or the line closing that block, classed as the day (Slate's div.pub-date).
    closing = _last_element(block) if block is not None else None
    return _day_line(closing) if closing is not None and _classed_as_a_day(closing) else None


def _day_line(node: Any) -> str | None:
    """The day an element's short text is, alone or with its time of day; None otherwise."""
    text = short_text(node, SHORT * _INDENTED)
    return (day_of_the_line(text) or _day_and_its_time(text)) if text else None


def _last_element(node: Any) -> Any:
    """The element `node` closes with, past text and comments after it; None where it holds none."""
    child = node.last_child
    while child is not None and child.tag in ("-text", "-comment"):
        child = child.prev
    return child


def _classed_as_a_day(node: Any) -> bool:
    """Whether a class word of the element names a date ("pub-date", "date")."""
    return any(_DATE_CLASS in word for word in (node.attributes.get("class") or "").casefold().split())


def _time_and_its_day(node: Any) -> str | None:
    """The day a short line closes with where only its time of day comes before it ("15:13 09 декабря
    2011"); None otherwise."""
    text = short_text(node, SHORT * _INDENTED)
    line = " ".join(text.split()) if text else ""
    if not line or len(line) > SHORT:
        return None
    found = next(iter(dates_in_text(line)), None)
    if found is None or found[1] != len(line) or not found[2] or len(found[2]) != DAY_LENGTH:
        return None
    return found[2] if _LEADING_TIME.fullmatch(line[:found[0]]) else None


# The time of day before a day on its line ("15:13 ", "8:24 AM, ").
_LEADING_TIME = re.compile(TIME_OF_DAY + r",?\s+", re.IGNORECASE)


def _day_and_its_time(text: str) -> str | None:
    """The day a short line opens with where only its time of day follows ("June 6, 2013 8:24 AM")."""
    line = " ".join(text.split())
    if len(line) > SHORT:
        return None
    found = next(iter(dates_in_text(line)), None)
    if found is None or found[0] or not found[2] or len(found[2]) != DAY_LENGTH:
        return None
    return found[2] if _TIME.fullmatch(line[found[1]:]) else None
