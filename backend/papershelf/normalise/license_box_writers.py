"""A Hexo Fluid post signed three times by one person's whole name: its author meta, its article:author and
the license box's '作者' row under the text (Jiashi Zhang's blog, round 261: 'Jiashi Zhang' in all three,
og:site_name 'Jiashi Blog', the footer the theme's credits alone, no byline in the banner). The post's own
license box names its writer with the metas, so the page is signed, as a byline and an author meta together
sign a post.

Only a person's whole name of two words or more (a_persons_name): a one-word handle or a pen name the box
and the metas give ('w1nd', '九叶草', 'Kent') is weighed by the readers of handles (the settled reading of
handles, stop 73), not here; a box naming another than the metas, or two metas naming two, signs nothing.
"""

from __future__ import annotations

from ..identity import clean_text
from .html_meta import Page, short_text
from .names import a_persons_name, is_group

# The box's row, as Fluid writes it: div.license-meta-item, the label and the name.
_ROW = 'div[class~="license-meta-item"]'
# The labels of the row naming the writer (casefolded).
_WRITER_LABELS = ("作者", "author")
# How long a row is read at most (characters), and how many rows at most.
_ROW_LENGTH = 120
_ROWS_READ = 8


def person_the_license_box_signs(page: Page) -> list[str] | None:
    """The one person the author meta and article:author both name, a whole name of two words or more, where
    the license box's writer row names the same; None otherwise."""
    named = {clean_text(value) for value in page.every("author")} - {None, ""}
    signed = {clean_text(value) for value in page.every("article:author")} - {None, ""}
    if len(named) != 1 or named != signed:
        return None
    name = named.pop() or ""
    if len(name.split()) < 2 or not a_persons_name(name) or is_group(name):
        return None
    for row in page.tree.css(_ROW)[:_ROWS_READ]:
        # The row's two elements, the label and the name ('<div>作者</div><div>Jiashi Zhang</div>').
        cells = [" ".join((short_text(cell, _ROW_LENGTH) or "").split()) for cell in row.iter()]
        if len(cells) == 2 and cells[0].rstrip(":：").casefold() in _WRITER_LABELS and cells[1] == name:
            return [name]
    return None
