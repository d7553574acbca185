"""A project page that sets its paper's title as two headings: the project's name in large type, then the
rest of the title in a smaller heading under it (MegaSaM's h1 'MegaSaM' over an h3 'Accurate, Fast and
Robust Structure and Motion from Casual Dynamic Videos'; Spec-Gaussian's h1 'Spec-Gaussian:' over an h2).
The byline follows the second heading, so a reader that takes the heading its byline follows takes the
subtitle alone."""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .html_meta import Page, block_text, short_text
from .places import HEADING_TAGS, compact

# A project's name is a word or a few ("MegaSaM", "Spec-Gaussian:"); longer, the heading is a title itself.
_NAME_WORDS = 4
_LONGEST_NAME = 80
# How many blank nodes (whitespace, comments) may stand between the two headings.
_GAP = 10


def name_over_its_subtitle(page: Page, subtitle: Any) -> str | None:
    """The whole title where the heading `subtitle` follows a sibling heading of a project's name: the
    name ending in a colon says a subtitle follows; without one, the page's <title> or a meta title must
    write the two as one ('MegaSaM: Accurate, Fast …' in twitter:title), lest a tagline under a name be
    read as part of it."""
    if subtitle is None:
        return None
    # A page without headings sets the two in divisions of large type (PromptSuite's, round 176: a div of its
    # logo and a span 'PromptSuite:' over a div of the rest); a division is any block, so there the <title>
    # or a meta title must write the two as one even after the name's colon.
    heading = subtitle.tag in HEADING_TAGS
    if not heading and subtitle.tag not in _BLOCKS:
        return None
    above = _before(subtitle, HEADING_TAGS if heading else _BLOCKS)
    named = clean_text(short_text(above, _LONGEST_NAME)) if above is not None else None
    rest = block_text(subtitle)
    if not named or not rest or len(named.split()) > _NAME_WORDS:
        return None
    if named.endswith(":"):
        whole = f"{named} {rest}"
        return whole if heading or compact(whole) in _titles_the_page_names(page) else None
    whole = f"{named}: {rest}"
    return whole if compact(whole) in _titles_the_page_names(page) else None


# The blocks a page without headings sets its title in: a division or a paragraph of large type.
_BLOCKS = frozenset({"div", "p"})


def _before(node: Any, tags: frozenset[str]) -> Any:
    """The element right before `node` among its siblings, when it is one of `tags`."""
    before = node.prev
    for _ in range(_GAP):
        if before is None or before.tag not in ("-text", "-comment") or (
                before.tag == "-text" and (before.text_content or "").strip()):
            break
        before = before.prev
    return before if before is not None and before.tag in tags else None


def _titles_the_page_names(page: Page) -> set[str]:
    tab = page.tree.css_first("head title")
    named = [tab.text(deep=True) if tab is not None else "",
             *page.every("og:title"), *page.every("twitter:title")]
    return {compact(text) for text in named if text}
