"""The title of a hand-made paper page with no h1, its heading a smaller one over a bold 'Abstract.' label
opening a paragraph (an anonymous video-to-audio paper's demo page, 2024, Bootstrap: the h3 'Video-Guided
Universal Audio Generation with Mixture-Of-Expert Transformer at Scale', an empty paragraph and the line
'<b>Anonymous Authors</b>', then '<p><b>Abstract.</b> We propose …'; the <title> 'visual-audio-demo', the
repository's name). The abstract a paper's page labels in bold, run on in its paragraph, is headed by the
paper's title as an 'Abstract' heading is (shown_titles.title_over_the_abstract): the heading right above it,
a byline's few lines between, is the title, over a <title> that names the repository or the site.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import Page, block_text
from .places import words_in

# The label, alone in the bold element that opens the paragraph (or the paragraph's whole text, in
# closed_abstract_labels): 'Abstract', its stop or colon.
ABSTRACT_LABEL = re.compile(r"abstract\s*[.:]?", re.IGNORECASE)
# The headings a title may be set in where no h1 is, and the paragraphs the label is looked for in.
_READ = "h1, h2, h3, h4, h5, p"
_HEADINGS = frozenset(("h2", "h3", "h4", "h5"))
# How many paragraphs may stand between the heading and the labelled one: a byline, its affiliations, an
# emptied paragraph, a line of links.
_BETWEEN = 4
# How long a title is at most, and how many words the labelled paragraph runs on with at least.
_LONGEST_TITLE = 400
_ABSTRACT_WORDS = 20


def title_over_the_bold_abstract_label(page: Page) -> str | None:
    """Without an h1, the text of the heading right above the first paragraph that opens with a bold
    'Abstract' label and runs on with the abstract, a few paragraphs at most between them; None otherwise.
    One pass over the page's headings and paragraphs, in the document's order."""
    heading: str | None = None
    between = 0
    for node in page.tree.css(_READ):
        if node.tag == "h1":
            return None  # an h1 is the page's heading, read as such
        if node.tag in _HEADINGS:
            heading, between = " ".join((block_text(node) or "").split()), 0
            continue
        if _opens_with_the_label(node):
            if heading and words_in(heading) >= 2 and len(heading) <= _LONGEST_TITLE and between <= _BETWEEN:
                return heading
            return None
        between += 1
    return None


def _opens_with_the_label(paragraph: Any) -> bool:
    """Whether the paragraph's first child element, past blank text alone, is a <b> or <strong> whose whole
    text is the 'Abstract' label, and the paragraph's words run on after it, an abstract's."""
    first = paragraph.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    if first is None or first.tag not in ("b", "strong"):
        return False
    if ABSTRACT_LABEL.fullmatch(" ".join((first.text(deep=True) or "").split())) is None:
        return False
    return words_in(block_text(paragraph) or "") >= _ABSTRACT_WORDS
