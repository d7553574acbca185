"""A story's dek set wholly in bold in a box beside the text, right under the heading and its day line.

Syndicated health news sets the story's summary line in a box floated beside the text, with the picture
and the share buttons (Doctors Lounge's HealthDay story, 2011: under the h1 and 'Last Updated: December 15,
2011.', a table cell's <blockquote> holding the picture, <p><strong>Children with CFS/ME detected through
school-based clinics do well once treated</strong></p>, the AddThis buttons and the comments link; the text
after the table). The first words under the heading past its day, set apart in bold and boxed away from the
text's prose, are the story's summary, which the corpus reads as its abstract as it reads a dek over the
text. A line that ends in no full stop is read here where set_apart_leads reads none: the box, not the
sentence, says it is no paragraph of the text. Not a line linking anywhere (a related story's), nor one in a
box that holds prose of its own (the text itself laid out in a table), nor one past the text's first
paragraph of prose.
"""

from __future__ import annotations

from typing import Any

from .html_meta import Page, block_text
from .places import PROSE, below_heading, in_another_entry, title_or_first_heading
from .set_apart_leads import wholly_emphasised

# The elements a page boxes a block away from its text in.
# An aside is another entry's (places.in_another_entry), no box of the story's own.
_BOXES = frozenset(("blockquote", "td"))
# How many elements up from the paragraph its box may be: the box's own wrappers (a cell's blockquote).
_BOX_DEPTH = 3
# How long a dek is at least and at most: a line of a few words to a sentence or two. Shorter is a label.
_DEK = (40, 300)
# How many of the box's elements are looked at for prose of its own: a picture, the dek, the buttons, links.
_BOX_NODES = 200


def dek_boxed_beside_the_text(page: Page, title: str | None) -> str | None:
    """The first paragraph of words under the title's heading, where it is wholly in bold or italics, a dek's
    length, links nowhere and stands in a box that holds no prose of its own; None otherwise."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return None
    for node in below_heading(page, heading):
        if node.tag != "p" or not (text := block_text(node) or ""):
            continue
        # The first paragraph of words decides: a dek stands first under the heading and its day.
        least, most = _DEK
        if not least <= len(text) <= most or node.css_first("a") is not None or not wholly_emphasised(node):
            return None
        box = _box_around(node)
        if box is None or in_another_entry(page, node) or _holds_prose(box):
            return None
        return text
    return None


def _box_around(node: Any) -> Any:
    """The box a few elements up from the paragraph; None where none is."""
    parent = node.parent
    for _ in range(_BOX_DEPTH):
        if parent is None or parent.tag in ("body", "html"):
            return None
        if parent.tag in _BOXES:
            return parent
        parent = parent.parent
    return None


def _holds_prose(box: Any) -> bool:
    """Whether the box holds a paragraph of prose (the text itself, laid out in the box), or is too large to
    say (its first elements looked at alone)."""
    for count, node in enumerate(box.traverse(), start=1):
        if count > _BOX_NODES:
            return True
        if node.tag == "p" and len(block_text(node) or "") >= PROSE:
            return True
    return False
