"""A story's text told in short paragraphs, a sentence or two each, as a tabloid's or an evening paper's is
(the Evening Times, 2012: paragraphs of 96 to 182 characters, none as long as a paragraph of prose): a run
of such paragraphs one after another is the text's prose as one long paragraph is (places.runs_as_prose).
Five in a row make a text told so; three short paragraphs alone are no more than a page's few lines (a
caption, a teaser, a list of notes), unless the page says otherwise, as a line of the story's views closing
them does (viewed_days: Капитал страны's three paragraphs, 158 to 196 characters).
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import block_text, next_element
from .places import PROSE

# How many paragraphs in a row make the run, and how long each is at least: a sentence, not a label or a
# caption's few words.
RUN = 5
_SENTENCE = 60
# How a sentence ends: its stop, then any closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)]*\s*$")


def opens_a_run_of_prose(node: Any, run: int = RUN) -> bool:
    """Whether the paragraph and the `run` - 1 elements after it are paragraphs of a sentence or more each,
    together as long as a paragraph of prose; each read once, `run` of them at most."""
    total = 0
    for _ in range(run):
        if node is None or node.tag != "p":
            return False
        text = (block_text(node) or "").strip()
        if len(text) < _SENTENCE or not _SENTENCE_END.search(text):
            return False
        total += len(text)
        node = next_element(node)
    return total >= PROSE
