"""A story's first paragraph set wholly in bold or italics, apart from the plain paragraphs of its text: the
lead the story opens with, which the page shows as a standfirst (the Swiss Ornithological Institute's
avinews, 2021: <h1>…</h1><p><strong>Lichte Waldstrukturen sind …</strong></p>, then the text in plain
paragraphs, the description the same words). Its summary, which the corpus reads as its abstract, as a
standfirst: not the first paragraph of its text, as a description that is an unemphasised first paragraph
is (story_openings).
"""

from __future__ import annotations

from typing import Any

from .html_meta import block_text

# The elements that set a paragraph's words in bold or italics.
_EMPHASIS = frozenset(("strong", "b", "em", "i"))


def wholly_emphasised(paragraph: Any) -> bool:
    """Whether the paragraph's whole text is in one bold or italic element that is its only child."""
    children = [child for child in paragraph.iter(include_text=True) if not _blank(child)]
    if len(children) != 1 or children[0].tag not in _EMPHASIS:
        return False
    text = block_text(paragraph)
    return bool(text) and block_text(children[0]) == text


def _blank(node: Any) -> bool:
    """A comment, or text of spaces alone, between a paragraph's children."""
    return node.tag == "-comment" or (node.tag == "-text" and not (node.text_content or "").strip())
