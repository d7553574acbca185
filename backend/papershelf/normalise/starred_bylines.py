"""A law review's byline: the author's name alone under the title, closed by the star of its footnote.

Law reviews give the author's position and thanks in a starred first footnote, and their sites set the
name and its star in a block of its own under the heading ('Lee Anne Fennell*' in an h3, Columbia Law
Review; 'Carl Tobias*' in a centred paragraph after 'Download PDF', Wisconsin Law Review), with no
"By" and no class that says it is a byline.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page
from .names import NAME_PART, names_in_byline
from .places import below_heading, title_or_first_heading, without_closing_mark

_FOOTNOTE_MARKS = "*\u2020\u2021"
# How many texts under the heading the name may come after: a date line, 'Download PDF', share links.
_NEAR = 8
# A line of a few names: longer is prose.
_LONGEST = 200
_PEOPLE = re.compile(r",|&|\band\b")


def starred_names_under_heading(page: Page, title: str | None) -> list[str]:
    """The people of the first text under the title's heading that is names and nothing else, closed by a
    footnote mark; none when no such text stands close under it."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return []
    # The heading's own words, gathered once (a heading's title may close with a star of its own).
    own = {node.mem_id for node in heading.traverse(include_text=True)}
    seen = 0
    for node in below_heading(page, heading):
        if node.tag != "-text" or node.mem_id in own:
            continue
        text = clean_text(node.text_content) or ""
        if not text:
            continue
        seen += 1
        if seen > _NEAR:
            break
        if len(text) > _LONGEST or text[-1] not in _FOOTNOTE_MARKS:
            continue
        bare = without_closing_mark(text) or ""
        parts = [part.strip() for part in _PEOPLE.split(bare) if part.strip()]
        if parts and all(NAME_PART.fullmatch(part) for part in parts):
            names = names_in_byline(bare)
            if len(names) == len(parts):
                return names
    return []
