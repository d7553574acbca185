"""The summary a project page sets apart right under its teaser, with no heading over it: Chameleon's page
(round 216, pending93), its title's block (the title, the byline, news lines, the paper's buttons) over a
block of the teaser's image and caption, then a block whose text opens with one paragraph of bare text
('Discover Chameleon, our cutting-edge compositional reasoning framework …'), nothing more before the block's
first heading. That one paragraph alone, of two sentences or more, is the page's summary; several paragraphs
under a teaser are the text's introduction (TiPToP's page of the same round: no abstract), and a paragraph in
a <p> or after other text is no block set apart so."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import next_element
from .places import HEADING_TAGS

# The inline elements a paragraph of bare text runs through (a project's name marked up as in the title).
_INLINE = frozenset({"span", "a", "em", "i", "b", "strong", "sup", "sub", "code", "font", "mark", "u"})
_LONGEST_SUMMARY = 3000
# A summary is prose of two sentences at least: a sentence's end, then more.
_SENTENCE_END = re.compile(r"[.!?](?=\s+\S)")
_TEASERS = "img, video"


def lone_paragraph_under_the_teaser(shown: Any) -> str | None:
    """The one paragraph of bare text opening the block right after the teaser's block, which follows the
    block the title `shown` stands in, where nothing but line breaks and comments follows it before the
    block's first heading."""
    head = shown.parent
    teaser = next_element(head) if head is not None and head.tag == "div" else None
    if teaser is None or teaser.tag != "div" or teaser.css_first(_TEASERS) is None:
        return None
    block = next_element(teaser)
    if block is None or block.tag != "div":
        return None
    parts: list[str] = []
    node = block.child
    while node is not None and (node.tag == "-text" or node.tag in _INLINE):
        parts.append(node.text(deep=True) if node.tag != "-text" else node.text_content or "")
        node = node.next
    text = clean_text("".join(parts)) or ""
    if not MIN_ABSTRACT <= len(text) <= _LONGEST_SUMMARY or _SENTENCE_END.search(text) is None:
        return None
    # Alone: up to the block's first heading, only comments and line breaks (or nothing) after it.
    while node is not None and node.tag not in HEADING_TAGS:
        if node.tag == "-text":
            if (node.text_content or "").strip():
                return None
        elif node.tag not in ("-comment", "br"):
            return None
        node = node.next
    return text
