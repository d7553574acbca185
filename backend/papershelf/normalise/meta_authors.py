"""The authors meta names, weighed against the byline the page shows.

Meta a site's software writes may name the people worse than its byline does: given names cut to
initials ("Marina A Petrou" where the byline spells "Marina Agathi Petrou"). A page never reads worse
for carrying such meta than for carrying none, so where the meta's names look poor in one of these
ways the byline is read too, and spells them. Reading a byline is costly: it is read only when the
meta's names give it a chance to be better.
"""

from __future__ import annotations

import re

from .html_meta import Page
from .names import display_names, fullest_names

# An initial standing for a given name: "A", "A.", PubMed's run-together "EM".
_INITIALS = re.compile(r"[A-Z]\.?|[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
# A user name of the site's software ("hwadmin", "editor_2"): one word, no capital; no one's name.
_LOGIN = re.compile(r"[a-z0-9._@-]*[a-z][a-z0-9._@-]*")
# Dublin Core's people, the creators before the contributors.
_DUBLIN_CORE_PEOPLE = ("dc.creator", "dcterms.creator", "dc.contributor")
# How many abbreviated names are looked for spelt in full: a long list's first ones tell.
_LOOKED_FOR = 12


def dublin_core_people(page: Page) -> list[str]:
    """The people of the first Dublin Core tag that names any: a site's CMS may write the login
    that posted the page as its dc.creator ("hwadmin") and the authors as dc.contributor."""
    for tag in _DUBLIN_CORE_PEOPLE:
        if people := [name for name in display_names(page.every(tag)) if not _LOGIN.fullmatch(name)]:
            return people
    return []


def may_be_poorer(page: Page, names: list[str]) -> bool:
    """Whether the byline may name the meta's people better: the page's text spells a given name
    one of them cuts to its initial."""
    spellings = [found for name in names if (found := _spelt_in_full(name))][:_LOOKED_FOR]
    if not spellings or page.tree.body is None:
        return False
    # Blocks run together in the tree's text ("Round thingsAda King Lovelace"): parted by spaces.
    text = page.tree.body.text(deep=True, separator=" ")
    return re.search("|".join(spellings), text) is not None


def _spelt_in_full(name: str) -> str | None:
    """A pattern for the name with its first middle initial spelt out ("Marina A Petrou": "Marina
    A… Petrou"). A name that opens with its initial is left alone: any capitalised word could
    stand for it."""
    words = name.split()
    at = next((at for at, word in enumerate(words) if _INITIALS.fullmatch(word)), 0)
    family = words[-1]
    if at == 0 or at == len(words) - 1 or _INITIALS.fullmatch(family):
        return None
    # Further initials may stay initials or be spelt out too ("Fernando E. Martins Fonseca"); a mark
    # may follow the family name ("Petrou3").
    return (rf"\b{re.escape(words[at - 1])}\s+{words[at][0]}[a-z\u00df-\u024f]+\s+"
            rf"(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}?{re.escape(family)}(?![^\W\d_])")


def as_the_byline_shows(names: list[str], shown: list[str]) -> list[str]:
    """The meta's people as the byline spells them, when it shows the same people."""
    return fullest_names([names, shown]) or names
