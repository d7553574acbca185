"""A footer's copyright holder written family name first with a comma: Coda, ryotaro.dev's Hugo blog (round
242, stop 78), no byline and no author meta, its footer '© 2019 Nakamura, Ryotaro'. Where the readers take
a footer's holder as the writer (footer_holders, copyright_owners), such a holder is the person 'Ryotaro
Nakamura', given name first, as the corpus writes every name.

Only two words around one comma, each one capitalised word of letters (a hyphen inside), whose flip is a
person's name: a company's 'Acme, Inc.' or 'Acme, Ltd', or a holder of more parts ('Lovelace, Ada, Byron'), is
not flipped.
"""

from __future__ import annotations

import re

from .names import a_persons_name, is_group

# 'Nakamura, Ryotaro': one capitalised word of letters, a comma, another.
_FAMILY_COMMA_GIVEN = re.compile(r"(?P<family>[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*),\s*"
                                 r"(?P<given>[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*)")
# A company's or a group's word after the comma (or before it) makes the holder no person.
_NOT_A_PERSON = frozenset({
    "inc", "llc", "ltd", "gmbh", "corp", "co", "ag", "sa", "plc", "lab", "labs", "team", "press", "group",
})


def given_name_first(holder: str) -> str | None:
    """'Nakamura, Ryotaro' → 'Ryotaro Nakamura'; None where the holder is not two capitalised words of a
    person's name around one comma."""
    found = _FAMILY_COMMA_GIVEN.fullmatch(holder.strip())
    if found is None:
        return None
    family, given = found["family"], found["given"]
    if not (family[0].isupper() and given[0].isupper()):
        return None
    if {family.casefold(), given.casefold()} & _NOT_A_PERSON:
        return None
    name = f"{given} {family}"
    return name if a_persons_name(name) and not is_group(name) else None
