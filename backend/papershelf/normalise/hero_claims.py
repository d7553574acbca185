"""The hero's claim: the one paragraph a project page's hero block sets apart under its title, past the block
of its byline, affiliations and buttons, classed as the hero's claim (TRACE's page, round 236, after its final
held-out figure: header.hero holds p.hero-kicker, the h1, div.hero-meta of the byline and the placeholder
buttons, then p.hero-claim, three sentences of what the method does). As the hero's copy (hero_copies.py) is,
it is the page's summary where no heading labels an abstract; its buttons may not link a preprint yet."""

from __future__ import annotations

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .hero_copies import labels_an_abstract
from .html_meta import Page, abstract_text, block_text, next_element
from .places import HEADING_TAGS, title_heading

_CLAIM = "claim"
_HERO = "hero"
# The title's next elements looked at: the block of its byline and buttons, then the claim.
_REACH = 3
_LONGEST_CLAIM = 500


def hero_claim_under_the_title(page: Page, title: str | None) -> str | None:
    """The text of the paragraph classed 'hero-claim' among the few elements after the page's title heading,
    in a block classed as the hero; None where there is none, the page heads an abstract, or it runs long."""
    shown = title_heading(page, title, "h1") if title else None
    if shown is None or shown.parent is None or _HERO not in _words(shown.parent):
        return None
    node = next_element(shown)
    for _ in range(_REACH):
        if node is None or node.tag in HEADING_TAGS:
            return None
        if node.tag == "p" and _CLAIM in _words(node) and _HERO in _words(node):
            text = abstract_text(block_text(node))
            if not text or not MIN_ABSTRACT <= len(text) <= _LONGEST_CLAIM or labels_an_abstract(page):
                return None
            return clean_text(text)
        node = next_element(node)
    return None


def _words(node: object) -> set[str]:
    classes = (getattr(node, "attributes", {}).get("class") or "").casefold().split()
    return {word for name in classes for word in name.replace("_", "-").split("-")}
