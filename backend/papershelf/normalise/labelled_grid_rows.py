"""The abstract a paper's page sets in a grid of label cells and value cells in turn, a label cell 'Abstract'
and the text's cell after it, as Hugo Blox Builder's paper layout before 0.4 does (Tomoaki Yamada's page,
Hugo Blox 0.2.0, 2025: <div class="… grid grid-cols-1 md:grid-cols-[200px_auto] …"><div class="font-bold
text-2xl">Abstract</div><div>In this paper we document …</div><div class="font-bold text-2xl">Type</div>
<div>…</div><div …>Publication</div><div>…</div></div>). The label is a div of its own, no heading and no
classed field label, so the readers of an 'Abstract' heading or of a Drupal field's label pass it by.

Only a grid of pairs is read: its children divs, an even number of them, the label a cell holding the word
alone at a pair's first place, the text the cell after it. A label among other blocks (a table of contents'
entry, a tab's title, a breadcrumb's step) heads no pair and is passed over.
"""

from __future__ import annotations

from typing import Any

from .html_meta import Page, abstract_text, block_text, next_element, short_text

# A label cell's raw text is short (the word and the template's indentation); a grid of a paper's fields has a
# few pairs (abstract, type, publication, a date), and one of more cells is no such grid.
_LONGEST_LABEL = 60
_MOST_CELLS = 24


def _element_children(node: Any, most: int) -> list[Any] | None:
    """The node's child elements (text and comments passed), or None where there are more than `most`."""
    cells = []
    child = node.child
    while child is not None:
        if not (child.tag or "").startswith(("-", "_")):
            if len(cells) == most:
                return None
            cells.append(child)
        child = child.next
    return cells


def _holds_an_element(node: Any) -> bool:
    """Whether the node has a child element (a label cell holds its word alone)."""
    child = node.child
    while child is not None and (child.tag or "").startswith(("-", "_")):
        child = child.next
    return child is not None


def abstract_of_the_labelled_row(page: Page, shortest: int) -> str | None:
    """The text of the first grid pair whose label cell reads 'Abstract', if at least `shortest` long."""
    for label in page.tree.css("div"):
        if _holds_an_element(label):
            continue
        raw = short_text(label, _LONGEST_LABEL)
        if raw is None or " ".join(raw.split()).rstrip(":").casefold() != "abstract":
            continue
        grid = label.parent
        cells = _element_children(grid, _MOST_CELLS) if grid is not None and grid.tag == "div" else None
        if not cells or len(cells) % 2 or any(cell.tag != "div" for cell in cells):
            continue  # not a grid of label and value cells in pairs
        place = next((at for at, cell in enumerate(cells) if cell.mem_id == label.mem_id), None)
        if place is None or place % 2:
            continue  # the word in a value's cell, not a label's
        text = abstract_text(block_text(next_element(label)))
        if text and len(text) >= shortest:
            return text
    return None
