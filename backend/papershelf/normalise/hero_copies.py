"""The hero's copy: the one paragraph of prose a project page sets apart in its hero block under the title,
past the byline's, the affiliations' and a contact line (MemGUI-Agent's page, round 216: header.hero holds
the h1, p.hero-authors, p.hero-affiliations-text, p.hero-contact, then p.hero-copy, one sentence of what the
method does). 'Copy' is the web designer's word for a block's text: a paragraph classed as the hero's copy
is the hero's lede, the page's summary where it labels no abstract, as round 168's p.hero-lede right under
the title is (project_pages.project_lede, which asks this reader)."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page, abstract_text, block_text, next_element, short_text
from .places import HEADING_TAGS, HEADINGS

# The class word of a block's text, last in a compound class ('hero-copy'), and the word of the block it
# stands in: the hero, the first screen of a page, named by its own class or by one it stands inside.
_COPY = "copy"
_HERO = "hero"
_PARTS = re.compile(r"[-_]+")
# The title's next elements looked at: a byline, the affiliations, a contact or venue line, then the copy.
_REACH = 5
# How far up the hero block is looked for: the title's wrappers in it (div.hero-content, div.hero-inner).
_HERO_DEPTH = 4
# A lede's length: a sentence or two, no section of prose (the hero's copy of a longer text is no lede).
_LONGEST_LEDE = 500
# The most of a heading's text read to see whether it labels the abstract.
_LONGEST_LABEL = 40


def hero_copy_under(page: Page, shown: Any) -> str | None:
    """The text of the paragraph classed as the hero's copy among the few elements right after the title's
    element `shown`, in the hero block: one paragraph of a sentence's length, no heading between, on a page
    with no section headed 'Abstract'; None otherwise (a paragraph of another class, a copy outside a hero,
    a longer text)."""
    if shown is None:
        return None
    node = next_element(shown)
    for _ in range(_REACH):
        if node is None or node.tag in HEADING_TAGS or node.tag not in ("p", "div"):
            return None  # the hero's lines end: a heading, a row of buttons or media after them
        parts = _class_parts(node)
        if _COPY in {words[-1] for words in parts}:
            if node.tag != "p" or not _in_the_hero(node, parts):
                return None  # a block of copy (several paragraphs), or a copy outside a hero
            text = abstract_text(block_text(node))
            if not text or not MIN_ABSTRACT <= len(text) <= _LONGEST_LEDE or labels_an_abstract(page):
                return None  # …and a page that heads its abstract has its summary there, not in the hero
            return text
        node = next_element(node)
    return None


def labels_an_abstract(page: Page) -> bool:
    """Whether a heading of the page reads 'Abstract' (each heading's text read up to a label's length)."""
    for heading in page.tree.css(HEADINGS):
        if (clean_text(short_text(heading, _LONGEST_LABEL)) or "").strip(" :.").casefold() == "abstract":
            return True
    return False


def _class_parts(node: Any) -> list[list[str]]:
    """Each class name of `node`, cut into its words ('hero-copy': 'hero', 'copy')."""
    return [_PARTS.split(name.casefold()) for name in (node.attributes.get("class") or "").split()]


def _in_the_hero(node: Any, parts: list[list[str]]) -> bool:
    """Whether `node`'s own class names the hero ('hero-copy'), or a block it stands in, a few levels up, is
    classed as the hero (header.hero, div.hero-content)."""
    if any(_HERO in words for words in parts):
        return True
    up = node.parent
    for _ in range(_HERO_DEPTH):
        if up is None:
            return False
        if any(_HERO in words for words in _class_parts(up)):
            return True
        up = up.parent
    return False
