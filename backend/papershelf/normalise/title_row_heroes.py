"""A benchmark's page with no h1 and no meta but charset and viewport, whose hero sets the paper's title in
rows of a block the page classes as its title, and the authors one to an element right under it
(Target-Bench's page, round 257, pending97: div.title-section of div.title-row-1, an icon and
span.title-highlight 'Target-Bench:', and div.title-row-2 'Can World Models Achieve …?', the <title> the two
joined; then div.authors of div.author-names rows of span.author names with affiliation and '*' <sup>s; its
'Paper' link a PDF on the site). The title block, the <title> repeating it word for word, is the paper's
title; the classed names under it, each a person's whole name, its authors. A title block the <title> words
otherwise (the site's name), a block under it not classed as the authors, or names that are not persons', is
not read so."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, next_element, short_text
from .names import AFFILIATION_WORD, NAME_PART, display_name, is_group
from .places import compact

_LONGEST_TITLE = 300
_FEWEST_TITLE_WORDS = 3
_FEWEST_NAMES = 2
_LONGEST_NAME = 120
# How many elements classed as a title (or part of one) are tried, and how many author elements read.
_TITLE_TRIES = 20
_MOST_NAMES = 60
_CLASS_PARTS = re.compile(r"[-_]+")
_TITLE_WORDS = frozenset({"title"})
_AUTHORS_WORDS = frozenset({"authors"})
_AUTHOR_WORDS = frozenset({"author"})


def paper_its_title_rows_name(page: Page) -> BodyRecord | None:
    """The record of such a page: its classed title block as the <title> repeats it, the classed names of
    the authors' block right after it."""
    if page.tree.css_first("h1") is not None or page.tree.body is None:
        return None
    tab = page.head_title
    named = clean_text(short_text(tab, _LONGEST_TITLE)) if tab is not None else None
    if not named or len(named.split()) < _FEWEST_TITLE_WORDS:
        return None
    key = compact(named)
    for count, block in enumerate(page.tree.body.css('[class*="title"]')):
        if count >= _TITLE_TRIES:
            return None
        if _TITLE_WORDS.isdisjoint(_class_words(block)):
            continue
        shown = clean_text(short_text(block, _LONGEST_TITLE))
        if not shown or compact(shown) != key:
            continue
        authors = next_element(block)
        if authors is None or _AUTHORS_WORDS.isdisjoint(_class_words(authors)):
            return None
        names = _names_in(authors)
        return BodyRecord(title=shown, authors=names, known=True) if names else None
    return None


def _names_in(block: Any) -> list[str]:
    """The names of the elements classed 'author' inside the block, each without its <sup> marks; none when
    any is not a person's whole name."""
    names = []
    for count, node in enumerate(block.css('[class~="author"]')):
        if count >= _MOST_NAMES:
            return []
        text = clean_text("".join(part.text_content or "" for part in node.traverse(include_text=True)
                                  if part.tag == "-text" and not _inside_a_sup(part, node)))
        name = display_name(text) if text and len(text) <= _LONGEST_NAME else None
        if not name or not _a_persons_name(name):
            return []
        names.append(name)
    return names if len(names) >= _FEWEST_NAMES else []


def _inside_a_sup(part: Any, top: Any) -> bool:
    node = part.parent
    while node is not None and node is not top and node.mem_id != top.mem_id:
        if node.tag == "sup":
            return True
        node = node.parent
    return False


def _class_words(node: Any) -> set[str]:
    return {part for name in (node.attributes.get("class") or "").casefold().split()
            for part in _CLASS_PARTS.split(name)}


def _a_persons_name(name: str) -> bool:
    return (NAME_PART.fullmatch(name) is not None and not is_group(name)
            and AFFILIATION_WORD.search(name) is None)
