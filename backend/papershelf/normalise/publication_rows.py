"""The arXiv preprint a paper's page names as its venue in the row Hugo's Academic theme and its successors
label 'Publication' (HausaNLP's Wowchemy site, 2021: <div class="pub-row-heading">Publication</div>, then
<div><em>arXiv preprint arXiv:2010.02353</em></div>, the bibliography's journal field): the paper is that
preprint. Read only where the row's whole value is the preprint's name; a journal named there, or an arXiv id
among other words (a note of the preprint beside the journal's volume), says nothing of it.
"""

from __future__ import annotations

import re

from .html_meta import Page, next_element, short_text

# The value's whole words: perhaps 'arXiv preprint' or 'arXiv e-prints,' then the id after 'arXiv:'.
_PREPRINT = re.compile(r"(?:arxiv\s+(?:preprint|e-prints),?\s+)?arxiv:\s*(\d{4}\.\d{4,5})(?:v\d+)?",
                       re.IGNORECASE)
# The labelled rows ('Type', 'Publication') that mark a paper's own page of the Academic theme and its
# successors (Wowchemy, Hugo Blox before 0.4).
PUBLICATION_ROWS = 'div[class~="pub-row-heading"]'
# How many labelled rows are looked at (a paper's page has a few: type, publication, date), and how long a
# value may be (a venue's name, not a block).
_ROWS = 8
_VALUE = 120


def shows_publication_rows(page: Page) -> bool:
    """Whether the page is a paper's own page of the Academic theme or its successors (its labelled rows)."""
    return page.tree.css_first(PUBLICATION_ROWS) is not None


# The theme's paper layout itself (Source Themes Academic 4.8.0): div.pub holding the article container with
# the h1 and the metadata line, where a post's layout is an <article>. Child combinators only: a page's nest
# is walked once.
PAPER_LAYOUT = 'div[class~="pub"] > div[class~="article-container"] > div[class~="article-metadata"]'


def shows_the_paper_layout(page: Page) -> bool:
    """Whether the page is a paper's own page of the Academic theme by its layout alone, where the paper's
    front matter set no rows, abstract or buttons (Roma Poberejsky's Source Themes Academic 4.8.0 page of a
    work in progress, 2023: the h1, the author, 'August 2020', nothing else): the theme's div.pub around its
    metadata line, which a post's page never has."""
    return shows_publication_rows(page) or page.tree.css_first(PAPER_LAYOUT) is not None


def shows_a_talks_rows(page: Page) -> bool:
    """Whether the page is a talk's of the Academic theme: one of its first labelled rows is 'Event' (Agah
    Karakuzu's Academic 4.3.1 talk page, 2021: Date, Event, Location; a paper's page shows Type and
    Publication)."""
    labels = page.tree.css(PUBLICATION_ROWS)[:_ROWS]
    return any((label.text(strip=True) or "").casefold() == "event" for label in labels)


def arxiv_id_of_the_publication_row(page: Page) -> str | None:
    """The arXiv id the page's 'Publication' row names as its whole value; None where no such row does."""
    for label in page.tree.css(PUBLICATION_ROWS)[:_ROWS]:
        if (label.text(strip=True) or "").casefold() != "publication":
            continue
        value = next_element(label)
        words = short_text(value, _VALUE) if value is not None else None
        found = _PREPRINT.fullmatch(" ".join(words.split())) if words else None
        return found.group(1) if found else None
    return None



# A venue's name closing with its year: in brackets alone or after the venue's short name ('Physical Review
# A 94, 033611 (2016)', '… Computer Vision (ECCV 2020)'), or after a comma ('…, 2020'). The Markdown marks a
# front matter's value may keep ('*ECCV2020 - … (ECCV 2020) *', its emphasis left unrendered) are no words.
_CLOSING_YEAR = re.compile(r"(?:\((?:[^()]*\s)?|,\s+)((?:19|20)\d\d)\)?\.?$")
_MARKDOWN_EDGES = "*_ "


def year_of_the_publication_row(page: Page) -> str | None:
    """The year the 'Publication' row's venue closes with, on a paper's page of the Academic theme or its
    successors whose front matter set no date (Aayush Kumar Tyagi's Source Themes Academic 4.8.0 page, round
    250: 'January 0001', Hugo's zero date, under the byline; the row '(ECCV 2020)'): asked only where
    nothing else dates the paper. A year inside the value, not at its close, is no venue's year."""
    for label in page.tree.css(PUBLICATION_ROWS)[:_ROWS]:
        if (label.text(strip=True) or "").casefold() != "publication":
            continue
        value = next_element(label)
        words = short_text(value, _VALUE) if value is not None else None
        # The value is a venue's name (at most _VALUE characters): the search is short.
        closing = _CLOSING_YEAR.search(" ".join(words.split()).strip(_MARKDOWN_EDGES)) if words else None
        return closing.group(1) if closing else None
    return None
