"""A byline block of bare names parted by spaces alone, each name followed by its <sup> of marks (round 257):
ConStory-Bench's page, '<p class="hero-authors">Junjie Li<sup>1</sup> &nbsp; Xinrui Guo<sup>1</sup> &nbsp; …
Yutao Xie<sup>1</sup></p>' under its h1, no comma between the names. An affiliation line is set the same way
('UC Berkeley<sup>1</sup>&nbsp;&nbsp; UCLA<sup>2</sup>'), so every unit must be a person's name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# How many names such a block holds at least, and the elements it may hold besides its texts.
_FEWEST_NAMES = 2
_MARKS = frozenset({"sup", "br"})
_SPACES = " \t\r\n\u00a0"


def a_block_of_spaced_marked_names(block: Any, names_a_person: Callable[[str], bool]) -> bool:
    """Whether a block's own children are texts each followed by a <sup>, parted by spaces alone (no comma,
    no 'and'), every text one person's name by `names_a_person`, at least two of them; other elements (a
    link, an emphasis) or a text no <sup> follows make it no such block."""
    if block is None:
        return False
    names = 0
    child = block.child
    while child is not None:
        if child.tag == "-text":
            words = (child.text_content or "").strip(_SPACES)
            if words:
                after = child.next
                if after is None or after.tag != "sup" or "," in words or not names_a_person(words):
                    return False
                names += 1
        elif child.tag != "-comment" and child.tag not in _MARKS:
            return False
        child = child.next
    return names >= _FEWEST_NAMES
