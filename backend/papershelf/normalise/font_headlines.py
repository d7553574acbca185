"""A hand-made news page of the 1990s with no heading of words, whose headline is set in type larger than its
text's and followed by a "By" line, and which shows its issue's day (Stanford Report, 1999, made with
BeyondPress and FrontPage: the h2 holds a navigation image map alone; the headline a paragraph wholly in
<font size="5">, the next paragraph 'BY KATHLEEN O'TOOLE', then the story in <font size="3">; the left column
'Issue of <br> January 13, 1999'; the <title> a shorter index label, 'New institute to study info technology:
1/99'). The headline is the one element of the page's largest type, at least two steps over the default; the
day the one the page gives after 'Issue of'. A dated piece by a named person: a record.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, next_element
from .names import names_in_byline
from .places import UNSHOWN, page_headings

# The default type size (3), and how large a headline's is at least: size="5", or "+2".
_DEFAULT_SIZE = 3
_HEADLINE_SIZE = 5
# How long a headline runs, in characters.
_HEADLINE_LENGTH = (10, 200)
# The "By" line under it, and the label of the issue's day.
_BY = re.compile(r"by:?\s+(\S.*)", re.IGNORECASE | re.DOTALL)
_ISSUE_OF = re.compile(r"issue\s+of(?:\s+(\S.*))?", re.IGNORECASE | re.DOTALL)


def font_headline_story(page: Page) -> BodyRecord | None:
    """The record of a page without headings of words whose largest type is its headline over a "By" line,
    dated by the day it gives its issue; None where it lacks any of them."""
    if any(text for _, text in page_headings(page, "h1,h2,h3")):
        return None
    headline = _largest_type(page)
    if headline is None or headline.parent is None:
        return None
    title = block_text(headline)
    block = headline.parent
    shortest, longest = _HEADLINE_LENGTH
    if not title or not shortest <= len(title) <= longest or block_text(block) != title:
        return None  # the headline is its block's whole text, not a word set large in a paragraph
    line = next_element(block)
    by = _BY.fullmatch(block_text(line) or "") if line is not None else None
    names = names_in_byline(by.group(1)) if by else []
    day = _issue_day(page) if names else None
    return BodyRecord(title=title, authors=names, shown=[day], known=True) if day else None


def _largest_type(page: Page) -> Any:
    """The one <font> element of the page's largest size, where that is a headline's; None where there is
    none, or two share it."""
    largest, found = _HEADLINE_SIZE, []
    for node in page.tree.css("font[size]"):
        size = _size(node.attributes.get("size") or "")
        if size is None or size < largest:
            continue
        if size > largest:
            largest, found = size, []
        found.append(node)
    return found[0] if len(found) == 1 else None


def _size(value: str) -> int | None:
    """A <font> size as a number from 1 to 7: "5", or "+2" from the default's 3."""
    value = value.strip()
    try:
        return _DEFAULT_SIZE + int(value) if value[:1] in "+-" and value[1:].isdigit() else int(value)
    except ValueError:
        return None


def _issue_day(page: Page) -> str | None:
    """The day written after 'Issue of', in its text or the next; None where the page gives none."""
    body = page.tree.body
    labelled = False
    for node in body.traverse(include_text=True) if body is not None else ():
        if node.tag != "-text" or (node.parent is not None and node.parent.tag in UNSHOWN):
            continue
        text = clean_text(node.text_content)
        if not text:
            continue
        label = _ISSUE_OF.fullmatch(text)
        rest = label.group(1) if label else (text if labelled else None)
        labelled = label is not None and not rest
        if rest := (rest or "").rstrip(" ."):
            found = dates_in_text(rest)
            if len(found) == 1 and found[0][:2] == (0, len(rest)) and len(found[0][2] or "") == DAY_LENGTH:
                return found[0][2]
    return None
