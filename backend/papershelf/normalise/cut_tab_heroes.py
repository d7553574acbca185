"""A benchmark's hand-written home page whose <title> is its name, a colon and the opening words of the
paper's title cut short, the page's one h1 the whole title, and right under the h1 a row of linked persons'
names each with its affiliation's mark (TAILOR's page, round 247: the <title> 'TAILOR: Trimming the Long-Tail
of World Modeling', the h1 'Trimming the Long-Tail of World Modeling in Visual Generation' (its 'Long-Tail'
in a span beside a histogram of empty spans), then a div of eight spans, each a link to '#' of one name and a
<sup> '1', '2' or '3'; no meta, no date, the Paper button '#'). The h1 is the paper's title as shown, the
row's names its authors, their marks dropped.

Only where the <title>'s part after its one-word name is the h1's opening, shorter than the h1, and the
element right after the h1 holds nothing but links each a person's whole name and the marks beside them: a
<title> of other words, or a row of other words or of no names, is not read so."""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, next_element, short_text
from .names import a_persons_name, is_group
from .places import compact

# How long the title and a link may be, how many links the row holds at most, how few names it holds and how
# few words the title and its cut opening have.
_LONGEST_TITLE = 300
_LONGEST_LINK = 120
_MOST_LINKS = 40
_FEWEST_NAMES = 2
_FEWEST_TITLE_WORDS = 4
_FEWEST_CUT_WORDS = 3


def paper_its_hero_under_a_cut_tab_shows(page: Page) -> BodyRecord | None:
    """The record of such a page: its one h1 as the title, the names of the row right under it; None
    otherwise."""
    headings = page.tree.css("h1")
    tab = page.head_title
    if len(headings) != 1 or tab is None:
        return None
    title = clean_text(short_text(headings[0], _LONGEST_TITLE))
    named = clean_text(short_text(tab, _LONGEST_TITLE)) or ""
    name, colon, cut = named.partition(":")
    if not title or len(title.split()) < _FEWEST_TITLE_WORDS or not colon or len(name.split()) != 1:
        return None
    if len(cut.split()) < _FEWEST_CUT_WORDS or compact(title) == compact(cut):
        return None
    if not compact(title).startswith(compact(cut)):
        return None
    row = next_element(headings[0])
    if row is None or row.tag not in ("div", "p"):
        return None
    names = _names_of_the_row(row)
    if len(names) < _FEWEST_NAMES:
        return None
    return BodyRecord(title=title, authors=names, title_over_meta=True, known=True)


def _names_of_the_row(row: Any) -> list[str]:
    """The names the row's links give, where the row holds nothing else but the marks beside them (<sup>s
    of digits or symbols); none otherwise."""
    links = row.css("a")[:_MOST_LINKS + 1]
    if len(links) > _MOST_LINKS:
        return []
    names = [clean_text(short_text(link, _LONGEST_LINK)) or "" for link in links]
    if not all(a_persons_name(name) and not is_group(name) for name in names):
        return []
    marks = "".join(compact(clean_text(short_text(sup, _LONGEST_LINK)) or "") for sup in row.css("sup"))
    if any(character.isalpha() for character in marks):
        return []
    whole = compact(clean_text(short_text(row, _LONGEST_LINK * _MOST_LINKS)) or "")
    return names if _names_and_marks_alone(row, names, whole) else []


def _names_and_marks_alone(row: Any, names: list[str], whole: str) -> bool:
    """Whether the row's text is its names and marks alone: every character of it, the names and marks
    taken out, is gone."""
    rest = whole
    for name in names:
        rest = rest.replace(compact(name), "", 1)
    for sup in row.css("sup"):
        rest = rest.replace(compact(clean_text(short_text(sup, _LONGEST_LINK)) or ""), "", 1)
    return not rest
