"""A description that is the text's first paragraph whole and runs on into the heading right after it: the
text's opening words cut at a length (Hugo's automatic summary), not a summary set apart, however short the
paragraph and whatever follows the heading (Kimberly's Blog, 2023, Hugo's Stack theme: the description 'In
this post, we review Microsoft's 2020 paper "UniLMv2: …". http://…pdf Table of Contents Unified Language
Model …', the first <p> of section.article-content, then h1 'Table of Contents' over a list). A description
that stops within the paragraph, or runs on into anything but a heading right after it, is left to the other
readings (a paragraph of prose running into the next is read as the text's opening there already).
The heading may open the section block right after the paragraph, as an Org-mode export wraps each heading
with its section (Adam Oudad's Hugo post, round 238: <div class="outline-2"><h2>What are GAN?</h2>…</div>
after the first <p>): that block's first element, the heading, is the one right after the paragraph.
"""

from __future__ import annotations

from typing import Any

from .html_meta import block_text
from .places import compact

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# How many whitespace and comment nodes after the paragraph are passed at most to reach the next element.
_PASSED = 8
# The block a section's heading may open (an Org-mode export's div.outline-2).
_SECTION = "div"


def runs_on_into_the_heading(node: Any, key: str) -> bool:
    """Whether the compacted description `key` is the paragraph's whole text and then the opening of the
    heading right after it (or that heading whole and more). Reads only the paragraph and that heading."""
    here = compact(block_text(node) or "")
    if not here or len(key) <= len(here) or not key.startswith(here):
        return False
    after, steps = node.next, 0
    while after is not None and after.tag in ("-text", "-comment") and steps < _PASSED:
        if after.tag == "-text" and (after.text_content or "").strip():
            return False  # bare text of the block's own follows: no heading right after
        after, steps = after.next, steps + 1
    after = _opening_heading(after) if after is not None and after.tag == _SECTION else after
    if after is None or after.tag not in _HEADINGS:
        return False
    heading = compact(block_text(after) or "")
    rest = key[len(here):]
    return bool(heading) and (rest.startswith(heading) or heading.startswith(rest))


def _opening_heading(block: Any) -> Any:
    """The first element of a block where it is a heading, only whitespace and comments before it; None where
    the block opens with anything else."""
    child, steps = block.child, 0
    while child is not None and child.tag in ("-text", "-comment") and steps < _PASSED:
        if child.tag == "-text" and (child.text_content or "").strip():
            return None
        child, steps = child.next, steps + 1
    return child if child is not None and child.tag in _HEADINGS else None
