"""An authors line of names written family name first, then the initials: 'Li Y., Prabhu A. M., Choksi T. and
Canepa P.' (Canepa Research's paper page of the Bedford lab layout, round 235: the line and, after a ';', the
citation 'J. Mater. Chem. A, 10 4960 (2022).' in one paragraph under the title, the group's head in <b>). Each
name is given in the corpus's given-family order, 'Y. Li', 'A. M. Prabhu', as a reader writes it out.

Only a line of two names or more, every one so written (one to three capitalised family words, then initials
alone, 'A.', 'A. M.', 'J.-P.'), at commas and a last 'and' or '&', the citation after a ';' holding a year:
a 'Family, Given' list ('Li, Yan, Prabhu, Anand') and a plain 'Given Family' list ('Yan Li, Anand Prabhu')
are no such line and are read as before.
"""

from __future__ import annotations

import re

# Initials alone: 'Y.', 'A.M.', 'J.-P.' (a word), each a capital and a full stop.
_INITIALS = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)*")
# The separators of a line's names: commas, and 'and' or '&' before its last.
_SEPARATORS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MOST_NAMES = 60
_MOST_FAMILY_WORDS = 3


def names_of_a_family_first_line(text: str | None) -> list[str] | None:
    """The names, given-family order, of a paragraph's text opening with a line of names written 'Family
    Initials.' and closing with the citation after a ';'; None where the text is no such line."""
    line, semicolon, citation = (text or "").partition(";")
    if not semicolon or not _A_YEAR.search(citation):
        return None
    parts = _SEPARATORS.split(line.strip())
    if not 2 <= len(parts) <= _MOST_NAMES:
        return None
    names = [_given_first(part) for part in parts]
    return [name for name in names if name] if all(names) else None


def _given_first(part: str) -> str | None:
    """'Prabhu A. M.' as 'A. M. Prabhu'; None where the part is no family name and its initials."""
    words = part.split()
    at = len(words)
    while at > 0 and _INITIALS.fullmatch(words[at - 1]):
        at -= 1
    family, initials = words[:at], words[at:]
    if not initials or not 1 <= len(family) <= _MOST_FAMILY_WORDS or not all(map(_a_family_word, family)):
        return None
    return " ".join([*initials, *family])


def _a_family_word(word: str) -> bool:
    # 'Li', 'Canepa', 'Garcia-Lopez', "O'Neil": a capital, then letters (a hyphen or an apostrophe between
    # them), no full stop (an initial) and no digit.
    letters = word.replace("-", "").replace("'", "").replace("\u2019", "")
    return len(letters) >= 2 and word[:1].isupper() and letters.isalpha() and not word.isupper()


# A block's line of a year alone, a full stop after it at most ('2023.'), and of a venue's name: a few words,
# no digit (the year has its own line).
_YEAR_LINE = re.compile(r"((?:19|20)\d\d)\.?")
_VENUE_LINE = re.compile(r"[A-Z][\w&.'-]*(?:\s+[\w&.'-]+){0,7}")


def names_of_a_family_first_block(text: str | None) -> tuple[list[str], str] | None:
    """The names, given-family order, and the year of a block's text written on lines of their own: the
    names 'Family Initials.' at commas (a comma closing the line), the year alone, then the venue's name
    (NuQLO's paper page of the Bedford lab layout, round 245, pending93: div.smallhead 'Temporão G., Amaral
    G., Guerreiro T.,' / '2023.' / 'IEEE'); None where the text is no such block."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if len(lines) != 3 or not lines[0].endswith(","):
        return None
    year, venue = _YEAR_LINE.fullmatch(lines[1]), _VENUE_LINE.fullmatch(lines[2])
    if year is None or venue is None or any(character.isdigit() for character in lines[2]):
        return None
    parts = _SEPARATORS.split(lines[0].rstrip(",").strip())
    if not 2 <= len(parts) <= _MOST_NAMES:
        return None
    names = [_given_first(part) for part in parts]
    return ([name for name in names if name], year.group(1)) if all(names) else None
