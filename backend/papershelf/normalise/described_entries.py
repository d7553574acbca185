"""A benchmark's home page whose description meta is, word for word, the title of the one BibTeX entry it
shows to cite its paper, its heading the project's name that title opens with (ECCentric's page, round 227:
the h1 'ECCentric Bench' over a line 'An Empirical Analysis of Quantum Error Correction Codes', no title
meta, no byline, its paper tile a PDF on the site; the description meta 'ECCentric: An Empirical Analysis of
Quantum Error Correction Codes', the title of the @misc entry under 'Cite ECCentric', eprint={2511.01062}).
The meta and the entry agreeing, the entry naming a preprint, is what says the entry is the page's own
paper: its title is the record's (its authors, year and preprint are read from the same entry by the readers
of a page's own entry). A page with a title meta, a description that is no entry's title, an entry without a
preprint, or a heading that does not open with the name before the title's colon reads no record so.
"""

from __future__ import annotations

from ..identity import clean_text
from .body import BodyRecord
from .cited_dates import bibtex_block_titles, own_bibtex_block_eprint
from .html_meta import Page, block_text
from .places import compact

# The meta that name a page's title: a page that has them is read by them.
_TITLE_META = ("og:title", "twitter:title", "citation_title", "dc.title")
# How many of the page's h1s are read for the one that opens with the project's name (a menu's small-screen
# h1 may repeat the site's name before the hero's), and how many words that name has at most.
_HEADINGS_READ = 3
_NAME_WORDS = 4


def paper_its_description_and_entry_name(page: Page) -> BodyRecord | None:
    """The record of the paper whose BibTeX entry the page shows, where the page's description meta is that
    entry's title word for word, the entry names an arXiv preprint, and an h1 of the page opens with the
    project's name before the title's colon; None otherwise."""
    if any(page.first(name) for name in _TITLE_META):
        return None
    described = clean_text(page.first("description") or "")
    if not described or ":" not in described:
        return None
    titles = [title for title in bibtex_block_titles(page) if compact(title) == compact(described)]
    if not titles or own_bibtex_block_eprint(page, titles[0]) is None:
        return None
    name = described.split(":", 1)[0].split()
    if not 0 < len(name) <= _NAME_WORDS:
        return None
    for heading in page.tree.css("h1")[:_HEADINGS_READ]:
        words = (clean_text(block_text(heading)) or "").split()
        if [compact(word) for word in words[:len(name)]] == [compact(word) for word in name]:
            return BodyRecord(title=titles[0], known=True)
    return None
