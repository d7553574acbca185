"""Authors' names as the page shows their apostrophes.

A template that writes its meta from the same names as the byline may type a name's apostrophe as the
typewriter mark where the page shows the typographic one: a Manubot manuscript's citation_author
"Viren D'Sa" over the 'Authors' list's bold "Viren D’Sa" (U+2019; round 189). The record is the page's,
so a name's word is written as the page writes it: with U+2019 where the page's text shows that word so
and nowhere with the plain mark. A page that shows the plain mark (or both) keeps the meta's name.
"""

from __future__ import annotations

import re

from .html_meta import Page

_TYPOGRAPHIC = "\u2019"

# A word of text holding an apostrophe of either kind ("D’Sa", "O'Neill"): letters, digits, marks and
# hyphens around it, so that punctuation after the word ("D’Sa,") is no part of it.
_APOSTROPHED_WORD = re.compile(r"[\w.\-]*['\u2019][\w.\-'\u2019]*")


def apostrophes_as_shown(page: Page, authors: list[str] | None) -> list[str] | None:
    """The authors, each word of a name that the meta writes with a typewriter apostrophe written with
    the typographic one where the page shows it so and never plain. One pass over the page's text (its
    apostrophed words gathered into sets), then each name's words looked up: linear in the page."""
    if not authors or not any("'" in name for name in authors):
        return authors
    words = set(_APOSTROPHED_WORD.findall(page.whole_text(" ")))
    shown = []
    for name in authors:
        parts = name.split(" ")
        typographic = [part.replace("'", _TYPOGRAPHIC) for part in parts]
        changed = [(part, curly) for part, curly in zip(parts, typographic, strict=True) if part != curly]
        if changed and all(curly in words and part not in words for part, curly in changed):
            shown.append(" ".join(typographic))
        else:
            shown.append(name)
    return shown
