"""A hand-made page's post signed right under its heading: the heading the <title> opens with, before the
site owner's name, and right under it a line of that name and the day alone, a comma between them (Thomas
Kipf's post on his GCN paper, round 229: a hand-written page of a TEMPLATED layout, header.major holding the
h2 'Graph Convolutional Networks' and the p 'Thomas Kipf, 30 September 2016', the <title> 'Graph
Convolutional Networks | Thomas Kipf | Google DeepMind'). Its Open Graph title is a sharing card's other
wording ('How powerful are Graph Convolutional Networks?'), no heading of the page: the heading is the
post's title over it. The name must be one the <title> gives after the heading, so a line naming someone
else (a quoted source, a photo's credit) signs nothing.
"""

from __future__ import annotations

import re

from .body import BodyRecord
from .dates import whole_date
from .html_meta import Page, next_element
from .names import a_persons_name
from .news_releases import over_prose, words_of_a_line
from .places import TAB_PARTS, compact, page_headings

# The headings a hand-made page titles its post with.
_HEADINGS = "h1, h2"
# The signed line: a name (no comma in it, a line's name at most) and, after a comma, the day.
_SIGNED = re.compile(r"(?P<name>[^,]{3,60}),\s*(?P<day>[^,].{5,40})")


def post_under_its_signed_line(page: Page) -> BodyRecord | None:
    """The post the heading the <title> opens with titles, signed and dated by the line right under that
    heading ('<name>, <day>'), the name one the <title> gives after the heading; None where the page is no
    such post (no such heading, no such line, no prose after it)."""
    first, *rest = TAB_PARTS.split((page.node_text("title") or "").strip())
    key = compact(first)
    if not key or not rest:
        return None
    owners = {compact(part) for part in rest}
    found = next(((node, text) for node, text in page_headings(page, _HEADINGS)
                  if text and compact(text) == key), None)
    if found is None:
        return None
    heading, title = found
    line = next_element(heading)
    words = words_of_a_line(line) if line is not None else None
    match = _SIGNED.fullmatch(words) if words else None
    if match is None:
        return None
    name, day = " ".join(match["name"].split()), whole_date(match["day"])
    if day is None or compact(name) not in owners or not a_persons_name(name):
        return None
    record = over_prose(page, heading, title, day)
    if record is not None:
        record.authors, record.title_over_meta = [name], True
    return record
