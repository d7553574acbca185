"""An abstract whose label is run into its paragraph's first words, in no element of its own: <p>  Abstract It
is common for …</p> (The R Journal's archive pages, 2010-2016, whose abstract is the PDF's first page as
extracted). The readers of `shown.py` find a label in an element of its own, a heading over the abstract, or a
block classed as one; this one reads the opening of a paragraph's own first text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .body import MIN_ABSTRACT
from .html_meta import Page, abstract_text, block_text
from .places import in_another_entry

# The label and a capital that opens the abstract's first sentence ("Abstract It is common …", "Abstract: We
# …"), not the adjective opening a sentence ("Abstract shapes are studied …").
_RUN_IN_LABEL = re.compile(
    r"\s*(?:Abstract|ABSTRACT)\s*[:.]?\s+(?=[A-Z])"
    # A script without capitals closes the label with its colon instead (ensani.ir, 2017: <p class="lead">
    # چکیده: بیشتر پژوهندگان …</p>, Persian "abstract").
    r"|\s*(?:چکیده|الملخص|ملخص|תקציר)\s*:\s*(?=[^\W\d_])"
)


def abstracts_run_into_their_paragraphs(page: Page) -> Iterator[str]:
    """The paragraphs whose first text opens with the label, without it, in the page's order; not in a
    list's item, an aside, a nav or a footer (another paper's teaser)."""
    for paragraph in page.tree.css("p"):
        first = paragraph.child
        while first is not None and first.tag == "-comment":
            first = first.next
        # Only the first text's opening is matched: the label is where the paragraph starts.
        if first is None or first.tag != "-text" or not _RUN_IN_LABEL.match(first.text_content or ""):
            continue
        if in_another_entry(page, paragraph):
            continue
        text = abstract_text(block_text(paragraph))
        if text and len(text) >= MIN_ABSTRACT:
            yield text
