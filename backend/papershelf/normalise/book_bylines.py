"""The author and the day a web book's front page shows under its title, where one author meta names the
same person: pandoc's title block (bookdown's GitBook: div#header's h1.title, p.author, p.date; Iñaki
Úcar's thesis, round 225), and the byline of bookdown's bs4_book welcome (div.byline's paragraph, the
author's name, a line break, the day; Shir Dekel's thesis, round 225).

One author meta alone names a site's owner as often as a paper's author (meta_authors.several_author_tags
names nobody from it); the book's own title block or byline showing that name is the page saying whose
the book is.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .dates import whole_date
from .html_meta import Page
from .names import display_names


def author_of_the_title_block(page: Page) -> list[str]:
    """The people pandoc's title block names in its p.author lines under its h1.title, each of them the
    page's author meta names too; none where a name is not the meta's or the block has no title."""
    if page.tree.css_first("div#header > h1.title") is None:
        return []
    shown = display_names([clean_text(node.text(deep=True)) or "" for node in
                           page.tree.css("div#header > p.author")])
    return shown if _all_in(_meta_names(page), shown) else []


def day_of_the_welcome_byline(page: Page) -> str | None:
    """The day the welcome's byline gives on its last line, under the name of the person the author meta
    names (bs4_book's 'Shir Dekel' / '2021'); None where the byline is not of that form."""
    meta = _meta_names(page)
    for paragraph in page.tree.css("div.byline > p"):
        lines = _lines(paragraph)
        if len(lines) == 2 and _all_in(meta, display_names(lines[:1])):
            return whole_date(lines[1])
    return None


def _lines(paragraph: Any) -> list[str]:
    """The paragraph's lines as its <br>s break them, each cleaned, the empty ones dropped."""
    lines = [""]
    for node in paragraph.iter(include_text=True):
        if node.tag == "br":
            lines.append("")
        else:
            lines[-1] += " " + (node.text(deep=True) or "")
    return [text for line in lines if (text := clean_text(line))]


def _meta_names(page: Page) -> set[str]:
    """The people the page's author meta names, folded."""
    return {name.casefold() for name in display_names(page.every("author"))}


def _all_in(meta: set[str], names: list[str]) -> bool:
    return bool(names) and all(name.casefold() in meta for name in names)
