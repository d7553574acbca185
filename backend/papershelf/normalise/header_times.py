"""A post whose own <header> holds its heading and, below a subtitle between them, the time its template
classes as the post's publication (Hugo's Stack theme, EIS1600's project post, 2022: header.article-header
holding h2.article-title, h3.article-subtitle and footer.article-time with time.article-time--published
'Nov 21, 2022' and time.article-time--reading '2 minute read'). The time is the post's day as surely as a
line right under the heading is (news_releases): the header is the post's, and its subtitle only stands
between. A dated post naming no writer, read as its record without authors where prose follows, or where
the block after the header shows a PDF in a frame as its text (embedded_documents).
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .datelines import day_of_the_line
from .embedded_documents import embeds_a_document
from .html_meta import Page
from .news_releases import over_prose
from .places import HEADINGS, title_heading

# How far up from the heading its header is looked for: the heading's wrapper (Stack's
# div.article-title-wrapper), the details block round it, the header; never the page's body.
_REACH = 3
# A time the template classes as the publication's, not the reading time or an update's.
_PUBLISHED_TIME = 'time[class*="published"]'


def dated_in_its_header(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a post whose meta title's heading stands in a <header> that also holds one time classed
    as published, its words a day, and whose text follows in paragraphs of prose; None where the page lacks
    any of them. A heading marked up in microdata is read by its markup alone."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None or heading.attributes.get("itemprop") is not None:
        return None
    header = _its_header(heading)
    if header is None:
        return None
    times = header.css(_PUBLISHED_TIME)
    if len(times) != 1:
        return None  # none, or several: a header of a listing's entries is no one post's
    day = day_of_the_line(times[0].text(deep=True) or "")
    # …or over a PDF the post shows in a frame as its text, its slides (embedded_documents).
    if day is not None and embeds_a_document(header):
        return BodyRecord(title=title, shown=[day], known=True)
    return over_prose(page, heading, title, day)


def _its_header(heading: Any) -> Any | None:
    """The <header> round the heading, `_REACH` steps up at most; None where there is none so near."""
    node, steps = heading.parent, 0
    while node is not None and steps < _REACH and node.tag not in ("body", "html"):
        if node.tag == "header":
            return node
        node, steps = node.parent, steps + 1
    return None
