"""Without meta, a researcher's page of one paper under the site's name: the <title> and the one h1 the site's
name alone (its logo, a link home), the page's own heading an h2 dated by the element right above it, classed
as a date, whose whole text is a day; then one paragraph, the paper's abstract, and the table a Google Scholar
script writes of the paper: a row holding h3.publication and the link to the paper's Scholar entry, the row
right after it the paper's authors in its first cell, the next its journal (Douglas Kelley's Pelican site,
2014/2017, the html5-dopetrope theme: div.pennant.date '2014-12-01', an hr, h2 'Future Carbon in Australia',
an hr, the abstract's <p>, then the table, 'DI Kelley, SP Harrison', 'Environmental Research Letters 9 (10),
104015').

Three readers, each asked apart: `dated_under_the_sites_name` makes the record (a heading no meta names, where
the h1 the <title> repeats is the site's and not the piece's, is the page's own only when its day marked as
such stands right over it, as a dated heading's is read by dated_headings); `authors_of_the_scholar_table`
reads the row a Scholar citation table gives the paper's authors in, the byline of a page that holds nothing
but one paper (as a researcher's own page of a paper is read by its paper's people, over the site owner's
name); and `abstract_over_the_scholar_table` the one paragraph of prose between the heading and that table,
the page's whole text, the paper's abstract. A page whose heading has more than one paragraph under it, or no
Scholar table, keeps no such byline or abstract: its prose is the post's own.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT, BodyRecord
from .datelines import SHORT, day_of_the_line
from .html_meta import Page, block_text, next_element, select_first, short_text
from .names import a_persons_name, names_in_byline

# How many h2s are looked at for the one dated right over it, and how long a heading or the site's name runs
# at most (characters): a page's headings, not its text.
_HEADINGS = 20
_NAME_LENGTH = 200
# How many elements after the heading are read for its paragraph and the table: the paragraph, rules, the
# table.
_AFTER_THE_HEADING = 8
# How many rows of the table are read for the paper's link and the row after it, and how long a cell runs.
_ROWS = 12
_CELL = 400
# How much longer the day's text may be than a dateline with its template's indentation.
_INDENTED = 2


def dated_under_the_sites_name(page: Page, title: str | None, url: str) -> BodyRecord | None:
    """The record of the h2 right under an element classed as a date whose whole text is a day, on a page
    without meta whose <title> is the whole text of its one h1, the site's name; the paper's authors and
    abstract where a Scholar table follows the heading's one paragraph. None otherwise. Reads the first h2s,
    each no further than a heading's length, and a few elements after the one found."""
    if title or not _the_tab_is_the_sites_name(page):
        return None
    for count, heading in enumerate(page.tree.css("h2")):
        if count >= _HEADINGS:
            return None
        words = short_text(heading, _NAME_LENGTH)
        piece = clean_text(words) if words else None
        if not piece or (day := _classed_day_over(heading)) is None:
            continue
        paragraphs, table = _paragraphs_and_table(heading)
        if not paragraphs:
            return None  # a dated heading over no prose is a listing's entry, not the page's piece
        return BodyRecord(title=piece, shown=[day], authors=authors_of_the_scholar_table(table),
                          abstract=abstract_over_the_scholar_table(paragraphs, table), known=True)
    return None


def authors_of_the_scholar_table(table: Any) -> list[str]:
    """The people the first cell of the row right after the row of the paper's Scholar link names ('DI
    Kelley, SP Harrison'), each a person's name; [] where the table is none or no such row names people."""
    if table is None:
        return []
    rows = table.css("tr")
    for at, row in enumerate(rows[:_ROWS]):
        if not _links_a_scholar_entry(row):
            continue
        cell = rows[at + 1].css_first("td") if at + 1 < len(rows) else None
        text = short_text(cell, _CELL) if cell is not None else None
        people = names_in_byline(clean_text(text)) if text else []
        return people if people and all(a_persons_name(person) for person in people) else []
    return []


def abstract_over_the_scholar_table(paragraphs: list[Any], table: Any) -> str | None:
    """The one paragraph between the heading and the Scholar table, the paper's abstract; None where the
    heading has more paragraphs than one, no table follows it, or the paragraph is no abstract's length."""
    if table is None or len(paragraphs) != 1:
        return None
    text = clean_text(block_text(paragraphs[0]))
    return text if text and len(text) >= MIN_ABSTRACT else None


def _the_tab_is_the_sites_name(page: Page) -> bool:
    """Whether the page's one h1 is the whole text of its <title> and a link: the site's name, its logo."""
    tab = page.head_title
    headings = page.tree.css("h1")
    if tab is None or len(headings) != 1 or headings[0].css_first("a") is None:
        return False
    name, shown = short_text(tab, _NAME_LENGTH), short_text(headings[0], _NAME_LENGTH)
    return bool(name and shown and clean_text(name) == clean_text(shown))


def _classed_day_over(heading: Any) -> str | None:
    """The day the element right above the heading is, past rules (hr), where a class word of it names a
    date and its whole text is the day; None otherwise."""
    before = heading.prev
    while before is not None and (before.tag in ("-text", "-comment", "hr")):
        if before.tag == "-text" and (before.text_content or "").strip():
            return None  # words between: the line is no heading's
        before = before.prev
    if before is None or not any("date" in word for word in (before.attributes.get("class") or "").split()):
        return None
    text = short_text(before, SHORT * _INDENTED)
    return day_of_the_line(text) if text else None


def _paragraphs_and_table(heading: Any) -> tuple[list[Any], Any]:
    """The paragraphs right after the heading, past rules, and the table of a Scholar entry after them (None
    where the next element is no such table)."""
    paragraphs: list[Any] = []
    node = next_element(heading)
    for _ in range(_AFTER_THE_HEADING):
        if node is None:
            break
        if node.tag == "p":
            paragraphs.append(node)
        elif node.tag == "table":
            return paragraphs, node if _a_scholar_table(node) else None
        elif node.tag != "hr":
            break
        node = next_element(node)
    return paragraphs, None


def _a_scholar_table(table: Any) -> bool:
    """Whether one of the table's first rows links a Google Scholar entry from an h3 classed 'publication'."""
    return any(_links_a_scholar_entry(row) for row in table.css("tr")[:_ROWS])


def _links_a_scholar_entry(row: Any) -> bool:
    """Whether the row's h3.publication links a paper's Google Scholar entry (its citation view)."""
    link = select_first(row, "h3.publication a[href]")
    href = (link.attributes.get("href") or "").strip() if link is not None else ""
    return "scholar.google." in href and "citation_for_view=" in href
