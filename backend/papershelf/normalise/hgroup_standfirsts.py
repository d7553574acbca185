"""The standfirst a story sets right after the <hgroup> that holds its headline and kicker, in a block of its
own (WAZ, 2025, a Funke page: <div><hgroup><div><span>Archäologische Sensation</span></div><h2>Unbekannte
Maya-Städte …</h2></hgroup><div class="expressive-copy-lg"><span>Essen.</span><span>Drei uralte Städte …
</span></div><div><figure>Von … 05.11.2025, 18:00 Uhr</figure></div></div>, the text's prose after that
wrapper). The story's summary, which the corpus reads as its abstract, as a title block's standfirst is
(title_block_deks); a dateline opening it, a place and a full stop in an element of its own, is no part of
it. Not where the wrapper holds more than the headline's group, the standfirst and a few short lines (the
byline, the day): there the block after the group is the text's first paragraph.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, next_element
from .places import HEADINGS, PROSE, in_another_entry, title_heading
from .title_block_deks import shown_text

# The elements a standfirst is set in after the group.
_DEK_TAGS = frozenset(("div", "p"))
# How long a standfirst is at least (a sentence), and at most (longer is the text's prose); how many words
# its sentence runs to at least (a kicker is a few).
_LENGTH = (60, 3 * PROSE)
_WORDS = 8
# A dateline: a place of a few words and a full stop.
_DATELINE = (40, 3)
# How much of the wrapper is read at most (the group, the standfirst, a few short lines): a longer one holds
# the text, and is not read to its end.
_WRAPPER = 3 * PROSE + _LENGTH[1]


def hgroup_standfirst(page: Page, title: str | None) -> str | None:
    """The text of the block right after the <hgroup> holding the heading of the page's title, past a
    dateline, where it is a standfirst's sentence and the group's wrapper holds no more than short lines
    besides; None otherwise."""
    heading = title_heading(page, title, HEADINGS) if title else None
    group = heading.parent if heading is not None else None
    if group is None or group.tag != "hgroup":
        return None
    after = next_element(group)
    if after is None or after.tag not in _DEK_TAGS or in_another_entry(page, after):
        return None
    text = _past_its_dateline(after)
    least, most = _LENGTH
    if not text or not least <= len(text) <= most or len(text.split()) < _WORDS:
        return None
    dated = any(iso and len(iso) == DAY_LENGTH for _, _, iso in dates_in_text(text))
    if text.casefold().startswith(("by ", "von ")) or dated:
        return None  # a byline, or a line holding a day: the wrapper's lines, no summary
    whole = shown_text(group.parent, _WRAPPER) if group.parent is not None else None
    if whole is None:
        return None  # a wrapper holding the text's prose
    rest = len(" ".join(whole.split())) - len(block_text(after) or "") - len(block_text(group) or "")
    return text if rest <= PROSE else None


def _past_its_dateline(block: Any) -> str | None:
    """The block's text, less a dateline its first element sets apart before the rest ("Essen.")."""
    text = block_text(block)
    first = next(block.iter(), None)
    opening = block_text(first) if first is not None and next_element(first) is not None else None
    longest, words = _DATELINE
    if (text and opening and opening.endswith(".") and len(opening) <= longest
            and len(opening.split()) <= words and text.startswith(opening)):
        return clean_text(text[len(opening):])
    return text
