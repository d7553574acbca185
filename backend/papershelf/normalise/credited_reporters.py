"""A Chinese story's reporters credited in its text, each on a line of its own closing the part they
wrote: the part's role, a slash, 記者 ("reporter") and the name (Sina Hong Kong's story from 法制晚報,
2012: '編譯/記者 楊錚' closing the report on the study, '文/記者 範維' closing the interview after it, each
bare text between <br>s).
The page names no writer elsewhere; the reporters so credited are its writers, in the page's order.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import Page
from .places import HEADINGS, after_heading, title_heading
from .shown_titles import title_heading_the_tab_repeats

# The credit line: a short role (文 "text", 編譯 "compiled", 攝影 "photographs") and a slash, or none,
# 記者 and one name of two to four characters; the whole line, not a sentence of the text naming a reporter.
_CREDIT = re.compile(r"(?:[\u4e00-\u9fff]{1,3}\s*[/／]\s*)?[記记]者\s*([\u4e00-\u9fff]{2,4})")
# How many nodes after the heading are read (a long page's text and its lists; the walk is bounded), and how
# many reporters one story credits at most.
_NODES = 4000
_REPORTERS = 4


def reporters_credited_in_the_text(page: Page, title: str | None) -> list[str]:
    """The reporters credit lines in the text under the title's heading name, in order; [] where none does."""
    heading = (title_heading(page, title, HEADINGS) if title else None) or title_heading_the_tab_repeats(page)
    if heading is None:
        return []
    names: list[str] = []
    for seen, node in enumerate(after_heading(page, heading)):
        if seen >= _NODES or len(names) >= _REPORTERS:
            break
        if (name := _credited(node)) and name not in names:
            names.append(name)
    return names


def _credited(node: Any) -> str | None:
    """The name a bare line of text credits as its part's reporter, or None."""
    if node.tag != "-text":
        return None
    text = (node.text_content or "").strip()
    found = _CREDIT.fullmatch(text) if len(text) <= 16 else None
    return found.group(1) if found else None
