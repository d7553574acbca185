"""The people one JSON-LD Person names when its name joins two with an ampersand (the ERSO group's Hugo
theme, 2022: author {"@type": "Person", "name": "Hunhui Na & Dr. Bret Staudt Willet"}, the front matter's
one author line): a template's one slot filled with both writers, each a person's name once an academic
title before it is left out. Asked by `html_meta.json_ld_authors`.
"""

from __future__ import annotations

import re

from .names import a_persons_name

# Two names joined by an ampersand with spaces around it; a firm's "Johnson&Johnson" has none.
_AMPERSAND = re.compile(r"\s+&\s+")
# An academic title before a name ("Dr.", "Prof. Dr."): not part of the name a record keeps.
_ACADEMIC = re.compile(r"^(?:(?:prof|dr)\.\s+)+", re.IGNORECASE)


def people_joined(name: str | None) -> list[str]:
    """The two people a Person's name joins with ' & ', each a person's whole name; none otherwise (one
    name, three or more parts, or a part that is no person's name: "Smith & Sons")."""
    parts = [_ACADEMIC.sub("", part.strip()) for part in _AMPERSAND.split(name or "")]
    if len(parts) != 2 or not all(a_persons_name(part) for part in parts):
        return []
    return parts
