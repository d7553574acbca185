"""A 'Summary' heading that opens a post's notes on a paper by others, no summary set apart (Jifeng Wu's
Hexo Fluid note, 2025, 'Paper Reading: AccelOpt: …': the text's first h2 'Summary' over h3 'Approach',
'Benchmark & Evaluation', 'Limitations', then the h2 'Ideas'; Suchith's Hugo Typo post, 2024, 'Paper notes:
Clickhouse - …': the first h2 'Summary' over bullets drawn from the paper's section 2, then the h2s of the
notes' other sections). The post titles itself notes on a paper; the 'Summary' section is the notes' first
part (a list of bullets, or straight into its own sub-headings), and the notes go on in sections of its
rank: the notes' text, whose record is the post's (the lead's stop-67 reading), not an abstract.

A paper's abstract headed 'Summary' (Il Nuovo Cimento on SpringerLink, a structured one over its
'Background' sub-headings in the Lancet's way) opens over prose or its sub-headings on a page that is no post
titled as notes; a post's own summary under a 'Summary' heading is read as ever where its title does not say
it is notes on a paper; and a 'Summary' closing a post's text is closing_summaries'.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import next_element
from .places import HEADING_TAGS

# A title that calls the post notes on, or a reading of, a paper before the paper's own title: 'Paper
# Reading: …', 'Paper notes: …', 'Paper review - …', '[Paper Notes] …'. Anchored at the start, one pass.
_NOTES_TITLE = re.compile(r"\[?\s*paper\s+(?:reading|notes?|review)\s*[\]:：|\-–—]", re.IGNORECASE)
# What a notes' section opens with: a list of bullets (or a heading of a lower rank, asked apart).
_LISTS = frozenset(("ul", "ol"))


def titled_as_notes(title: str | None) -> bool:
    """Whether the post's title calls it notes on (a reading, a review of) a paper."""
    return bool(title and _NOTES_TITLE.match(title))


def summary_opens_the_notes(heading: Any) -> bool:
    """Whether a 'Summary' heading is the first of its rank among its siblings, its section opening with a
    list or a heading of a lower rank, and a heading of its rank after it: the notes' first section. Each
    sibling is passed once."""
    first = next_element(heading)
    if first is None or not (first.tag in _LISTS or _lower(heading, first)):
        return False
    node = heading.prev
    while node is not None:
        if node.tag == heading.tag:
            return False  # a section of the text's before it: a closing or middle 'Summary'
        node = node.prev
    node = heading.next
    while node is not None:
        if node.tag == heading.tag:
            return True
        node = node.next
    return False


def _lower(heading: Any, node: Any) -> bool:
    """Whether `node` is a heading of a lower rank than `heading` (h3 under an h2)."""
    return (node.tag in HEADING_TAGS and heading.tag in HEADING_TAGS
            and heading.tag[1:].isdigit() and node.tag[1:] > heading.tag[1:])

