"""The byline a Quarto page writes in its text, right after the title block, where its title block names no
one: Markdown's bold names each followed by their affiliation marks ('**Hannah Waight**^1,2^, **Eddie
Yang**^1,3^, …', which Quarto renders as <p><strong>…</strong><sup>1,2</sup>, …</p>). A paper's companion
site (State Control of Media Influences Large Language Models, round 196: its YAML gives the title and a
subtitle, the authors written as the first paragraph under the block, their affiliations in the next).
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import Page, next_element
from .names import display_name

# The header Quarto writes the title block in, and the label of its people's cell when it has one.
_TITLE_BLOCK = 'header[id="title-block-header"]'
_PEOPLES_LABEL = re.compile(r"authors?", re.IGNORECASE)
# The elements a name is set in, and what may part one marked name from the next: commas, "and", "&".
_EMPHASIS = frozenset({"strong", "b", "em", "i"})
_BETWEEN = re.compile(r"\s*(?:,|&|\band\b)?\s*(?:\band\b)?\s*", re.IGNORECASE)
# An affiliation's marks: numbers, letters, the equal-contribution and corresponding marks, commas.
_MARKS = re.compile(r"[\w*\u2020\u2021\u00a7\u2709\s,]{1,20}")
# How many children a byline's paragraph has at most (a name, its marks and a comma each), and how many
# names it needs at least: one bold name with a mark is as often a term and its footnote.
_MOST_CHILDREN = 300
_FEWEST_NAMES = 2


def names_after_the_title_block(page: Page) -> list[str]:
    """The people of the paragraph right after the Quarto title block, where the block labels no one and
    that paragraph holds nothing but emphasised names, each with its <sup> marks, at commas; else []."""
    block = page.tree.css_first(_TITLE_BLOCK)
    if block is None or _labels_people(block):
        return []
    after = next_element(block)
    return _marked_names(after) if after is not None and after.tag == "p" else []


def _labels_people(block: Any) -> bool:
    """Whether the title block has a cell labelled as its authors' (read by bylines._quarto_title_meta)."""
    for label in block.css('div[class~="quarto-title-meta-heading"]'):
        if _PEOPLES_LABEL.fullmatch((clean_text(label.text(deep=True)) or "").rstrip(":").strip()):
            return True
    return False


def _marked_names(paragraph: Any) -> list[str]:
    """The names of a paragraph made of emphasised names each followed by its marks, one walk over its
    children (at most a byline's count of them); [] where anything else stands in it."""
    names: list[str] = []
    marked = True  # whether the last name read has its marks
    for count, child in enumerate(paragraph.iter(include_text=True)):
        if count > _MOST_CHILDREN:
            return []
        if child.tag == "-text":
            if not _BETWEEN.fullmatch(child.text_content or ""):
                return []
        elif child.tag in _EMPHASIS and marked:
            name = display_name(clean_text(child.text(deep=True)) or "")
            if not name or name in names:
                return []
            names.append(name)
            marked = False
        elif child.tag == "sup" and not marked and _MARKS.fullmatch(child.text(deep=True) or ""):
            marked = True
        elif child.tag != "-comment":
            return []
    return names if marked and len(names) >= _FEWEST_NAMES else []
