"""A post whose text is written as a short paper of its own, its 'Abstract' the post's summary (Systemic's
Hugo post 'MapReduce', 2022: under the post's h1 the text opens with its own h1 'A summary of MapReduce:
Simplified data processing on large clusters', an h4 'Abstract' over the writer's own paragraph, then '1.
Introduction' … '5. Conclusion' and 'References'). A post's 'Abstract:' is otherwise the quoted paper's (a
blockquote, a paragraph its title or 'The paper's abstract' opens); here the text's own heading calls the
essay a summary or review of the paper, and the essay sets its own abstract apart as a paper does: the
writer's summary, in the writer's words (the lead's stop-76 reading).

Only where the text's first element is a heading that opens by calling it a summary or review of a work
('A summary of …', 'Review of …'), the 'Abstract' heading right after it, and after that among its siblings
a numbered section's heading ('1. Introduction') and a heading of the works it cites: any other post's
'Abstract' is left to the quoted paper as before.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import Page, next_element
from .places import HEADING_TAGS, HEADINGS, REFERENCES_WORDS, heading_nodes
from .shown import abstract_after_heading

# The essay's heading calling it the writer's summary or review of a work: 'A summary of …', 'Review of …'.
_ESSAY_HEADING = re.compile(r"(?:an?\s+)?(?:summary|review|critique)\s+of\s+\S", re.IGNORECASE)
# A numbered section's heading: '1. Introduction', '2 Implementation'.
_NUMBERED_SECTION = re.compile(r"\d{1,2}\.?\s+\w")


def essays_abstract(page: Page) -> str | None:
    """The abstract a post's text written as a short paper of its own sets apart, or None."""
    return abstract_after_heading(page, ("abstract",)) if essays_abstract_heading(page) is not None else None


def essays_abstract_heading(page: Page) -> Any:
    """The 'Abstract' heading of a post's text written as a short paper of its own, or None."""
    for heading in heading_nodes(page, HEADINGS):
        if (clean_text(heading.text()) or "").rstrip(":.").casefold() != "abstract":
            continue
        essay = _element_before(heading)
        if essay is None or essay.tag not in HEADING_TAGS or _element_before(essay) is not None:
            return None  # the first 'Abstract' alone is asked: not the opening of an essay of the text's own
        if not _ESSAY_HEADING.match(clean_text(essay.text()) or ""):
            return None
        return heading if _numbered_and_referenced(heading) else None
    return None


def _element_before(node: Any) -> Any:
    """The element right before the node among its siblings (text between passed over), or None."""
    before = node.prev
    while before is not None and before.tag.startswith("-"):
        before = before.prev
    return before


def _numbered_and_referenced(heading: Any) -> bool:
    """Whether a numbered section's heading and then a heading of cited works follow among its siblings."""
    numbered = False
    node = next_element(heading)
    while node is not None:
        if node.tag in HEADING_TAGS:
            text = clean_text(node.text()) or ""
            numbered = numbered or bool(_NUMBERED_SECTION.match(text))
            if numbered and text.rstrip(":.").casefold() in REFERENCES_WORDS:
                return True
        node = next_element(node)
    return False
