"""A hand-made story page with no heading of words, whose headline is a paragraph the <title> opens with and
whose day follows it in that paragraph after a line break (Scientific Frontline, 2012, written in OpenOffice:
<P><FONT SIZE=5><B>Predators Pick Prey that Balances Their Diet</B></FONT><BR><SDFIELD …>Thursday, January
12, 2012</SDFIELD></P>, then the text, 'Source: University of Sydney' closing it; no og, date or author meta).
The day dates the story, which names no writer: its record has no authors, as a news item dated under its
heading has none (news_releases).
"""

from __future__ import annotations

from .body import BodyRecord
from .datelines import SHORT, day_of_the_line
from .html_meta import Page, block_text
from .news_releases import over_prose
from .places import compact

# How many paragraphs are looked at: the headline stands near the top of the page, and each is compared with
# the <title> (a page of thousands of paragraphs is read no further).
_FIRST = 200
# The longest such paragraph read: a headline and its day.
_LONGEST = 300
# How many words the day may take at the paragraph's end ("Thursday, January 12, 2012").
_DAY_WORDS = 6


def headline_over_its_day(page: Page) -> BodyRecord | None:
    """The record of a story whose headline paragraph (the <title>'s opening) ends, after a line break, with
    its day, prose following; None where the page has no such paragraph."""
    tab = compact(page.node_text("title") or "")
    if not tab:
        return None
    for paragraph in page.tree.css("p")[:_FIRST]:
        if paragraph.css_first("br") is None:
            continue
        found = _headline_and_day(" ".join((block_text(paragraph) or "").split()[:_LONGEST]), tab)
        if found:
            return over_prose(page, paragraph, *found)
    return None


def _headline_and_day(text: str, tab: str) -> tuple[str, str] | None:
    """The headline the <title> opens with and the day after it, where the text is those two alone."""
    words = text.split()
    for count in range(1, min(_DAY_WORDS, len(words) - 1) + 1):
        rest = " ".join(words[-count:])
        headline = " ".join(words[:-count])
        key = compact(headline)
        if len(rest) <= SHORT and len(key) >= 12 and tab.startswith(key) and (day := day_of_the_line(rest)):
            return headline, day
    return None
