"""A paper's own text served as a page that dates itself only by citing itself in its reference list: an
entry under the references heading, APA's "Family, I., …, & Family, I. (2026). <Title>: <subtitle>. …",
whose cited names are the page's authors' family names, every one in order, and whose cited title opens with
the page's title whole (the quantum kitchen sinks paper's page, 2026: its references' '[1] Aaraba, A.,
Vieloszynski, A., Polus, R., Ahmad, O., & Cherkaoui, S. (2026). RF Spectrogram Anomaly Detection with Quantum
Kitchen Sinks: Architecture, …', its h1 the title before the colon; no meta, byline date or BibTeX dates it).
The same authors citing the same title is the paper itself, so the entry's year is the paper's. A post that
cites the paper it reviews names other people than its own writer (ML LAB's review of 'Attention is all you
need' cites Vaswani et al.); an entry above the references is a 'How to cite' line, which `cited_dates` and
`citation_days` read. Asked last, where nothing else dates the record.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, short_text
from .places import HEADING_TAGS, OWN_TITLE, REFERENCES_WORDS, heading_words

# An entry's names, then its year in brackets and a stop, at the entry's start past its number ('[1] ').
_ENTRY = re.compile(r"(?:\[\d{1,3}\]\s*|\d{1,3}\.\s+)?(?P<names>[^()]{2,600}?)\s*"
                    r"\((?P<year>(?:1[89]|20)\d\d)\)\.\s*")
# One cited person, APA's family name and initials: 'Aaraba, A.', 'Krishnamoorthy, S. V.', 'Jean-Luc, J.-L.'.
_CITED_PERSON = re.compile(r"(?:^|[,&]\s*|\band\s+)(?P<family>[^\W\d][\w'’-]*(?:\s[^\W\d][\w'’-]*){0,2}),"
                           r"\s+(?:[^\W\d]\.\s?-?)+")
# How many blocks under the references heading are read (a reference list's entries), and how much of each.
_ENTRIES = 300
_ENTRY_LENGTH = 800
# How many authors a page's byline may name for its family names to be matched (a consortium's is no byline).
_MOST_AUTHORS = 30
# The marks a cited title ends with, its subtitle's colon among them.
_TITLE_ENDS = frozenset(".:?!")


def year_of_its_own_reference(page: Page, title: str | None, authors: list[str] | None) -> str | None:
    """The year of the reference list's entry that cites the page's own authors and title; None where no
    entry does. One pass over the page's elements, each entry read no further than an entry's length."""
    if not title or len(title) < OWN_TITLE or not authors or len(authors) > _MOST_AUTHORS:
        return None
    families = [author.split()[-1].casefold() for author in authors if author.split()]
    key = clean_text(title).casefold()
    body = page.tree.body
    if body is None or not key:
        return None
    under_references, read = False, 0
    for node in body.traverse():
        if node.tag in HEADING_TAGS:
            # Only what a references heading heads is read: the next heading ends it (a section's own
            # 'References' under 'Introduction', then the paper's list at its end, on the same page).
            under_references = heading_words(node) in REFERENCES_WORDS
        elif under_references and node.tag in ("p", "li"):
            read += 1
            if read > _ENTRIES:
                return None
            text = clean_text(short_text(node, _ENTRY_LENGTH) or "")
            if text and (year := _cited_year(text, families, key)):
                return year
    return None


def _cited_year(text: str, families: list[str], key: str) -> str | None:
    """The entry's year where its names are the authors' family names in order and its title opens with the
    page's title, ended there by a stop, a colon or the entry's end."""
    entry = _ENTRY.match(text)
    if entry is None:
        return None
    cited = [person.group("family").casefold() for person in _CITED_PERSON.finditer(entry.group("names"))]
    if cited != families:
        return None
    after = text[entry.end():]
    if not after.casefold().startswith(key):
        return None
    rest = after[len(key):len(key) + 1]
    return entry.group("year") if rest == "" or rest in _TITLE_ENDS else None
