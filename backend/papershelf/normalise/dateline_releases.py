"""A news release an institution's office put on the web by hand or from a database, without meta (Washington
University School of Medicine's Office of Medical Public Affairs, 1999, Lotus Domino: the <title> 'Medical
Public Affairs- Press Release' and the h1 'NEWS' the same on every release): its headline set in bold or
larger type right over the text, whose first paragraph opens with the release's dateline, the place it was
issued in, a comma, the day and a dash ('St. Louis, May 19, 1999 – Helen Piwnica-Worms, Ph.D., …'). A dated
release of the institution, read as its record without authors (its media contact is none), as a release
whose day stands under its heading is (news_releases).
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodyRecord
from .datelines import PLACE
from .dates import DAY_LENGTH, whole_date
from .html_meta import Page, block_text
from .places import UNSHOWN, runs_as_prose

# The day after the place and its comma, then the dash that ends the dateline ("May 19, 1999 – ").
_DAY_AND_DASH = re.compile(r"(.{6,30}?)\s*(?:--|[\u2013\u2014])\s+\S")
# The elements a headline is set in over the text: bold, or larger type.
_HEADLINES = frozenset(("b", "strong", "font"))
# How long a headline runs, in characters.
_HEADLINE_LENGTH = (10, 200)


def dateline_release(page: Page) -> BodyRecord | None:
    """The record of a release whose first paragraph of prose opens with a dateline right under a bold
    headline; None where the page's first such paragraph does not, or no headline stands over it."""
    for node in page.tree.css("p"):
        if node.parent is not None and node.parent.tag in UNSHOWN:
            continue
        text = block_text(node) or ""
        if runs_as_prose(text):
            day = _dateline_day(text)
            headline = _headline_over(node) if day else None
            return BodyRecord(title=headline, shown=[day], known=True) if headline else None
    return None


def _dateline_day(text: str) -> str | None:
    """The day of the dateline the text opens with; None where it opens with none."""
    place = PLACE.match(text)
    dash = _DAY_AND_DASH.match(text, place.end()) if place else None
    day = whole_date(dash.group(1)) if dash else None
    return day if day and len(day) == DAY_LENGTH else None


def _headline_over(node: Any) -> str | None:
    """The text of the bold or larger type right before the paragraph, past spaces, where it is a headline's
    length; None otherwise."""
    before = node.prev
    while before is not None and (before.tag == "-comment" or (
            before.tag == "-text" and not (before.text_content or "").strip())):
        before = before.prev
    if before is None or before.tag not in _HEADLINES:
        return None
    headline = block_text(before) or ""
    shortest, longest = _HEADLINE_LENGTH
    return headline if shortest <= len(headline) <= longest else None
