"""An authors line written as a Chicago-style citation's names: 'Phan, Trung K., Song Wang, Yan Wang, …,
Minyi Xu, and Jianchun Mi' (the MSPS Lab's paper page of the Bedford lab layout, round 245: the line and,
after a ';', the citation 'Sensors 20, no. 3: 729.' in one paragraph under the title). The first name is
written family first and its given names after a comma, the others given first, 'and' (or '&') before the
last; each is given in the corpus's given-family order, 'Trung K. Phan', as a reader writes it out.

Only a line of two names or more so written, its first family name one word (a hyphen or an apostrophe
inside it), every later name two to four capitalised words, an 'and' before the last, and after the ';' a
citation holding a number: a 'Family, Given' list throughout ('Phan, Trung K., Wang, Song, …') and a line
with no 'and' are no such line and are read as before.
"""

from __future__ import annotations

import re

# The names' separators: commas; the last name's 'and' or '&' is read apart.
_COMMA = re.compile(r"\s*,\s*")
_LAST = re.compile(r"^(?:and|&)\s+(.+)$")
_A_NUMBER = re.compile(r"\d")
_MOST_NAMES = 60
_FEWEST_WORDS, _MOST_WORDS = 2, 4
_MOST_GIVEN_WORDS = 3


def names_of_a_chicago_line(text: str | None) -> list[str] | None:
    """The names, given-family order, of a paragraph's text opening with a Chicago-style line of names and
    closing with the citation after a ';'; None where the text is no such line."""
    line, semicolon, citation = (text or "").partition(";")
    if not semicolon or not _A_NUMBER.search(citation):
        return None
    parts = [part for part in _COMMA.split(line.strip()) if part]
    if not 3 <= len(parts) <= _MOST_NAMES + 1:
        return None
    family, given, rest = parts[0], parts[1], parts[2:]
    last = _LAST.match(rest[-1])
    if last is None or not _a_family_word(family) or not _given_names(given):
        return None
    others = [*rest[:-1], last.group(1)]
    if not all(map(_a_whole_name, others)):
        return None
    return [f"{given} {family}", *others]


def _a_whole_name(part: str) -> bool:
    # 'Song Wang', 'Jianchun Mi', 'Diane M. Ste-Marie': two to four words, each capitalised or an initial.
    words = part.split()
    return _FEWEST_WORDS <= len(words) <= _MOST_WORDS and all(map(_a_name_word, words)) and _a_family_word(
        words[-1])


def _given_names(part: str) -> bool:
    # 'Trung K.', 'Anthony N.', 'J.-P.': one to three capitalised words or initials.
    words = part.split()
    return 1 <= len(words) <= _MOST_GIVEN_WORDS and all(map(_a_name_word, words))


def _a_name_word(word: str) -> bool:
    return _a_family_word(word) or re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.)*", word) is not None


def _a_family_word(word: str) -> bool:
    # 'Phan', 'Ste-Marie', "O'Neil": a capital, then letters (a hyphen or an apostrophe between them), no
    # full stop and no digit, not all capitals.
    letters = word.replace("-", "").replace("'", "").replace("\u2019", "")
    return len(letters) >= 2 and word[:1].isupper() and letters.isalpha() and not word.isupper()
