"""Rules shared by every page kind and by the dumps."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import INT64_MAX, Paper

CODE_HOSTS = ("github.com", "gitlab.com", "gitee.com", "bitbucket.org", "codeberg.org")
# Plain text, not HTML: abstracts say "Code is available at https://github.com/…".
_URL = re.compile(r"https?://[^\s<>\"'{}\[\]]+")
_TRAILING = ".,;:)]}!?"
# What decoding a page's JSON (a script, an island's props) raises when the JSON cannot be read:
# broken (msgspec's DecodeError and json's JSONDecodeError are ValueErrors), or nested past the
# decoder's depth. A normaliser skips such JSON; it never raises.
UNREADABLE_JSON = (ValueError, RecursionError)


@dataclass(frozen=True)
class TextRecord:
    """What a document shown as its own text names of its record, with no meta or byline to read: an
    RFC's plain text (standards.py), a patent office's full-text page (patents.py)."""

    title: str
    authors: list[str]
    published: str | None
    abstract: str | None


def count(value: object) -> int | None:
    """A count a page or dump states (upvotes, authors), or None when it is not one that
    can be stored: not a whole number, negative, or beyond what SQLite holds."""
    if isinstance(value, str):
        value = int(value) if value.isdigit() and len(value) <= 19 else None
    if type(value) is not int or not 0 <= value <= INT64_MAX:
        return None
    return value


def code_url_in_text(text: str | None) -> str | None:
    """The first link to a code host in a paragraph of text, tidied."""
    # Most abstracts link nothing: no regex scan for them. A colon is looked for first, as
    # one character is found with memchr and "://" a character at a time.
    if not text or ":" not in text or "://" not in text:
        return None
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING).removesuffix(".git")
        host = url.split("/")[2].lower().removeprefix("www.")
        if host in CODE_HOSTS and url.count("/") >= 4:
            return url
    return None


def fill_code_url(paper: Paper) -> Paper:
    if paper.code_url is None:
        paper.code_url = code_url_in_text(paper.abstract)
    return paper


# How long each half of an abstract said twice is at least: a sentence, not a repeated word.
_SAID_TWICE_LEAST = 40


def said_once(text: str | None) -> str | None:
    """A text that is one text said twice, whole ("X X": Clemson News's description meta, 2024, its
    standfirst written out twice by its template), as said once; any other text as it is."""
    if not text or len(text) < 2 * _SAID_TWICE_LEAST:
        return text
    for gap in (1, 0):
        half, odd = divmod(len(text) - gap, 2)
        if not odd and text[:half] == text[half + gap:] and not text[half:half + gap].strip():
            return text[:half]
    return text
