"""The DOI a paper's page of Hugo's Academic theme and its successors (Wowchemy, Hugo Blox) names only by the
buttons under its heading, where the page names no other. The theme shows a paper's own page so: the heading,
the byline, the buttons to the paper, then its labelled rows ('Type', 'Publication'). A button that says it is
the paper ('PDF', 'DOI', 'Source Document', 'Publisher', 'Paper', 'Article', 'Journal', or words saying it
opens the work itself online, as Han Zhang's Hugo Blox 0.9.0 page's 'View Online' does, 2025) names its DOI
when it links a resolver (IPMAI Lab's Academic 4.6.3 page, 2025: its 'PDF' to https://doi.org/10.1177/…) or a
publisher's address that carries a DOI in its path, read as addresses.doi_in_path reads a page's own address
(the Watershed Ecology Team's Wowchemy 5.1.0 page, 2024: 'Source Document' to SpringerLink's
/article/10.1007/…; the /doi/<DOI> of Wiley, Taylor & Francis, ACS, SAGE …). A button to another work,
'Dataset' or 'Code' at its own DOI, names that work's.

Hugo Blox's later layout (0.4, Tailwind: ConsHerpLab's page, 2025) shows no rows; its work's links are
a.hb-attachment-link, a class the theme gives those links alone, read as the buttons are.

An Academic paper page whose front matter gave no type or venue shows no rows (Duco Veen's Academic 4.5.0
page, 2022: its 'PDF' to https://doi.org/10.3390/…, then 'Cite'); its buttons still hold the 'Cite' button
that opens the paper's own citation, the page's cite.bib (a js-cite-modal naming it), which the theme shows
for a work with a citation of its own and a post does not have.

Read only on a page with those rows, links or citation button, and only where the paper's buttons agree
on one DOI: a post's link to a paper it reports is no button of its header. A talk's page shows such rows
and buttons too (its 'Event' row): its buttons' DOIs are the papers' and slides' it draws on, none the
talk's.

The header's buttons name the paper's preprint too: a button linking an arXiv abstract address
(arxiv.org/abs/<id>) is the paper's preprint on a page showing the paper's rows, whatever words its label
says, as the theme lets a site write a button's label in its own language (Beta Lab's Hugo Blox 5.9.7 page,
2024: 'Arxiv链接', 'arXiv link', to https://arxiv.org/abs/2401.03673, no word a project page's button reader
knows). The address says what the button opens; the header holds the page's own paper's links alone.
"""

from __future__ import annotations

import re

from ..identity import arxiv_id_from_url, normalise_doi
from .addresses import doi_in_path, resolved_doi
from .html_meta import Page, select_all, select_first, short_text
from .publication_rows import shows_a_talks_rows, shows_publication_rows

# Hugo Blox's later layout (0.4, Tailwind) shows no such rows: its paper page's links under the byline are
# a.hb-attachment-link, a class the theme gives only the links a page's front matter names for its work.
_ATTACHMENTS = 'a[class~="hb-attachment-link"]'
# The header's buttons: Wowchemy's a.btn-page-header, Academic 4's buttons in div.btn-links.
_BUTTONS = f'a[class~="btn-page-header"], div[class~="btn-links"] a[class~="btn"], {_ATTACHMENTS}'
# A front matter's own link may name the work in other words: that it opens the work itself where it is
# published ('View Online' to the DOI's resolver on Han Zhang's Hugo Blox 0.9.0 page, round 208). Each says
# the button is the work, not a data set, code or slides of it.
_THE_WORK_ONLINE = frozenset({"view online", "read online", "online", "online version", "full text",
                              "view article", "read article", "view paper", "read paper", "published version",
                              "publisher's version", "publisher version", "journal version"})
# The words of a button that links the paper itself; how many buttons are looked at (a paper's header has
# a few: PDF, Cite, Code, Dataset, Slides, Video, Source Document) and how long a button's words may be.
# A paper published as a book's chapter names itself so ('Chapter' to SpringerLink's /chapter/<DOI>: Abhishek
# Das's Wowchemy 5.0.0-beta.1 page of a proceedings paper, round 250); the whole book's button is no chapter.
_PAPER_BUTTONS = frozenset({"source document", "doi", "pdf", "publisher", "paper", "article", "journal",
                            "chapter", "book chapter"} | _THE_WORK_ONLINE)
_MOST_BUTTONS = 16
# Academic's 'Cite' button among the header's buttons: it opens the citation the page's own cite.bib holds.
_OWN_CITATION = 'div[class~="btn-links"] [class~="js-cite-modal"][data-filename$="/cite.bib"]'

_LONGEST_BUTTON = 60


def doi_of_the_header_buttons(page: Page) -> str | None:
    """The DOI the paper page's buttons link, when they agree on one; None otherwise."""
    if (not shows_publication_rows(page) and page.tree.css_first(_ATTACHMENTS) is None
            and select_first(page.tree, _OWN_CITATION) is None):
        return None
    if shows_a_talks_rows(page):
        # A talk's buttons link the works it draws on (its 'PDF' a later journal paper, its 'Slides' a deposit
        # of slides): none of their DOIs is the talk's.
        return None
    found: set[str] = set()
    for button in select_all(page.tree, _BUTTONS)[:_MOST_BUTTONS]:
        words = short_text(button, _LONGEST_BUTTON)
        if not words or " ".join(words.split()).casefold() not in _PAPER_BUTTONS:
            continue
        address = (button.attributes.get("href") or "").strip()
        if doi := normalise_doi(resolved_doi(address)) or doi_in_path(address):
            found.add(doi)
    return found.pop() if len(found) == 1 else None



def arxiv_id_of_the_header_buttons(page: Page) -> str | None:
    """The arXiv id the paper page's header buttons link at an arXiv abstract address, whatever their
    labels, when they agree on one; None on a page without the paper's rows, on a talk's, or where none or
    two."""
    if not shows_publication_rows(page) or shows_a_talks_rows(page):
        return None
    found: set[str] = set()
    for button in select_all(page.tree, _BUTTONS)[:_MOST_BUTTONS]:
        address = (button.attributes.get("href") or "").strip()
        # The abstract's address alone: a PDF or a listing is read by the buttons' words where they say so.
        if _ARXIV_ABSTRACT.match(address) and (paper := arxiv_id_from_url(address)):
            found.add(paper[0])
    return found.pop() if len(found) == 1 else None


# An arXiv abstract's address, http or https, with or without 'www.' or 'export.'.
_ARXIV_ABSTRACT = re.compile(r"https?://(?:www\.|export\.)?arxiv\.org/abs/", re.IGNORECASE)
