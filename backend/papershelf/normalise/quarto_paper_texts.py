"""A researcher's Quarto page of one paper whose text is the paper's abstract set out as its one long
paragraph: the title block offers the paper's DOI button, its div.description is the author's one-line note
on the paper for the listing, and the text under it is a featured figure and one paragraph, no heading, before
the appendix Quarto closes every page with (Mateus Harrington's site, 2026: the description 'A follow up to
our perliminary paper with a larger cohort', the paragraph 'Neurological outcomes following spinal cord
injury (SCI) are currently difficult to predict. …', some 1,500 characters). That paragraph is the abstract,
as `academic_text_descriptions` reads an Academic paper page's one long paragraph; the description line is a
note, not the summary.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .html_meta import Page, short_text
from .places import HEADING_TAGS

_TITLE_BLOCK = 'header[id="title-block-header"]'
_TEXT = 'main[id="quarto-document-content"]'
_APPENDIX = "quarto-appendix"
# How many of the text's children are looked at, and how long the one paragraph runs at least (an
# abstract's length, not a note's) and at most (read no further).
_MOST_CHILDREN = 60
_SHORTEST_ABSTRACT = 600
_LONGEST_ABSTRACT = 6000
# How much of the description is compared with the paragraph's opening (a description cut from it).
_OPENING = 60


def abstract_as_the_quarto_papers_text(page: Page, described: str | None) -> str | None:
    """The one paragraph of a Quarto paper page's text, long as an abstract, where its title block links the
    paper's DOI and its description says other words; None otherwise."""
    block = page.tree.css_first(_TITLE_BLOCK)
    if block is None or not any("doi.org/" in (link.attributes.get("href") or "")
                                for link in block.css("a[href]")):
        return None
    text_block = page.tree.css_first(_TEXT)
    paragraph = _the_one_paragraph(text_block) if text_block is not None else None
    text = clean_text(short_text(paragraph, _LONGEST_ABSTRACT)) if paragraph is not None else None
    if not text or len(text) < _SHORTEST_ABSTRACT:
        return None
    wanted = clean_text(described)
    # A description copied or cut from the paragraph makes it the page's text, not a summary set apart.
    return text if not wanted or not text.startswith(wanted[:_OPENING]) else None


def _the_one_paragraph(block: Any) -> Any | None:
    """The block's one child <p> of words before Quarto's appendix; None where it holds more, none, or a
    heading or section (a text of sections: an abstract would be under its own heading)."""
    paragraph = None
    for count, child in enumerate(block.iter(include_text=False)):
        if count > _MOST_CHILDREN:
            return None
        if (child.attributes.get("id") or "") == _APPENDIX:
            break
        if child.tag in HEADING_TAGS or child.tag == "section":
            return None
        if child.tag != "p":
            continue  # a figure, the back-to-top link
        words = short_text(child, _LONGEST_ABSTRACT)
        if words is None or (paragraph is not None and clean_text(words)):
            return None  # a paragraph longer than an abstract, or a second one: a text, not its abstract
        if clean_text(words):
            paragraph = child  # …an image's own <p> has no words
    return paragraph
