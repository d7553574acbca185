"""A line under a project page's byline that gives news of the paper's presentation at a venue, its year
closing it: 'Also Oral Presentation ✨ at CoRL RoboArena Workshop, 2025' (Maestro's page, round 256, set in
the template's byline block, the workshop's name a link). The byline ends there: the venue it links is no
author, as after a line of the paper's acceptance."""

from __future__ import annotations

import re

from ..identity import clean_text
from .title_emoji import without_emoji

# 'Oral Presentation at', 'Spotlight presentation at', 'Presented at', 'Oral at', an 'Also' before it; then
# the venue and its year, a mark or two after it.
_PRESENTATION_LINE = re.compile(
    r"(?:also\s+)?(?:an?\s+)?(?:(?:(?:oral|spotlight|poster|invited)\s+)?(?:presentation|talk)|presented|oral"
    r"|spotlight)\s+(?:at|in)\s.*\b(?:19|20)\d\d\W{0,3}",
    re.IGNORECASE)
_LONGEST_PRESENTATION_LINE = 150


def a_presentation_line(text: str | None) -> bool:
    """Whether a line's whole text is such news of the paper's presentation, its year closing it."""
    shown = without_emoji(clean_text(text)) or ""
    return len(shown) <= _LONGEST_PRESENTATION_LINE and _PRESENTATION_LINE.fullmatch(shown) is not None
