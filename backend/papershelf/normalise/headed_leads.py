"""A heading and the paragraph classed as its lead right under it, on a page no meta names (the SLF's weekly
report, 2022, TYPO3: no Open Graph, no title, date or author meta, no h1; the page title an h4 the <title>
repeats, then the report's content element, its heading an h2 and first in its body text <p class="lead">,
in bold, the report's summary; then its sections). The heading is the piece's title and the lead its summary,
which the corpus reads as its abstract, as it reads a news story's standfirst. Only the first paragraph so
classed on the page counts, and only where no paragraph of text stands between it and the heading above it:
a lead after the text's opening leads nothing.

On a paper's own site (a benchmark's or a dataset's page) the lead may be the site's account of the work that
sends the reader to the paper for the rest (Oolong's leaderboard page, round 183: h1 the paper's title, then
p.lead 'Oolong is a challenging long-context reasoning benchmark. … See our paper and GitHub repo for
details.', 'paper' linking the arXiv preprint the page's own BibTeX entry names): the heading is still the
paper's title, but the lead is the page's own account of the benchmark, no summary of the paper (the lead's
reading: a benchmark's own account is no abstract), so it is not read as one."""

from __future__ import annotations

from typing import Any

from ..identity import arxiv_id_from_url
from .cited_dates import own_bibtex_block_eprint
from .html_meta import Page, block_text
from .places import HEADING_TAGS, PROSE, above_references

# The class word of a lead paragraph (Bootstrap's and TYPO3's "lead", the journalist's lead or lede).
_LEAD = frozenset(("lead", "lede"))
# How long a lead is at least (a sentence), and at most (longer is the text's prose); a heading at most.
_LENGTH = (60, 3 * PROSE)
_LONGEST_HEADING = 300


def headed_lead(page: Page) -> tuple[str, str | None] | None:
    """(the heading's text, the lead's) of the page's first lead-classed paragraph, where the heading above it
    is followed by no paragraph of text before it; None otherwise. The lead's text is None where it links the
    preprint the page's own entry for the heading's title names (`_points_to_its_paper`)."""
    heading, text_since = None, False
    for node in above_references(page):
        tag = node.tag
        if tag in HEADING_TAGS:
            heading, text_since = node, False
        elif tag == "p":
            if _LEAD.isdisjoint((node.attributes.get("class") or "").casefold().split()):
                text_since = text_since or bool((node.text(deep=True) or "").strip())
                continue
            return _read(page, heading, node) if heading is not None and not text_since else None
    return None


def _read(page: Page, heading: object, lead: object) -> tuple[str, str | None] | None:
    title, text = block_text(heading), block_text(lead)
    if not title or len(title) > _LONGEST_HEADING or not text or not _LENGTH[0] <= len(text) <= _LENGTH[1]:
        return None
    return title, None if _points_to_its_paper(page, title, lead) else text


# How many links of a lead are read for its paper's (a sentence's few; more is a list of links, no lead).
_LEAD_LINKS = 20


def _points_to_its_paper(page: Page, title: str, lead: Any) -> bool:
    """Whether the lead links the arXiv preprint that the page's own BibTeX entry, the one whose title is the
    heading's, names (its eprint or url): a lead that sends the reader to the paper is the page's account of
    its work, not the paper's summary. Only the lead's first links are read, and the page's entries once."""
    links = lead.css("a[href]")[:_LEAD_LINKS]
    preprints = {found[0] for link in links if (found := arxiv_id_from_url(link.attributes.get("href")))}
    return bool(preprints) and own_bibtex_block_eprint(page, title) in preprints
