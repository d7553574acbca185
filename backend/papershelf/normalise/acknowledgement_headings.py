"""A heading that names its section the acknowledgements ('Acknowledgments', 'Acknowledgements', '6.
Acknowledgement', 'Funding and acknowledgments'): the paragraph under it thanks people and funders for
the work ('This work was supported by …'), however it words the work, and is never the paper's abstract
(Vector Policy Optimization's page, round 256: no 'Abstract' heading, and the one paragraph of 120 words
saying 'this work' was the thanks at the page's end)."""

from __future__ import annotations

import re

from .html_meta import short_text

# The heading's words: a section's number or marks, then a word of thanks alone or closing a short phrase.
_ACKNOWLEDGEMENTS = re.compile(
    r"[^\w]*(?:\d+(?:\.\d+)*\.?\s*)?(?:\w+\s+(?:and|&)\s+)?acknowledge?ments?[^\w]*", re.IGNORECASE)
# How much of a heading is read to tell.
_HEADING_LENGTH = 60


def names_the_acknowledgements(heading: object) -> bool:
    """Whether a heading's whole text names its section the acknowledgements."""
    text = short_text(heading, _HEADING_LENGTH)
    return bool(text) and _ACKNOWLEDGEMENTS.fullmatch(" ".join(text.split())) is not None
