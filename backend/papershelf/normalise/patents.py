"""A patent office's full-text page, as the USPTO's PatFT and AppFT showed a patent or a published
application: no meta but a <title> 'United States Patent: 7000001'; a header table ('United States
Patent' or '… Application' and the number, the first inventor's surname and the publication date on its
right), the title in a larger font (<FONT size="+1">), a centred 'Abstract' and its paragraph, then
labelled rows: 'Inventors:' with each inventor 'Surname; Given' in bold, their towns in parentheses.
No heading, meta or byline names the record, so no other reader finds it.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .common import TextRecord
from .dates import whole_date
from .html_meta import Page, next_element, select_first, short_text
from .names import display_name

# The header's first cell: the office's name for the document; and the <title> the office gives the page,
# that name and the document's number. A page quoting a patent's header and title line (a law firm's post
# on the patent, an inventor's list of their patents) is titled otherwise.
_HEADER = re.compile(r"united states patent(?: application)?", re.IGNORECASE)
_TAB = re.compile(r"united states patent(?: application)?:\s*\d[\d,]*", re.IGNORECASE)
# The longest cell, label or title line read; a longer one is the page's text, not its header.
_CELL_LIMIT = 300
# The longest abstract read (a patent's abstract is at most 150 words; some run longer).
_ABSTRACT_LIMIT = 5000
# How many tables are looked at for the header: it is among the first (after the navigation's).
_TABLES = 6
# An inventor as the rows write one: family name, a semicolon, given names ("Lebens; Gary A.").
_INVENTOR = re.compile(r"([^;]+);\s*([^;]+)")


def patent_record(page: Page) -> TextRecord | None:
    """The record of a patent's page, a patent office's full text or Google Patents' marked-up page."""
    return patent_text(page) or patent_microdata(page)


def patent_text(page: Page) -> TextRecord | None:
    """The record of a patent office's full-text page, or None when the page is titled as no such page or
    has no such header."""
    if _TAB.fullmatch(clean_text(page.node_text("title")) or "") is None:
        return None
    header = next((table for table in page.tree.css("table")[:_TABLES] if _is_header(table)), None)
    if header is None:
        return None
    title_line = next((node for node in page.tree.css("font") if node.attributes.get("size") == "+1"), None)
    title = clean_text(short_text(title_line, _CELL_LIMIT)) if title_line is not None else None
    if not title:
        return None
    # The header's right column: the number, then (a published application's kind code and) the date.
    dates = [date for row in header.css("tr") if (cells := row.css("td"))
             and (date := whole_date(short_text(cells[-1], _CELL_LIMIT)))]
    return TextRecord(title, _inventors(page), dates[-1] if dates else None, _abstract(page))


def _is_header(table: Any) -> bool:
    cell = table.css_first("td")
    return cell is not None and _HEADER.fullmatch(clean_text(short_text(cell, _CELL_LIMIT)) or "") is not None


def _inventors(page: Page) -> list[str]:
    """The names in the cell after the label 'Inventors:', given names first. Each is in bold, after
    the comma or semicolon that parts it from the one before; a bold country code in a town's
    parentheses ('(Tokyo, <B>JP</B>)') is no name: it has no semicolon."""
    label = next((cell for cell in page.tree.css("th, td")
                  if clean_text(short_text(cell, _CELL_LIMIT)) == "Inventors:"), None)
    cell = next_element(label) if label is not None else None
    if cell is None:
        return []
    names: list[str] = []
    for bold in cell.css("b"):
        written = _INVENTOR.fullmatch((clean_text(short_text(bold, _CELL_LIMIT)) or "").lstrip(",; "))
        if written and (name := display_name(f"{written[2].strip()} {written[1].strip()}")):
            names.append(name)
    return names


def _abstract(page: Page) -> str | None:
    """The paragraph right after the centred 'Abstract'."""
    label = next((node for node in page.tree.css("center")
                  if clean_text(short_text(node, _CELL_LIMIT)) == "Abstract"), None)
    paragraph = next_element(label) if label is not None else None
    if paragraph is None or paragraph.tag != "p":
        return None
    return clean_text(short_text(paragraph, _ABSTRACT_LIMIT))


# Google Patents marks up its page of a patent as schema.org microdata: the h1 itemprop=pageTitle ('<number>
# - <title> - Google Patents'), right after it span itemprop=title (the title alone), a dd itemprop=inventor
# each in its 'Info' list, the publication day in a time of that list, the abstract's section. Its meta name
# the same; a capture without them (a saved copy) has only these.
_MOST_INVENTORS = 100


def patent_microdata(page: Page) -> TextRecord | None:
    """The record of a patent page marked up as Google Patents' is, or None when the page has no title
    element after its page title that the page title holds."""
    heading = page.tree.css_first('h1[itemprop="pageTitle"]')
    shown = next_element(heading) if heading is not None else None
    if shown is None or shown.tag != "span" or shown.attributes.get("itemprop") != "title":
        return None
    title = clean_text(short_text(shown, _CELL_LIMIT))
    if not title or title not in (clean_text(short_text(heading, _CELL_LIMIT)) or ""):
        return None
    inventors = [name for node in page.tree.css('dd[itemprop="inventor"]')[:_MOST_INVENTORS]
                 if (name := display_name(clean_text(short_text(node, _CELL_LIMIT)) or ""))]
    day = page.tree.css_first('dd > time[itemprop="publicationDate"]')
    abstract = select_first(page.tree, 'section[itemprop="abstract"] div.abstract')
    published = whole_date(day.attributes.get("datetime")) if day is not None else None
    return TextRecord(title, inventors, published,
                      clean_text(short_text(abstract, _ABSTRACT_LIMIT)) if abstract is not None else None)
