"""Where a page sets what it cites or what a program printed, not what it is: the footnotes of its text
(Python-Markdown's and Pandoc's <div class="footnote">/<section class="footnotes">, a note's <li
id="fn:…">) and the output a notebook's code cell printed (<div class="cell_output">, Jupyter's
"output_area"). A DOI there is a cited work's (a research log's footnote, "Smits, T., & Wevers, M. (2023).
… doi: 10.1093/llc/fqad008") or a data set's the program asks its users to cite ("If you use these data
… please cite: … https://doi.org/10.5439/1025185"), never the page's own. `shown_dois` asks it.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import nearest_answer

# The class words of a text's footnotes and of a notebook cell's printed output.
_NOTE_CLASSES = frozenset(("footnote", "footnotes", "footnote-list"))
_OUTPUT_CLASSES = frozenset(("cell_output", "output_area", "jp-outputarea", "output_wrapper"))
# A footnote's own id: Python-Markdown's "fn:spina", Pandoc's "fn1", WordPress plugins' "fn-3"; not
# "fname" or "fnord".
_NOTE_ID = re.compile(r"fn(?:[:-]\w|\d)", re.IGNORECASE)


def in_cited_notes(node: Any, known: dict[int, bool]) -> bool:
    """Whether a node sits in the text's footnotes or in a notebook cell's printed output. `known` keeps
    the answer of each element walked, so that the nodes of a long note walk their depth once."""
    return nearest_answer(node, _a_note_or_output, known)


def _a_note_or_output(node: Any) -> bool | None:
    """True for a footnotes' block, a footnote's item or a cell's output block; None for the rest."""
    classes = {word.casefold() for word in (node.attributes.get("class") or "").split()}
    if classes & _NOTE_CLASSES or classes & _OUTPUT_CLASSES:
        return True
    if node.tag == "li" and _NOTE_ID.match(node.attributes.get("id") or ""):
        return True
    return None
