"""A paper's demo page of samples whose one h1 is the paper's title, its byline right under it, and nothing
else saying whose samples they are: no meta naming the paper, no button linking a preprint. Two kinds,
both round 212's: a hand-written Bootstrap jumbotron (the noise-robust bandwidth extension demo: the h1, then
a row of columns each holding one author's name, then the affiliations; <title> a short label of the task)
and a hand-written demo page whose top bar repeats the <title> ('VAE-GSLM: Speech Synthesis Demo') in an h2
over the paper's h1.paper-title and its div.authors. The players say it is a page of samples, the one h1 with
people named right under it says it is a paper's, and that heading is the paper's title as shown, not the
tab's label nor the first heading the tab repeats.

Narrow on purpose: fewer players, two h1s or more, a heading of few words, or no line of persons' names
right under the heading reads no record so.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .bylines import byline
from .html_meta import Page, block_text, next_element
from .names import a_persons_name, display_name
from .project_pages import arxiv_id_of_its_buttons

# How many audio players a demo page shows at least.
_PLAYERS = 10
# A paper's title: four words or more, no longer than a title is.
_FEWEST_TITLE_WORDS = 4
_LONGEST_TITLE = 300
# How many elements after the heading (an empty paragraph a broken <p><div> leaves, a wrapper) the row of
# names may stand, and how many columns a row of authors holds at most.
_REACH = 3
_MOST_COLUMNS = 40


def paper_its_bylined_heading_shows(page: Page) -> BodyRecord | None:
    """The record of the paper whose title is the one h1 of a page of audio samples, with the persons named
    right under it; None otherwise."""
    if len(page.tree.css("audio")) < _PLAYERS:
        return None
    headings = page.tree.css("h1")
    if len(headings) != 1:
        return None
    title = clean_text(block_text(headings[0]) or "")
    if not title or len(title) > _LONGEST_TITLE or len(title.split()) < _FEWEST_TITLE_WORDS:
        return None
    authors = _names_of_its_columns(headings[0]) or byline(page, title)
    if authors and all(a_persons_name(author) for author in authors):
        return BodyRecord(title=title, authors=authors, known=True)
    # …or, naming no one, a heading the <title> repeats word for word over a line of links whose buttons name
    # one preprint (the weak-class source separation demo, round 212, after its final held-out figure:
    # 'Paper: arXiv / IEEE Xplore — Code: GitHub.'): the paper's title, no one named.
    tab = clean_text(page.node_text("title") or "")
    if not authors and tab == title and arxiv_id_of_its_buttons(page) is not None:
        return BodyRecord(title=title, authors=[], known=True)
    return None


def _names_of_its_columns(heading: Any) -> list[str]:
    """The names of the first element with text after the heading (or after the heading's wrapper, when the
    heading ends it) when each of its child elements holds one person's name and nothing else: a row of
    columns, one author each."""
    node = next_element(heading)
    node = node if node is not None or heading.parent is None else next_element(heading.parent)
    for _ in range(_REACH):
        if node is None:
            return []
        if clean_text(block_text(node) or ""):
            return _one_name_each(node)
        node = next_element(node)
    return []


def _one_name_each(row: Any) -> list[str]:
    """The names the row's child elements each hold, when there are two or more and each is one person's."""
    names: list[str] = []
    child = next_element(row.child) if row.child is not None and row.child.tag in ("-text", "-comment") \
        else row.child
    while child is not None:
        name = display_name(clean_text(block_text(child) or ""))
        if not name or not a_persons_name(name) or len(names) >= _MOST_COLUMNS:
            return []
        names.append(name)
        child = next_element(child)
    return names if len(names) >= 2 else []
