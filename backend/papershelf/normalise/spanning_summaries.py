"""A 'Summary' heading that heads a post's whole text, not a summary set apart from it (Nicholas M. Synovic's
paper summaries, round 258, Hugo's Ananke theme: under the h1 'A summary of … by Lukas Stappen et al.' and a
table of contents, h2 'Summary' over the text's first paragraphs and its sections, h3 'Related Work',
'Methodology', 'Dataset: …', 'Exploratory Analysis', 'Prediction Results', and after them only h2 'Citations',
the references). Its section is the text itself, sections of its own under it, and nothing but the references
after it: no abstract of the post, as a post's closing 'Summary' section is none (closing_summaries.py).

A 'Summary' heading whose section holds fewer sections of its own, or after which another section of the text
follows (a journal's 'Summary' over its paper's 'Introduction'), stays an abstract's heading.
"""

from __future__ import annotations

from typing import Any

from .html_meta import block_text

# How many sections of its own a heading's section holds at least to be the text's, not a structured
# abstract's few labelled parts (Background, Methods, Results, Conclusions: read as the abstract's).
_OWN_SECTIONS = 5
# The headings of a text's references, after which nothing of the text follows.
_REFERENCES = frozenset(("references", "citations", "bibliography", "works cited", "sources", "notes"))
# How many siblings after the heading are read at most.
_SIBLINGS = 400


def spans_the_text(heading: Any) -> bool:
    """Whether the heading's section holds five sections of its own or more and the next heading of its rank
    or above, where there is one, is the references'."""
    rank = _rank(heading)
    if rank is None:
        return False
    own = 0
    node = heading.next
    for _ in range(_SIBLINGS):
        if node is None:
            return own >= _OWN_SECTIONS
        level = _rank(node)
        if level is not None and level <= rank:
            named = " ".join((block_text(node) or "").split()).rstrip(":.").casefold()
            return own >= _OWN_SECTIONS and named in _REFERENCES
        own += level is not None
        node = node.next
    return False


def _rank(node: Any) -> int | None:
    """The heading's level (1 for h1 … 6 for h6), None for any other node."""
    tag = node.tag or ""
    return int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456" else None
