"""A post whose template shows its title in an h1 and, right under it, a lead classed so that is the post's
own one-line summary, the description meta's words, and no day at all (Jonathan K. Kummerfeld's old blog
posts on papers, round 258, Hugo's Docsy theme: div.td-content > h1, div.lead 'A neural transition based
parser …', an empty header.article-meta, then the text's paragraphs; og:type 'article', og:title the h1's
words, the description and og:description the lead's line, no article:published_time, only a modified
day).

The meta says the page is an article and names the h1's words as its title; the lead the description
repeats is the summary the writer set apart under it. The post's record is that title and that summary,
undated (its modified day is an update, no day of the post's). Only where og:type is 'article', the page's
one h1 is the meta title, the element right after it is classed 'lead' (or 'lede') and shows the
description's words, and paragraphs of prose follow: a benchmark's lead under its name (headed_leads.py)
has no article meta, and a lead of other words than the description's is no summary the page gives twice.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .html_meta import Page, block_text
from .places import compact, page_headings, runs_as_prose

# The class words of a lead (Bootstrap's and Docsy's "lead", the journalist's lede).
_LEAD = frozenset(("lead", "lede"))
# How long a lead is at least (a short sentence) and at most (longer is the text itself); a heading at most.
_SHORTEST, _LONGEST = 20, 600
_LONGEST_HEADING = 300
# How many elements after the lead are read for the text's first paragraph of prose.
_AFTER_LEAD = 6


def post_over_its_described_lead(page: Page) -> BodyRecord | None:
    """The post's record (its h1's title, its lead as the summary, no day) where the page is such a post."""
    if (page.first("og:type") or "").strip().casefold() != "article":
        return None
    title = page.first("og:title", "twitter:title")
    headings = page_headings(page, "h1")
    if not title or len(headings) != 1 or len(headings[0][1] or "") > _LONGEST_HEADING:
        return None
    heading, shown = headings[0]
    if compact(shown or "") != compact(title):
        return None
    lead = _element_after(heading)
    if lead is None or _LEAD.isdisjoint((lead.attributes.get("class") or "").casefold().split()):
        return None
    text = " ".join((block_text(lead) or "").split())
    described = page.first("description", "og:description") or ""
    if not _SHORTEST <= len(text) <= _LONGEST or compact(text) != compact(described):
        return None
    if not _prose_follows(lead):
        return None
    return BodyRecord(title=" ".join((shown or "").split()), authors=[], abstract=text, known=True)


def _element_after(node: Any) -> Any:
    """The element right after the node among its siblings (text between them skipped), or None."""
    sibling = node.next
    while sibling is not None and sibling.tag.startswith("-"):
        sibling = sibling.next
    return sibling


def _prose_follows(lead: Any) -> bool:
    """Whether a paragraph of prose stands among the first elements after the lead."""
    node = _element_after(lead)
    for _ in range(_AFTER_LEAD):
        if node is None:
            return False
        if node.tag == "p" and runs_as_prose(block_text(node) or ""):
            return True
        node = _element_after(node)
    return False
