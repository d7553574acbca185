"""A text signed at its end: the last paragraph of the block that holds the text's prose is names alone, a
person's and the site's editorial team's (SimplyScience, 2012: <p>Guido Santner und <a href="ueber-uns.html">
Redaktion SimplyScience.ch</a></p> closing the article, no byline under its heading, no author meta), or
people's alone. The people sign the text, read as its writers; the team is none. A credit ('Photo: …'), a
sentence ('Thanks to …') or the team alone names no writer.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import Page, block_text, past_blank_text, short_text
from .meta_authors import site_names
from .names import a_persons_name, a_staff_role, is_group
from .places import HEADINGS, PROSE, above_references, title_heading

# How long a signature is at most: a few names, no paragraph.
_SIGNATURE = 80
# How a signature joins its names: a comma, an ampersand, "and" in the languages met.
_JOINS = re.compile(r"\s*(?:,|&|\b(?:and|und|et|e|y)\b)\s*")
# The words that open an editorial team's name ("Redaktion SimplyScience.ch", "Editorial team").
_TEAM_WORDS = frozenset(("redaktion", "redaktionsteam", "team", "rédaction", "redazione", "redacción",
                         "editorial", "editors", "the"))


def signed_at_its_end(page: Page, title: str | None) -> list[str] | None:
    """The people whose names alone close the text under the heading of `title`, the site's team beside
    them or not; None where the text's block ends otherwise."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    block = text_block(page, heading)
    last = _past_empty_markers(block.last_child) if block is not None else None
    if last is None or last.tag != "p":
        return None
    text = short_text(last, 2 * _SIGNATURE)
    line = " ".join(text.split()) if text else ""
    if not line or len(line) > _SIGNATURE or ":" in line:
        return None  # no signature, or a credit's label ("Photo: …")
    sites = site_names(page)
    people = []
    for part in _JOINS.split(line):
        if _the_sites_team(part, sites):
            continue
        if not a_persons_name(part) or is_group(part) or a_staff_role(part):
            return None
        people.append(part)
    return people or None


# How many empty elements may follow the signature at most: an end marker, a placeholder or two.
_MARKERS = 3


def _past_empty_markers(node: Any) -> Any:
    """The last node of a block at or before `node` that is not blank text, a comment or an empty element:
    the signature may be followed by a marker of the text's end and a placeholder a script fills, both empty
    (VnExpress, 2025: <p …><strong>Lê Phương</strong></p><span id="article-end"></span><div
    data-component="true" …></div>). A few at most, each read once; an element showing an image is no
    marker."""
    node = past_blank_text(node, "prev", comments=True)
    for _ in range(_MARKERS):
        if node is None or node.tag.startswith("-") or node.tag in _SHOWN or node.css_first(_SHOWN_INSIDE):
            return node
        if (node.text(deep=True) or "").strip():
            return node
        node = past_blank_text(node.prev, "prev", comments=True)
    return node


# Elements that show something without text.
_SHOWN = frozenset(("img", "picture", "video", "iframe", "svg", "figure", "table"))
_SHOWN_INSIDE = ", ".join(sorted(_SHOWN))


def text_block(page: Page, heading: Any) -> Any:
    """The element that holds the first paragraph of prose after the heading; None where none follows."""
    passed = False
    for node in above_references(page):
        passed = passed or node.mem_id == heading.mem_id
        if passed and node.tag == "p" and len(block_text(node) or "") >= PROSE:
            return node.parent
    return None


def _the_sites_team(part: str, sites: set[str]) -> bool:
    """Whether a part of the signature names the site's editorial team: a team's word, then the site's
    name or nothing ("Redaktion SimplyScience.ch", "Redaktion"), or the site's name alone."""
    words = part.split()
    if not words:
        return False
    rest = " ".join(words[1:]).casefold()
    if words[0].casefold() in _TEAM_WORDS:
        return not rest or any(rest == site or rest.startswith(site) for site in sites)
    return part.casefold() in sites
