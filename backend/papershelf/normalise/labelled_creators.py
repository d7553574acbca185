"""Dublin Core people labelled with their part in the work.

NIST's Computer Security Resource Center writes each dcterms.creator of a report as "Author: Michael Fagan
(NIST)" or "Editor: Ben Piccarreta (NIST)", while its citation_author tags list the same people, editors
after authors, without saying which is which ("Hogan, Michael"). The label is what tells the authors from
the rest, and the bracket after a person is where they work: neither is part of a name, yet each makes the
tag read as a longer spelling of the person citation_author names.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .names import is_group, same_person
from .role_words import OTHER_ROLE

# A label before a colon opening the value: a word or two ("Author", "Co-author", "Reviewing editor").
_LABELLED = re.compile(r"\s*([^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+)?)\s*:\s*(\S.*)", re.DOTALL)
_AUTHOR = re.compile(r"(?:co-?)?authors?|creators?", re.IGNORECASE)
# Where a person works, in brackets after the name ("(NIST)", "(Scarfone Cybersecurity)", "(G2)").
_UNIT_AFTER = re.compile(r"\s*\([^()]*\)\s*$")


def _read(values: list[str]) -> list[tuple[bool, str]] | None:
    """Each value's person and whether the label makes them an author; None unless every value is
    labelled with a part a work's people play (a value "Note: …" is no person's)."""
    people = []
    for value in values:
        found = _LABELLED.fullmatch(value or "")
        if found is None:
            return None
        label, name = found.groups()
        if _AUTHOR.fullmatch(label):
            author = True
        elif OTHER_ROLE.fullmatch(label):
            author = False
        else:
            return None
        # A group's bracket is its own short name ("Working Group (IICS WG)"), no workplace.
        name = clean_text(name if is_group(name) else _UNIT_AFTER.sub("", name))
        if name:
            people.append((author, name))
    return people or None


def labelled_authors(values: list[str]) -> list[str] | None:
    """The people the values label as authors, without label or workplace; None when the values carry
    no such labels (then they are read as names)."""
    people = _read(values)
    return None if people is None else [name for author, name in people if author]


def without_labelled_others(values: list[str], names: list[str]) -> list[str]:
    """`names` without the people `values` label with another part (the editors), when some are left."""
    others = [name for author, name in _read(values) or () if not author]
    kept = [name for name in names if not any(same_person(name, other) for other in others)]
    return kept if kept else names
