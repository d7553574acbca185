"""A post whose heading stands right before its <article>, the article opening with a paragraph of the word
"Posted" and the day alone (Jonathan Reeve's site, 2019, built by a Haskell static-site generator:
<h1>Isolating Literary Style with Raymond Queneau</h1><article><p>Posted 2019-09-07</p><p>Recently, …</p>…).
No meta names the post, dates it or says who wrote it; the <title> is the heading's words alone.

The post is the heading, where the <title> says the same words, dated by that opening line, where prose
follows it in the article. A line of other words ("Posted in …", a sentence that speaks of posting) is no
day, and a heading with no article right after it is read as other pages are.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, block_text, next_element, short_text
from .places import compact

# The whole line: "Posted" (or "Published"), perhaps "on", and the day.
_POSTED = re.compile(r"(?:posted|published)(?:\s+on)?\s+(.+)", re.IGNORECASE)
# How many h1s are asked, how long a heading and a posting line may run, how many of the article's first
# children are read for the prose after the line, and how many words make a paragraph prose.
_HEADINGS = 4
_LONGEST_TITLE = 200
_LINE = 60
_CHILDREN = 6
_PROSE_WORDS = 12


def post_over_its_posted_day(page: Page) -> BodyRecord | None:
    """The post its heading names, dated by the 'Posted <day>' paragraph that opens the article right after
    the heading, the <title> the heading's words; None otherwise."""
    tab = compact(clean_text(page.node_text("title") or "") or "")
    if not tab:
        return None
    for heading in page.tree.css("h1")[:_HEADINGS]:
        words = short_text(heading, _LONGEST_TITLE)
        if not words or compact(words) != tab:
            continue
        article = next_element(heading)
        if article is None or article.tag != "article":
            return None
        children = _first_children(article)
        if not children or children[0].tag != "p":
            return None
        day = _posted_day(short_text(children[0], _LINE))
        if day is None or not any(_prose(child) for child in children[1:]):
            return None
        return BodyRecord(title=clean_text(words), shown=[day], known=True)
    return None


def _first_children(node: Any) -> list[Any]:
    """The element's first `_CHILDREN` child elements, past text and comments between them."""
    found: list[Any] = []
    child = node.child
    while child is not None and len(found) < _CHILDREN:
        if child.tag not in ("-text", "-comment"):
            found.append(child)
        child = child.next
    return found


def _posted_day(line: str | None) -> str | None:
    """The day of a line whose whole words are 'Posted' (perhaps 'on') and a day; None for any other."""
    found = _POSTED.fullmatch(" ".join((line or "").split()))
    return day_of_the_line(found.group(1)) if found else None


def _prose(node: Any) -> bool:
    """Whether the element is a paragraph of prose."""
    return node.tag == "p" and len((block_text(node) or "").split()) >= _PROSE_WORDS
