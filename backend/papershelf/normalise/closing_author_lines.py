"""A text whose writer is named after it on a labelled line of its own, in the block that holds the text,
past its last paragraph: "Autor: <strong>Anna Błońska</strong>", then "Źródło: EurekAlert!" (Kopalnia
Wiedzy, 2012: div.article-footer after the paragraphs, no byline under the heading, no author meta). The
label says the name is the text's writer's, as a byline's "By" does; a source, a photograph's credit or a
designer's line ("Projekt graficzny: …", the site's footer, outside the text's block) names none.
"""

from __future__ import annotations

import re
from typing import Any

from .closing_signatures import text_block
from .html_meta import Page, block_text, short_text
from .names import a_persons_name, is_group
from .places import HEADINGS, PROSE, title_heading

# The label and the names after it, in the languages met: "Autor:" (Polish, German, Spanish, Czech),
# "Autorka:" (Polish, a woman), "Author:", "Auteur :", "Autore:".
_LABELLED = re.compile(r"(?:authors?|autor(?:ka|in)?|auteur|autore)\s*:\s*(.+)", re.IGNORECASE)
# How the line joins several names: a comma, an ampersand, "and" in the languages met.
_JOINS = re.compile(r"\s*(?:,|&|\b(?:and|und|i|et|e|y)\b)\s*")
# How long the labelled line is at most: a label and a few names, no paragraph.
_LINE = 80
# How many elements after the text's last paragraph are looked at, and how many nodes of each are read:
# a footer of a few short lines, not the rest of the page.
_AFTER = 3
_NODES = 40
# The elements a line may be.
_LINES = frozenset(("p", "div", "span", "li"))


def author_on_a_line_after_the_text(page: Page, title: str | None) -> list[str] | None:
    """The people a labelled line after the text's last paragraph names, in the block that holds the
    text; None where no such line follows or its words are no person's name."""
    heading = title_heading(page, title, HEADINGS) if title else None
    block = text_block(page, heading) if heading is not None else None
    if block is None:
        return None
    for element in _after_the_last_paragraph(block):
        for count, node in enumerate(element.traverse()):
            if count > _NODES:
                break
            if node.tag in _LINES and (people := _labelled_people(node)):
                return people
    return None


def _after_the_last_paragraph(block: Any) -> list[Any]:
    """The elements of the block after its last paragraph of prose, `_AFTER` at most; none where the block
    ends with such a paragraph or holds more elements after it than that."""
    found: list[Any] = []
    node = block.last_child
    while node is not None:
        if node.tag == "p" and len(block_text(node) or "") >= PROSE:
            return found[::-1]
        if not node.tag.startswith("-"):
            if len(found) == _AFTER:
                return []
            found.append(node)
        node = node.prev
    return []


def _labelled_people(node: Any) -> list[str] | None:
    """The names on the element's line after an author's label, each a person's; None otherwise."""
    text = short_text(node, _LINE)
    line = " ".join(text.split()) if text else ""
    found = _LABELLED.fullmatch(line) if len(line) <= _LINE else None
    if found is None:
        return None
    parts = [part for part in _JOINS.split(found.group(1).strip()) if part]
    if not parts or not all(a_persons_name(part) and not is_group(part) for part in parts):
        return None
    return parts
