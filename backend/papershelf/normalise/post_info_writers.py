"""The writer a lab's post names in the info line under its heading, built by the Lab Website Template
(Jekyll, Greene Lab): <h1>…</h1><div class="post-info"> holding the writer's member card (a.portrait >
span.portrait-name 'Evan Gora', its role beside it) or an item the template tooltips as the author
(span[data-tooltip="Author"] > span '지해인'), then the post's day. The template's JSON-LD names the post's
title as its author, and its author meta may be a member page's slug ('evan-gora'), so the line is the one
place the writer is shown (the DEAD Lab's, the Manske Lab's and AKS's posts, 2024-2026). An author item
naming the site itself ('Manske Lab', the og:site_title) names no one.
"""

from __future__ import annotations

from typing import Any

from .html_meta import Page, block_text, past_blank_text
from .names import names_in_byline

# The template's info line, and in it the member cards' names and the tooltipped author item.
_INFO_LINE = "div.post-info"
_CARD_NAMES = "span.portrait-name"
_AUTHOR_ITEM = 'span[data-tooltip="Author"]'
# How many info lines are looked at: the post's own is the page's first.
_LINES_ASKED = 1


def post_info_writers(page: Page) -> list[str] | None:
    """The people the info line right under the post's h1 names: its member cards' names, else its author
    item's; [] where the line names only the site; None where the page has no such line or it names
    nobody at all."""
    for line in page.tree.css(_INFO_LINE)[:_LINES_ASKED]:
        heading = past_blank_text(line.prev, "prev", comments=True)
        if heading is None or heading.tag != "h1":
            continue
        shown = [block_text(node) for node in line.css(_CARD_NAMES)] or [
            block_text(_inner_span(item) or item) for item in line.css(_AUTHOR_ITEM)]
        shown = [text for text in shown if text]
        if not shown:
            return None
        site = _sites_name(page)
        return [name for text in shown if text.casefold() != site for name in names_in_byline(text)]
    return None


def _inner_span(item: Any) -> Any:
    """The item's own span holding the words (its icon an <i> before it)."""
    return next((node for node in item.iter() if node.tag == "span"), None)


def _sites_name(page: Page) -> str:
    """The site's name as the template writes it in og:site_title (its own property, not og:site_name)."""
    return " ".join((page.first("og:site_title", "og:site_name") or "").split()).casefold()
