"""A name a Hugo template printed as raw data. A theme that writes an author entry as it is, where the front
matter gave the entry as a map (a name and its link), prints Go's text of the map in the author span:
'map[Mitch Downey url:https://sites.google.com/…]' (Jinci Liu's Source Themes Academic 4.8.0 page, round
233). A reader reads the person named before the map's first `key:` word, 'Mitch Downey'; the keys and their
values after it (a link, an affiliation) are no part of the name.

Only the whole value so printed is read: 'map[' opening it, ']' closing it, a `key:` word after the name. A
name that holds 'map' or brackets anywhere else ('Mapp', 'Jane Doe [UNESP]') is left as written.
"""

from __future__ import annotations

import re

# Go's text of a map: 'map[' and the name (no bracket or colon in it), then the first key, a word and a
# colon after a space, and whatever follows up to the closing bracket.
_HUGO_MAP = re.compile(r"map\[(?P<name>[^\[\]:]+?)\s+[A-Za-z_][\w-]*:[^\[]*\]")


def name_in_a_hugo_map(text: str) -> str | None:
    """The person a raw Hugo map 'map[<name> key:…]' names before its first `key:` word; None where the
    text is no such map."""
    found = _HUGO_MAP.fullmatch(text.strip())
    return found["name"].strip() or None if found else None
