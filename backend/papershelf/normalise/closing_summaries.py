"""A "Summary" heading that closes a post's text, no abstract over it (Will Wolf's blog, 2017, Pelican: the
post's text in h1 sections, 'Linear regression with mean squared error', …, 'Going fully Bayesian', then the
h1 'Summary' over its closing paragraphs, 'I hope this post serves as useful context …'). A paper's abstract
may be headed "Summary" (Il Nuovo Cimento on SpringerLink), but it opens the text: no section heading of its
rank stands before it. One that follows such a heading, a paragraph of prose between them, sums up what was
said.
"""

from __future__ import annotations

from typing import Any

from .html_meta import block_text
from .places import runs_as_prose


def closes_the_text(heading: Any) -> bool:
    """Whether a heading of its rank stands before it among its siblings, a paragraph of prose between them.
    The walk stops at the first such heading: over a run of headings, each sibling is passed once or twice."""
    prose = False
    node = heading.prev
    while node is not None:
        if node.tag == heading.tag:
            return prose
        prose = prose or (node.tag == "p" and runs_as_prose(block_text(node) or ""))
        node = node.prev
    return False
