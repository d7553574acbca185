"""A paper's demo page that is its tables of audio samples and nothing else: AdaSpeech's (round 186, held
out), a Hugo page kept as written, no meta but the generator's and the viewport's, its one h1.entry-title the
paper's title in a paper's shape, 'AdaSpeech: Adaptive Text to Speech for Custom Voice', which the <title>
repeats before ' - SpeechResearch' (the site's name), then a 'Contents' list of links to its own sections and
136 audio players in table cells; no byline, day, preprint or paper link (its abstract sits in an HTML
comment). Nothing but the samples and the title says whose they are: the page is that paper's record, the
title alone.

Narrow on purpose, and asked last of the readers of a page no meta marks: a page with meta beyond the
layout's, with no h1 or more than one, an h1 that is no 'Name: what it does' title, a <title> that is not the
h1 before a short site's name, fewer players in tables, or a link leading off the page (to a paper, a
listing's other pages, a blog's archive) reads no record so: a listing, a post or a docs page shows more.
"""

from __future__ import annotations

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, block_text

# The meta a layout writes on every page, naming nothing of it.
_LAYOUT_META = frozenset(("generator", "viewport"))
# How many audio players a page of sample tables shows in its cells at least.
_PLAYERS = 10
# The separators a <title> sets between the page's heading and the site's name, and how many words that
# name has at most.
_SEPARATORS = (" - ", " | ", " \u2013 ", " \u2014 ")
_SITE_WORDS = 4
# A paper's title in the 'Name: what it does' shape: a name of a few words, a colon, three words or more.
_NAME_WORDS = 4
_WHAT_IT_DOES_WORDS = 3
# How far above a player its table cell may be: the cell itself, or a wrapper or two inside it. A bound,
# not a selector of cells' descendants, which asks every player of a deep nest for all its ancestors.
_CELL_DEPTH = 3
# How many links a page of samples holds at most (its contents list), each to a section of its own.
_LINKS = 200


def paper_its_sample_tables_show(page: Page) -> BodyRecord | None:
    """The record of the paper whose title is the one h1 of a page of sample tables and nothing else, the
    <title> that h1 before the site's name; None otherwise."""
    if not set(page.meta) <= _LAYOUT_META:
        return None
    headings = page.tree.css("h1")[:2]
    if len(headings) != 1 or not (title := clean_text(block_text(headings[0]) or "")):
        return None
    name, colon, what = title.partition(": ")
    if not colon or len(name.split()) > _NAME_WORDS or len(what.split()) < _WHAT_IT_DOES_WORDS:
        return None
    if not _the_heading_before_the_sites_name(clean_text(page.node_text("title") or "") or "", title):
        return None
    if _players_in_cells(page) < _PLAYERS:
        return None
    links = page.tree.css("a[href]")
    if len(links) > _LINKS or any(not (link.attributes.get("href") or "").startswith("#") for link in links):
        return None
    return BodyRecord(title=title, known=True)


def _the_heading_before_the_sites_name(tab: str, title: str) -> bool:
    """Whether the <title> is the heading, a separator and a short name of the site (no colon: no title)."""
    for separator in _SEPARATORS:
        if tab.startswith(f"{title}{separator}"):
            site = tab[len(title) + len(separator):]
            return bool(site) and len(site.split()) <= _SITE_WORDS and ":" not in site
    return False


def _players_in_cells(page: Page) -> int:
    """How many audio players stand in table cells, counted up to `_PLAYERS`."""
    count = 0
    for player in page.tree.css("audio"):
        node = player.parent
        for _ in range(_CELL_DEPTH):
            if node is None or node.tag in ("td", "th"):
                break
            node = node.parent
        count += node is not None and node.tag in ("td", "th")
        if count >= _PLAYERS:
            break
    return count
