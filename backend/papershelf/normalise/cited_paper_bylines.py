"""A "By" line that is a paper's byline inside a post about that paper, not the post's own. Notes on a
paper by others may open the text with the reviewed paper's title as a heading of the text, its authors on a
'by:' line right under that heading and its venue on the next, 'published on: ICCV 2019' (On the Road's Hexo
NexT note on DiMP, round 211: h1.post-title '目标跟踪系列：DiMP学习', the day in the post's meta line,
then in the post body <h1>Learning Discriminative Model Prediction for Tracking</h1><p>by: Martin
Danelljan</p><p>published on: ICCV 2019</p>): the names are the paper's authors; the post's writer is
whoever signs the post (its author meta, its own schema.org author Person), as the stop-74 rule reads a
handle the post is signed with.

Told narrowly: the line's block comes right after a heading of its own that is not the story's title heading,
and the block right after it labels where the paper was published ('published on:', 'published in:',
'published at:', 'venue:', 'appeared in:'). A story's byline under its own heading, or under a dek set in a
heading (SFGate's h5.deck), has no such publication line after it.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import next_element, past_blank_text, short_text
from .places import HEADING_TAGS

# The label opening a line that says where a paper appeared, English as such notes write it.
_PUBLISHED_LABEL = re.compile(r"(?:published\s+(?:on|in|at)|venue|appeared\s+in)\s*:", re.IGNORECASE)
# How many characters of the publication line are read (a label and a venue's name).
_LONGEST_LINE = 200


def a_reviewed_papers_byline(text: Any, story_heading: Any) -> bool:
    """Whether the "By" line whose text node is `text` is the byline of a paper a heading inside the post
    names (a heading of its own right above the line's block, not `story_heading`, and a publication line
    right after the block)."""
    block = text.parent
    if block is None or block.tag != "p":
        return False
    above = past_blank_text(block.prev, "prev", comments=True)
    if above is None or above.tag not in HEADING_TAGS or above.mem_id == story_heading.mem_id:
        return False
    after = next_element(block)
    words = short_text(after, _LONGEST_LINE) if after is not None else None
    return bool(words) and _PUBLISHED_LABEL.match(words.strip()) is not None
