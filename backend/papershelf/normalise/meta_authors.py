"""The authors meta names, weighed against the byline the page shows.

Meta a site's software writes may name the people worse than its byline does: given names cut to
initials ("Marina A Petrou" where the byline spells "Marina Agathi Petrou"), several people in one
tag, a login for a person, the first author alone, editors among Dublin Core's contributors. A page
never reads worse for carrying such meta than for carrying none, so where the meta's names look poor
in one of these ways the byline is read too, and names them. Reading a byline is costly: it is read
only when the meta's names give it a chance to be better.
"""

from __future__ import annotations

import re

from .bylines import byline
from .html_meta import Page
from .names import covers, display_names, fullest_names, same_person

# An initial standing for a given name: "A", "A.", PubMed's run-together "EM".
_INITIALS = re.compile(r"[A-Z]\.?|[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
# A user name of the site's software ("hwadmin", "editor_2"): one word, no capital; no one's name.
_LOGIN = re.compile(r"[a-z0-9._@-]*[a-z][a-z0-9._@-]*")
# Dublin Core's people, the creators before the contributors.
_DUBLIN_CORE_PEOPLE = ("dc.creator", "dcterms.creator", "dc.contributor")
# A name of this many words may be two people's run together (no one name is in a byline).
_SEVERAL_WORDS = 5
# A tag listing this many names is a list: one name holds at most a family name, given names and a
# suffix.
_LISTED = 3
# The start of a person's name: a capitalised word, maybe an initial, another capitalised word.
_ANOTHER_NAME = r"[A-Z][a-z\u00df-\u024f'\u2019-]+\s+(?:[A-Z]\.?\s+)?[A-Z][a-z\u00df-\u024f]"
# How many abbreviated names are looked for spelt in full: a long list's first ones tell.
_LOOKED_FOR = 12


def dublin_core_people(page: Page, tags: tuple[str, ...] = _DUBLIN_CORE_PEOPLE) -> list[str]:
    """The people of the first Dublin Core tag that names any: a site's CMS may write the login
    that posted the page as its dc.creator ("hwadmin") and the authors as dc.contributor."""
    for tag in tags:
        if people := [name for name in display_names(page.every(tag)) if not _LOGIN.fullmatch(name)]:
            return people
    return []


def weighed_against_byline(page: Page, title: str | None, names: list[str], dublin_core: bool
                           ) -> list[str]:
    """The meta's people (Dublin Core's when `dublin_core`), or the byline's when it names them
    better."""
    if dublin_core and _contributors_only(page):
        # DC's contributors are the editors and reviewers too (eLife's DC.contributor ends with the
        # reviewing editor): the byline, when it shows some of them, shows the authors.
        shown = byline(page, title)
        return shown if _some_of(shown, names) else as_the_byline_shows(names, shown)
    return as_the_byline_shows(names, byline(page, title)) if may_be_poorer(page, names) else names


def _contributors_only(page: Page) -> bool:
    return dublin_core_people(page, _DUBLIN_CORE_PEOPLE[:2]) == [] and bool(page.every("dc.contributor"))


def _some_of(shown: list[str], names: list[str]) -> bool:
    """Whether the byline shows some of the names, in their order, and no one else."""
    rest = iter(names)
    return 0 < len(shown) < len(names) and all(any(same_person(person, name) for name in rest)
                                               for person in shown)


def may_be_poorer(page: Page, names: list[str]) -> bool:
    """Whether the byline may name the meta's people better: a tag listing several names, a name
    long enough to be two run together that the page never shows as one, one name the page's text
    lists with others, or the page's text spelling a given name one of them cuts to its initial."""
    if any(_lists_names(name) for name in names):
        return True
    long = [name for name in names if len(name.split()) >= _SEVERAL_WORDS][:_LOOKED_FOR]
    spellings = [found for name in names if (found := _spelt_in_full(name))][:_LOOKED_FOR]
    if not (long or spellings or len(names) == 1) or page.tree.body is None:
        return False
    # Blocks run together in the tree's text ("Round thingsAda King Lovelace"): parted by spaces.
    text = page.tree.body.text(deep=True, separator=" ")
    shown_whole = (_shown(name) for name in long)
    if any(re.search(pattern, text) is None for pattern in shown_whole):
        return True
    if len(names) == 1 and re.search(_listed_with_others(names[0]), text):
        return True
    return bool(spellings) and re.search("|".join(spellings), text) is not None


def _listed_with_others(name: str) -> str:
    """The name followed, past its marks, by a comma, "and" or "&" and what reads as another
    person's name ("Mohammad Hosseini1, Violeta Ilik"): a byline of several people where meta names
    the first. Not an affiliation ("School of …"), a year or a quote after it."""
    return rf"{_shown(name)}[\W\d_]{{0,8}}?(?:[,;&]|\band\b)[\W\d_]{{0,8}}{_ANOTHER_NAME}"


def _shown(name: str) -> str:
    return r"\s+".join(map(re.escape, name.split()))


def _lists_names(name: str) -> bool:
    """"Nava Ashraf, Oriana Bandiera, Virginia Minni": three parts or more, each of two words or
    more (a suffix, "…, III", is one word)."""
    parts = name.split(",")
    return len(parts) >= _LISTED and all(len(part.split()) >= 2 for part in parts)


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
    """The meta's people as the byline spells them, when it shows the same people: more of them
    in the same words (one tag holding several names, "Nava Ashraf, Oriana Bandiera, …", or two
    run together, "Jonathan H. Wright David Lucca" from "David Lucca, Jonathan H. Wright" read as
    family name first), or more of them besides (JSON-LD naming the first author alone), else each
    of them spelt as fully as either does."""
    if len(shown) > len(names) and _words(shown) == _words(names):
        return shown
    if covers(shown, names):
        return shown  # the byline holds the meta's people and more
    return fullest_names([names, shown]) or names


def _words(names: list[str]) -> list[str]:
    return sorted(word for name in names for word in re.findall(r"\w+", name.casefold()))
