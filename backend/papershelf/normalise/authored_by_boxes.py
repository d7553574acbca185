"""A piece whose writers a box after its text lists under a line saying they wrote it: 'This release was
authored by:', then a list of people, each a photo and a name (Common Crawl's blog, 2024, Webflow:
div#attribution-box holding <div>This release was authored by:</div>, a spacer, and div.w-dyn-list >
div[role=list] > div[role=listitem], each an <img> whose alt is the person's bio and a <div> of the name; the
header's author row shows only the first of them). The line says the people listed after it wrote the piece:
they are its authors, in the list's order. A line of other words ('More posts from our team:') says nothing of
who wrote this one, and a list holding anything but people's whole names (a team, the site) is no list of its
writers.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import Page, next_element, short_text
from .names import a_persons_name, display_name, is_group

# The line: the piece named by a word or a few ("This release", "This post", "The report"), then that it was
# written or authored by, a colon or not.
_LINE = re.compile(r"(?:this|the)\s+(?:\w+\s+){1,3}(?:was|were|is)\s+(?:co-?)?(?:authored|written)\s+by\s*:?",
                   re.IGNORECASE)
# How many characters such a line runs to at most (a text longer is the text's prose, not read as one).
_LINE_LENGTH = 60
# How many elements after the line's own the list may stand in (a spacer between them).
_SIBLINGS = 3
# What marks a list, and its items.
_LISTS = frozenset(("ul", "ol"))
_ITEMS = frozenset(("li",))
# How many people such a list names at most, and how long a person's name in it runs at most.
_MOST_PEOPLE = 12
_NAME_LENGTH = 60


def writers_of_the_credits_box(page: Page) -> list[str] | None:
    """The people the list right after the page's first line saying who wrote the piece names; None where no
    such line is, or the list after it is missing or names anything but people. One walk down the page's
    texts, each long one passed unread."""
    body = page.tree.body
    if body is None:
        return None
    for node in body.traverse(include_text=True):
        if node.tag != "-text" or node.parent is None:
            continue
        raw = node.text_content or ""
        if len(raw) > 2 * _LINE_LENGTH or not _LINE.fullmatch(clean_text(raw) or ""):
            continue
        # The line must be its element's whole text: a sentence in a paragraph is no box's line.
        own = short_text(node.parent, _LINE_LENGTH)
        if own is None or clean_text(own) != clean_text(raw):
            return None
        return _people_listed_after(node.parent)
    return None


def _people_listed_after(line: Any) -> list[str] | None:
    """The names of the items of the first list among the few elements after the line; None where there is
    none, or an item is no person's whole name."""
    sibling = next_element(line)
    for _ in range(_SIBLINGS):
        if sibling is None:
            return None
        if (holder := _list_in(sibling)) is not None:
            return _names_of(holder)
        sibling = next_element(sibling)
    return None


def _list_in(node: Any) -> Any:
    """The element itself where it is a list, else its first list down a line of single elements (Webflow's
    div.w-dyn-list > div[role=list]); None where it holds none so."""
    for _ in range(_SIBLINGS):
        if node is None:
            return None
        if node.tag in _LISTS or node.attributes.get("role") == "list":
            return node
        children = [child for child in node.iter() if child.tag not in ("-text", "-comment")]
        node = children[0] if len(children) == 1 else None
    return None


def _names_of(holder: Any) -> list[str] | None:
    """Each item's name, where every item's words are a person's whole name alone; None otherwise."""
    people = []
    for item in holder.iter():
        if item.tag not in _ITEMS and item.attributes.get("role") != "listitem":
            continue
        if len(people) == _MOST_PEOPLE:
            return None
        name = display_name(clean_text(short_text(item, _NAME_LENGTH) or ""))
        if not name or not a_persons_name(name) or is_group(name):
            return None
        people.append(name)
    return people or None
