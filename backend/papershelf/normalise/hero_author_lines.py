"""A dataset's or benchmark's page of one paper whose hero names its authors in a line the page classes as
its authors, no paper button over it and no template heading (MV²'s page, round 204: the h1 'Multi-View
Multi-Vehicle Driving Dataset for Novel View Synthesis', the <title> the same words, a p.hero-tagline, then
p.hero-authors 'Sanjay Bhargav Dharavath · Hanvitha Saraswathi Mukkamala · …'; its 'Paper' link points at
the page's own section, the preprint not out). The page's one h1, repeated word for word by its <title>, is
the paper's title; the classed line's names, each a person's whole name, its authors; a lede the page classes
so between the two, its summary.

Or the h1 is the project's name alone over a line the page classes as its subtitle, and the <title> joins the
two by a colon (LT-Mem's page, round 217: h1 'LT-Mem', a venue badge, p.subtitle 'Volatility-Aware
Spatio-Temporal Memory for Lifelong Scene Understanding', p.authors; the <title> 'LT-Mem: Volatility-Aware
…'): the title is the name and subtitle as the <title> joins them, as the corpus reads a hero's name and
subtitle the page's own title writes as one (round 204's Build Arena).

Or the <title> names the site otherwise, and the element right before the h1 is a link whose whole text is the
paper's venue and year ('ICML 2026', the hero's venue badge: the Proactive Defense Benchmark's page, round
247): the h1, its lines joined (the first in a span, a <br>, the rest), is the paper's title, the venue's
year its date, the classed line's names its authors (their '*'/'†' marks dropped). A link of anything but a
venue and year, or a line of words that are not persons' names, is not read so."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT, BodyRecord
from .html_meta import Page, abstract_text, block_text, next_element, short_text
from .names import AFFILIATION_WORD, NAME_PART, display_name, is_group
from .places import compact
from .project_pages import venue_line_year

# How many elements after the h1 the authors' line may stand (a tagline, an acronym between), how long the
# title and the line may be, and how few words a title has.
_LINE_REACH = 3
_LONGEST_TITLE = 300
_LONGEST_LINE = 1000
_FEWEST_TITLE_WORDS = 3
_FEWEST_NAMES = 2
# How long a venue link's text runs at most (characters and nodes read).
_LONGEST_VENUE_LINK = 120
# The separators such a line sets between names: a middle dot, a bullet, a comma.
_SEPARATORS = re.compile(r"\s*[\u00b7\u2022,]\s*")
# The words a class is split into ('hero-authors', 'paper_authors'), and the word that names the line, and
# those that name a lede.
_CLASS_PARTS = re.compile(r"[-_]+")
_AUTHORS_WORDS = frozenset({"authors", "author"})
_LEDE_WORDS = frozenset({"lede", "lead", "dek", "tagline"})
_SUBTITLE_WORDS = frozenset({"subtitle"})


def paper_its_hero_authors_line_names(page: Page) -> BodyRecord | None:
    """The record of such a page: its one h1 as the <title> repeats it, the classed authors' line under it."""
    headings = page.tree.css("h1")
    if len(headings) != 1:
        return None
    heading = headings[0]
    title = clean_text(short_text(heading, _LONGEST_TITLE))
    tab = page.head_title
    named = clean_text(short_text(tab, _LONGEST_TITLE)) if tab is not None else None
    if not title or not named:
        return None
    # The <title> repeats the h1 (a whole title), or opens with it and the name's subtitle must follow.
    whole = compact(named) == compact(title) and len(title.split()) >= _FEWEST_TITLE_WORDS
    # …or the venue link right above the h1 says it is the paper's (the <title> the site's name).
    year = _year_of_the_venue_link_above(heading) if len(title.split()) >= _FEWEST_TITLE_WORDS else None
    whole = whole or year is not None
    if not whole and not compact(named).startswith(compact(title) + ":"):
        return None
    lede = None
    node = heading
    for _ in range(_LINE_REACH):
        node = next_element(node)
        if node is None or node.tag not in ("p", "div"):
            return None
        words = _class_words(node)
        if not whole and not words.isdisjoint(_SUBTITLE_WORDS):
            # The name's subtitle, the <title> the two joined by a colon word for word: that is the title.
            subtitle = clean_text(short_text(node, _LONGEST_TITLE))
            whole = bool(subtitle) and compact(named) == compact(f"{title}:{subtitle}")
            title = named if whole else title
            continue
        if not words.isdisjoint(_AUTHORS_WORDS):
            names = _names_of(node, capitalised=year is not None)
            if not whole or not names:
                return None
            return BodyRecord(title=title, authors=names, abstract=lede, shown=[year] if year else [],
                              title_over_meta=year is not None, known=True)
        if lede is None and not words.isdisjoint(_LEDE_WORDS):
            text = abstract_text(block_text(node))
            lede = text if text and len(text) >= MIN_ABSTRACT else None
    return None


def _year_of_the_venue_link_above(heading: Any) -> str | None:
    """The year of the link right before the heading (blank text between), where its whole text is a venue
    line ('ICML 2026'); None otherwise."""
    node = heading.prev
    while node is not None and node.tag in ("-text", "-comment") and not (node.text_content or "").strip():
        node = node.prev
    if node is None or node.tag != "a":
        return None
    return venue_line_year(clean_text(short_text(node, _LONGEST_VENUE_LINK)))


def _class_words(node: Any) -> set[str]:
    return {part for name in (node.attributes.get("class") or "").casefold().split()
            for part in _CLASS_PARTS.split(name)}


def _names_of(line: Any, *, capitalised: bool = False) -> list[str]:
    """The names of the line, each a person's whole name; none when any part is something else (with
    `capitalised`, a part the page writes opening in lower case too: 'pixel-level fidelity')."""
    text = clean_text(short_text(line, _LONGEST_LINE))
    parts = [part for part in _SEPARATORS.split(text or "") if part]
    if capitalised and not all(part[:1].isupper() for part in parts):
        return []
    names = [display_name(part) for part in parts]
    if len(names) < _FEWEST_NAMES or not all(name and _a_persons_name(name) for name in names):
        return []
    return [name for name in names if name]


def _a_persons_name(name: str) -> bool:
    return (NAME_PART.fullmatch(name) is not None and not is_group(name)
            and AFFILIATION_WORD.search(name) is None)
