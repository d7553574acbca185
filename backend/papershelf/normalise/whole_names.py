"""A meta author named by a first name alone whom the page shows whole: Rutgers' news stories (Drupal 8's
schema.org metatag, 2020) give the JSON-LD Article's author as "Todd", and show "By" then "Todd Bates" in
p.full-name. The whole name is read where the page shows it alone in an element classed as a name, an
author or a byline, or as the whole text of a heading (The Endeavour, 2012: a one-person blog's byline 'by
John', its sidebar's "About me" widget headed <h3><a>John D. Cook</a></h3>); a first name the page shows whole
nowhere so stays as it is.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import Page, block_text
from .places import UNSHOWN

# A capitalised word of a name ("Todd", "O'Neil", "Smith-Jones"); a middle initial ("J.") may stand between.
_NAME_WORD = re.compile(r"[A-Z][a-z\u00df-\u00ff'\u2019-]+")
_INITIAL = re.compile(r"[A-Z]\.")
# The most words a whole name of one person has, the first name among them.
_MOST_WORDS = 4
# Class words of an element that holds a person's name.
_NAME_CLASSES = ("name", "author", "byline")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def names_shown_whole(page: Page, authors: list[str] | None) -> list[str] | None:
    """The authors, each one named by a first name alone replaced by the whole name the page shows."""
    alone = {name for name in authors or () if _NAME_WORD.fullmatch(name)}
    if not alone or authors is None:
        return authors
    whole = _shown_whole(page, alone)
    return [whole.get(name, name) for name in authors]


def _shown_whole(page: Page, first_names: set[str]) -> dict[str, str]:
    """The first whole name the page shows for each first name: a text that is a name of two to four
    words opening with it, alone in an element classed as a name or as a heading's whole text. One walk of
    the page's texts; each heading's text is read once."""
    found: dict[str, str] = {}
    headings: dict[int, str] = {}
    body = page.tree.body
    for node in body.traverse(include_text=True) if body is not None else ():
        if node.tag != "-text":
            continue
        words = (clean_text(node.text_content) or "").split()
        if not 2 <= len(words) <= _MOST_WORDS or words[0] not in first_names or words[0] in found:
            continue
        if all(_NAME_WORD.fullmatch(word) or _INITIAL.fullmatch(word) for word in words[1:]) and (
            _in_a_name_element(node.parent) or _a_headings_whole_text(node, words, headings)
        ):
            found[words[0]] = " ".join(words)
            if len(found) == len(first_names):
                break
    return found


def _in_a_name_element(parent: Any) -> bool:
    if parent is None or parent.tag in UNSHOWN:
        return False
    classes = (parent.attributes.get("class") or "").casefold()
    return any(word in classes for word in _NAME_CLASSES)


def _a_headings_whole_text(node: Any, words: list[str], headings: dict[int, str]) -> bool:
    """Whether the text is the whole text of the heading it stands in (or in a link of)."""
    heading = node.parent
    if heading is not None and heading.tag == "a":
        heading = heading.parent
    if heading is None or heading.tag not in _HEADINGS:
        return False
    if heading.mem_id not in headings:
        headings[heading.mem_id] = " ".join((block_text(heading) or "").split())
    return headings[heading.mem_id] == " ".join(words)
