"""Schema.org people written in RDFa with the vocabularies' prefixes, as ScholarMarkdown and dokieli write
a byline (<a property="foaf:maker schema:creator schema:author schema:publisher" typeof="foaf:Person
schema:Person">Ruben Taelman</a>), and the people such a page marks up the same way under a label of
another role: a thesis's advisors ("Advisors:", round 72's thesis_taelman_phd_rubensworks) are not its
authors."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text

# The prefixed properties that name a work's people: schema.org's own, and FOAF's maker (the work's author;
# FOAF has no author property).
PREFIXED_PROPERTIES = {"author": ("schema:author", "foaf:maker")}

# A label of a role other than the author's, on the element before the people or before the block that
# holds them: a thesis's advisors, supervisors, promoters, its examination board or jury, a volume's
# editors, a paper's reviewers.
_OTHER_ROLE = re.compile(
    r"(?:co-?)?(?:advis[oe]r|supervisor|promot[oe]r|mentor|editor|reviewer|referee)s?"
    r"|(?:(?:examination|doctoral|thesis|reading|exam)\s+)?(?:board|committee|jury)(?:\s+members?)?",
    re.IGNORECASE,
)
# How many levels up from a person the label may stand: the person's link, its list item, the list.
_LEVELS = 3
# A label is short ("Advisors:"); a sentence or a name before the person is none.
_LABEL_LENGTH = 40


def prefixed_selector(prop: str) -> str | None:
    found = PREFIXED_PROPERTIES.get(prop)
    return ",".join(f'[property~="{name}"]' for name in found) if found else None


def under_another_role(node: Any) -> bool:
    """Whether the nearest text before a person, or before the element holding it a level or two up,
    is a label of another role. Only a few levels up: the label heads the block the people are in."""
    for _ in range(_LEVELS):
        before = _text_before(node)
        if before is not None:
            return _OTHER_ROLE.fullmatch(before) is not None
        node = node.parent
        if node is None:
            break
    return False


def _text_before(node: Any) -> str | None:
    """The text of the nearest sibling before the node that is no peer of it, a label's colon taken off;
    None when nothing but peers stands before it. Peers (the list's other items, the other people's
    links), separators (", ", a <br>) and comments are passed over; a long text is no label ("")."""
    sibling = node.prev
    while sibling is not None:
        if sibling.tag not in ("-comment", "br", node.tag):
            raw = sibling.text_content if sibling.tag == "-text" else sibling.text(deep=True)
            text = clean_text(raw) or ""
            if any(char.isalpha() for char in text):
                return text.rstrip(":\uff1a ") if len(text) <= _LABEL_LENGTH else ""
        sibling = sibling.prev
    return None
