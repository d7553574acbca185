"""A paper's page whose text is its structured abstract and nothing more (Climate and Societal Analytics'
Hugo Blox paper page, 2023: div.article-style holding five paragraphs, each opening with a bold label,
'Background', 'Objective', 'Methods', 'Results', 'Conclusions'; its description the first paragraph cut
short). A description cut from the text's opening is a post's teaser; one cut from a paragraph that opens
with a structured abstract's first label is the abstract cut short, and the paragraphs from there are the
abstract whole.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import Page, block_text

# A structured abstract's first label, as the page shows it before the section's words.
_FIRST_LABEL = re.compile(r"(?:Background|Introduction|Objectives?|Aims?|Purpose|Context|Importance)\s*:\s",
                          re.IGNORECASE)
# A section's label opening its paragraph ('Methods: …', 'Results: …').
_LABEL = re.compile(r"[A-Z][a-z]+\s*:\s")
# A structured abstract runs to a handful of labelled sections, not a text's many paragraphs.
_MOST_SECTIONS = 8


def structured_abstract_opening(page: Page, key: str) -> str | None:
    """The structured abstract the page's text is, where the paragraph that opens with `key` (a description's
    opening) opens with a structured abstract's first label: that paragraph and the labelled ones right after
    it, joined; None otherwise."""
    if not _FIRST_LABEL.match(key):
        return None
    first = next((node for node in page.tree.css("p") if (block_text(node) or "").startswith(key)), None)
    if first is None:
        return None
    sections = [block_text(first) or ""]
    node: Any = first.next
    steps = 0
    while node is not None and len(sections) < _MOST_SECTIONS and steps < 2 * _MOST_SECTIONS:
        steps += 1
        if node.tag == "p":
            text = block_text(node) or ""
            if not _LABEL.match(text):
                break  # a paragraph without a section's label: the text goes on past the abstract
            sections.append(text)
        elif node.tag != "-text" or (node.text_content or "").strip():
            break
        node = node.next
    return " ".join(sections)
