"""A news story's description, or its Dublin Core abstract, that is word for word its text's first paragraph
(or that paragraph's opening): the story's lead, its text, not a summary shown apart from it (Fox News, 2013:
dcterms.abstract and the description are the first <p> of div.article-text; TIME, 2013: the description is
the text's first paragraph). The corpus reads a news story without a standfirst so (BBC News, Phys.org). A
paper's abstract shown in a block of its own, with no more of a text after it there, is not such a lead.
So is a description that runs on from the first paragraph into the next, that paragraph opening with the
story's dated dateline (WebMD Health News, 2015: "Feb. 23, 2015 -- Life-threatening peanut allergies …", the
description the words after the dateline and the second paragraph's).
"""

from __future__ import annotations

import re
from typing import Any

from .body import MIN_ABSTRACT
from .dates import dates_in_text
from .html_meta import Page, block_text, next_element
from .places import compact

# How many paragraphs of prose follow the lead in its block: a story's text goes on after its first one.
_FOLLOWING = 2
# How long a paragraph of a story's text is at least (a caption or a credit line is shorter).
_PROSE_PARAGRAPH = 80
# What marks a block as a paper's abstract (a class or id that says so).
_ABSTRACT_MARK = "abstract"
# A dateline that dates the story: a short opening up to a double hyphen or a dash ("Feb. 23, 2015 -- ").
_DATELINE = re.compile(r"(.{4,40}?)\s+(?:--|\u2014|\u2013)\s+")


def opens_the_story(page: Page, value: str | None) -> bool:
    """Whether `value` is the first paragraph of a story's text, or that paragraph's opening: the first
    <p> whose text starts with it is followed in its block by paragraphs of prose, and sits in no block
    marked as an abstract. One pass over the page's paragraphs."""
    key = compact(value or "")
    if len(key) < MIN_ABSTRACT:
        return False
    for node in page.tree.css("p"):
        text = block_text(node) or ""
        if compact(text).startswith(key):
            return not _in_an_abstract(node) and _prose_follows(node)
        # The first paragraph after its dateline, which the description goes on from into the next.
        dated = _DATELINE.match(text)
        lead = compact(text[dated.end():]) if dated and dates_in_text(dated.group(1)) else ""
        if len(lead) >= MIN_ABSTRACT and key.startswith(lead):
            return not _in_an_abstract(node) and _prose_follows(node)
    return False


def _prose_follows(node: Any) -> bool:
    after, found = next_element(node), 0
    while after is not None and found < _FOLLOWING:
        if after.tag == "p" and len(block_text(after) or "") >= _PROSE_PARAGRAPH:
            found += 1
        after = next_element(after)
    return found >= _FOLLOWING


def _in_an_abstract(node: Any) -> bool:
    while node is not None and node.tag != "body":
        marks = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".casefold()
        if _ABSTRACT_MARK in marks:
            return True
        node = node.parent
    return False
