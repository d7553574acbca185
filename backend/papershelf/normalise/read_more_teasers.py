"""A description closed by a "read more" mark (Discovery News, 2013: the text's first sentences reworded, then
'Continue reading →') is a teaser for shares and search results, which invites the reader on to the text: no
summary of it, whatever its words. Read as no abstract, as an unshown teaser is (scholarly._abstract).
So is one closed by a sentence that invites the reader to the piece itself, naming its writer or where it
runs (CNET News, 2010: '… Read this blog post by Marguerite Reardon on Signal Strength.').
"""

from __future__ import annotations

import re

# The mark a teaser closes with: "Continue reading", "Read more", "Read on", with an arrow, a guillemet or an
# ellipsis after it or not, or "More" with one of them ("… and more" closes a sentence, not a teaser).
_MARKS = r"(?:[\u2192\u00bb>\u2026]|\.{3})"
_READ_MORE = re.compile(
    rf"[\s(\[]*(?:(?:continue\s+reading|read\s+more|read\s+on)\b\s*{_MARKS}*|more\s*{_MARKS}+)[\s)\]]*$",
    re.IGNORECASE)
# The closing sentence that invites the reader to the piece: "Read this blog post by … on …", "Read the full
# story at …": the piece named by its kind, then whose it is or where it runs ("Read this report to learn …"
# is a sentence of the summary).
_INVITATION = re.compile(
    r"read\s+(?:this|the(?:\s+full|\s+whole|\s+complete)?)\s+(?:blog\s+post|post|article|story|entry)"
    r"\s+(?:by|on|at|in)\s+[^.!?]+[.!?]?",
    re.IGNORECASE)
# Where a description's sentences part: after a full stop, a question or exclamation mark, and a space.
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
# How much of a description's end the invitation is looked for in: a sentence naming a writer and a blog.
_INVITATION_TAIL = 160
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
    if found is not None:
        before = text[: len(text) - len(tail) + found.start()]
    else:
        # …or the sentence closing it invites the reader to the piece (CNET's 'Read this blog post by …').
        *sentences, last = _SENTENCES.split(text[-_INVITATION_TAIL:].rstrip())
        if not sentences or not _INVITATION.fullmatch(last):
            return False
        before = text[: len(text.rstrip()) - len(last)]
    return len(before.split()) >= _WORDS_BEFORE
