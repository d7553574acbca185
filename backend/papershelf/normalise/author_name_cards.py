"""A story's people listed after its heading as cards, each name in an element its template classes by a
compound word that ends in the words "author" and "name" (Corti, 2025, Webflow: the sidebar's
div.video-post_author-list, each item a link holding div.video-post_author-name 'Joakim Edin' and
div.video-post_author-title 'Research & Development'), with no byline elsewhere. The list is the one the first
such name after the heading stands in: names further down, outside it, are other stories' (a feed's cards).
The company that publishes the page, listed among them by a name the site calls itself ('Corti', its
<title>'s last part and its JSON-LD's author and publisher), is no writer; nor is a desk of the paper.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import Page
from .meta_authors import site_names
from .names import a_persons_name, display_name
from .places import ancestors, title_heading
from .site_staff import a_desk

# The elements that may be so classed: any whose class holds "author" followed by a join and "name".
_CANDIDATES = '[class*="author-name"], [class*="author_name"], [class*="Author-name"], [class*="Author_name"]'
# How a class joins its words: "video-post_author-name".
_JOINS = re.compile(r"[-_]+")
# How far above the first name its list is looked for: the item, its link, the list (Webflow: div.w-dyn-item
# > a > div.video-post_author-name, in div[role=list]).
_LIST_DEPTH = 4
# How many cards a list of a story's people holds at most.
_MOST_PEOPLE = 12


def people_of_the_name_cards(page: Page, title: str | None) -> list[str]:
    """The people the first list of name cards after the page's heading names, less the site's own name; none
    where there is no such list, or where a name in it reads as no person's."""
    heading = title_heading(page, title) or page.tree.css_first("h1")
    body = page.tree.body
    if heading is None or body is None:
        return []
    cards = {node.mem_id for node in page.tree.css(_CANDIDATES) if _a_compound_author_name(node)}
    if not cards:
        return []
    first = None
    past_heading = False
    for node in body.traverse():
        if node.mem_id == heading.mem_id:
            past_heading = True
        elif past_heading and node.mem_id in cards:
            first = node
            break
    if first is None:
        return []
    holder = _list_of(first)
    names = [first] if holder is None else [node for node in holder.css(_CANDIDATES) if node.mem_id in cards]
    if len(names) > _MOST_PEOPLE:
        return []
    sites = site_names(page)
    people = []
    for node in names:
        name = display_name(clean_text(node.text(deep=True)))
        if not name or name.casefold() in sites or a_desk(name):
            continue
        if not a_persons_name(name):
            return []
        people.append(name)
    return people


def _a_compound_author_name(node: Any) -> bool:
    """Whether a class of the node is a compound word of three parts or more whose last two are "author" and
    "name" ("video-post_author-name"); "author-name" alone is a byline block's person (byline_blocks)."""
    for word in (node.attributes.get("class") or "").casefold().split():
        parts = _JOINS.split(word)
        if len(parts) > 2 and parts[-2:] == ["author", "name"]:
            return True
    return False


def _list_of(node: Any) -> Any:
    """The list the name's card stands in: the nearest block above it marked as a list (role="list", ul,
    ol)."""
    for depth, parent in enumerate(ancestors(node)):
        if depth >= _LIST_DEPTH:
            break
        if parent.tag in ("ul", "ol") or (parent.attributes.get("role") or "").casefold() == "list":
            return parent
    return None
