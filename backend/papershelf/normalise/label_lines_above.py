"""A paragraph whose label stands on a line of its own, in an element of its own ended by a line break, the
text on the lines under it: 'Summary:' set so heads the paragraph as a heading would (ABC Radio National's In
Conversation, 2005: <p><font color="Blue">Summary:</font><br><font> Studies show …</font>, then the next
paragraph 'Transcript:'). A label run into its text ('Summary: The …' on one line) is not this: "Summary" run
in is as often a section's lead as the abstract.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page, abstract_text, block_text, past_blank_text, short_text

# What the label says, with or without its colon.
_LABELS = frozenset(("abstract", "summary"))
# The elements a label is set in, and the blocks that hold it and its text.
_LABEL_TAGS = "font,span,b,strong,em,i"
_HOLDERS = frozenset(("p", "div", "td"))
# How long a label's raw text runs at most.
_LONGEST_LABEL = 40


def abstract_under_label_line(page: Page) -> str | None:
    """The text under the first label 'Summary' or 'Abstract' that opens its paragraph on a line of its own;
    None where there is none, or the text is too short or cut off."""
    for label in page.tree.css(_LABEL_TAGS):
        raw = short_text(label, _LONGEST_LABEL)
        if raw is None or (clean_text(raw) or "").rstrip(":.").strip().casefold() not in _LABELS:
            continue
        holder = label.parent
        if holder is None or holder.tag not in _HOLDERS or not _opens(holder, label) or not _broken(label):
            continue
        whole = block_text(holder) or ""
        named = clean_text(raw) or ""
        text = abstract_text(whole[whole.find(named) + len(named):]) if named in whole else None
        if text and len(text) >= MIN_ABSTRACT and not text.rstrip().endswith(("...", "\u2026")):
            return text
    return None


def _opens(holder: Any, label: Any) -> bool:
    """Whether nothing but blank text stands in `holder` before the label."""
    first = past_blank_text(holder.child, comments=True)
    return first is not None and first.mem_id == label.mem_id


def _broken(label: Any) -> bool:
    """Whether a line break follows the label, past blank text."""
    after = past_blank_text(label.next, comments=True)
    return after is not None and after.tag == "br"
