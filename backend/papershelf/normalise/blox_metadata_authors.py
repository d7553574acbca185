"""The authors of a paper's page of Hugo Blox's later layout (0.4, Tailwind), read from the metadata line
under its heading where no meta names them (ConsHerpLab's page, 2025: 'Mar 1, 2023 · Radovics, D. , Sos, T.
, … · 0 min read'). The theme sets the line as the first child of the h1's next element: a span of the day,
then one div.group.inline-flex for each author holding the name (a link where the author has a profile),
commas and the reading time in spans between them. Its names are the work's authors, as its front matter
lists them.

Only the line right under the page's one h1 (which shows the title) is read, and only its own div.group
children: a sidebar's or a listing's cards are no byline of the page.

The line names every author where the page's JSON-LD names only the first (Hugo Blox 0.3.1: Kevin van
Liebergen's paper page, 2026, its JSON-LD author 'Kevin Van Liebergen', the line four names); and the day
opening it, a span of the day alone, is the paper's (the front matter's `date`) on a paper's page, whose
article:published_time the theme writes from the day the page was added (its `publishDate`: 'Oct 31, 2022'
in the line, 2023-09-13 in the meta and in 'Last updated on'). A paper's page of the theme is told by its
work's links, a.hb-attachment-link, a class the theme gives those links alone.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from .dates import whole_date
from .html_meta import Page, short_text

# Hugo Blox's author in the metadata line: a div the theme classes 'group' and 'inline-flex'.
_AUTHOR = frozenset({"group", "inline-flex"})
# How many of the line's children are looked at (a paper's list is long at times; more is no byline) and how
# long a name may be. The raw text of an author's div may be longer than its name: the template's indentation
# around an avatar and the name's own div (Hugo Blox 0.2, Tomoaki Yamada's page, 2025: 'Tomoaki Yamada' in
# 90 characters, most of them blank lines), so the raw text is bounded apart from the name it collapses to.
_MOST_CHILDREN = 120
_LONGEST_NAME = 80
_LONGEST_RAW_NAME = 400
# The links a paper's page of the theme shows for its work (PDF, DOI, Cite, URL), and how long a day is
# written at most ('September 30, 2022').
_ATTACHMENTS = 'a[class~="hb-attachment-link"]'
_LONGEST_DAY = 40


def _metadata_line(page: Page, title: str | None) -> LexborNode | None:
    """The metadata line under the page's one h1 that shows `title`, else None."""
    headings = page.tree.css("h1")
    if len(headings) != 1 or not title or " ".join(headings[0].text(deep=True).split()) != title:
        return None
    after = headings[0].next
    while after is not None and after.tag != "div":
        after = after.next  # the text and comments between the heading and its line
    line = next(after.iter(), None) if after is not None else None  # its first child element
    return line if line is not None and line.tag == "div" else None


def authors_of_the_metadata_line(page: Page, title: str | None) -> list[str] | None:
    """The names of the metadata line under the heading that shows `title`, else None."""
    line = _metadata_line(page, title)
    if line is None:
        return None
    names = []
    for count, child in enumerate(line.iter()):
        if count > _MOST_CHILDREN:
            return None  # a list this long is no byline
        classes = set((child.attributes.get("class") or "").split())
        if child.tag != "div" or not classes >= _AUTHOR:
            continue
        name = " ".join((short_text(child, _LONGEST_RAW_NAME) or "").split())
        if name and len(name) <= _LONGEST_NAME:
            names.append(name)
    return names or None


def paper_day_of_the_metadata_line(page: Page, title: str | None) -> str | None:
    """The full day the metadata line under the heading opens with, on a paper's page of Hugo Blox (its
    work's links); None on any other page or where the line opens with no day alone."""
    if page.tree.css_first(_ATTACHMENTS) is None:
        return None
    line = _metadata_line(page, title)
    first = next(line.iter(), None) if line is not None else None  # the line's first child element
    if first is None or first.tag != "span":
        return None
    day = whole_date(short_text(first, _LONGEST_DAY))
    return day if day and len(day) == len("2022-10-31") else None
