"""A paper's publication history written as a line of bare text, its entries set apart by semicolons:
"Received: 2016-07-12; online 2016-12-12" (The R Journal's archive pages, where the line follows the abstract
in the block that holds the page's other fields). The readers of `shown_dates.py` look for a label that opens
its element, or for short lines under a history heading; here the history is the opening of a text node."""

from __future__ import annotations

import re

from ..identity import clean_text
from .dates import dates_in_text
from .html_meta import Page
from .meta_timestamps import window_dates

# A history's first entry: the day the paper was received or accepted, which no other line of a page opens
# with. Matched at a node's start, its spaces and line breaks before it; looked for on the page as words
# alone (its text runs its elements together, "Ada LovelaceReceived: …"), no spaces before them: a search
# from each space of a long run would walk the run again.
_OPENS = re.compile(r"\s*(?:Received|Accepted|Submitted)\b")
_FIRST_WORDS = re.compile(r"Received|Accepted|Submitted")
# An entry's label, its date right after it: the received and accepted days, and the day it went online or
# was published ("online 2016-12-12", "Published: 3 May 2012").
_ENTRY = re.compile(
    r"(received|revised|submitted|accepted|published online|published|first online|online)\s*:?\s*",
    re.IGNORECASE,
)
_PUBLICATION_LABELS = frozenset({"published online", "published", "first online", "online"})
# What sets the entries apart.
_SEPARATOR = re.compile(r"\s*[;,]\s*")
# How much of the node's text is read: a history line is a few entries long.
_LINE = 200
# How long before the date meta states a paper may appear online first (shown_dates.py's window).
_ONLINE_FIRST_YEARS = 3


def history_line_dates(page: Page, stated: list[str]) -> tuple[list[str], list[str]]:
    """(publication dates, received and accepted dates) of the entries a text node opens with, for a page
    whose meta states a date: read only while each label has its date right after it, so a sentence that
    goes on after the history says nothing. A publication date years before the meta's is another paper's."""
    published: list[str] = []
    other: list[str] = []
    if not stated or not _FIRST_WORDS.search(page.whole_text()):
        return published, other
    # A meta date stated only with its time of day is a record's timestamp: it sets no window.
    anchors = window_dates(page, stated)
    earliest = int(min(anchors)[:4]) if anchors else 0
    for node in page.tree.root.traverse(include_text=True) if page.tree.root is not None else ():
        if node.tag != "-text" or not _OPENS.match(raw := (node.text_content or "")[:_LINE]):
            continue
        entries = _entries(clean_text(raw) or "")
        if not any(label in _PUBLICATION_LABELS for label, _ in entries):
            continue
        for label, date in entries:
            if label not in _PUBLICATION_LABELS:
                other.append(date)
            elif int(date[:4]) >= earliest - _ONLINE_FIRST_YEARS:
                published.append(date)
    return published, other


def _entries(line: str) -> list[tuple[str, str]]:
    """The (label, date) entries the line opens with, up to the first that is not one."""
    entries: list[tuple[str, str]] = []
    position = 0
    while (label := _ENTRY.match(line, position)) is not None:
        dates = dates_in_text(line[label.end():])
        if not dates or dates[0][0] != 0 or dates[0][2] is None:
            break
        _, end, date = dates[0]
        entries.append((label.group(1).casefold(), date))
        separator = _SEPARATOR.match(line, label.end() + end)
        if separator is None:
            break
        position = separator.end()
    return entries
