"""ABlog's postcard: the sidebar box the Sphinx blog extension writes beside every post (its postcard.html
template: div.ablog__postcard, an h2 holding the post's day after a calendar icon, then a list whose item
id="ablog-sidebar-item author ablog__author" links each author's page). ACT's documentation blog (2024):
no author, date or Open Graph meta, the <title> the post's h1 and ' — ACT Documentation', the day and the
writer only in the postcard. The post is the h1 the <title> opens with, dated by the postcard's day and
written by its authors.

A later postcard (ABlog on PyData Sphinx Theme 0.15, Support Astronomer, 2024) heads its box 'Post details'
and shows the post's day in the list item its calendar icon opens (the update's in an item an edit icon
opens); a one-person blog's post there names no author item, its writer only the footer's copyright line
('© Copyright 2024, Francesc Vilardell Sallés.', Sphinx's copyright setting): where the postcard names nobody,
a holder that is one person's name writes the post.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, select_all, without_permalink_marks
from .names import a_persons_name, is_group
from .places import PROSE, compact

_POSTCARD = 'div[class~="ablog__postcard"]'
_AUTHORS = 'li[id~="ablog__author"] a'
# How many authors a postcard names at most, and how many h1s are asked for the one the <title> opens
# with (a Sphinx page's sections under the first are h2s; a notebook's may add an h1 or two).
_MOST_AUTHORS = 8
_HEADINGS = 4
# The postcard's list item its calendar icon opens, and how many of its items are asked for it.
_CALENDAR = 'i[class~="fa-calendar"]'
_ITEMS = 4
# Sphinx's copyright line (its themes' p.copyright): the sign or word, years and commas before the holder.
_COPYRIGHT_LINE = "p.copyright"
_COPYRIGHT_WORDS = frozenset({"©", "(c)", "copyright"})
# A person's name in the line has two to four words; a project's holder has one of these ('The Toolkit
# Developers', 'the Sky Notes team').
_NAME_WORDS = range(2, 5)
_PROJECTS_WORDS = frozenset({
    "the", "developers", "contributors", "team", "authors", "project", "community", "foundation", "inc",
    "ltd",
})


def ablog_post(page: Page) -> BodyRecord | None:
    """The post under the h1 the <title> opens with, dated by its ABlog postcard's day and written by the
    postcard's authors; None where the page has no postcard, or it shows no day, or no h1 opens the
    <title>."""
    card = page.tree.css_first(_POSTCARD)
    day = _day(card) if card is not None else None
    if day is None:
        return None
    for _heading, text in headings_the_tab_opens_with(page):
        authors = _authors(card) or _copyright_holder(page)
        return BodyRecord(title=text, authors=authors, shown=[day], known=True)
    return None


def headings_the_tab_opens_with(page: Page) -> Iterator[tuple[Any, str]]:
    """Each of the page's first `_HEADINGS` h1s whose text, less Sphinx's permalink mark, the <title> opens
    with, with that text: a Sphinx page's own heading, as its <title> names it before the project's name."""
    tab = compact(page.node_text("title") or "")
    for heading in page.tree.css("h1")[:_HEADINGS]:
        text = without_permalink_marks(block_text(heading) or "").strip()
        if text and len(text) <= PROSE and tab.startswith(compact(text)):
            yield heading, text


def _day(card: Any) -> str | None:
    """The day in the postcard's heading, else in the list item its calendar icon opens; or None."""
    heading = card.css_first("h2")
    day = _day_in(block_text(heading) if heading is not None else None)
    if day is not None:
        return day
    for count, item in enumerate(card.css("li")):
        if count >= _ITEMS:
            break
        if item.css_first(_CALENDAR) is not None:
            return _day_in(block_text(item))
    return None


def _day_in(text: str | None) -> str | None:
    days = [iso for _, _, iso in dates_in_text((text or "")[:PROSE]) if iso and len(iso) == DAY_LENGTH]
    return days[0] if days else None


def _copyright_holder(page: Page) -> list[str]:
    """The one person the page's Sphinx copyright line names ('© Copyright 2024, Ann Lee.'), or nobody: a
    group's, a project's or a one-word holder is no writer."""
    line = page.tree.css_first(_COPYRIGHT_LINE)
    text = (block_text(line) or "")[:PROSE] if line is not None else ""
    words = [word.strip(",.;") for word in text.split()]
    name = " ".join(word for word in words if word and word.casefold() not in _COPYRIGHT_WORDS
                    and not any(char.isdigit() for char in word))
    if len(name.split()) not in _NAME_WORDS or not a_persons_name(name) or is_group(name) \
            or any(word.casefold() in _PROJECTS_WORDS for word in name.split()):
        return []
    return [name]


def _authors(card: Any) -> list[str]:
    """The names the postcard's author item links, in its order."""
    names: list[str] = []
    for count, link in enumerate(select_all(card, _AUTHORS)):
        if count >= _MOST_AUTHORS:
            break
        if (name := block_text(link)) and name not in names:
            names.append(name)
    return names
