"""A news agency's credit where a writer's name goes: the agency's name alone ("Agence France-Presse", NDTV's
byline of an AFP story, 2020), or the desk that ran the story and the agency after "by" or "via" ("Pulse News
Agency International by AFP", Pulse Nigeria's 'Authors:' line and JSON-LD Person, 2020). The wire's copy,
credited to the agency that sent it, names no person: the story's writer is unknown, as a story a press office
issues names none (Innovations Report's 'Press Office', 2005).
"""

from __future__ import annotations

import re

# The wire services whose credit stands in bylines: their names and the short names they sign with.
_AGENCIES = frozenset((
    "agence france-presse", "agence france presse", "afp", "associated press", "the associated press", "ap",
    "reuters", "thomson reuters", "dpa", "deutsche presse-agentur", "ansa", "efe", "xinhua", "kyodo",
    "kyodo news", "press trust of india", "pti", "ians", "ani", "united press international", "upi",
    "press association", "pa media", "australian associated press", "aap",
))
# "… by AFP", "… via Reuters", "… with AFP": what the desk's name is followed by before the agency's.
_CREDITED = re.compile(r".+?\s+(?:by|via|with)\s+(?P<agency>.+)", re.IGNORECASE)


def a_wire_credit(name: str) -> bool:
    """Whether a name in a writer's place is a news agency's credit: the agency's name, or a desk's name and
    "by", "via" or "with" before the agency's."""
    key = " ".join(name.split()).strip(" ,.").casefold()
    if key in _AGENCIES:
        return True
    found = _CREDITED.fullmatch(key)
    return found is not None and found.group("agency").strip(" ,.") in _AGENCIES
