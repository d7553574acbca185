"""A schema.org author property that lists several people in one line: Hugo's Academic theme of 2018 marks
a paper page's whole authors line so (Jeffrey B. Arnold's, Hugo 0.42.2: <span class="pub-authors"
itemprop="author">Jeffrey B. Arnold, J. Tyson Chatagnier, Gary E. Hollibaugh</span>, no item of each
person's), so the page's one "person" is the line. Its names are each an author, where every part between
its commas (the last perhaps after 'and') reads as a person's whole name; a name written family name first
('Arnold, Jeffrey B.') has a part of one word, and stays one name.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .names import a_persons_name, is_group

# How many names a line may list (a paper's authors line), and how long it may run before it is read as
# one value (the readers of names are not all linear in a long one).
_MOST_NAMES = 40
_LONGEST_LINE = 2000
_LAST_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def each_listed_person(people: list[str]) -> list[str]:
    """The people of a lone author property's line, one a name, where it lists whole names at commas;
    the list as it is otherwise."""
    if len(people) != 1 or "," not in people[0] or len(people[0]) > _LONGEST_LINE:
        return people
    parts = [clean_text(part) or "" for part in people[0].split(",")]
    if len(parts) > _MOST_NAMES:
        return people
    *head, last = parts
    names = [*head, *(clean_text(part) or "" for part in _LAST_AND.split(last, maxsplit=1))]
    if len(names) >= 2 and all(name and a_persons_name(name) and not is_group(name) for name in names):
        return names
    return people
