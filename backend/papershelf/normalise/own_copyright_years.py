"""The year of a project's own copyright line: a benchmark's or project's page of one paper that dates the
paper nowhere else (no meta day, no BibTeX entry, no venue line) shows the year it was made in its footer's
copyright line opening with the project's own name, the page's one h1 (TeamBench's benchmark page, round 188:
the h1 'TeamBench', the footer's 'TeamBench © 2026 — MIT · Google Research · …'): the project's year, the
paper's as the page gives it.

Told narrowly from an institution's or a theme's line: the line opens with the h1's whole words, then the
sign (or 'Copyright') and the year; a footer's '© 2024 <school>' (VPVID's demo, round 193) or a line naming
another holder dates nothing. Asked last of a page's dates, and only on a page whose paper its buttons name
(scholarly's `from_buttons`).
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, short_text
from .places import compact

# How long a project's name in its h1 may be, how many of the footer's nodes are read, and how long a text
# of the footer may be.
_LONGEST_NAME = 60
_MOST_NODES = 200
_LONGEST_TEXT = 300
# The sign and the year after the name: '© 2026', '(c) 2026', 'Copyright 2026', 'Copyright © 2026'.
_SIGN_AND_YEAR = re.compile(r"\s*(?:©|\(c\)|copyright)(?:\s*©)?\s*((?:19|20)\d\d)\b", re.IGNORECASE)


def year_of_the_projects_own_copyright(page: Page) -> str | None:
    """The year the footer's copyright line opening with the page's one h1 gives; None otherwise."""
    headings = page.tree.css("h1")
    if len(headings) != 1:
        return None
    name = clean_text(short_text(headings[0], _LONGEST_NAME))
    footers = page.tree.css("footer")
    if not name or not footers:
        return None
    key = compact(name)
    for count, node in enumerate(footers[-1].traverse(include_text=True)):
        if count > _MOST_NODES:
            return None
        if node.tag != "-text":
            continue
        text = clean_text((node.text_content or "")[:_LONGEST_TEXT]) or ""
        if not compact(text).startswith(key):
            continue
        rest = _past_the_name(text, key)
        found = _SIGN_AND_YEAR.match(rest) if rest is not None else None
        if found:
            return found.group(1)
    return None


def _past_the_name(text: str, key: str) -> str | None:
    """The text after its opening words that compact to `key`, or None where they end mid-word."""
    seen = ""
    for index, letter in enumerate(text):
        if not letter.isspace():
            seen += letter.casefold()
        if len(seen) == len(key):
            rest = text[index + 1:]
            return rest if not rest[:1].isalnum() else None
    return None
