"""A paper's page of samples that says whose it is only in its footer: the footer opens with a label saying
the page supplements a work, 'Supplementary Demo for:', and cites that work with its year in brackets; the
page's one h1, which the <title> opens with, stands over a paragraph of the authors' whole names at commas
and nothing else (the Aalto Acoustics Lab's lung-sound denoising samples, 2025, hand-written, no meta at all:
the h1 'Denoising of Lung Sound Recordings', '<p>Lisa Petry, Eloi Moliner, Tuomas Järvensivu, Vesa
Välimäki</p>', an affiliation line, and the footer 'Supplementary Demo for: Petry, Lisa. "Reduction of Noise
from Lung Sound Recordings." (2025).' over the thesis's URN). The footer's label says the page belongs to a
paper, and the heading over its names is that paper's, in the year the cited work gives. A heading over a
line of names without such a footer (a team's page, a talk's programme) is no paper's page so, and a page
whose footer cites a work without saying the page supplements it reads nothing here.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, next_element, short_text
from .names import a_persons_name, display_name, is_group

# The footer's label: the page is a supplement, a demo or the samples of the work cited after the colon.
_SUPPLEMENT = re.compile(
    r"^(?:supplementary|supplemental)\s+(?:demo|demos|material|materials|samples|page|website)\s+(?:for|to|of)"
    r"\s*:", re.IGNORECASE)
# The cited work's year in brackets, '(2025)'.
_YEAR = re.compile(r"\((?P<year>(?:19|20)\d\d)\)")
# How much of a footer, of a heading and of the names' line is read at most, and how many names it holds.
_FOOTER_LENGTH = 600
_TITLE_LENGTH = 300
_NAMES_LENGTH = 400
_MOST_NAMES = 30
# The <title>'s parts after the heading: ' - Audio Samples', ' | Demo'.
_TAB_SEPARATORS = (" - ", " \u2013 ", " \u2014 ", " | ", ": ")


def paper_its_footer_supplements(page: Page) -> BodyRecord | None:
    """The paper of a page whose last footer says it supplements a cited work of a bracketed year, its one h1
    (the <title> that heading, or that heading and a part after a separator) over a paragraph of two or more
    whole names at commas: its title, its authors and the cited work's year; None otherwise."""
    footers = page.tree.css("footer")
    if not footers:
        return None
    said = " ".join((short_text(footers[-1], _FOOTER_LENGTH) or "").split())
    label = _SUPPLEMENT.match(said)
    year = _YEAR.search(said, label.end()) if label else None
    if year is None:
        return None
    headings = page.tree.css("h1")
    if len(headings) != 1:
        return None
    title = clean_text(short_text(headings[0], _TITLE_LENGTH))
    tab = clean_text(page.node_text("title"))
    if not title or not tab or not (tab == title or any(tab.startswith(title + separator)
                                                        for separator in _TAB_SEPARATORS)):
        return None
    line = next_element(headings[0])
    if line is None or line.tag != "p" or any(child.tag != "-text" for child in line.iter(include_text=True)):
        return None  # a paragraph of names alone, no marks, links or breaks among them
    names = [" ".join(part.split()) for part in (short_text(line, _NAMES_LENGTH) or "").split(",")]
    if not 2 <= len(names) <= _MOST_NAMES or not all(a_persons_name(name) and not is_group(name)
                                                     for name in names):
        return None
    return BodyRecord(title=title, authors=[display_name(name) or name for name in names],
                      shown=[year["year"]], known=True)
