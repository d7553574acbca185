"""A piece's summary set apart in a box of its own under its heading, the box headed by a summary's label
(MIT Sloan's 'Ideas Made to Matter', 2021: <aside class="wim"><h2>Why It Matters</h2><p>This pervasive and
powerful form of artificial intelligence is changing every industry. …</p></aside> between the header and
the text, no description meta): the summary a reader reads as the piece's abstract, as a standfirst is."""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page, block_text
from .places import HEADINGS, below_heading, title_heading

# The labels a summary's box is headed by.
_LABELS = frozenset(("why it matters", "in brief", "at a glance", "the big picture"))
_HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "header"))


def summary_box(page: Page, title: str | None) -> str | None:
    """The one paragraph of the first box (an <aside>) between the title's heading and the text's prose whose
    heading is a summary's label; None where there is no such box."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    for node in below_heading(page, heading):
        if node.tag == "aside" and (summary := _boxed(node)):
            return summary
    return None


def _boxed(box: Any) -> str | None:
    """The box's one paragraph, where its first child element is a heading with a summary's label: its
    children are read, not all it holds, so that boxes in boxes are each read once."""
    children = [child for child in box.iter() if child.tag not in ("-text", "-comment", "svg")]
    if len(children) != 2 or children[0].tag not in _HEADING_TAGS or children[1].tag != "p":
        return None
    label = (clean_text(children[0].text()) or "").rstrip(":").casefold()
    text = block_text(children[1])
    return text if label in _LABELS and text and len(text) >= MIN_ABSTRACT else None
