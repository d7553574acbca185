"""A post or news item of a Jekyll theme (al-folio, minima and their kin): a <header> its theme classes as the
post's header holds the h1 and the post's meta line, the day alone (post_meta_lines), and the element right
after that header is classed as the post's content (NYU's Center for Responsible AI, 2026: header.post-header
with <h1>Training_as_infrastructure_report</h1> and <p class="post-meta">May 1, 2026</p>, then
article.post-content of one sentence). The theme's classes say it is the post, so its text need not run as
long as prose does (news_releases.over_prose): a news item of one short sentence is still one. No writer is
named there; the author meta of such a site is its own name.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .html_meta import Page, block_text, next_element
from .places import HEADINGS, compact, title_heading
from .post_meta_lines import day_of_a_meta_line

# The class words (hyphens and underscores taken out) a theme names the post's header and its content by.
_HEADERS = frozenset(("postheader", "entryheader"))
_CONTENTS = frozenset(("postcontent", "entrycontent"))
# How many of the header's elements are read for its meta line: a heading, a line or two, tags.
_LINES = 8
# How long the meta line's words may be: a day, not a sentence.
_LINE = 80
# How many <header>s are asked for the post's, without meta: the site's own, the post's.
_HEADERS_ASKED = 4


def item_under_its_post_header(page: Page, title: str | None) -> BodyRecord | None:
    """The record of such an item: the heading the title names, dated by its header's meta line; None where
    the heading stands in no post header, the header shows no day alone in its meta line, or no post content
    with words follows the header."""
    heading = title_heading(page, title, HEADINGS) if title else _heading_the_tab_opens_with(page)
    header = heading.parent if heading is not None else None
    if header is None or header.tag != "header" or not _classed(header, _HEADERS):
        return None
    day = _day(header)
    content = next_element(header) if day is not None else None
    if content is None or not _classed(content, _CONTENTS) or not (block_text(content) or "").strip():
        return None
    return BodyRecord(title=title or " ".join((block_text(heading) or "").split()), shown=[day], known=True)


def _heading_the_tab_opens_with(page: Page) -> Any | None:
    """Without meta, the heading of the first post header whose words the <title> opens with (al-folio's
    '<h1> | <site's name>'; a one-word heading, a file's name, is one other readers take for no title)."""
    tab = compact(page.node_text("title") or "")
    for count, header in enumerate(page.tree.css("header")):
        if count >= _HEADERS_ASKED:
            return None
        heading = header.css_first("h1") if _classed(header, _HEADERS) else None
        words = compact(block_text(heading) or "") if heading is not None else ""
        if words and tab.startswith(words):
            return heading
    return None


def _classed(node: Any, words: frozenset[str]) -> bool:
    """Whether a class word of the element, its hyphens and underscores taken out, is one of `words`."""
    classes = (node.attributes.get("class") or "").casefold().split()
    return any(word.replace("-", "").replace("_", "") in words for word in classes)


def _day(header: Any) -> str | None:
    """The day of the header's first meta line whose words are the day alone; None past `_LINES` elements."""
    node = header.child
    count = 0
    while node is not None and count < _LINES:
        if node.tag not in ("-text", "_comment"):
            count += 1
            words = " ".join((block_text(node) or "").split())[:_LINE + 1]
            if len(words) <= _LINE and (day := day_of_a_meta_line(node, words)):
                return day
        node = node.next
    return None
