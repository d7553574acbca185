"""A paper's authors set out right under its title as a run of elements of one kind, each one person: the
person's whole name, a dash, and where they work (IEEE VIS's program pages, 2024: h1.paper-title, an empty
bookmark toggle, then h4.paper-authors '<icon> Devin Lange - University of Utah, Salt Lake City, United
States', one such heading a person, the first name a mailto link; no author meta, no byline element). The
name is what stands before the first spaced dash; what follows it is the person's institution and place, no
names. A run whose element does not open with a whole name before a dash, or whose rows name no institution
at all (a line of dates, a list of topics 'Vision - Graphics'), is no such byline and reads nothing here.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import Page, next_element, short_text
from .names import AFFILIATION_WORD, a_persons_name, display_name, is_group
from .places import HEADINGS, title_heading

# How many elements without a word may stand between the title and the run (a bookmark toggle, an icon), how
# many people a run holds at most, and how long a row may be (a name, a dash and an institution's address).
_ICONS_BEFORE = 2
_MOST_PEOPLE = 60
_ROW_LENGTH = 300
# The dash between the name and the institution, spaced on both sides (a hyphen inside a name is not).
_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# An icon font's glyph (Font Awesome's user icon before each name) is in the Private Use Area: no word.
_ICON_GLYPHS = re.compile("[\ue000-\uf8ff]")


def people_each_beside_a_dash(page: Page, title: str | None) -> list[str]:
    """The people of the run of like elements right after the heading that shows the title, each a whole
    name, a spaced dash and an institution; none where the elements after the title are not such a run."""
    heading = title_heading(page, title, HEADINGS)
    row = next_element(heading) if heading is not None else None
    for _ in range(_ICONS_BEFORE):
        if row is None or _row_text(row) != "":
            break
        row = next_element(row)
    people: list[str] = []
    places: list[str] = []
    kind = (row.tag, row.attributes.get("class")) if row is not None else None
    while row is not None and (row.tag, row.attributes.get("class")) == kind and len(people) < _MOST_PEOPLE:
        text = _row_text(row)
        parts = _DASH.split(text or "", maxsplit=1)
        if len(parts) != 2 or not a_persons_name(parts[0]) or is_group(parts[0]) or not parts[1]:
            return []
        people.append(display_name(parts[0]) or parts[0])
        places.append(parts[1])
        row = next_element(row)
    # Where the people work, not what else a dash may part: some row names an institution.
    return people if any(AFFILIATION_WORD.search(place) for place in places) else []


def _row_text(row: Any) -> str | None:
    """The element's text without icon glyphs, spaces run together; None when it is longer than a row."""
    raw = short_text(row, _ROW_LENGTH)
    return None if raw is None else clean_text(_ICON_GLYPHS.sub(" ", raw)) or ""
