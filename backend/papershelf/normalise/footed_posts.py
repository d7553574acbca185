"""Without meta, a blog's post after the blog's name, dated by the day that opens the post's footer under its
text (apophenia, danah boyd's blog, 2012, WordPress's Atahualpa theme: no meta at all; the <title> 'danah
boyd | apophenia » ' and the post's title, the header's h1 the blog's name, the post's h2 under it (a
sidebar's h2 before it), then the text and div.post-footer 'September 13th, 2012 | Tags: … | Category: … |
One comment'). Many WordPress themes close a post so: the day first in the element classed as the post's
footer or its meta data (div.post-footer, div.postmetadata, footer.entry-footer), its tags and categories
after a bar. The post is the one blog_tabs.post_after_the_blogs_name finds (the <title> the h1's name, a
separator and the post's title, which a lower heading shows whole), and its footer the first such element
after that heading, before any heading of its rank or above (another post's, a sidebar's): a footer
elsewhere dates nothing, nor one that opens with words before its day ('Posted in …', a comment's line),
unless those words are its writer's line (writer_footers: Movable Type's 'Posted by NAME at DAY').
"""

from __future__ import annotations

import re
from typing import Any

from .blog_tabs import post_after_the_blogs_name
from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, short_text
from .news_releases import over_prose
from .places import HEADING_TAGS, HEADINGS, after_heading, title_heading
from .writer_footers import writer_and_day

# The class words of a post's footer: the line of its day, tags and categories under its text.
_FOOTERS = frozenset(("post-footer", "postmetadata", "entry-footer", "post-meta", "postmeta",
                      "entry-utility"))
# How many nodes after the heading are read at most looking for its footer: a long post's text and its share
# links.
_NODES = 20000
# How many characters (and nodes) the footer's opening line is read to: its day before the first separator.
_LINE_LENGTH = 80
# What closes the day in the footer's line: a bar, a bullet or a middle dot.
_SEPARATOR = re.compile(r"\s*[|\u2022\u00b7]\s*")


def post_dated_by_its_footer(page: Page) -> BodyRecord | None:
    """The record of the post the <title> names after the blog's name, dated by the day opening the first
    element classed as a post's footer after its heading; None where the page is no such post, or that
    footer opens otherwise."""
    post = post_after_the_blogs_name(page)
    heading = title_heading(page, post, HEADINGS) if post else None
    footer = _footer_after(page, heading) if heading is not None else None
    line = _opening_line(footer) if footer is not None else None
    if line is None:
        return None
    if day := day_of_the_line(line):
        return over_prose(page, heading, post, day)
    signed = writer_and_day(line)  # the writer before the day, as Movable Type signs an entry
    record = over_prose(page, heading, post, signed[1]) if signed else None
    if record is not None and signed:
        record.authors = signed[0]
    return record


def _footer_after(page: Page, heading: Any) -> Any:
    """The first element classed as a post's footer after the heading, before the next heading of its rank
    or above; None where none stands there."""
    rank = int(heading.tag[1])  # h1 to h6
    for count, node in enumerate(after_heading(page, heading)):
        if count > _NODES:
            return None
        if node.tag in HEADING_TAGS and int(node.tag[1]) <= rank:
            return None  # the next post's heading, or a sidebar's after the post
        classes = node.attributes.get("class") if not node.tag.startswith("-") else None
        if classes and not _FOOTERS.isdisjoint(classes.casefold().split()):
            return node
    return None


def _opening_line(footer: Any) -> str | None:
    """The footer's first line up to its first separator (or the line's end), where it is a short line's
    length; None where it is longer or the footer holds nothing."""
    child = footer.child
    while child is not None and child.tag in ("-text", "-comment") and not (
            child.tag == "-text" and (child.text_content or "").strip()):
        child = child.next
    if child is None:
        return None
    text = (child.text_content or "") if child.tag == "-text" else (short_text(child, _LINE_LENGTH) or "")
    opening = _SEPARATOR.split(text.strip(), maxsplit=1)[0]
    return opening if len(opening) <= _LINE_LENGTH else None
