"""A lab-meeting (journal-club) page: one lab member presents another group's paper. Under the h1 (the
paper's title) a heading names the presenter and the meeting's day ('Host: Ding Yu' <br> 'Date: 06 Apr
2022'), then 'Abstract:' and the presented paper's abstract, closed by a 'Source:' line linking the paper
('Plos Computational Biology (2021)'; the Zhang Tao lab's Jekyll site, 2022). The page is the talk's record,
as a post reporting a paper is the post's: the host is its writer, and the abstract the source line credits
is the paper's, quoted, not a summary of the page.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import Page, block_text, next_element
from .names import names_in_byline

# The line naming the meeting's presenter, up to its next label ('Date:') or its end.
_HOST = re.compile(r"^(?:host|presenter)\s*:\s*(?P<name>.+?)\s*(?:\b(?:date|time|venue|place)\s*:.*)?$",
                   re.IGNORECASE)
# The line crediting the quoted text to the work it is from.
_SOURCE = re.compile(r"^source\s*:", re.IGNORECASE)
# The elements read for either line, and how many of them: a meeting's page is short.
_LINES = "h2, h3, h4, h5, h6, p"
_LINES_ASKED = 60
# How much of the abstract's opening finds its paragraph.
_OPENING = 60


def host_of_the_meeting(page: Page) -> list[str]:
    """The person the page's first 'Host:' line names (the line a heading or paragraph of its own)."""
    for line in page.tree.css(_LINES)[:_LINES_ASKED]:
        text = block_text(line) or ""
        if found := _HOST.match(" ".join(text.split())):
            return names_in_byline(found.group("name"))
    return []


def credited_to_its_source(page: Page, abstract: str | None) -> bool:
    """Whether the paragraph the abstract is right before a 'Source:' line linking the work it is from."""
    if not abstract:
        return False
    opening = " ".join(abstract.split())[:_OPENING]
    for line in page.tree.css("p")[:_LINES_ASKED]:
        if " ".join((block_text(line) or "").split()).startswith(opening):
            after = next_element(line)
            return after is not None and _a_source_line(after)
    return False


def _a_source_line(node: Any) -> bool:
    line = " ".join((block_text(node) or "").split())
    return bool(_SOURCE.match(line)) and node.css_first("a[href]") is not None
