"""An abstract whose bold label stands alone in a paragraph the parser closed at the block its text is in
(SVCODEC's demo page, round 193, a Hugo page edited by hand: '<p><b>Abstract.</b><div class="justify-text">
Speech coding is …</div><br>…</p>'). A <div> may not stand inside a <p>, so the parser ends the paragraph
at the <div>: the paragraph holds the label alone, the block right after it holds the abstract, and the
stray </p> leaves an empty paragraph further on. The label's paragraph says nothing read alone; the block
after it is the abstract the label heads, as a heading 'Abstract' heads the paragraph under it.
"""

from __future__ import annotations

from typing import Any

from .body import MIN_ABSTRACT
from .bold_abstract_labels import ABSTRACT_LABEL
from .bold_paragraph_headings import wholly_bold
from .html_meta import Page, abstract_text, block_text, next_element, short_text

# The blocks a <p> cannot hold, which the parser closes the paragraph at.
_BLOCKS = frozenset(("div", "section", "blockquote"))
# How long a label's paragraph may be read for: a word and its stop, with the spaces around them.
_LONGEST_LABEL = 40


def closed_abstract_label(page: Page) -> Any:
    """The first paragraph whose whole text is a bold 'Abstract' label and which a block, no paragraph,
    follows at once: the label the parser closed before the abstract's block; None where there is none.
    One pass over the page's paragraphs, each read no further than a label's length."""
    for paragraph in page.tree.css("p"):
        text = short_text(paragraph, _LONGEST_LABEL)
        if (text is None or ABSTRACT_LABEL.fullmatch(" ".join(text.split())) is None
                or not wholly_bold(paragraph)):
            continue
        after = next_element(paragraph)
        if after is not None and after.tag in _BLOCKS:
            return paragraph
    return None


def abstract_after_its_closed_label(page: Page) -> str | None:
    """The text of the block right after the closed label's paragraph, where it is long enough to be an
    abstract; None otherwise."""
    label = closed_abstract_label(page)
    after = next_element(label) if label is not None else None
    text = abstract_text(block_text(after)) if after is not None else None
    return text if text and len(text) >= MIN_ABSTRACT else None
