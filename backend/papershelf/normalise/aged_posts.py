"""A post that shows only its age under its heading, not its day (News8Plus, 2020, AF themes' magazine
theme for WordPress: <h1 class="entry-title">…</h1>, then <span class="item-metadata posts-date">2 weeks
ago</span> and the text, no byline), its moment in Open Graph's article:published_time. A dated post all
the same, read as its record without authors, as a news release is (news_releases): its heading and the day
its meta gives.
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodyRecord
from .html_meta import Page, short_text
from .places import HEADINGS, over_the_prose, title_heading

# A post's age as a theme shows it in place of its day ("2 weeks ago", "an hour ago").
_AGE = re.compile(r"(?:an?|\d{1,3})\s+(?:second|minute|hour|day|week|month|year)s?\s+ago", re.IGNORECASE)
# How much of an element is read for an age: a few words, and the template's indentation around them.
_LINE = 160


def aged_post(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a post whose heading is followed, above its text's prose, by its age in an element
    classed as a date, where article:published_time names its moment; None where the page lacks any of
    them."""
    heading = title_heading(page, title, HEADINGS) if title and page.first("article:published_time") else None
    if heading is None:
        return None
    # The lines above the text's first paragraph: the post's when its age is among them.
    aged = any(_classed_as_a_date(node) and _an_age(node) for node in over_the_prose(page, heading))
    return BodyRecord(title=title, known=True) if aged else None


def _classed_as_a_date(node: Any) -> bool:
    return any("date" in word for word in (node.attributes.get("class") or "").casefold().split())


def _an_age(node: Any) -> bool:
    text = short_text(node, _LINE)
    return text is not None and _AGE.fullmatch(" ".join(text.split())) is not None
