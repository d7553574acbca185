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
subtitle the page's own title writes as one (round 204's Build Arena)."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT, BodyRecord
from .html_meta import Page, abstract_text, block_text, next_element, short_text
from .names import AFFILIATION_WORD, NAME_PART, display_name, is_group
from .places import compact

# How many elements after the h1 the authors' line may stand (a tagline, an acronym between), how long the
# title and the line may be, and how few words a title has.
_LINE_REACH = 3
_LONGEST_TITLE = 300
_LONGEST_LINE = 1000
_FEWEST_TITLE_WORDS = 3
_FEWEST_NAMES = 2
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
            names = _names_of(node)
            if not whole or not names:
                return None
            return BodyRecord(title=title, authors=names, abstract=lede, known=True)
        if lede is None and not words.isdisjoint(_LEDE_WORDS):
            text = abstract_text(block_text(node))
            lede = text if text and len(text) >= MIN_ABSTRACT else None
    return None


def _class_words(node: Any) -> set[str]:
    return {part for name in (node.attributes.get("class") or "").casefold().split()
            for part in _CLASS_PARTS.split(name)}


def _names_of(line: Any) -> list[str]:
    """The names of the line, each a person's whole name; none when any part is something else."""
    text = clean_text(short_text(line, _LONGEST_LINE))
    parts = [part for part in _SEPARATORS.split(text or "") if part]
    names = [display_name(part) for part in parts]
    if len(names) < _FEWEST_NAMES or not all(name and _a_persons_name(name) for name in names):
        return []
    return [name for name in names if name]


def _a_persons_name(name: str) -> bool:
    return (NAME_PART.fullmatch(name) is not None and not is_group(name)
            and AFFILIATION_WORD.search(name) is None)
