"""The last line a reader sees above a heading, however many empty elements stand between them (Photonics
Online, 2017: h4.doc-header '<span>News</span> | October 5, 2017' opens div#document-top after hidden
inputs, then come the block's print and RSS icons and a bar of empty share buttons, then
<div><h1>…</h1></div>): the element whose text it is. And the day such a line gives after the item's kind
and a bar ("News | October 5, 2017", "Press release | 5 October 2017"), read where that element's whole
text is the two.
"""

from __future__ import annotations

import re
from typing import Any

from .datelines import day_of_the_line
from .places import UNSHOWN

# How many nodes the walk back from the heading passes at most (empty elements, blank text, comments).
_MOST_STEPS = 60
# The item's kind before the bar: a word or three, the first capitalised ("News", "Press release").
_KIND_AND_BAR = re.compile(r"[A-Z\u00c0-\u00de][\w-]*(?:\s+[\w-]+){0,2}\s*\|\s*")


def line_above(heading: Any) -> Any:
    """The element holding the last text with words before `heading` in the page's order, past elements that
    hold none; None where the walk meets the body's start or runs past its bound first."""
    node = heading
    for _ in range(_MOST_STEPS):
        if node.prev is not None:
            node = node.prev
            while node.last_child is not None and node.tag not in UNSHOWN:
                node = node.last_child  # the walk goes down the last children: each step one node
        else:
            node = node.parent  # an ancestor holds the heading: its own text is read past, not here
            if node is None or node.tag in ("body", "html"):
                return None
            continue
        if node.tag == "-text" and (node.text_content or "").strip() and (
                node.parent is not None and node.parent.tag not in UNSHOWN):
            return node.parent
    return None


def day_after_its_kind(text: str) -> str | None:
    """The day a short line gives after the item's kind and a bar ("News | October 5, 2017"); None else."""
    line = " ".join(text.split())
    found = _KIND_AND_BAR.match(line)
    return day_of_the_line(line[found.end():]) if found else None
