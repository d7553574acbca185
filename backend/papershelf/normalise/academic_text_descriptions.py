"""A description that is the page's whole text: Hugo's Academic and Wowchemy themes write a page's
description from its front matter's summary or, with none, from the opening of its text, and a page whose
text is one short paragraph gets that paragraph whole (Venance Riblier's Wowchemy 5.7 page of a French
article, 2023: div.article-style one paragraph, 'This paper is a discussion piece on the return of inflation
in France since 2021. It serves as an introduction to …', the description and og:description the same
words). The text itself, not a summary set apart for it: no abstract. A text of more paragraphs than one, or
a description saying other words, is left to the other readers.
"""

from __future__ import annotations

from ..identity import clean_text
from .html_meta import Page, short_text

# The theme's block of the page's text, how many of its nodes are looked at for a second paragraph, and how
# long the one paragraph may run (a description's length at most).
_TEXT = 'div[class~="article-style"]'
_MOST_NODES = 400
_LONGEST_PARAGRAPH = 2000


def described_text_of_the_theme(page: Page, described: str | None) -> bool:
    """Whether `described` is, word for word, the one paragraph of the page's first div.article-style."""
    wanted = clean_text(described)
    block = page.tree.css_first(_TEXT) if wanted else None
    if block is None:
        return False
    paragraphs = []
    for count, node in enumerate(block.traverse()):
        if count > _MOST_NODES:
            return False
        if node.tag == "p":
            paragraphs.append(node)
            if len(paragraphs) > 1:
                return False  # a text of more paragraphs: its description may be a summary
    return len(paragraphs) == 1 and clean_text(short_text(paragraphs[0], _LONGEST_PARAGRAPH)) == wanted
