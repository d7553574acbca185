"""A title set in two headings: the h1 its name closed by a colon, the heading right after it the rest
(SVCODEC's demo page, round 193: <h1>SVCODEC:</h1> over <h3><span>A STREAMING VARIABLE NEURAL SPEECH
CODEC</span></h3>, the <title> 'SVCODEC' alone). The colon says the title goes on, so the two read as one
title, 'SVCODEC: A STREAMING VARIABLE NEURAL SPEECH CODEC', and the byline under the second heading is
that title's.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .html_meta import Page, next_element, short_text

# The headings the rest of the title may be set in, under the h1.
_REST = frozenset(("h2", "h3", "h4", "h5", "h6"))
# How long the name and the rest may be, and how many words each holds: a system's name of a word or
# three, the rest a title's words, not a section's label ('Abstract').
_LONGEST = 300
_NAME_WORDS = 3
_FEWEST_REST_WORDS = 2
_SECTION_LABELS = frozenset(("abstract", "overview", "introduction", "summary"))


def title_split_at_its_colon(page: Page) -> tuple[str, str, Any] | None:
    """(the h1's name without its colon, the whole title, the heading of the rest) where the page's first
    h1 is a short name closed by a colon and the element right after it a heading of the rest; None
    otherwise."""
    heading = page.tree.css_first("h1")
    shown = clean_text(short_text(heading, _LONGEST)) if heading is not None else None
    if not shown or not shown.endswith(":"):
        return None
    name = shown.rstrip(":").strip()
    if not name or len(name.split()) > _NAME_WORDS:
        return None
    after = next_element(heading)
    if after is None or after.tag not in _REST:
        return None
    rest = clean_text(short_text(after, _LONGEST))
    if not rest or len(rest.split()) < _FEWEST_REST_WORDS or rest.strip(" .:").casefold() in _SECTION_LABELS:
        return None
    return name, f"{name}: {rest}", after


def title_continued_after_its_colon(page: Page, title: str) -> str | None:
    """The whole title where `title` is the name an h1 closes with a colon and the heading after it goes
    on with the rest; None otherwise."""
    split = title_split_at_its_colon(page)
    return split[1] if split is not None and split[0] == title else None


def heading_of_the_titles_rest(page: Page, title: str) -> Any:
    """The heading of the rest of a title split at its colon, where `title` is that whole title: the
    element its byline follows; None otherwise."""
    split = title_split_at_its_colon(page)
    return split[2] if split is not None and split[1] == title else None
