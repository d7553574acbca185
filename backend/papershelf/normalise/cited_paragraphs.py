"""A lab's page of one paper whose text cites it in APA's way, the only place its authors are named: Hugo
Apero's publication post (the Elgeti Lab's, 2021) has no author meta, its byline shortens the list ('By
Elgeti et al.'), and a paragraph under the theme's 'Brief summary of the paper' heading gives the authors
(surname, initials) and '(year).' before the title the h1 shows ('Elgeti, M., Hubbell, W.L. (2021). DEER
Analysis of GPCR Conformational Heterogeneity. Biomolecules, 11, 778. https://doi.org/…'). The page is the
paper the paragraph cites: its authors, as the citation writes them. The day stays the page's own.
"""

from __future__ import annotations

from .html_meta import Page, block_text
from .places import PROSE, compact
from .recommended_citations import YEAR_CLOSING_AUTHORS, apa_authors

# How many of the page's paragraphs are asked for the citation.
_PARAGRAPHS = 40


def authors_its_citation_names(page: Page, title: str | None) -> list[str] | None:
    """The authors a paragraph's APA citation names before '(year).' and the page's own title; None where no
    paragraph among the first cites the title so."""
    key = compact(title or "")
    if not key or len(title or "") > PROSE:
        return None
    for count, paragraph in enumerate(page.tree.css("p")):
        if count >= _PARAGRAPHS:
            break
        text = block_text(paragraph) or ""
        year = YEAR_CLOSING_AUTHORS.search(text[: PROSE * 2])
        if year is None or not compact(text[year.end():]).startswith(key):
            continue
        if authors := apa_authors(text[: year.start()]):
            return authors
    return None
