"""A post's own "Posted by" line, the element classed as its byline that opens the post (Google's blogs on
their own Blogger template, 2016: span.byline-author 'Posted by Brian Stevens, Vice President, Google
Cloud'): the writers it names, each name perhaps followed, after a comma, by the writer's role and the
role's organisation ('Ana Lopez, Product Manager, Google Cloud and Bo Chen, Software Engineer'), which
name nobody. A line of names alone ('Ana Lopez, Bo Chen and Carl Berg') names each.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import block_text
from .names import a_persons_name, names_in_byline

# The words before the writers' names.
_POSTED_BY = re.compile(r"^\s*Posted\s+by\s+", re.IGNORECASE)
# Where one writer's entry ends and the next one's begins.
_AND = re.compile(r"\s*,?\s+and\s+|\s*&\s*", re.IGNORECASE)
# The words of a job's title: a part after a name holding one is the writer's role, not another name.
_ROLE = re.compile(
    r"\b(?:president|vice|vp|svp|evp|chief|ceo|cto|cfo|coo|cio|head|lead|director|manager|engineer|"
    r"scientist|researcher|developer|architect|designer|analyst|officer|advocate|evangelist|strategist|"
    r"specialist|consultant|founder|co-founder|partner|fellow|professor|intern|editor|product|program|"
    r"programme|technical|senior|staff|principal)\b",
    re.IGNORECASE,
)
# The elements a post's byline may be: classed as one, or as its author's.
_BYLINES = '[class*="byline"], [class*="author"]'
# How many of them are read: the line opens the post, so among its first (each read costs its subtree).
_FIRST = 3


def posted_by_names(item: Any) -> list[str]:
    """The writers the first "Posted by" line within the element names, else []."""
    for node in item.css(_BYLINES)[:_FIRST]:
        text = clean_text(block_text(node) or "")
        if text and _POSTED_BY.match(text):
            return names_of_the_line(_POSTED_BY.sub("", text))
    return []


def names_of_the_line(line: str) -> list[str]:
    """The persons a "Posted by" line names, each writer's role and organisation left out."""
    entries = [entry.strip() for entry in _AND.split(line) if entry.strip()]
    if any(_ROLE.search(part) for entry in entries for part in entry.split(",")[1:2]):
        names = [entry.split(",")[0].strip() for entry in entries]
    else:
        names = names_in_byline(line)
    return [name for name in names if a_persons_name(name)]
