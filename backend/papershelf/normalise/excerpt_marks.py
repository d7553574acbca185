"""A post's excerpt set apart in a blockquote over Hexo's 'more' mark: Hexo cuts a post's excerpt at the
writer's `<!-- more -->`, which it writes into the page as an empty `<a id="more"></a>`, so the blocks before
that mark are the text's own opening, whatever element holds them (Rui Zhang's Blogs, 2018, NexT: the post's
body opens `<blockquote><p>本文描述了…</p></blockquote><a id="more"></a><h2>动机</h2><p>本文描述了…</p>`, its
description meta the excerpt, which the first section repeats). A description that the excerpt's one
paragraph gives is the text's opening, however the theme quotes it, not a summary set apart from it."""

from __future__ import annotations

from typing import Any

from .html_meta import first_element, next_element

# The id Hexo gives the empty anchor it writes where the writer's `<!-- more -->` stood.
_MORE = "more"


def quotes_the_excerpt(node: Any) -> bool:
    """Whether the paragraph is the one paragraph of a blockquote that opens its block and stands right
    before Hexo's 'more' mark: the excerpt, the text's opening. Reads the few elements around it only."""
    quote = node.parent
    if quote is None or quote.tag != "blockquote" or not _same(first_element(quote), node):
        return False
    if next_element(node) is not None:
        return False
    block = quote.parent
    if block is None or not _same(first_element(block), quote):
        return False
    mark = next_element(quote)
    return mark is not None and mark.tag == "a" and (mark.attributes.get("id") or "") == _MORE


def _same(one: Any, other: Any) -> bool:
    """Whether two of the parser's nodes are the same element (each look-up wraps it anew)."""
    return one is not None and other is not None and one.mem_id == other.mem_id
