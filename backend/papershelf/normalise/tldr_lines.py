"""A post's one-line summary set apart under its heading in a block of its own that opens with a bold
'tl;dr:' label, the line after the label the words the description meta gives (Jonah's ML Notes, round 248:
a Hugo Archie note, div.tldr holding '<strong>tl;dr:</strong> Altering the tokens to which a token in the
input sequence attends.' between the title block and the text, the description the same line): the post's
own summary, shown as a theme's post-description under the title is. A label over a line the description
does not give, or a page with no description, reads nothing here (a tl;dr the writer leaves unsaid
elsewhere may be a note in the text, not the post's summary)."""

from __future__ import annotations

from ..identity import clean_text
from .html_meta import Page, first_element, short_text
from .places import compact

# The label's words, less the marks around it ('tl;dr:', 'TL;DR -'), and how long it may be.
_LABELS = frozenset({"tl;dr", "tldr"})
_LABEL_MARKS = " -\u2013\u2014:\u00b7*"
_LONGEST_LABEL = 20
# How many blocks are read (the line stands under the title, near the page's top), how long a block holding
# the label and its line may be, and how short a line is no summary.
_BLOCK_REACH = 400
_LONGEST_LINE = 500
_SHORTEST_LINE = 20


def tldr_line_summary(page: Page) -> str | None:
    """The line after a bold 'tl;dr:' opening a block of its own, where the description meta gives the same
    words; None otherwise."""
    described = clean_text(page.first("description"))
    if not described:
        return None
    for count, node in enumerate(page.tree.css("div, p")):
        if count > _BLOCK_REACH:
            return None
        label = first_element(node)
        if label is None or label.tag not in ("strong", "b"):
            continue
        said = clean_text(short_text(label, _LONGEST_LABEL)) or ""
        if said.strip(_LABEL_MARKS).casefold() not in _LABELS:
            continue
        whole = clean_text(short_text(node, _LONGEST_LINE)) or ""
        if not whole.startswith(said):
            continue  # words before the label: a sentence naming it, not the label
        line = whole[len(said):].strip(_LABEL_MARKS)
        if len(line) >= _SHORTEST_LINE and compact(line) == compact(described):
            return line
        return None
    return None
