"""A meta title that is the opening words of the title the page's own BibTeX entry writes whole, the page
showing that title's name in its heading and the rest as a heading of its own (WorkBenchMark's benchmark
page, round 227: og:title 'WorkBenchMark: A LEGO-Based Assembly Benchmark', the <title> the same words
around a dash; the h1 the wordmark 'WorkBenchMark', the h2.subtitle under it 'A LEGO-Based Assembly
Benchmark with an Assembly-by-Disassembly Baseline for the Smart Manufacturing League', and the one entry
under 'Citation' titled by the two joined by a colon). The meta title is the paper's title cut short for
sharing: the entry's is the record's. The readers of meta titles took the part the <title> shares with it
after its dash, a tagline, for the title. Only where the page's blocks hold one entry's title, the meta
title opens it and runs shorter, and a heading shows its rest whole.
"""

from __future__ import annotations

from .cited_dates import bibtex_block_titles
from .html_meta import Page
from .places import HEADINGS, compact, page_headings

# How many of the page's headings are compared with the rest of the entry's title.
_HEADINGS = 30


def entry_title_a_meta_title_cuts(page: Page, title: str | None) -> str | None:
    """The title of the page's one BibTeX entry where the meta title is its opening words, cut short before
    its end, and a heading of the page shows the entry's title after its colon whole; None otherwise."""
    if not title or ":" not in title:
        return None
    titles = {compact(entry): entry for entry in bibtex_block_titles(page)}
    if len(titles) != 1:
        return None
    (whole_key, whole), = titles.items()
    key = compact(title)
    if not whole_key.startswith(key) or whole_key == key or ":" not in whole:
        return None
    rest = compact(whole.split(":", 1)[1])
    for count, (_node, text) in enumerate(page_headings(page, HEADINGS)):
        if count >= _HEADINGS:
            break
        if text and compact(text) == rest:
            return whole
    return None
