"""A text its editor writes one <div> to a paragraph, not <p> (GMA News Online, 2012: div.text_body holding
'<div>\tFeeding preschoolers smaller portions …</div><div>\t&nbsp;</div><div>\tResearchers said …</div>', an
empty div between each two): such a div, holding text and inline markup alone, as long as prose, is a
paragraph of the text as a <p> would be.
"""

from __future__ import annotations

from typing import Any

from .html_meta import Page, block_text
from .places import compact, runs_as_prose

# The inline elements a paragraph's text may hold (a link, emphasis, a line break); any other element makes
# the div a block of blocks, whose paragraphs are its own children, not itself.
_INLINE = frozenset(("-text", "-comment", "a", "b", "i", "em", "strong", "span", "br", "sup", "sub", "u",
                     "font", "abbr", "small", "q", "cite"))
# How many children a div may hold and still be read as one paragraph: a paragraph's runs of text and inline
# markup, not a container's; the children are only counted this far, so a wide container costs no more.
_CHILDREN = 60


def a_paragraph_in_a_div(node: Any) -> bool:
    """Whether the node is a div of text and inline markup alone, no more than `_CHILDREN` children, whose
    text runs as prose, and a div paragraph of prose follows it among its next few siblings: a text written
    one div to a paragraph, not one div holding a whole text as bare text (health.in.gr's, read only where
    <br>s end its paragraphs). Each child looked at once, the text read only for such a div."""
    return _a_prose_div(node) and _a_prose_div_follows(node)


def _a_prose_div(node: Any) -> bool:
    """Whether the node is a div of text and inline markup alone whose text runs as prose."""
    return (node is not None and node.tag == "div" and _inline_only(node)
            and runs_as_prose(block_text(node) or ""))


def _a_prose_div_follows(node: Any) -> bool:
    """Whether a div of prose alone stands among the few siblings after the node (past empty divs)."""
    after = node.next
    for _ in range(_SIBLINGS * 2):
        if after is None:
            return False
        if _a_prose_div(after):
            return True
        after = after.next
    return False


# How many siblings after a div's paragraph are looked at for the next one (past the empty divs an editor sets
# between paragraphs, GMA's '<div>&nbsp;</div>').
_SIBLINGS = 4


def opens_a_div_text(page: Page, key: str, least: int) -> bool:
    """Whether the compacted description `key` opens the first div of inline text alone whose text starts
    with it, a div paragraph of prose among the few siblings after it: the text's first paragraph, written
    as a div, the description its opening (GMA News Online, 2012), not a summary set apart. Each div's
    children are counted once, `_CHILDREN` at most, and only such divs' text is read."""
    if len(key) < least:
        return False
    for node in page.tree.css("div"):
        if not _inline_only(node):
            continue
        if not compact(block_text(node) or "").startswith(key):
            continue
        return _a_prose_div_follows(node)
    return False


def _inline_only(node: Any) -> bool:
    """Whether the div holds text and inline markup alone, `_CHILDREN` children at most."""
    child = node.child
    for _ in range(_CHILDREN):
        if child is None:
            return True
        if child.tag not in _INLINE:
            return False
        child = child.next
    return child is None
