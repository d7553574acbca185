"""Without meta, a blog's post under the heading its <title> opens with before a separator and the blog's
name, whose line right under the heading names its writer after "Written By:" and then, after a dash, its day
written as the theme writes it: the month's short name, the day and a two-digit year with bullets between
(Healthcare Economist, 2012, WordPress 3.4: the <title> 'Do more capable workers get better working
conditions? « Healthcare Economist', h2.largeheadline the post's title, then <div><span>Written By: Jason
Shafrin</span><span>- Oct• 29•12 </span></div>). No date reader reads such a day, and in running text none
should (a bullet parts list items); it is read only where it closes the writer's line under the heading, over
the post's prose.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .dates import english_month
from .html_meta import Page, next_element, short_text
from .names import a_persons_name
from .news_releases import over_prose
from .places import page_headings
from .two_digit_years import iso_day

# The line: "Written By:" (or "By"), the writer's name, a dash, and the day: month, day and two-digit year
# with a bullet (U+2022) or a middle dot between each (text, not HTML: the line's text is read from the tree).
_LINE = re.compile(
    r"(?:written\s+)?by:?\s+(?P<name>[^-–—|•·]+?)\s*[-–—|]\s*"
    r"(?P<month>[A-Za-z]{3,9})\.?\s*[•·]\s*(?P<day>\d{1,2})\s*[•·]\s*(?P<year>\d{2})",
    re.IGNORECASE)
# What parts a <title>'s post title from the blog's name after it: the guillemets and bars themes write.
_SEPARATORS = ("«", "»", "|", "-", "–", "—", "::")
_HEADINGS = "h1,h2,h3"
# How much of the line's raw text is read: a name and a day, with the template's indentation around them.
_LINE_LENGTH = 200


def post_over_a_bulleted_byline(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a post whose heading the <title> opens with before a separator, where the element right
    under it is the writer's line closed by a bulleted day, and prose follows; None elsewhere."""
    if title:
        return None
    tab = " ".join((clean_text(page.node_text("title") or "") or "").split())
    for heading, text in page_headings(page, _HEADINGS):
        if not text or not tab.startswith(text) or not tab[len(text):].strip().startswith(_SEPARATORS):
            continue
        line = next_element(heading)
        # short_text reads no more than a line's length, however much the element holds.
        words = " ".join((short_text(line, _LINE_LENGTH) or "").split()) if line is not None else ""
        found = _LINE.fullmatch(words)
        if found is None or not a_persons_name(found["name"]):
            return None
        month = english_month(found["month"])
        day = iso_day(int(found["day"]), month, int(found["year"])) if month else None
        record = over_prose(page, heading, text, day)
        if record is not None:
            record.authors = [found["name"]]
        return record
    return None
