"""A description cut short from the text's opening where that opening runs over several of its blocks: a
static-site generator's summary is the text's first words whatever blocks hold them (Pelican's SUMMARY: Theory
And Practice, 2014, 'This weekend's project was a fun one! Update: Since the original post …', two paragraphs
joined; Dion Häfner's blog, 2021, the contents list's 'Contents' and its entries, then the first paragraph).
Such a description is the post's teaser, as one cut from a single first paragraph is, not an abstract."""

from __future__ import annotations

from typing import Any

from .html_meta import Page

# How many of the page's first paragraphs are read for the blocks around them, and how many blocks of one
# parent are joined at most: a summary's opening is the text's first few blocks.
_PARAGRAPHS_READ = 20
_BLOCKS_READ = 12


def opens_over_its_blocks(page: Page, description: str) -> bool:
    """Whether a description cut short (its '…' or '...' left off) is the opening of a run of two or more
    sibling blocks' text joined, the run standing among one of the page's first paragraphs' siblings."""
    wanted = _words(description).removesuffix("...").removesuffix("\u2026").rstrip()
    if not wanted:
        return False
    parents: set[int] = set()
    for count, paragraph in enumerate(page.tree.css("p")):
        if count >= _PARAGRAPHS_READ:
            return False
        parent = paragraph.parent
        if parent is None or parent.mem_id in parents:
            continue
        parents.add(parent.mem_id)
        if _joined_from_a_block(_children(parent), wanted):
            return True
    return False


def _children(parent: Any) -> list[str]:
    """The words of the parent's first element children, each block's text."""
    texts = []
    child = parent.child
    while child is not None and len(texts) < _BLOCKS_READ:
        if child.tag != "-text":
            texts.append(_words(child.text(deep=True, separator=" ")))  # a contents list's links too
        child = child.next
    return texts


def _joined_from_a_block(texts: list[str], wanted: str) -> bool:
    """Whether the blocks' words, joined from one block on, open with the wanted words (two blocks at least:
    a single paragraph's opening is told elsewhere)."""
    for start, text in enumerate(texts):
        if not text or len(text) >= len(wanted) or not wanted.startswith(text):
            continue
        joined = text
        for other in texts[start + 1:]:
            joined = f"{joined} {other}".strip() if other else joined
            if len(joined) >= len(wanted):
                return joined.startswith(wanted)
    return False


def _words(text: str) -> str:
    """The text's words, any spacing (a no-break space too) as one space, and its quotes plain."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())
