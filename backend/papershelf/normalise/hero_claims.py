"""The hero's claim: the one paragraph a project page's hero block sets apart under its title, past the block
of its byline, affiliations and buttons, classed as the hero's claim (TRACE's page, round 236, after its final
held-out figure: header.hero holds p.hero-kicker, the h1, div.hero-meta of the byline and the placeholder
buttons, then p.hero-claim, three sentences of what the method does). As the hero's copy (hero_copies.py) is,
it is the page's summary where no heading labels an abstract; its buttons may not link a preprint yet.

Its lead statement after the hero: where the hero holds no claim, the paragraph classed as the lead
('lead-statement') that opens the first section after the hero block, under no heading (LRRL's page, round
236, held out: header.hero of the title, byline, affiliations and buttons, then section#method's
container opening with p.lead-statement, one sentence of what the pipeline does; no 'Abstract' section, no
description meta). A section opening with a heading, or a paragraph classed otherwise, is read as before."""

from __future__ import annotations

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .hero_copies import labels_an_abstract
from .html_meta import Page, abstract_text, block_text, next_element
from .places import HEADING_TAGS, title_heading

_CLAIM = "claim"
_HERO = "hero"
_LEAD = "lead"
# How deep the first section's wrappers are gone into for its opening paragraph.
_WRAPPERS = 3
_WRAPPER_TAGS = frozenset({"section", "div", "main", "article"})
# The title's next elements looked at: the block of its byline and buttons, then the claim.
_REACH = 3
_LONGEST_CLAIM = 500


def hero_claim_under_the_title(page: Page, title: str | None) -> str | None:
    """The text of the paragraph classed 'hero-claim' among the few elements after the page's title heading,
    in a block classed as the hero; None where there is none, the page heads an abstract, or it runs long."""
    shown = title_heading(page, title, "h1") if title else None
    if shown is None or shown.parent is None:
        return None
    if _HERO not in _words(shown.parent):
        # The title in the hero's container (div.container in header.hero): its lead statement alone.
        wrapper = shown.parent.parent
        return (_lead_statement_after_the_hero(page, wrapper) if wrapper is not None
                and _HERO in _words(wrapper) else None)
    node = next_element(shown)
    for _ in range(_REACH):
        if node is None or node.tag in HEADING_TAGS:
            break
        if node.tag == "p" and _CLAIM in _words(node) and _HERO in _words(node):
            text = abstract_text(block_text(node))
            if not text or not MIN_ABSTRACT <= len(text) <= _LONGEST_CLAIM or labels_an_abstract(page):
                return None
            return clean_text(text)
        node = next_element(node)
    return _lead_statement_after_the_hero(page, shown.parent)


def _lead_statement_after_the_hero(page: Page, hero: object) -> str | None:
    """The text of the paragraph classed as the lead that opens the element right after the hero block
    (past wrappers that open with it), under no heading; None otherwise."""
    node = next_element(hero)
    for _ in range(_WRAPPERS):
        if node is None or node.tag not in _WRAPPER_TAGS:
            break
        node = _first_child_element(node)
    if node is None or node.tag != "p" or _LEAD not in _words(node):
        return None
    text = abstract_text(block_text(node))
    if not text or not MIN_ABSTRACT <= len(text) <= _LONGEST_CLAIM or labels_an_abstract(page):
        return None
    return clean_text(text)


def _first_child_element(node: object) -> object:
    child = getattr(node, "child", None)
    while child is not None and child.tag in ("-text", "-comment"):
        child = child.next
    return child


def _words(node: object) -> set[str]:
    classes = (getattr(node, "attributes", {}).get("class") or "").casefold().split()
    return {word for name in classes for word in name.replace("_", "-").split("-")}
