"""A paper's summary that a page shows with no label, heading or class, as the paragraph right after the
block that shows the paper: its title as a link to the paper and its byline (The R Journal's archive pages
of 2009: <p class="article"><a href="….pdf">AdMit</a><br>David Ardia, … and Herman K. van Dijk, <i>The R
Journal</i> (2009) 1:1, pages 25-30.<p>A package for constructing …</p>). Read last, for a page whose meta
names the paper and which shows no other abstract."""

from __future__ import annotations

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page, block_text, next_element, short_text
from .places import PROSE, in_another_entry
from .shown import is_cut_off

# Elements a link sits in as a block of its own.
_BLOCKS = frozenset(("p", "div", "li", "td", "dd", "section"))
# How many inline elements (a <b>, a <span>) may stand between the link and its block.
_INLINE_LEVELS = 3
# How long a block that shows the paper may be: its title, byline and citation line, not the text's prose.
_RECORD_BLOCK = 2 * PROSE


def summary_after_title_block(page: Page) -> str | None:
    """The paragraph after the block whose link shows the meta's title and whose text names one of the meta's
    authors; not in a list's item, an aside, a nav or a footer (another paper's entry)."""
    title = clean_text(page.first("citation_title"))
    families = [_family(name) for name in page.every("citation_author")]
    families = [family for family in families if family]
    if not title or not families:
        return None
    for link in page.tree.css("a[href]"):
        # A link's text read only as far as the title's length: a link holding the rest of a page is no title.
        if clean_text(short_text(link, 2 * len(title)) or "") != title:
            continue
        # The block a few inline elements up at most: walking every link of a deep nest of spans up to its
        # block walked the nest's depth once a link.
        block = link.parent
        for _ in range(_INLINE_LEVELS):
            if block is None or block.tag in _BLOCKS:
                break
            block = block.parent
        if block is None or block.tag not in _BLOCKS or in_another_entry(page, block):
            continue
        shown = short_text(block, _RECORD_BLOCK) or ""
        if not any(family in shown for family in families):
            continue  # a block that links the title but names none of its people: a list of other papers
        following = next_element(block)
        if following is None or following.tag != "p":
            continue
        # No label to drop: a paragraph that opens with the word as an adjective ("Abstract shapes are …")
        # keeps it; one that opens with the label was read before this (run_in_abstracts.py).
        text = clean_text(block_text(following))
        if text and len(text) >= MIN_ABSTRACT and not is_cut_off(text):
            return text
    return None


def _family(name: str | None) -> str | None:
    """An author's family name as the meta writes it: before the comma of "Lovelace, Ada", else the last
    word of "Ada Lovelace"."""
    name = clean_text(name)
    if not name:
        return None
    return clean_text(name.split(",")[0]) if "," in name else name.split()[-1]
