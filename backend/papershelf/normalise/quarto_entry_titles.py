"""A Quarto title block's h1 and the p.subtitle under it, read as one title where the page's own citation
entry writes them as one: Alba Miñano-Mañero's Quarto 1.4.554 research page (round 233, stop 77), h1.title
'Trees of green', p.subtitle.lead 'Constructing panesl of tree canopy from aerial imagery' (a typo), its
Suggested Citation a BibTeX @misc titled 'Trees of green: constructing panels of tree canopy from aerial
imagery'. The paper's title is the one line the page asks readers to cite it by, as the entry writes it;
the h1 alone is its name.

Only where an entry's title is the h1's words, a colon, then the subtitle's words: each word the same but for
its case or a typo that leaves its letters as they are (two swapped, 'panesl' for 'panels') or changes one of
them. An entry titled otherwise (another work's, or the name alone) leaves the h1 as the title.
"""

from __future__ import annotations

from .cited_dates import bibtex_block_titles
from .html_meta import Page, block_text, next_element
from .places import compact

# The header Quarto writes the title block in, and its heading.
_TITLE_BLOCK = 'header[id="title-block-header"]'
_HEADING = 'h1[class~="title"]'


def title_its_entry_joins(page: Page, title: str | None) -> str | None:
    """The title of the page's own citation entry that writes the title block's h1, showing `title`, and the
    subtitle under it as one; None otherwise."""
    block = page.tree.css_first(_TITLE_BLOCK) if title else None
    heading = block.css_first(_HEADING) if block is not None else None
    name = block_text(heading) if heading is not None else None
    if not name or compact(name) != compact(title or ""):
        return None
    line = next_element(heading)
    if line is None or "subtitle" not in (line.attributes.get("class") or "").split():
        return None
    subtitle = block_text(line) or ""
    for entry in bibtex_block_titles(page):
        opening, colon, rest = entry.partition(":")
        if colon and compact(opening).casefold() == compact(name).casefold() and _same_words(rest, subtitle):
            return entry
    return None


def _same_words(written: str, shown: str) -> bool:
    """Whether two lines are the same words, but for case and a typo in a word."""
    ours, theirs = written.casefold().split(), shown.casefold().split()
    return bool(ours) and len(ours) == len(theirs) and all(map(_same_word, ours, theirs))


def _same_word(one: str, other: str) -> bool:
    if one == other or sorted(one) == sorted(other):
        return True  # the same, or the same letters in another order ('panesl', 'panels')
    return len(one) == len(other) and sum(a != b for a, b in zip(one, other, strict=True)) == 1
