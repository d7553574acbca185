"""A wire story as the agency's own site serves it (Reuters Health, 2013): its title in og:title and its
heading, no byline or date meta; under the heading, past share links and related stories with their own days,
the story's day and time alone on a line ('Thu Jul 18, 2013 2:06pm EDT'), the writer's name alone in the next
paragraph ('Kathryn Doyle', no "By"), then the text opening with the wire's dateline, the agency in brackets
('NEW YORK (Reuters Health) - In a study …'). A dated story by a named writer (or by nobody named, where no
name stands between the day and the text), read as its record as a bylined story is.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text
from .names import a_persons_name
from .places import HEADINGS, after_heading, runs_as_prose, title_heading

# The wire's dateline: the place in capitals (its state or country after a comma), the agency in brackets,
# then a hyphen or a dash ("NEW YORK (Reuters Health) - ", "WASHINGTON (AP) — ").
_DATELINE = re.compile(r"[A-Z][A-Z .'\u2019-]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15})?\s*"
                       r"\([A-Z][\w .&'\u2019-]{0,40}\)\s*(?:-{1,2}|\u2014|\u2013)\s+\S")
# What may stand before the day on its line: its weekday, whole or short ("Thu", "Thursday,").
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?", re.IGNORECASE)
# What may follow it: the time and its zone ("2:06pm EDT", "14:06 GMT").
_TIME = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?", re.IGNORECASE)
# How long a day's line is at most.
_LINE = 60


def wire_story(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a story whose heading is followed by its day's line, its writer's name alone perhaps,
    and a text opening with a wire's dateline; None where the page lacks any of them."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    day: str | None = None
    name: str | None = None
    for node in after_heading(page, heading):
        if node.tag == "-text":
            if (found := _day_of_the_line(clean_text(node.text_content) or "")) is not None:
                day, name = found, None  # the latest day's line: a related story's before the story's own
            continue
        if node.tag != "p":
            continue
        text = block_text(node) or ""
        if not text or _day_of_the_line(text) is not None:
            continue  # the day's own line in a paragraph, read by its text
        if day is not None and name is None and a_persons_name(text):
            name = text
            continue
        if day is not None and _DATELINE.match(text):
            # The paragraph after the day's line (and the writer's name) opens the text with the dateline.
            return BodyRecord(title=title, authors=[name] if name else [], shown=[day], known=True)
        if runs_as_prose(text):
            return None  # the text's prose, opened by no dateline under a day's line
        day, name = None, None  # any other paragraph parts the day's line from the text
    return None


def _day_of_the_line(line: str) -> str | None:
    """The day a short line gives, alone, after its weekday, or before its time; None for any other line."""
    if not line or len(line) > _LINE:
        return None
    found = next(((start, end, iso) for start, end, iso in dates_in_text(line)
                  if iso and len(iso) == DAY_LENGTH), None)
    if found is None:
        return None
    start, end, iso = found
    before, after = line[:start].strip(), line[end:].strip()
    if before and not _WEEKDAY.fullmatch(before):
        return None
    return iso if _TIME.fullmatch(after) else None
