"""A post that opens by citing the one paper it reviews in labelled lines of their own, before its text
(Andre Frankenthal's 'Paper Review' post, 2019, a Wowchemy site: h1 'When light and light collide', then the
paragraphs 'Title: “Evidence for light-by-light scattering in heavy-ion collisions with the ATLAS detector at
the LHC”', 'Author: ATLAS Collaboration', 'Reference: doi:10.1038/nphys4208'). Those lines are the reviewed
paper's citation: the 'Author:' line names its authors, not the post's writer, and the DOI of the
'Reference:' line is the paper's, not the post's. A catalogue's record labels its own rows so ('Title: <its
heading>', 'Authors: …', 'DOI: …'): only a 'Title:' line naming another title than the page's <title> marks
the lines as another work's.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import Page, short_text
from .places import compact

# The 'Title:' label opening the first of the lines, and the title after it; 'Paper:' is read so too.
_TITLE_LINE = re.compile(r"(?:paper\s+)?(?:title|paper)\s*[:\uff1a]\s*(.+)", re.IGNORECASE | re.DOTALL)
# Any other labelled line of the citation: a word or two and a colon ('Author:', 'Reference:', 'In:').
_LABELLED_LINE = re.compile(r"[^\s:\uff1a]{1,20}(?:\s[^\s:\uff1a]{1,20}){0,2}\s*[:\uff1a]")
# The blocks a line stands in, how far up from a node its line is looked for, how many lines a citation
# runs before the one asked about, and how long one line is at most (a longer block is the text).
_LINE_BLOCKS = frozenset(("p", "li", "dd", "div"))
_LEVELS_UP = 5
_MOST_LINES = 4
_LONGEST_LINE = 400
# Quotes and marks around a cited title ('“Evidence for …”').
_QUOTES = "\"'“”‘’«»「」『』*_ "


def in_a_cited_works_lines(page: Page, node: Any) -> bool:
    """Whether `node` stands in a labelled line that follows a 'Title:' line naming another title than the
    page's: a line of the citation of the work a post reviews, not of the page's own record."""
    line = _line_of(node)
    if line is None:
        return False
    sibling = line.prev
    read = 0
    while sibling is not None and read < _MOST_LINES:
        if sibling.tag in ("-text", "-comment"):
            if (sibling.text_content or "").strip():
                return False  # loose text between the lines: no run of labelled lines
            sibling = sibling.prev
            continue
        raw = short_text(sibling, _LONGEST_LINE)
        text = clean_text(raw) if raw is not None else None
        if not text or not _LABELLED_LINE.match(text):
            return False
        if titled := _TITLE_LINE.fullmatch(text):
            return _another_title(page, titled.group(1))
        read += 1
        sibling = sibling.prev
    return False


def _line_of(node: Any) -> Any:
    """The block `node` stands in (itself, or its nearest such ancestor a few levels up), when it is one line
    of a labelled citation; else None."""
    for _ in range(_LEVELS_UP):
        if node is None:
            return None
        if node.tag in _LINE_BLOCKS:
            raw = short_text(node, _LONGEST_LINE)
            text = clean_text(raw) if raw is not None else None
            return node if text and _LABELLED_LINE.match(text) else None
        node = node.parent
    return None


def _another_title(page: Page, cited: str) -> bool:
    """Whether the title a 'Title:' line names (its quotes off) is not the page's, which its <title> holds."""
    cited = compact(cited.strip(_QUOTES))
    tab = page.head_title
    own = compact(clean_text(tab.text()) or "") if tab is not None else ""
    return bool(cited) and cited not in own
