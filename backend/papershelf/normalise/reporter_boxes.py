"""A story whose heading is followed right away by its reporter's box: an element its id or class calls the
reporter's or the author's, holding the reporter's photo, their name alone in one element and the story's day
(and its time) alone in another (NOWnews, 2012: <h1>運動不只強身還可加薪？…</h1>, then div#reporter_info with
the photo's link, <h2>方齡</h2> and <p>2012年1月16日 00:03</p>; no meta but the description). The box's name
says what the two lines are, as a short list's shape does (detail_lists). A dated story by a named person,
with its text in prose after: a record.
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, TIME_OF_DAY, dates_in_text
from .html_meta import Page, block_text, next_element
from .names import HAN_NAME, a_persons_name
from .news_releases import over_prose
from .places import HEADINGS, title_heading

# The words of an id or class that call a box the reporter's or the author's (reporter_info, author-box).
_BOX_WORDS = frozenset(("reporter", "author", "writer", "journalist"))
_WORD_PARTS = re.compile(r"[\s_-]+")
# The most elements such a box holds: a photo's link, a name, a day, perhaps a role. A longer box is a list.
_ITEMS = 5
# The longest line read: a name or a day and its time, not a sentence.
_LINE = 40
# A clock time after the day, and nothing else ('00:03', '11:18 AM').
_TIME = re.compile(r"\s*" + TIME_OF_DAY, re.IGNORECASE)


def story_under_its_reporter_box(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a story whose heading (the one `title` names) is followed by its reporter's box, one
    line a person's name alone and one a day alone, then prose; None where the page has no such box."""
    heading = title_heading(page, title, HEADINGS) if title else None
    box = next_element(heading) if heading is not None else None
    if box is None or not _named_a_reporters(box):
        return None
    lines = []
    for child in box.iter():
        if child.tag in ("-text", "-comment"):
            continue
        lines.append(" ".join((block_text(child) or "").split())[:_LINE + 1])
        if len(lines) > _ITEMS:
            return None  # a longer box is a list, read no further
    short = [line for line in lines if line and len(line) <= _LINE]
    names = [line for line in short if _a_name(line)]
    days = [day for line in short if (day := _day_alone(line))]
    if len(names) != 1 or len(days) != 1:
        return None
    record = over_prose(page, heading, title, days[0])
    if record is not None:
        record.authors = names
    return record


def _named_a_reporters(box: Any) -> bool:
    """Whether the element's id or class has a word calling it the reporter's or the author's box."""
    marks = f"{box.attributes.get('id') or ''} {box.attributes.get('class') or ''}".casefold()
    return bool(_BOX_WORDS.intersection(_WORD_PARTS.split(marks)))


def _a_name(line: str) -> bool:
    """Whether a line is one person's name alone, in Latin letters or in Chinese characters."""
    return bool(HAN_NAME.fullmatch(line)) or (a_persons_name(line) and not dates_in_text(line))


def _day_alone(line: str) -> str | None:
    """The ISO day a line is, alone or with its time after it; None where the line holds anything more."""
    found = dates_in_text(line)
    if not found or found[0][0] != 0 or not found[0][2] or len(found[0][2]) != DAY_LENGTH:
        return None
    rest = line[found[0][1]:]
    return found[0][2] if not rest.strip() or _TIME.fullmatch(rest) else None
