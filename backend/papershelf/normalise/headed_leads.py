"""A heading and the paragraph classed as its lead right under it, on a page no meta names (the SLF's weekly
report, 2022, TYPO3: no Open Graph, no title, date or author meta, no h1; the page title an h4 the <title>
repeats, then the report's content element, its heading an h2 and first in its body text <p class="lead">,
in bold, the report's summary; then its sections). The heading is the piece's title and the lead its summary,
which the corpus reads as its abstract, as it reads a news story's standfirst. Only the first paragraph so
classed on the page counts, and only where no paragraph of text stands between it and the heading above it:
a lead after the text's opening leads nothing."""

from __future__ import annotations

from .html_meta import Page, block_text
from .places import HEADING_TAGS, PROSE, above_references

# The class word of a lead paragraph (Bootstrap's and TYPO3's "lead", the journalist's lead or lede).
_LEAD = frozenset(("lead", "lede"))
# How long a lead is at least (a sentence), and at most (longer is the text's prose); a heading at most.
_LENGTH = (60, 3 * PROSE)
_LONGEST_HEADING = 300


def headed_lead(page: Page) -> tuple[str, str] | None:
    """(the heading's text, the lead's) of the page's first lead-classed paragraph, where the heading above it
    is followed by no paragraph of text before it; None otherwise."""
    heading, text_since = None, False
    for node in above_references(page):
        tag = node.tag
        if tag in HEADING_TAGS:
            heading, text_since = node, False
        elif tag == "p":
            if _LEAD.isdisjoint((node.attributes.get("class") or "").casefold().split()):
                text_since = text_since or bool((node.text(deep=True) or "").strip())
                continue
            return _read(heading, node) if heading is not None and not text_since else None
    return None


def _read(heading: object, lead: object) -> tuple[str, str] | None:
    title, text = block_text(heading), block_text(lead)
    if not title or len(title) > _LONGEST_HEADING or not text or not _LENGTH[0] <= len(text) <= _LENGTH[1]:
        return None
    return title, text
