"""A description closed by a "read more" mark (Discovery News, 2013: the text's first sentences reworded, then
'Continue reading →') is a teaser for shares and search results, which invites the reader on to the text: no
summary of it, whatever its words. Read as no abstract, as an unshown teaser is (scholarly._abstract).
"""

from __future__ import annotations

import re

# The mark a teaser closes with: "Continue reading", "Read more", "Read on", with an arrow, a guillemet or an
# ellipsis after it or not, or "More" with one of them ("… and more" closes a sentence, not a teaser).
_MARKS = r"(?:[\u2192\u00bb>\u2026]|\.{3})"
_READ_MORE = re.compile(
    rf"[\s(\[]*(?:(?:continue\s+reading|read\s+more|read\s+on)\b\s*{_MARKS}*|more\s*{_MARKS}+)[\s)\]]*$",
    re.IGNORECASE)
# How much of a description's end the mark is looked for in (the regular expression reads no more).
_TAIL = 40
# How many words before the mark make a teaser at least ("More »" alone is a link's text, not a description).
_WORDS_BEFORE = 8


def closed_by_a_read_more(text: str | None) -> bool:
    """Whether a description ends with a "read more" mark after a teaser's words."""
    if not text:
        return False
    tail = text[-_TAIL:]
    found = _READ_MORE.search(tail)
    if found is None:
        return False
    before = text[: len(text) - len(tail) + found.start()]
    return len(before.split()) >= _WORDS_BEFORE
