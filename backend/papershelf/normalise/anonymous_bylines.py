"""A byline an anonymous submission's page writes in the place of its authors: 'Anonymous Author(s)',
'Anonymous Authors', 'Anonymous' (GAPPO's project page, round 236: its BibTeX entry's author field
{Anonymous Authors}, a placeholder until the paper is published). It names no one: the page has no authors
to give, as a template's example author is none."""

from __future__ import annotations

import re

# The word 'anonymous', maybe with 'author', 'authors' or 'author(s)' after it, alone in the field.
_ANONYMOUS = re.compile(r"anonymous(?:\s+(?:authors?|author\(s\)))?", re.IGNORECASE)


def names_no_one(text: str | None) -> bool:
    """Whether a byline or an author field is an anonymous submission's placeholder, no person's name."""
    return bool(text) and _ANONYMOUS.fullmatch(" ".join((text or "").split())) is not None
