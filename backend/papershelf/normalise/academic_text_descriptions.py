"""A description that is the page's whole text: Hugo's Academic and Wowchemy themes write a page's
description from its front matter's summary or, with none, from the opening of its text, and a page whose
text is one short paragraph gets that paragraph whole (Venance Riblier's Wowchemy 5.7 page of a French
article, 2023: div.article-style one paragraph, 'This paper is a discussion piece on the return of inflation
in France since 2021. It serves as an introduction to …', the description and og:description the same
words). The text itself, not a summary set apart for it: no abstract. A text of more paragraphs than one, or
a description saying other words, is left to the other readers.

But a paper's page whose text is one long paragraph, the abstract set out as its body under the header's DOI
and PDF buttons, with no 'Abstract' section (p.pub-abstract) and a description in other words (the front
matter's one-line summary for listings), shows the paper's abstract as its text (Olivia Cooper's Source Themes
Academic 4.5.0 page, 2025: 'The dearth of high quality spectroscopy of dusty star-forming galaxies …', some
1,600 characters, its description 'Joint JWST/NIRSpec and ALMA characterization of …'): that paragraph is the
abstract.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .academic_paper_pages import PAPER_ABSTRACT, offers_the_papers_buttons
from .html_meta import Page, short_text
from .places import HEADING_TAGS

# The theme's block of the page's text, how many of its nodes are looked at for a second paragraph, and how
# long the one paragraph may run (a description's length at most).
_TEXT = 'div[class~="article-style"]'
_MOST_NODES = 400
_LONGEST_PARAGRAPH = 2000


def described_text_of_the_theme(page: Page, described: str | None) -> bool:
    """Whether `described` is, word for word, the one paragraph of the page's first div.article-style."""
    wanted = clean_text(described)
    block = page.tree.css_first(_TEXT) if wanted else None
    # A text of more paragraphs is passed over: its description may be a summary.
    paragraph = _the_one_paragraph(block, sections=False) if block is not None else None
    return paragraph is not None and clean_text(short_text(paragraph, _LONGEST_PARAGRAPH)) == wanted


def _the_one_paragraph(block: Any, *, sections: bool) -> Any | None:
    """The block's one <p> within its first _MOST_NODES nodes; None where it holds more or none, or, with
    `sections`, a heading (a text of sections: an abstract would be under its own heading)."""
    paragraph = None
    for count, node in enumerate(block.traverse()):
        if count > _MOST_NODES or (sections and node.tag in HEADING_TAGS):
            return None
        if node.tag == "p":
            if paragraph is not None:
                return None
            paragraph = node
    return paragraph


# How long the one paragraph runs at least to be an abstract (a note under a paper, 'Supplementary notes can
# be added here', is a line or two).
_SHORTEST_ABSTRACT = 600
_LONGEST_ABSTRACT = 6000
# How much of the description is compared with the paragraph's opening (a description cut from it).
_OPENING = 60


def abstract_as_the_papers_text(page: Page, described: str | None) -> str | None:
    """The one paragraph of a paper's page's first div.article-style, long as an abstract, where the page has
    no abstract section and its description says other words; None otherwise."""
    if page.tree.css_first(PAPER_ABSTRACT) is not None or not offers_the_papers_buttons(page):
        return None
    block = page.tree.css_first(_TEXT)
    paragraph = _the_one_paragraph(block, sections=True) if block is not None else None
    text = clean_text(short_text(paragraph, _LONGEST_ABSTRACT)) if paragraph is not None else None
    if not text or len(text) < _SHORTEST_ABSTRACT:
        return None
    wanted = clean_text(described)
    # A description copied or cut from the paragraph makes it the page's text (the reading above); a page
    # without a description says nothing of it.
    return text if wanted and not text.startswith(wanted[:_OPENING]) else None

