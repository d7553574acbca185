"""A story's text that its template writes as one block of bare text, its paragraphs split by <br>s and no <p>
at all (Clubic's legacy articles as its 2022 site served them: <div class="… mod-summary"> an image's block,
then '<strong>Avec un peu de retard …</strong><br><br>Après les lancements …<br><br>…'), and a description
that is the block's first paragraph, or that paragraph cut short, or it running on into the next: the story's
lead, its text, as story_openings reads a first <p>, not a summary shown apart from it. A first paragraph in
bold or italics of a sentence or two is a lead set apart still (set_apart_leads), not the text's opening.
"""

from __future__ import annotations

from typing import Any

from .places import compact

# The inline elements a first paragraph's words may sit in before the block's first <br>.
_INLINE = frozenset(
    ("-text", "-comment", "strong", "b", "em", "i", "span", "a", "font", "abbr", "sup", "sub"))
_EMPHASIS = frozenset(("strong", "b", "em", "i"))
# How many of the block's nodes are read before its first <br> at most (an image's block, a space, the
# paragraph's words in an element or two): more is no paragraph of a text split by <br>s.
_NODES = 12
# How long a paragraph in bold or italics is at most to be a lead set apart (set_apart_leads' bound), how long
# the text after the first paragraph runs at least to be the text going on, and how long the paragraph is at
# least to be compared at all.
_SET_APART = 300
_GOES_ON = 80
_LEAST = 40


def opens_a_br_text(page: Any, key: str) -> bool:
    """Whether `key` (a description as `compact` writes it) is, or opens, or runs on from, the first paragraph
    of a block whose paragraphs <br>s split, the text going on after it in that block. Each block holding a
    <br> is read once, as far as its first <br> and a few nodes at most."""
    seen: set[int] = set()
    for br in page.tree.css("br"):
        block = br.parent
        if block is None or block.mem_id in seen or block.tag in _INLINE:
            continue
        seen.add(block.mem_id)
        lead, emphasised = _first_paragraph(block)
        if len(lead) < _LEAST or not (lead.startswith(key) or key.startswith(lead)):
            continue
        if emphasised and len(lead) <= _SET_APART:
            return False  # a lead set apart in bold or italics: the story's standfirst
        return len(compact(block.text(deep=True) or "")) - len(lead) >= _GOES_ON
    return False


def _first_paragraph(block: Any) -> tuple[str, bool]:
    """The block's text before its first <br>, as `compact` writes it, past the elements before its words (an
    image's block), and whether an emphasis element holds it all; ("", False) where another element stands
    among its words or no <br> comes within a few nodes."""
    parts: list[str] = []
    emphasised = None
    node, steps = block.child, 0
    while node is not None and steps < _NODES:
        steps += 1
        if node.tag == "br":
            text = compact(" ".join(parts))
            return text, bool(emphasised) and len(text) == len(compact(emphasised))
        if node.tag not in _INLINE:
            # An element of its own before the words (an image's block) is passed over unread, so a nest of
            # blocks is no slower; one among the words ends them: no paragraph split by <br>s.
            if compact(" ".join(parts)):
                return "", False
        elif node.tag == "-text":
            parts.append(node.text_content or "")
        elif node.tag != "-comment":
            words = node.text(deep=True) or ""
            if node.tag in _EMPHASIS and compact(words) and emphasised is None:
                emphasised = words
            parts.append(words)
        node = node.next
    return "", False
