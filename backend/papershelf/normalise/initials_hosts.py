"""A host spelling a person's initials: every word's first letter of a name with a middle name or initial, the
way one signs with initials ('Jonathan K. Kummerfeld' at jkk.name, round 258: the footer's '© 2026 Jonathan K.
Kummerfeld All Rights Reserved' on his one-person Hugo site). Only a name of three words or more spells its
initials so: two letters ('jk') are too few to be one person's and not another's.
"""

from __future__ import annotations

# How many words a name has at least for its initials to spell a host (given, middle, surname).
_FEWEST_WORDS = 3


def initials_of_a_middle_named(name: str) -> set[str]:
    """The name's initials, casefolded ('jkk'), where it has three words or more; an empty set otherwise."""
    words = [word.strip(".") for word in name.casefold().split()]
    words = [word for word in words if word]
    if len(words) < _FEWEST_WORDS or not all(word[0].isalpha() for word in words):
        return set()
    return {"".join(word[0] for word in words)}
