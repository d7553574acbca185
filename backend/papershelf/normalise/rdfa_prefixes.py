"""Schema.org people written in RDFa with the vocabularies' prefixes, as ScholarMarkdown and dokieli write
a byline (<a property="foaf:maker schema:creator schema:author schema:publisher" typeof="foaf:Person
schema:Person">Ruben Taelman</a>), and the people such a page marks up the same way under a label of
another role: a thesis's advisors ("Advisors:", round 72's thesis_taelman_phd_rubensworks) are not its
authors."""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .role_words import OTHER_ROLE

# The prefixed properties that name a work's people: schema.org's own, and FOAF's maker (the work's author;
# FOAF has no author property).
PREFIXED_PROPERTIES = {"author": ("schema:author", "foaf:maker")}

# A label of a role other than the author's, on the element before the people or before the block that
# holds them (role_words: a thesis's advisors, promoters, examiners or jury in the languages theses are
# written in, a volume's editors, a paper's reviewers).
# How many levels up from a person the label may stand: the person's link, its list item, the list.
_LEVELS = 3
# A label is short ("Advisors:"); a sentence or a name before the person is none. Its element holds a few
# nodes (<p><br><strong>Advisors:</strong><br></p>).
_LABEL_LENGTH = 40
_LABEL_NODES = 12


def prefixed_selector(prop: str) -> str | None:
    found = PREFIXED_PROPERTIES.get(prop)
    return ",".join(f'[property~="{name}"]' for name in found) if found else None


def under_another_role(node: Any, known: dict[int, str | None]) -> bool:
    """Whether the nearest text before a person, or before the element holding it a level or two up,
    is a label of another role. Only a few levels up: the label heads the block the people are in.
    `known` keeps each element's text before it, found once for all the people of a list."""
    for _ in range(_LEVELS):
        before = _text_before(node, known)
        if before is not None:
            return OTHER_ROLE.fullmatch(before) is not None
        node = node.parent
        if node is None:
            break
    return False


def _text_before(node: Any, known: dict[int, str | None]) -> str | None:
    """The text of the nearest sibling before the node that is no peer of it, a label's colon taken off;
    None when nothing but peers stands before it. Peers (the list's other items, the other people's
    links), separators (", ", a <br>) and comments are passed over; a long text is no label ("")."""
    if node.mem_id in known:
        return known[node.mem_id]
    found = None
    sibling = node.prev
    while sibling is not None:
        if sibling.tag == node.tag and sibling.mem_id in known:
            # A peer's text before it is this node's too (peers are passed over): a list is walked once.
            found = known[sibling.mem_id]
            break
        if sibling.tag not in ("-comment", "br", node.tag):
            text = _short_text(sibling)
            if text is None or any(char.isalpha() for char in text):
                found = "" if text is None else text.rstrip(":\uff1a ")
                break
        sibling = sibling.prev
    known[node.mem_id] = found
    return found


def _short_text(node: Any) -> str | None:
    """An element's text while it may be a label; None once it is longer (a block of prose, read no
    further than that: the block before a long list of people is read once, and only its start)."""
    if node.tag == "-text":
        text = clean_text(node.text_content) or ""
        return text if len(text) <= _LABEL_LENGTH else None
    parts: list[str] = []
    length = 0
    for count, inner in enumerate(node.traverse(include_text=True)):
        if count > _LABEL_NODES or length > _LABEL_LENGTH:
            return None
        if inner.tag == "-text":
            parts.append(inner.text_content or "")
            length += len(parts[-1].strip())
    text = clean_text("".join(parts)) or ""
    return text if len(text) <= _LABEL_LENGTH else None
