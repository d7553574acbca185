"""A news release an institution publishes on its own site (NASA JPL's, 2013): its title in og:title and a
heading, no byline, the day alone on its line under the heading, and the text opening with the release's
dateline ("PASADENA, Calif. -- New views from …"). A dated release of the institution, read as its record
without authors, as a story by a named writer is (bylined_stories).
"""

from __future__ import annotations

import re

from .body import BodyRecord
from .dates import whole_date
from .html_meta import Page, block_text
from .places import HEADINGS, PROSE, above_references, title_heading

# A dateline: the place in capitals, its state or country abbreviated, then a double hyphen or a dash
# ("PASADENA, Calif. -- ", "WASHINGTON — ", "GREENBELT, Md. – ").
_DATELINE = re.compile(r"[A-Z][A-Z .'\u2019-]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15})?\s*(?:--|\u2014|\u2013)\s+\S")
# How long an ISO date that names the day is ("2013-06-05").
_DAY = 10


def dated_release(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a release whose meta title heads its day and a text that opens with a dateline; None
    where the page lacks any of them."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    passed = False
    day: str | None = None
    for node in above_references(page):
        if not passed:
            passed = node.mem_id == heading.mem_id
            continue
        if node.tag == "-text":
            if day is None and (found := whole_date(node.text_content)) and len(found) == _DAY:
                day = found
            continue
        if node.tag == "p" and len(text := block_text(node) or "") >= PROSE:
            # The text's first paragraph: the release's when it opens with the dateline.
            return BodyRecord(title=title, shown=[day], known=True) if day and _DATELINE.match(text) else None
    return None
