"""A document saved from a word processor as a web page, its headings set as paragraphs wholly in bold (no
h1-h6): the title centred in bold over its author's name, centred in bold too, then a bold paragraph
'Abstract' over the abstract's plain paragraphs, up to the next bold paragraph, the next section's heading
(a student's research report saved from Word, Bellarmine University, round 92: p.MsoNormal paragraphs
centred and bold, 'Vocalizations & Displays in the Common Woolly Monkey', '(Lagothrix lagothricha)',
'Lindsey Hughes', then 'Abstract', its paragraphs, 'Introduction'; the <title> and a line in large italics
above them name the page, not the report). Only the first bold 'Abstract' paragraph is read.
"""

from __future__ import annotations

from typing import Any

from .body import MIN_ABSTRACT
from .html_meta import Page, abstract_text, block_text, next_element
from .names import a_persons_name, is_group, names_in_byline
from .places import page_headings
from .set_apart_leads import wholly_set_in

# What the abstract's bold paragraph says.
_ABSTRACT_LABELS = frozenset(("abstract", "summary"))
_BOLD = frozenset(("b", "strong"))
# The inline elements a word processor wraps a paragraph's words in for their font, size or colour.
_WRAPPERS = frozenset(("span", "font", "i", "em", "u"))
# How many elements deep the bold may sit, each the only child of the one above.
_DEPTH = 5
# How long the title block's lines run at most, together, and the author's line.
_LONGEST_TITLE = 300
_LONGEST_NAMES = 120


def bold_abstract_label(page: Page) -> Any:
    """The first paragraph wholly in bold that is only the label 'Abstract' (or 'Summary'), on a page with no
    heading of words (h1-h6); None where there is none."""
    if any(text for _, text in page_headings(page, "h1,h2,h3,h4,h5,h6")):
        return None
    for paragraph in page.tree.css("p"):
        text = (block_text(paragraph) or "").rstrip(":.").strip().casefold()
        if text in _ABSTRACT_LABELS and wholly_bold(paragraph):
            return paragraph
    return None


def abstract_under_bold_label(page: Page) -> str | None:
    """The plain paragraphs after the bold 'Abstract' paragraph, up to the next paragraph wholly in bold or
    the first element that is no paragraph; None where they are too short to be an abstract."""
    label = bold_abstract_label(page)
    if label is None:
        return None
    parts: list[str] = []
    after = next_element(label)
    while after is not None and after.tag == "p" and not wholly_bold(after):
        if text := block_text(after):
            parts.append(text)
        after = next_element(after)
    text = abstract_text(" ".join(parts))
    return text if text and len(text) >= MIN_ABSTRACT else None


def title_block_over_author(page: Page) -> tuple[str, list[str]] | None:
    """The title and the authors of the centred bold paragraphs right above the bold 'Abstract' paragraph
    (past blank ones): the last of them names the authors, every word of it a person's name (two to six
    capitalised words each), the ones before it are
    the title's lines. None where there are fewer than two, or the last names nobody."""
    label = bold_abstract_label(page)
    if label is None:
        return None
    lines: list[str] = []
    above = _previous_paragraph(label)
    while above is not None and _centred(above) and wholly_bold(above):
        lines.append(block_text(above) or "")
        above = _previous_paragraph(above)
    lines.reverse()
    if len(lines) < 2:
        return None
    *title_lines, byline = lines
    title = " ".join(title_lines)
    names = names_in_byline(byline) if len(byline) <= _LONGEST_NAMES else []
    people = names and all(a_persons_name(name) and not is_group(name) for name in names)
    if not people or len(title) > _LONGEST_TITLE or _words(" ".join(names)) != _words(byline):
        return None
    return title, names


def wholly_bold(paragraph: Any) -> bool:
    """Whether the paragraph's whole text is in one bold element, the only child of the paragraph or of the
    font, size or colour wrappers between them."""
    return wholly_set_in(paragraph, _BOLD, _WRAPPERS, depth=_DEPTH, blank=_blank)


def _previous_paragraph(node: Any) -> Any:
    """The paragraph before `node` past blank paragraphs (a word processor's empty line, '&nbsp;'), past
    text and comments; None where the element before is no paragraph."""
    sibling = node.prev
    while sibling is not None and _skipped(sibling):
        sibling = sibling.prev
    return sibling if sibling is not None and sibling.tag == "p" else None


def _skipped(node: Any) -> bool:
    """Whether a node before a paragraph is passed over: a comment, blank text, a blank paragraph."""
    if node.tag == "-text":
        return not (node.text_content or "").strip()
    return node.tag == "-comment" or (node.tag == "p" and not block_text(node))


def _centred(paragraph: Any) -> bool:
    align = (paragraph.attributes.get("align") or "").strip().casefold()
    style = "".join((paragraph.attributes.get("style") or "").split()).casefold()
    return align == "center" or "text-align:center" in style


def _blank(node: Any) -> bool:
    """Whether a child shows nothing beside the bold: blank text, a comment, an empty element of no wrapper's
    kind (Word's <o:p></o:p>)."""
    if node.tag in ("-text", "-comment"):
        return not (node.text_content or "").strip()
    return node.tag not in _BOLD | _WRAPPERS and not block_text(node)


def _words(text: str) -> list[str]:
    """The words of a line of names, the commas and the 'and' between them left out."""
    words = (word.strip(".,;") for word in text.replace(",", " ").split())
    return [word for word in words if word and word.casefold() not in ("and", "&")]
