"""A paper's authors set out as a table right under its title, one cell a person: the person's whole name, a
line break, and the affiliation (the International Conference on Live Coding's pandoc-built proceedings, 2015:
div#header holds h1.title and then table#authorlist, '<td>David Ogborn<br />McMaster University</td><td>Shawn
Mativetsky<br />CIRMMT, Schulich School of Music, McGill University</td>'; no meta, no byline). The name is
the cell's first line; the lines after the break are where the person works, no names. A table after the
heading whose every cell does not open with a whole name before a break (a table of figures, of dates, a cell
of a name alone, a group's name) is no author table, and reads nothing here.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .html_meta import Page, next_element
from .names import a_persons_name, display_name, is_group
from .places import title_heading

# How many cells an author table holds at most, and how much of a cell's first line is read (a name's length).
_MOST_PEOPLE = 30
_NAME_LENGTH = 120


def people_of_the_author_table(page: Page, title: str | None) -> list[str]:
    """The people of the table right after the heading that shows the title, each of its cells a person's
    whole name, a line break and more; none where there is no such table or a cell is not so."""
    heading = title_heading(page, title)
    table = next_element(heading) if heading is not None else None
    if table is None or table.tag != "table":
        return []
    cells = table.css("td, th")
    if not 1 <= len(cells) <= _MOST_PEOPLE:
        return []
    people = []
    for cell in cells:
        name = _first_line_before_a_break(cell)
        if not name or not a_persons_name(name) or is_group(name):
            return []
        people.append(display_name(name) or name)
    return people


def _first_line_before_a_break(cell: Any) -> str | None:
    """The text of a cell's children before its first <br>, where a <br> is among its children and some text
    follows it (the affiliation's line); None otherwise. Each child is read once."""
    parts: list[str] = []
    broken = False
    for child in cell.iter(include_text=True):
        if child.tag == "br":
            if broken:
                continue
            broken = True
        elif broken:
            if clean_text(child.text(deep=True) or ""):
                name = " ".join(" ".join(parts).split())
                return name if 0 < len(name) <= _NAME_LENGTH else None
        else:
            parts.append(child.text(deep=True) or "")
            if sum(len(part) for part in parts) > _NAME_LENGTH:
                return None
    return None
