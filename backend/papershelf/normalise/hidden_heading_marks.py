"""A heading's words as the page shows them, less what it hides: a self-link mark the theme sets in the
heading with the HTML `hidden` attribute (Hugo PaperMod's `<h2 id=abstract>Abstract<a hidden class=anchor
aria-hidden=true href=#abstract>#</a></h2>`, Akshat Gupta's page of his GlyphNet paper, round 260), which the
browser shows only on hover, if at all: the heading reads 'Abstract', not 'Abstract#'.

Only an element carrying `hidden` is left out; a visible mark or word inside the heading is kept.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text

# An element the page hides by HTML's own attribute (an attribute selector alone: no combinator).
_HIDDEN = "[hidden]"


def shown_heading_text(heading: Any) -> str:
    """The heading's text less the text of any element inside it carrying the `hidden` attribute."""
    hidden = heading.css(_HIDDEN)
    if not hidden:
        return clean_text(heading.text()) or ""
    left_out = {node.mem_id for element in hidden for node in element.traverse(include_text=True)}
    kept = [node.text_content or "" for node in heading.traverse(include_text=True)
            if node.tag == "-text" and node.mem_id not in left_out]
    return clean_text("".join(kept)) or ""
