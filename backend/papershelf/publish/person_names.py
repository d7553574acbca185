"""How a name the library shows ("Ashish Vaswani", "John Doe Jr.", "World Health Organization")
splits into the parts a citation format writes: BibTeX and CSL-JSON read a group's name as a
person's, and a suffix as a family name, unless told."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..normalise.names import NAME_PARTICLES, is_group

_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# Words no person's name holds: an organisation that authors in its own name.
_ORGANISATION_WORD = re.compile(
    r"\b(?:Organi[sz]ation|Institute|University|Association|Society|Agency|Council|Foundation"
    r"|Ministry|Department|Commission|Office|Centre|Center|Laboratory|Laboratories|Initiative"
    r"|Programme|Project|Authority|Federation|Union)\b")


class NameParts(NamedTuple):
    given: str = ""
    family: str = ""
    suffix: str = ""
    literal: str = ""  # a name taken whole: an organisation, a group, a single word


def name_parts(display: str) -> NameParts:
    if is_group(display) or _ORGANISATION_WORD.search(display):
        return NameParts(literal=display)
    words = display.split()
    suffix = ""
    if len(words) > 2 and words[-1] in _SUFFIXES:
        suffix, words = words[-1], [*words[:-2], words[-2].rstrip(",")]
    if len(words) < 2:
        return NameParts(literal=display)
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in NAME_PARTICLES:
        cut -= 1
    return NameParts(" ".join(words[:cut]), " ".join(words[cut:]), suffix)
