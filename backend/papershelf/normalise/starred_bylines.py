"""A law review's byline: the author's name alone under the title, closed by the star of its footnote.

Law reviews give the author's position and thanks in a starred first footnote, and their sites set the
name and its star in a block of its own under the heading ('Lee Anne Fennell*' in an h3, Columbia Law
Review; 'Carl Tobias*' in a centred paragraph after 'Download PDF', Wisconsin Law Review), with no
"By" and no class that says it is a byline. Some set the article's abstract right after that footnote in
italic paragraphs with no label (Virginia Law Review), before the roman text of the article.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import Page, abstract_text, block_text, next_element
from .label_lines import labels_among
from .names import NAME_PART, names_in_byline
from .places import PROSE, after_heading, texts_below_heading, title_or_first_heading, without_closing_mark

_FOOTNOTE_MARKS = "*\u2020\u2021"
_STARS = frozenset(_FOOTNOTE_MARKS)
# How many texts under the heading the name may come after: a date line, 'Download PDF', share links.
_NEAR = 8
# A line of a few names: longer is prose.
_LONGEST = 200
_PEOPLE = re.compile(r",|&|\band\b")


def starred_names_under_heading(page: Page, title: str | None) -> list[str]:
    """The people of the first text under the title's heading that is names and nothing else, closed by a
    footnote mark; none when no such text stands close under it."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return []
    # The heading's own words are left out (a heading's title may close with a star of its own).
    for _node, text in texts_below_heading(page, heading, _NEAR):
        if len(text) > _LONGEST or text[-1] not in _FOOTNOTE_MARKS:
            continue
        bare = without_closing_mark(text) or ""
        parts = [part.strip() for part in _PEOPLE.split(bare) if part.strip()]
        if parts and all(NAME_PART.fullmatch(part) for part in parts):
            names = names_in_byline(bare)
            # A journal's label starred to a note ('Open Access*', '* Free to read') is no person.
            if len(names) == len(parts) and not labels_among(names):
                return names
    return []


# How many nodes under the heading the byline's star and the abstract may stand after: the byline, the issue
# line, the date, the citation, 'Download PDF', the footnote's own note.
_TO_THE_ABSTRACT = 150
# How much of an abstract's paragraph is set in italics at least: a case's name inside it is set in roman.
_ITALIC_SHARE = 0.75
_ITALICS = frozenset({"em", "i"})


def italic_abstract_after_starred_byline(page: Page) -> str | None:
    """The italic paragraphs that open the text under the heading after the byline's footnote star (Virginia
    Law Review: 'By Caitlin B. Tully*', her note, then the abstract in <em>, then 'Introduction'). Without
    the star, italics opening a page are as often an editor's note or a post's teaser; a line or two of
    them under it is an epigraph."""
    heading = page.tree.css_first("h1")
    if heading is None:
        return None
    own = {node.mem_id for node in heading.traverse(include_text=True)}
    count, star_blocks = 0, None
    for node in after_heading(page, heading):
        count += 1
        if count > _TO_THE_ABSTRACT:
            return None
        if node.mem_id in own:
            continue
        if star_blocks is None and node.tag == "-text" and (node.text_content or "").strip() in _STARS:
            # The byline's own paragraph, when it is one (Wisconsin's 'Carl Tobias*'), is no abstract.
            star_blocks = _paragraphs_holding(node)
        elif star_blocks is not None and node.tag == "p" and node.mem_id not in star_blocks:
            return _italic_paragraphs(node)
    return None


def _paragraphs_holding(node: Any) -> set[int]:
    held, parent = set(), node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if parent.tag == "p":
            held.add(parent.mem_id)
        parent = parent.parent
    return held


def _italic_paragraphs(first: Any) -> str | None:
    """The paragraphs from `first` on that are set in italics, as one text long enough to be an abstract."""
    parts: list[str] = []
    node = first
    while node is not None and node.tag == "p" and _set_in_italics(node):
        parts.append(block_text(node) or "")
        node = next_element(node)
    text = abstract_text(" ".join(parts))
    return text if text and len(text) >= PROSE else None


def _set_in_italics(paragraph: Any) -> bool:
    italic = roman = 0
    for child in paragraph.iter(include_text=True):
        if child.tag == "-text":
            roman += len((child.text_content or "").strip())
        elif child.tag in _ITALICS:
            italic += len((child.text(deep=True) or "").strip())
    return italic > 0 and italic >= _ITALIC_SHARE * (italic + roman)
