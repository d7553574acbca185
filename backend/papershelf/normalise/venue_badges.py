"""A venue badge over a project page's title: the meeting and its year set in an element of their own right
above the heading, classed as the conference or venue it names (MSU-Bench's page, round 257, pending97: a
div.logo-line holding div.conference-badge 'Interspeech 2026', then the h1 'MSU-Bench'). The class says what
the line is where the meeting's name alone would not (one capital, no acronym: 'Interspeech', 'Eurographics'),
so the badge's year is the paper's, as a venue line's under the title is."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text

# The words of a class that name its element the venue ('conference-badge', 'venue', 'conf-tag').
_VENUE_CLASS_WORDS = frozenset({"conference", "conf", "venue"})
# The badge's text, alone: a meeting's name in a capitalised word or two (or an acronym), then its year.
_BADGE_LINE = re.compile(r"[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?\s+'?((?:19|20)\d\d)")
_LONGEST_BADGE = 40
# How many blank nodes (whitespace, comments) may stand between an element and the one before it (a badge
# or its row and the heading; a project's two headings).
_GAP = 10
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def venue_badge_year(heading: Any) -> str | None:
    """The year of the venue badge right above the title's element `heading` (blank text between; above the
    heading of its name, where the title's element is the subtitle under it): the element before it, or
    the one element a row before it holds, classed as a conference or venue, its whole text a meeting and a
    year. Anything else before the heading (a badge of another kind, a row of more than the badge, a line of
    words) gives none."""
    before = element_before(heading)
    if before is not None and before.tag in _HEADINGS:
        # The title's element the subtitle under a heading of its name: the badge is above the name.
        before = element_before(before)
    if before is not None and not _classed_a_venue(before):
        inside = [child for child in before.iter(include_text=True)
                  if child.tag != "-comment" and (child.tag != "-text" or (child.text_content or "").strip())]
        before = inside[0] if len(inside) == 1 and inside[0].tag != "-text" else None
    if before is None or not _classed_a_venue(before):
        return None
    text = clean_text(before.text(deep=True)) or ""
    found = _BADGE_LINE.fullmatch(text) if len(text) <= _LONGEST_BADGE else None
    return found.group(1) if found else None


def element_before(node: Any) -> Any:
    """The element right before `node` among its siblings, past blank text and comments."""
    before = node.prev
    for _ in range(_GAP):
        if before is None or before.tag not in ("-text", "-comment") or (
                before.tag == "-text" and (before.text_content or "").strip()):
            break
        before = before.prev
    return before if before is not None and before.tag not in ("-text", "-comment") else None


def _classed_a_venue(node: Any) -> bool:
    words = (node.attributes.get("class") or "").casefold().replace("_", "-").replace("-", " ").split()
    return any(word in _VENUE_CLASS_WORDS for word in words)
