"""A story's dek set right under the line of its day, where its byline stands over that line, between the
heading and it: a heading or block classed as the subtitle or the dek in a word of its own or a compound's
last (Chosun Ilbo, 2009: the writers under the h1, then div.news_date '입력 : 2009.09.25 03:03' opening the
story's body, then h3.news_subtitle, two lines parted by a <br>, over the text's div.par). The story's
summary, which the corpus reads as its abstract, as a dek between the heading and the "By" line is
(bylined_stories._dek). Only the element right after the day's line: one further down is the text's or a
list's."""

from __future__ import annotations

from itertools import islice
from typing import Any

from .body import MIN_ABSTRACT
from .html_meta import block_text, next_element
from .places import PROSE, ancestors
from .standfirst_blocks import classed_a_standfirst_or_subtitle

# The blocks a dek is set in.
_DEK_BLOCKS = frozenset(("h2", "h3", "h4", "h5", "h6", "p", "div"))
# How many elements up from the day's text its line may be wrapped in (p#date_text in div.date_ctrl_2011 in
# div.news_date): the first of them with an element after it closes the line.
_LINE_DEPTH = 4


def dek_under_the_day(day_text: Any) -> str | None:
    """The dek right after the line that holds the text of a story's day; None where the element after that
    line is not classed as the subtitle or the dek, or holds too little or too much for one."""
    for holder in islice(ancestors(day_text), _LINE_DEPTH):
        after = next_element(holder)
        if after is None:
            continue
        if after.tag not in _DEK_BLOCKS or not classed_a_standfirst_or_subtitle(after):
            return None
        text = block_text(after)
        return text if text and MIN_ABSTRACT <= len(text) < PROSE else None
    return None
