"""A Chinese story's byline as the paragraph opening its text: the paper's or agency's name, 记者 ("reporter")
and the reporters' names, parted by spaces (松花江网's repost of Guangming Daily, 2022: '光明日报记者 王建宏
张文攀' after the column's tag '【新春走基层】'). The names after 记者 are the writers.
"""

from __future__ import annotations

import re

from .html_meta import Page, block_text
from .places import above_references, title_heading

# The paragraphs under the heading the line is looked for in: the text's first few.
_OPENING = 3
# The line: a short name before 记者 (本报, 新华社, 光明日报), then names of two to four characters parted
# by spaces or ideographic commas.
_REPORTERS = re.compile(r"[\u4e00-\u9fff]{0,8}记者[\s:：]*((?:[\u4e00-\u9fff]{2,4}[\s\u3001,，]*){1,6})")
_PARTS = re.compile(r"[\s\u3001,，]+")
# How long the line may be: the name, 记者 and a few people's names, not a paragraph of the text.
_LINE = 60


def reporters_opening_the_text(page: Page, title: str | None) -> list[str]:
    """The reporters a line opening the text under the title's heading names; [] where none does."""
    heading = title_heading(page, title, "h1, h2, h3") if title else None
    if heading is None:
        return []
    passed, seen = False, 0
    for node in above_references(page):
        passed = passed or node.mem_id == heading.mem_id
        if not passed or node.tag != "p":
            continue
        text = (block_text(node) or "").strip()
        found = _REPORTERS.fullmatch(text) if len(text) <= _LINE else None
        if found is not None:
            return [name for name in _PARTS.split(found.group(1)) if name]
        seen += 1
        if seen >= _OPENING:
            return []
    return []
