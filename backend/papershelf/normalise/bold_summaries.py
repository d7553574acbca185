"""A story's summary line set wholly in bold alone in its block under the heading, above the text, the
description meta its words (IVONA, bigmir)net's section, 2012: under h2.g-pr and its day line, <div><b
class="g-large">Специалисты пришли к выводу, что продукты, богатые магнием защищают от инсульта.</b></div>,
the description the same words without the closing full stop; the text in div.b-article_text after the
photograph, opening otherwise). The page sets the line apart from its text and its own meta says the line
is what the story is about: its summary, which the corpus reads as its abstract, as it reads a dek. Asked
last, where no other reader finds an abstract: a description too short to be taken unseen. A line in a
paragraph of prose, a link, a photograph's caption or an excerpt the page hides is no such summary, nor one
under the text's first paragraph of prose (below_heading ends there).
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .html_meta import Page, hides_itself, short_text
from .places import a_photos_caption, below_heading, compact, in_another_entry, title_or_first_heading

# The elements that set a line in bold.
_BOLD = frozenset(("b", "strong"))
# How many words the line runs to at least: a sentence, not a label or a kicker.
_WORDS = 5
# How much longer than the description its block's text may be read: the closing full stop and spacing.
_SLACK = 8
# How much more a block's raw text may run than its line's, its indentation and new lines counted.
_INDENTED = 4


def bold_summary_line(page: Page, title: str | None) -> str | None:
    """The line wholly in bold, alone in its block, under the title's heading and above the text's first
    paragraph of prose, whose words are the description's (but for a closing full stop); None where there is
    none."""
    described = clean_text(page.first("description"))
    if not described or len(described.split()) < _WORDS:
        return None
    heading = title_or_first_heading(page, title)
    if heading is None:
        return None
    key = compact(described).rstrip(".")
    limit = len(described) + _SLACK
    for node in below_heading(page, heading):
        if node.tag not in _BOLD:
            continue
        # Each read no further than the description's length: a long block is no such line.
        text = short_text(node, limit)
        if text is None or compact(text).rstrip(".") != key:
            continue
        block = node.parent
        return clean_text(text) if block is not None and _alone_in(block, text) and not (
            node.css_first("a") is not None or a_photos_caption(block) or hides_itself(block)
            or in_another_entry(page, node)) else None
    return None


def _alone_in(block: Any, text: str) -> bool:
    """Whether the block's whole text is the bold line's: no paragraph's other words around it."""
    # Read no further than a few times the line's length: a template's indentation around it runs long.
    whole = short_text(block, _INDENTED * len(text))
    return whole is not None and compact(whole) == compact(text)
