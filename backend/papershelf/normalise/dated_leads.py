"""A news item whose first paragraph under its heading opens with the item's day in brackets, then sums the
item up, set wholly in bold as its lead (transgen.de, 2018: <h1>…</h1><p><strong>(18.01.2018) Deutschlands
Landwirte zittern vor …</strong></p>, then the text). The day dates the item, which names no writer: read as
its record without authors, as a news item dated under its heading is (news_releases). The lead without the
day is its summary, which the corpus reads as the abstract, as a standfirst; a first paragraph not in bold
is the text's start, not set apart. So is a story whose first paragraph of prose opens with its day in bold
and a colon, a dateline (Science@NASA, 2004: a line offering the story's audio, then <p><b>April 23, 2004:</b>
Flying over …): the day dates it; its paragraph is the text, no summary.
"""

from __future__ import annotations

import re
from typing import Any

from .body import MIN_ABSTRACT, BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text
from .places import HEADINGS, PROSE, after_heading, title_heading

# The day in brackets that opens the lead, and the words after it: "(18.01.2018) Deutschlands …".
_BRACKETED = re.compile(r"\(([^()]{6,30})\)\s+(\S.*)", re.DOTALL)
# How long a lead is at most (longer is the text's prose).
_LONGEST_LEAD = 5 * PROSE


def dated_lead(page: Page, title: str | None) -> BodyRecord | None:
    """The record of an item whose first paragraph under the meta title's heading opens with its day in
    brackets; its summary the rest of that paragraph where the paragraph is wholly in bold. None where the
    page lacks the heading or the bracketed day."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    first = True
    for node in after_heading(page, heading):
        if node.tag == "p" and first and (lead := _read_lead(node, title)) is not None:
            return lead
        if node.tag == "p":
            first = False
            if len(text := block_text(node) or "") >= PROSE:
                # The text's first paragraph: the item's when it opens with its day in bold and a colon.
                return _bold_dateline(node, text, title)
    return None


def _bold_dateline(paragraph: Any, text: str, title: str | None) -> BodyRecord | None:
    bold = paragraph.css_first("strong, b")
    opening = block_text(bold) if bold is not None else None
    if not opening or not opening.endswith(":") or not text.startswith(opening):
        return None
    found = dates_in_text(opening[:-1])
    day = found[0][2] if len(found) == 1 else None
    if not day or len(day) != DAY_LENGTH or found[0][:2] != (0, len(opening) - 1):
        return None
    return BodyRecord(title=title, shown=[day], known=True)


def _read_lead(paragraph: Any, title: str | None) -> BodyRecord | None:
    text = block_text(paragraph) or ""
    opening = _BRACKETED.match(text)
    if opening is None:
        return None
    found = dates_in_text(opening.group(1))
    day = found[0][2] if len(found) == 1 else None
    if not day or len(day) != DAY_LENGTH or found[0][:2] != (0, len(opening.group(1))):
        return None
    bold = paragraph.css_first("strong, b")
    lead = opening.group(2)
    wholly_bold = bold is not None and block_text(bold) == text
    abstract = lead if wholly_bold and MIN_ABSTRACT <= len(lead) <= _LONGEST_LEAD else None
    return BodyRecord(title=title, shown=[day], abstract=abstract, known=True)
