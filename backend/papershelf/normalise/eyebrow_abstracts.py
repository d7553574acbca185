"""An 'Abstract' written as a small label over a section's heading of another word, the abstract's
paragraphs in the block after that heading's (TARMAC's project page, round 236: <div class="section-heading">
<p class="eyebrow">Abstract</p><h2>Overview</h2></div>, then <div class="abstract-text"> of three <p>). The
label names the section: its paragraphs are the paper's abstract, over a description meta or a JSON-LD
description that sums the paper up in a sentence of its own."""

from __future__ import annotations

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page, next_element, short_text

_LABEL_TAGS = ("p", "span", "div")
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4"))
# How many labels are looked at, at most, and how many paragraphs the abstract's block may hold.
_LABELS = 400
_PARAGRAPHS = 12
_LONGEST_LABEL = 20


def abstract_under_its_eyebrow(page: Page) -> str | None:
    """The paragraphs of the block after the heading block a label 'Abstract' opens, the label a
    paragraph, span or division alone before a heading of another word; None where the page has none."""
    for count, label in enumerate(page.tree.css(", ".join(_LABEL_TAGS))):
        if count >= _LABELS:
            break
        if (clean_text(short_text(label, _LONGEST_LABEL)) or "").casefold().rstrip(":") != "abstract":
            continue
        heading = next_element(label)
        if heading is None or heading.tag not in _HEADING_TAGS:
            continue
        if (clean_text(heading.text(deep=True)) or "").casefold().startswith("abstract"):
            continue  # a heading 'Abstract' under it: the page's own abstract heading, read elsewhere
        if next_element(heading) is not None or label.parent is None:
            continue  # the label and heading a block of their own, the text after it
        block = next_element(label.parent)
        if block is None:
            continue
        paragraphs = [clean_text(node.text(deep=True)) for node in block.iter() if node.tag == "p"]
        text = " ".join(part for part in paragraphs[:_PARAGRAPHS] if part)
        if len(text) >= MIN_ABSTRACT:
            return text
        return None
    return None
