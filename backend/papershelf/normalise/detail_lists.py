"""A story whose heading is followed right away by a short list of its details, one item the writer's name
alone and one the day alone (The Age, 2008: <h1><HEADLINE>Depressed? …</HEADLINE></h1>, a comment, then
ul.articleDetails holding <li><strong>Nick Miller</strong></li><li>August 18, 2008</li>; no meta but the
Description). Neither item is classed as a date nor opens with "By": the list's shape says what they are. A
dated story by a named person, with its text in prose after: a record.
"""

from __future__ import annotations

from .body import BodyRecord
from .dates import DAY_LENGTH, whole_date
from .html_meta import Page, block_text, next_element
from .names import a_persons_name
from .news_releases import over_prose
from .places import HEADINGS, title_heading

# The most items such a list holds: a writer, a day, perhaps a place or a time. A longer list is a menu.
_ITEMS = 4
# The longest item read: a name or a day, not a sentence.
_ITEM = 60


def story_over_its_details(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a story whose heading (the one `title` names) is followed by a list of a few short items,
    one a person's name alone and one a day alone, then prose; None where the page has no such list."""
    heading = title_heading(page, title, HEADINGS) if title else None
    details = next_element(heading) if heading is not None else None
    if details is None or details.tag not in ("ul", "ol"):
        return None
    texts = []
    for child in details.iter():
        if child.tag == "li":
            texts.append(" ".join((block_text(child) or "").split())[:_ITEM + 1])
            if len(texts) > _ITEMS:
                return None  # a longer list is a menu, read no further
    short = [text for text in texts if len(text) <= _ITEM]
    names = [text for text in short if a_persons_name(text) and whole_date(text) is None]
    days = [day for text in short if (day := whole_date(text)) and len(day) == DAY_LENGTH]
    if len(texts) < 2 or len(names) != 1 or len(days) != 1:
        return None
    record = over_prose(page, heading, title, days[0])
    if record is not None:
        record.authors = names
    return record
