"""A post's posting line under its heading: its whole words "Posted on" and the day, perhaps followed by "by"
and the writer, as Hakyll's default post template writes it right under the heading (colah's blog, 2015:
<div class="info"><p>Posted on August 27, 2015</p><!-- by colah --></div>), no class calling it a date; or
"Posted by", the writer and "on" the day, as the Clean Blog themes write it under the heading (Hux Blog's
Hexo port, a lab's blog, 2023: <span class="meta">Posted by Frank Liou on 2023-08-16</span>, an empty
h2.subheading between): its day, and its writer (`writer_of_the_posted_line`). Read only as the whole line:
a sentence that speaks of posting ("Posted on a whim, …", "Posted by hand on …" naming no person) is none,
nor is a day that runs on into other words.
"""

from __future__ import annotations

import re

from .datelines import day_of_the_line
from .html_meta import Page, next_element, short_text
from .names import a_han_name, a_persons_name, names_in_byline
from .places import SUBHEADING_TAGS, title_or_first_heading

# "Posted on" (or "Published on"), the day, and perhaps "by" and a short name after it; or "Posted by", a
# short name, "on" and the day, as the Clean Blog themes' post heading writes it (Hux Blog's Hexo port, 2023:
# <span class="meta">Posted by Frank Liou on 2023-08-16</span> under the h1).
_POSTED_ON = re.compile(
    r"(?:posted|published)\s+(?:by\s+(?P<writer>\S.{0,60}?)\s+)?on\s+(?P<day>.+?)(?:\s+by\s+\S.{0,60})?",
    re.IGNORECASE,
)


def day_of_a_posted_on_line(words: str | None) -> str | None:
    """The day a line of words is, where they are "Posted on" and that day alone (or with its writer after
    "by"); None for any other line."""
    if not words:
        return None
    found = _POSTED_ON.fullmatch(" ".join(words.split()))
    return day_of_the_line(found.group("day")) if found else None


# How many elements right after the heading are read for the line (an empty subheading before it).
_UNDER = 3
# How long the line may be: a name and a day, not a block of text.
_LINE = 120


# The class words a theme calls the subtitle under the post's heading by (Clean Blog's h2.subheading).
_SUBTITLE_CLASSES = frozenset(("subheading", "subtitle", "post-subtitle", "post-subheading"))


def classed_a_subtitle(node) -> bool:
    """Whether the element's class holds a word that calls it the post's subtitle."""
    return any(word.casefold() in _SUBTITLE_CLASSES for word in (node.attributes.get("class") or "").split())


def writer_of_the_posted_line(page: Page, title: str | None) -> list[str]:
    """The writer a "Posted by <name> on <day>" line right under the title's heading names, its day a whole
    day; [] where no such line is among the first elements after the heading (wordless ones passed)."""
    heading = title_or_first_heading(page, title)
    node = next_element(heading) if heading is not None else None
    for _ in range(_UNDER):
        if node is None:
            return []
        text = short_text(node, _LINE)
        words = " ".join(text.split()) if text is not None else None
        if words and not (node.tag in SUBHEADING_TAGS and classed_a_subtitle(node)):
            return _writer_of_the_words(words)
        # …past a subheading its class calls the post's subtitle (a Hux Blog port, 2020: the h2.subheading
        # '3d-ConvNet for detecting spatial-temporal features' over 'Posted by … on 2020-08-05').
        if text is None:
            return []  # a block of text: the post's, no line
        node = next_element(node)
    return []


def _writer_of_the_words(words: str) -> list[str]:
    """The persons named between "Posted by" and "on <day>", where the words are that line whole."""
    found = _POSTED_ON.fullmatch(words)
    if found is None or not found.group("writer") or day_of_the_line(found.group("day")) is None:
        return []
    writers = names_in_byline(found.group("writer"))
    return [name for name in writers if a_persons_name(name) or a_han_name(name)]

