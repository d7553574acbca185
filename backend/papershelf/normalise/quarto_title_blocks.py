"""Quarto's title block: the <header id="title-block-header"> its website template writes over every page,
holding the page's h1.title, a div.description (the line the author writes as the page's summary, shown set
apart under the title), and div.quarto-title-meta's labelled cells ("Author", "Published" and its
p.date). Michael DeWitt's and Danielle Navarro's blogs (2019-2024: the description under the title, the
text closing with a "Summary" section of its own); Tristan Mahr's (2023: no Open Graph or citation meta, the
<title> 'my experimental quarto blog - ' before the heading, the day only in the "Published" cell and
dcterms.date). The description is the page's standfirst; the heading the <title> repeats and its
"Published" day make a post without meta naming its title a dated piece (A Rogue Historian, 2018: no author
meta, the <title> the heading and ' – A Rogue Historian', a p.subtitle.lead under the h1).
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, next_element, subtitle_beside
from .places import PROSE, compact
from .subtitled_titles import with_subtitle
from .title_block_deks import shown_text

# The header Quarto writes the title block in: one a page, found by its id.
_TITLE_BLOCK = 'header[id="title-block-header"]'
# How long a description is at least (a few words) and at most (longer is the text's prose, not a line
# under the title).
_DESCRIPTION = (20, 3 * PROSE)
# How many labelled cells of the title block's meta are read at most: a title block has a handful
# (Author, Affiliation, Published, Modified, Doi).
_LABELS = 12
# How much of a cell is read for the day: a date's line.
_CELL = PROSE


def _title_block(page: Page) -> Any:
    """The page's Quarto title block, or None."""
    return page.tree.css_first(_TITLE_BLOCK)


def quarto_description(page: Page) -> str | None:
    """The description line of the page's Quarto title block: its div.description's text, where it is of a
    summary's length; None where the page has no such block or line."""
    block = _title_block(page)
    line = block.css_first('div[class~="description"]') if block is not None else None
    text = block_text(line) if line is not None else None
    least, most = _DESCRIPTION
    return text if text and least <= len(text) <= most else None


def quarto_post(page: Page, title: str | None) -> BodyRecord | None:
    """The record of the post under the h1.title of its Quarto title block, which the <title> repeats (and
    the meta title, where one names it: Quarto's Open Graph title is the <title>'s copy, the blog's name
    before the heading), dated by the block's "Published" cell; None where the heading is not the one the
    <title> and the meta title repeat, or where the block shows no published day."""
    block = _title_block(page)
    heading = block.css_first('h1[class~="title"]') if block is not None else None
    piece = block_text(heading) if heading is not None else None
    if not piece or compact(piece) not in compact(page.node_text("title") or ""):
        return None
    if title and compact(piece) not in compact(title):
        return None
    day = _published_day(block)
    if day is None:
        return None
    # The p.subtitle.lead under the heading, which the <title> leaves out, is part of the title, as the
    # corpus reads a title beside its subtitle (A Rogue Historian, 2018: 'Spatial data with the sp and sf
    # packages' under 'Introduction to GIS with R').
    subtitle = subtitle_beside(heading)
    return BodyRecord(title=with_subtitle(piece, subtitle), shown=[day], known=True,
                      abstract=quarto_description(page))


def _published_day(block: Any) -> str | None:
    """The day in the cell after the title block's "Published" label, or None. Only the first few labels
    are read, and a line's length of the cell."""
    for count, label in enumerate(block.css('div[class~="quarto-title-meta-heading"]')):
        if count >= _LABELS:
            return None
        if (label.text(deep=True) or "").strip().rstrip(":").casefold() != "published":
            continue
        text = shown_text(cell, _CELL) if (cell := next_element(label)) is not None else None
        days = [iso for _, _, iso in dates_in_text(text or "") if iso and len(iso) == DAY_LENGTH]
        return days[0] if days else None
    return None
