"""A dek set as a smaller heading right after the story's h1, the two alone in their wrapper (Engadget,
2017: <div class="ta-c … container"><h1>Xbox One X review: A console that keeps up with gaming PCs</h1><h2>But
only hardcore gamers will appreciate it.</h2></div>, the byline and the text after the wrapper). The story's
summary, which the corpus reads as its abstract, though shorter than the sentence a title block's standfirst
runs to (title_block_deks): the wrapper holding nothing else says the line belongs to the heading. It is
read before a section headed 'Summary' further down (the review's score card: 'Pros', 'Cons', 'Summary', the
reviewer's verdict), as a news story's dek is before any block of its text. Not a heading that is no sentence
(a section's name, a kicker), nor one beside more in the wrapper (a related story's link).
"""

from __future__ import annotations

from .html_meta import Page, block_text, next_element
from .places import PROSE, SUBHEADING_TAGS, title_heading

# How many words a dek's sentence runs to at least, and how long it is at most.
_WORDS = 4
_LONGEST = 2 * PROSE
# The nodes that are nothing before the heading where they hold no words.
_BLANK = ("-text", "-comment")
# What ends a sentence.
_STOPS = (".", "!", "?")


def dek_alone_with_its_heading(page: Page, title: str | None) -> str | None:
    """The text of the heading right after the title's h1 where the two are all their wrapper holds and the
    text is a sentence; None otherwise."""
    heading = title_heading(page, title, "h1") if title else None
    if heading is None or heading.parent is None or heading.parent.tag in ("body", "html"):
        return None
    after = next_element(heading)
    if after is None or after.tag not in SUBHEADING_TAGS or next_element(after) is not None:
        return None
    before = heading.prev
    while before is not None and before.tag in _BLANK and not (before.text_content or "").strip():
        before = before.prev
    if before is not None:
        return None  # the heading is not the first thing in its wrapper
    text = block_text(after)
    if not text or len(text.split()) < _WORDS or len(text) > _LONGEST or not text.endswith(_STOPS):
        return None
    return text
