"""A paper's own page (a benchmark's home page) whose hero shows the project's name alone, no byline, and
names the paper whole only in the BibTeX entry it shows to cite it (OmniVideoBench's page, 2026: the h1
'OmniVideoBench' over an h2 tagline, a 'Paper' button to arxiv.org/abs/2510.10689, no title, author or date
meta, the <title> the title cut short; under 'Citation' the @misc entry 'OmniVideoBench: Towards Audio-Visual
Understanding Evaluation for Omni MLLMs', its forty-two authors, year={2025}, eprint={2510.10689}). The entry
whose title opens with the hero's name and a colon, and whose preprint is the one the page's paper buttons
link, is the page's own paper: its title is the record's (its authors and year are read from the same entry by
the readers of a page's own entry). A name the entry's title does not open with, an entry naming another
preprint than the buttons (a work the page builds on), a page without such buttons, or a page whose meta names
its title reads no record so: the buttons and the entry agreeing is what says the entry is the page's own.
"""

from __future__ import annotations

from ..identity import arxiv_id_from_url, clean_text
from .body import BodyRecord
from .cited_dates import bibtex_block_titles, own_bibtex_block_eprint
from .html_meta import Page, block_text
from .places import compact
from .project_pages import arxiv_id_of_its_buttons

# The meta that name a page's title: a page that has them is read by them.
_TITLE_META = ("og:title", "twitter:title", "citation_title", "dc.title")
# A project's name is a word or a few ('OmniVideoBench'); longer, the heading is a title itself.
_NAME_WORDS = 4


def paper_its_entry_and_buttons_name(page: Page) -> BodyRecord | None:
    """The record of the paper whose BibTeX entry the page shows, where the page's one h1 is a project's name
    alone that the entry's title opens with before a colon, and the entry's arXiv preprint is the one the
    page's paper buttons link; None otherwise."""
    if any(page.first(name) for name in _TITLE_META):
        return None
    headings = page.tree.css("h1")[:2]
    # The hero's one h1; or, on a page whose h1s head its sections alone and whose title block is set in
    # paragraphs, the <title> that is the name alone (ClinicalLab's page, round 188, after its final held-out
    # figure: a p#title-text 'ClinicalLab' over a p#subtitle-text, h1s 'Introduction', 'Citation', …).
    tab = page.head_title
    shown = (block_text(headings[0]) if len(headings) == 1
             else tab.text(deep=True) if tab is not None else None)
    name = clean_text(shown or "")
    if not name or ":" in name or len(name.split()) > _NAME_WORDS:
        return None
    # Without paper buttons, the one preprint every arXiv link of the page names, its words' links ('The CODA
    # paper has been released on <a>Arxiv</a>!': CODA's dataset page, round 204, stop 74).
    preprint = arxiv_id_of_its_buttons(page) or _the_one_preprint_linked(page)
    if preprint is None:
        return None
    opening = compact(f"{name}:")
    for title in bibtex_block_titles(page):
        # Each title the blocks hold is read once; its entry's preprint is sought only where it opens so.
        if compact(title).startswith(opening) and own_bibtex_block_eprint(page, title) == preprint:
            return BodyRecord(title=title, known=True)
    return None


# The most links to arXiv read: a page of one paper links its preprint a few times; a list links many.
_MOST_ARXIV_LINKS = 20


def _the_one_preprint_linked(page: Page) -> str | None:
    """The arXiv id that every link of the page to arxiv.org names, where they name one; None where they name
    none, two (a work the page builds on beside its own), or are a list's many."""
    links = page.tree.css('a[href*="arxiv.org/"]')
    if len(links) > _MOST_ARXIV_LINKS:
        return None
    # A link to arXiv that names no paper (its listing, its home) leaves the page's preprint untold.
    found = {named[0] if (named := arxiv_id_from_url(link.attributes.get("href") or "")) else None
             for link in links}
    return found.pop() if len(found) == 1 and None not in found else None
