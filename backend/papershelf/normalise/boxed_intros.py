"""A story's first paragraph that its template boxes alone in a block it classes as the story's intro, the
rest of the text following that block as plain paragraphs (news.com.au, 2012: <div class="story-intro"><p>
<strong>NO: We will not nuke hurricanes. …</strong></p></div>, then the text's <p>s; the description and
og:description the same words). The box sets the opening sentence in the site's manner, as BBC News's
p.introduction does (its bold by class alone): the text's opening, which the corpus reads as no summary,
though it is set in bold (a first paragraph wholly in bold with no box of its own is a lead set apart:
set_apart_leads).
"""

from __future__ import annotations

from typing import Any

from .body import MIN_ABSTRACT
from .html_meta import Page, block_text
from .places import compact, holds_alone
from .set_apart_leads import prose_follows

# What a class word of the box says where the box is the story's intro ("story-intro", "intro").
_INTRO = "intro"


def opens_from_its_intro_box(page: Page, value: str | None) -> bool:
    """Whether `value` is the words of the page's first paragraph that shows them, that paragraph alone in a
    block classed as the intro, and paragraphs of prose follow that block in its parent. One pass over the
    page's paragraphs, to the first that shows the words."""
    key = compact(value or "")
    if len(key) < MIN_ABSTRACT:
        return False
    for node in page.tree.css("p"):
        if compact(block_text(node) or "") != key:
            continue
        box = node.parent
        return (box is not None and box.tag == "div" and holds_alone(box, node) and _classed_an_intro(box)
                and prose_follows(box))
    return False


def _classed_an_intro(node: Any) -> bool:
    """Whether a class word of the element names it the intro ("story-intro")."""
    return any(_INTRO in word for word in (node.attributes.get("class") or "").casefold().split())
