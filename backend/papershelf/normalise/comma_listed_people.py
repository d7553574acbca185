"""A schema.org author property that lists several people in one line: Hugo's Academic theme of 2018 marks
a paper page's whole authors line so (Jeffrey B. Arnold's, Hugo 0.42.2: <span class="pub-authors"
itemprop="author">Jeffrey B. Arnold, J. Tyson Chatagnier, Gary E. Hollibaugh</span>, no item of each
person's), so the page's one "person" is the line. Its names are each an author, where every part between
its commas (the last perhaps after 'and') reads as a person's whole name; a name written family name first
('Arnold, Jeffrey B.') has a part of one word, and stays one name. A line may also list its people as a
citation does, family name and initials ('Henriques R, Alves P, Monteiro AT', João Gonçalves's, Hugo 0.53),
the first perhaps with a comma between the two ('Gonçalves, J'): each is then a name as the line writes it.
A line of two whole names at its one comma reads as one name written family name first ('Gabriel
Martinez-Roa, Nicholas Tenev' turned to 'Nicholas Tenev Gabriel Martinez-Roa': Gabriel Martinez Roa's
Academic 2.4.0 page, round 199), unless the page's author meta names one of the two as written, given name
first, and not the turned whole: then it is the two people.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .names import a_persons_name, display_name, display_names, is_group, same_person

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
    return _initialled_names(parts) or people


# One word of letters with digits glued on after them, an account's handle ('RuiZhang1993').
_HANDLE_WITH_DIGITS = re.compile(r"[^\W\d_]+\d+")

def schema_people(page: Any) -> list[str]:
    """The page's schema.org people as display names; a lone line of two whole names at its one comma
    whom the author meta tells apart (two_people_at_its_comma) is the two of them."""
    # A Person named by one word of letters with digits glued on ('RuiZhang1993', Hexo NexT's author Person,
    # round 202) is an account's handle, no one's display name (which would drop the digits and keep
    # 'RuiZhang'): the page names its writer elsewhere, if at all.
    people = [person for person in page.people() if not _HANDLE_WITH_DIGITS.fullmatch(person.strip())]
    return two_people_at_its_comma(page, people) or display_names(people)


def two_people_at_its_comma(page: Any, people: list[str]) -> list[str] | None:
    """The two people of a lone author property's line 'Given Family, Given Family', where the page's
    author meta (the site's owner, on a researcher's own site) is one of them as written, given name first,
    and not the line turned about as one name ('Garcia Marquez, Gabriel Jose' for an author meta 'Gabriel
    Jose Garcia Marquez' stays one person); None otherwise, for display_name to read the line."""
    if len(people) != 1 or people[0].count(",") != 1 or len(people[0]) > _LONGEST_LINE:
        return None
    parts = [clean_text(part) or "" for part in people[0].split(",")]
    if not all(part and a_persons_name(part) and not is_group(part) for part in parts):
        return None
    turned = f"{parts[1]} {parts[0]}"
    # Only where display_name would turn the line about: one it reads otherwise (a writer's whole name
    # and their post, 'Robert Lewis, Contributing Writer'; a name and its suffix) is read so.
    if display_name(people[0]) != turned:
        return None
    owner = page.first("author")
    # The meta spelling the whole turned name (as many words or more) is the one person the line writes.
    if not owner or (_same(owner, turned) and len(owner.split()) >= len(turned.split())):
        return None
    names = display_names(parts)
    # Each part kept as one name only: a part display_name would turn or cut is no whole name.
    # …the owner one of them by their family name too (a part of given names alone, 'Round B.', is no
    # whole name of theirs).
    if len(names) == 2 and any(_same(owner, part) and _family(owner) == _family(part) for part in parts):
        return names
    return None


def _same(one: str, other: str) -> bool:
    # A hyphenated family name the meta writes with a space ('Martinez-Roa', 'Martinez Roa') is the same.
    return same_person(one.replace("-", " "), other.replace("-", " "))


def _family(name: str) -> str:
    return name.replace("-", " ").split()[-1].casefold()


def _initialled_names(parts: list[str]) -> list[str] | None:
    """The line's parts read as a citation's names, each a family name and initials ('Honrado J'), a
    family name alone followed by its initials as one name ('Gonçalves, J'); None unless there are at least
    three such names and nothing else."""
    names: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else ""
        # One family name, then its initials after the comma: one person written family name first.
        if _family_name(part.split()) and _initials(following):
            names.append(f"{part}, {following}")
            index += 2
            continue
        words = part.split()
        if len(words) < 2 or not _initials(words[-1]) or not _family_name(words[:-1]):
            return None
        names.append(part)
        index += 1
    return names if len(names) >= 3 else None


def _initials(word: str) -> bool:
    # A citation's initials: one to three capitals run together, no dots ('J', 'AT').
    return 1 <= len(word) <= 3 and word.isalpha() and word.isupper()


def _family_name(words: list[str]) -> bool:
    # One or two capitalised words, a hyphen or an apostrophe allowed ('Sousa-Silva', "O'Neil").
    return 1 <= len(words) <= 2 and all(
        word[:1].isupper() and not word.isupper() and word.replace("-", "").replace("'", "").isalpha()
        for word in words)
