"""A post's own summary section, set before its 'more' break: the post's text opens with a heading naming a
summary in the post's language ('摘要', 'Summary', '要約', '요약'), over one paragraph in the writer's
words, and the break a blog engine marks where its index page cuts the post (Hexo's <span id="more">)
follows within a few elements (夏旭的小站's Hexo NexT Pisces note on DDPM, round 231: h2 '摘要' over
'2020 年 6 月，Jonathan Ho 等学者对…', the blockquote naming the paper, then the break). The description
meta repeats that paragraph (a Hexo description cut from the excerpt, the heading's word and the
blockquote run on): the post's summary, the lead's stop-77 reading, not a teaser of the text. A section
whose paragraph the description does not repeat, one that is not the text's opening, or a text with no
break after it is not read so.
"""
from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page, block_text, first_element, next_element, short_text
from .places import compact

# The headings that name a post's summary, casefolded: Chinese, Japanese, Korean and English.
_SUMMARY_HEADINGS = frozenset({"摘要", "概要", "要約", "요약", "summary"})
_HEADINGS = frozenset({"h2", "h3", "h4"})
# A heading's words run a few characters; the summary a paragraph of some length.
_LABEL_LENGTH = 20
_PARAGRAPH = 1200
# How many elements may stand between the paragraph and the break (the blockquote naming the paper).
_BETWEEN_AT_MOST = 2
# How much of the paragraph's opening the description must hold.
_OPENING = 40


def summary_before_the_more_break(page: Page) -> str | None:
    """The paragraph under a summary heading that opens the post's text, where the text's 'more' break
    follows it past no other paragraph or heading and the description meta holds its opening; None
    otherwise."""
    mark = page.tree.css_first("span#more")
    described = compact(clean_text(page.first("description")) or "")
    if mark is None or mark.parent is None or not described:
        return None
    heading = first_element(mark.parent)
    if heading is None or heading.tag not in _HEADINGS or _label(heading) not in _SUMMARY_HEADINGS:
        return None
    paragraph = next_element(heading)
    if paragraph is None or paragraph.tag != "p":
        return None
    text = clean_text(short_text(paragraph, _PARAGRAPH))
    if not text or len(text) < MIN_ABSTRACT or compact(text)[:_OPENING] not in described:
        return None
    node = next_element(paragraph)
    for _ in range(_BETWEEN_AT_MOST + 1):
        if node is None or node.tag == "p" or node.tag in _HEADINGS or node.tag == "h1":
            return None
        if node.mem_id == mark.mem_id:
            return block_text(paragraph) or text
        node = next_element(node)
    return None


def _label(heading: Any) -> str:
    return " ".join((short_text(heading, _LABEL_LENGTH) or "").split()).rstrip(":：").casefold()
