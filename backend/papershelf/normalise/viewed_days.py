"""A story whose text is closed by its line of day and views: the day it was posted, then the count of the
times it was read (Капитал страны, 2012: <center><h1>…</h1></center>, then a block holding div.newsItemText,
the text in paragraphs, and an unclassed div '06.01.2012. Просмотров: 527'; no byline, no meta but the content
type). The count says the line is the story's own publication line, not a day the text cites; the day dates
the story, which names no writer: read as its record without authors, as a story whose day closes its text
in a line classed as a date is (closing_dates).
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, short_text
from .paragraph_runs import opens_a_run_of_prose
from .places import HEADINGS, after_heading, runs_as_prose, title_heading

# The count of views after the day, in the languages of the corpus's news sites: its label, a colon or not,
# and the number ('Просмотров: 527', 'Views: 1,204', 'Переглядів 80', 'Wyświetleń: 12').
_VIEWS = re.compile(
    r"[\s.,;|·-]*(?:просмотров|просмотры|переглядів|views|wyświetleń|odsłon)\s*:?\s*\d[\d\s,.]*",
    re.IGNORECASE)
# How many short paragraphs in a row are the text here: the line of views says what they are.
_RUN = 3
# How long the line may be: a day, the label and a count.
_LINE = 60
# How many nodes after the heading are walked at most: a story's paragraphs, its widgets, its closing line.
_NODES = 2000


def dated_by_its_views_line(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a story under its title's heading whose paragraphs of prose are followed by a line that
    opens with one day and holds the count of views alone after it; None where the page lacks any of them."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    prose = False
    for count, node in enumerate(after_heading(page, heading)):
        if count >= _NODES:
            return None
        if node.tag == "p":
            # A paragraph of prose, or the first of a run of short ones (Капитал страны's: 158 to 196 long).
            prose = prose or runs_as_prose(block_text(node) or "") or opens_a_run_of_prose(node, _RUN)
        elif prose and node.tag not in ("-text", "-comment") and (day := _day_and_views(node)):
            return BodyRecord(title=title, shown=[day], known=True)
    return None


def _day_and_views(node: Any) -> str | None:
    """The day a short line opens with where the count of views alone follows it; None otherwise."""
    text = short_text(node, _LINE)
    line = " ".join(text.split()) if text else ""
    found = next(iter(dates_in_text(line)), None) if line else None
    if found is None or found[0] or not found[2] or len(found[2]) != DAY_LENGTH:
        return None
    return found[2] if _VIEWS.fullmatch(line[found[1]:]) else None
