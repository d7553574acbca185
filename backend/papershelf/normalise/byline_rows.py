"""Shapes of a project page's byline the walk under its title meets (round 247): a unit of the byline's row
that holds a name bare between units that link theirs, and a heading the byline is set in."""

from __future__ import annotations

from typing import Any


def _element_beside(unit: Any, step: str) -> Any:
    """The element next to a unit on one side (`step` is 'prev' or 'next'), blank text between them passed."""
    node = getattr(unit, step)
    while node is not None and node.tag == "-text" and not (node.text_content or "").strip():
        node = getattr(node, step)
    return node


def _a_linked_unit_like(unit: Any, other: Any) -> bool:
    """Whether an element is a unit of the same tag and class as a unit, and holds a link."""
    return (other is not None and other.tag == unit.tag
            and (other.attributes.get("class") or "") == (unit.attributes.get("class") or "")
            and other.css_first("a[href]") is not None)


def a_bare_unit_between_linked_ones(text: Any) -> bool:
    """Whether a text is the whole of a classed inline unit whose neighbours on both sides are units of the
    same tag and class that link their names: the byline's unit of a person it does not link (ECHO's
    benchmark page, round 247: '<span class="author-block">Nishant Malpani</span>' between 'Heekyung Lee' and
    'Long Lian', each in a span.author-block around a link). Whether the text names a person is the caller's
    test; a unit after the last linked one (an affiliation the row closes with) has no linked unit after it
    and is not one."""
    unit = text.parent
    if unit is None or text.prev is not None or text.next is not None or not unit.attributes.get("class"):
        return False
    return (_a_linked_unit_like(unit, _element_beside(unit, "prev"))
            and _a_linked_unit_like(unit, _element_beside(unit, "next")))


def first_words_of(heading: Any) -> Any:
    """The first text with words in a heading (its descendants' included), or None: the text a caller asks
    whether it is a marked name opening the byline set in the heading (GraphRAG-Bench's page, round 247: an h3
    under the title holding '<p>Zhishang Xiang<sup>† 1</sup>, Chuanjie Wu<sup>† 1</sup>, …')."""
    for node in heading.traverse(include_text=True):
        if node.tag == "-text" and (node.text_content or "").strip():
            return node
    return None


# How many words a marked name runs to at most, and how many marked names a byline holds at least.
_LONGEST_NAME_WORDS = 5
_FEWEST_MARKED_NAMES = 2


def a_block_of_marked_names(block: Any) -> bool:
    """Whether a block's words are all short runs each followed by a <sup> of marks, at least two: a byline of
    marked names, no standfirst (GraphRAG-Bench's page, round 247: the h3 after its h1 holding 'Zhishang
    Xiang<sup>† 1</sup>, Chuanjie Wu<sup>† 1</sup>, …'). A sentence with a footnote mark has words no mark
    follows."""
    marked = 0
    for node in block.traverse(include_text=True):
        if node.tag != "-text" or _inside_marks(node, block):
            continue
        words = (node.text_content or "").strip(" \t\r\n,;&")
        if not words:
            continue
        after = node.next
        if after is None or after.tag != "sup" or len(words.split()) > _LONGEST_NAME_WORDS:
            return False
        marked += 1
    return marked >= _FEWEST_MARKED_NAMES


def _inside_marks(node: Any, block: Any) -> bool:
    """Whether a text sits in a <sup> inside the block."""
    parent = node.parent
    while parent is not None and parent.mem_id != block.mem_id:
        if parent.tag == "sup":
            return True
        parent = parent.parent
    return False
