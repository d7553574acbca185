"""A heading of names under the title whose first line lists the people and whose next line, after a <br>,
names where they work (VCC2020's demo page, round 193, the Cayman theme's markup written by hand: <h1
class="project-name">Demo for … VQVAE</h1><h2 class="project-tagline">Tuan Vu Ho and Masato Akagi <br> Japan
Advanced Institute of Science and Technology</h2>). Read whole, the heading's 'and's part the institute's
name too, and its last part is no person's; the line before the break is the byline.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .html_meta import short_text
from .names import AFFILIATION_WORD

# How much text the heading may hold: a line of names and an institute or two, not a section.
_LONGEST = 600


def names_line_over_an_affiliation(heading: Any) -> str | None:
    """The heading's text before its first <br>, where a line after the break names an institution (a
    university, an institute, a school, a laboratory) and the first line does not; None otherwise. Only
    the heading's own children are read, each break a line's end."""
    if heading is None or short_text(heading, _LONGEST) is None:
        return None
    lines: list[list[str]] = [[]]
    for child in heading.iter(include_text=True):
        if child.tag == "br":
            lines.append([])
        elif child.tag == "-text":
            lines[-1].append(child.text_content or "")
        elif child.tag != "-comment":
            lines[-1].append(child.text(deep=True) or "")
    texts = [clean_text(" ".join(line)) or "" for line in lines]
    first, rest = texts[0], [text for text in texts[1:] if text]
    if not first or not rest or AFFILIATION_WORD.search(first):
        return None
    return first if any(AFFILIATION_WORD.search(text) for text in rest) else None
