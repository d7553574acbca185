"""A paper's demo page whose <title> names only the page's kind, the paper named by its first h1 and the
preprint its button links: the DDSP singing vocoders' page (round 203), hand-written, no meta but the
charset, <title> 'Audio Demos', a centred h1 'DDSP-based Singing Vocoders: A New Subtractive-based
Synthesizer and A Comprehensive Evaluation' over 'Github' and 'arxiv' buttons, a paragraph 'The paper is
going to be published at ISMIR'22. …', then h1s of its parts ('Content', 'Part I. Audios of Figures in the
Paper') over 118 audio players; no byline and no abstract. The tab says what kind of page it is, the one
preprint its buttons link says whose samples they are, and the heading over them is that paper's title.

Its date is the year of the line saying where the paper is going to be published ("… published at
ISMIR'22"), a meeting's initials and its year, read in the first paragraphs after the heading only.

Narrow on purpose: a <title> of other words (a site's name, the paper's), no arXiv button naming one paper,
or fewer players reads no record so.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, block_text
from .project_pages import arxiv_id_of_its_buttons

# The words of a <title> that names only the page's kind ('Audio Demos', 'Audio Samples', 'Demo Page'),
# one of them saying it is a demo or samples.
_KIND_WORDS = frozenset({
    "audio", "sound", "speech", "music", "singing", "demo", "demos", "sample", "samples", "examples",
    "listening", "page", "supplementary", "material", "materials", "online", "supplement",
})
_DEMO_WORDS = frozenset({"demo", "demos", "sample", "samples", "examples", "supplement", "supplementary"})
# A paper's title: three words or more, no longer than a title is.
_FEWEST_TITLE_WORDS = 3
_LONGEST_TITLE = 300
# How many audio players a demo page shows at least.
_PLAYERS = 10
# The line saying where the paper appears: 'is going to be published at ISMIR'22', 'will be presented at
# ICASSP 2023', 'has been accepted to INTERSPEECH 2021'; a meeting's initials (two capitals or more) and its
# year, in two figures after an apostrophe or in four.
_PUBLISHED_AT = re.compile(
    r"\b(?:is\s+(?:going\s+to\s+be|to\s+be)|will\s+be|has\s+been|was)\s+(?:published|presented|accepted)"
    r"\s+(?:at|in|to|by)\s+(?:the\s+)?[A-Z][A-Za-z]*[A-Z][A-Za-z-]*\s*(?:[\u2019'](\d{2})|((?:19|20)\d\d))\b"
)
# How many paragraphs after the heading are read for that line, and how long each may be.
_PARAGRAPHS = 3
_LONGEST_PARAGRAPH = 600
# A two-figure year at or below this is of this century.
_LAST_TWO_FIGURES = 69


def paper_its_demo_heading_names(page: Page) -> BodyRecord | None:
    """The record of the paper whose title is the first h1 of a demo page whose <title> names only the page's
    kind and whose buttons link one preprint, dated by the line saying where it is published; None
    otherwise."""
    tab = (clean_text(page.node_text("title") or "") or "").casefold().split()
    if not tab or not set(tab) <= _KIND_WORDS or _DEMO_WORDS.isdisjoint(tab):
        return None
    heading = page.tree.css_first("h1")
    title = clean_text(block_text(heading) or "") if heading is not None else None
    if not title or len(title) > _LONGEST_TITLE or len(title.split()) < _FEWEST_TITLE_WORDS:
        return None
    if arxiv_id_of_its_buttons(page) is None or len(page.tree.css("audio")) < _PLAYERS:
        return None
    return BodyRecord(title=title, known=True, shown=_year_it_is_published(page))


def _year_it_is_published(page: Page) -> list[str]:
    """The year of the first paragraphs' line saying where the paper is published, as a date list."""
    for paragraph in page.tree.css("p")[:_PARAGRAPHS]:
        text = clean_text(block_text(paragraph) or "") or ""
        found = _PUBLISHED_AT.search(text[:_LONGEST_PARAGRAPH])
        if found is None:
            continue
        if found.group(2):
            return [found.group(2)]
        century = "20" if int(found.group(1)) <= _LAST_TWO_FIGURES else "19"
        return [century + found.group(1)]
    return []
