"""A copy of a text's opening that quotes a title the text itself sets as a link, not in quotation marks:
the same opening (Startwords' Hugo build, 2020: citation_abstract '… as described in &ldquo;Data Beyond
Vision&rdquo;', the entities escaped twice, where the first paragraph reads '… as described in <a>Data Beyond
Vision</a>.'). Quotation marks, written as characters or as the entities a template escaped once more, are
left out of both before they are compared; nothing else is.
"""

from __future__ import annotations

import re

# Quotation marks as characters and as the named or numeric entities a meta may hold still escaped.
_QUOTES = re.compile(
    r"&(?:[lr][ds]quo|quot|#822[01]|#x201[cd]);|[\"\u201c\u201d\u2018\u2019\u00ab\u00bb]", re.I
)


def without_quotes(compacted: str) -> str:
    """`compacted` (as `places.compact` writes a text) without its quotation marks; one pass."""
    return _QUOTES.sub("", compacted)


def opens_but_for_quotes(compacted_text: str, compacted_key: str) -> bool:
    """Whether the text opens with the key once neither holds quotation marks; a key that held none
    is not compared again (the plain comparison has answered it)."""
    key = without_quotes(compacted_key)
    return key != compacted_key and without_quotes(compacted_text).startswith(key)
