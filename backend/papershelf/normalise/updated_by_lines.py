"""A researcher's own page of a topic, hand-written, no meta: its <title> the heading's title with the
writer's name in brackets after it, and its closing line saying who last updated it, the same person (Erik
Demaine's 'The Fold-and-Cut Problem (Erik Demaine)', an h1 of the title under an h1 of the series, and 'Last
updated March 3, 2025 by <a>Erik Demaine</a>.' in the footer's box, 2025). The page is a record: its title,
by that person. The update's day is a revision's, not the day it was published: no date.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, short_text
from .names import a_persons_name
from .places import HEADINGS, compact, title_heading

# The <title>: the piece's title, then the writer's name in brackets, closing it.
_NAMED_TAB = re.compile(r"(?P<piece>[^()]{3,300}?)\s*\((?P<name>[^()]{3,80})\)")
# The closing line: "Last updated" (or "modified"), the day, "by" and the name, a full stop after it or not.
_UPDATED_BY = re.compile(r"\blast (?:updated|modified)\b[^.]{0,80}?\bby\s+(?P<name>[^.,;()]{3,80}?)\s*\.?$",
                         re.IGNORECASE)
# The elements the closing line may stand in alone, its name linked inside it: the footer's italics or
# paragraph (a page's text is read no further than these short lines).
_LINES = "i, em, p, address, small"
# How long the closing line is at most.
_LINE = 160


def titled_by_its_writer(page: Page) -> BodyRecord | None:
    """The record of a page whose <title> names its writer in brackets after the title its heading shows,
    and whose closing line says the same person last updated it; None otherwise."""
    tab = _NAMED_TAB.fullmatch(clean_text(page.node_text("title")) or "")
    if tab is None:
        return None
    piece, name = tab.group("piece").strip(), tab.group("name").strip()
    if not a_persons_name(name) or title_heading(page, piece, HEADINGS) is None:
        return None
    key = compact(name)
    for node in page.tree.css(_LINES):
        # Each element's text read no further than a line's length: nested ones cost no more than the page.
        raw = short_text(node, _LINE)
        text = " ".join(raw.split()) if raw else ""
        line = _UPDATED_BY.search(text) if text else None
        if line is not None and compact(line.group("name")) == key:
            return BodyRecord(title=piece, authors=[name], known=True)
    return None
