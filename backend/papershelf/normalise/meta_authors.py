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
from typing import Any

from .bylines import byline
from .html_meta import Page, json_ld_authors, json_ld_types
from .labelled_creators import labelled_authors
from .names import DEGREES, a_persons_name, covers, display_names, fullest_names, is_group, same_person
from .places import TITLE_SEPARATOR

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
# The rest of a given name spelt out after its initial, up to the next word.
_SPELT = re.compile(r"[a-z\u00df-\u024f]+\s+")
# How far after a spelt-out given name its family name may come (further given names between).
_FAMILY_WITHIN = 60
# What follows one name in a byline of several: its marks, a comma, "and" or "&", another name.
_ANOTHER_AFTER = re.compile(
    r"[\W\d_]{0,8}?(?:[,;&]|\band\b)[\W\d_]{0,8}(?:[A-Z][a-z\u00df-\u024f'\u2019-]+\s+"
    # …its middle initials one, or several run together ("Erik J.S. Emilson", the Watershed Ecology Team's
    # Wowchemy byline, 2024).
    r"(?:[A-Z]\.?\s+|(?:[A-Z]\.){2,3}\s+)?"
    r"[A-Z][a-z\u00df-\u024f]"
    # …or a person set as initials and a family name, as the whole byline is (CDRL's Academic pages, 2019:
    # "E. Bentea, E. A. K. Depasquale, …"); not a journal's abbreviated name ("J. Biol. Chem.").
    r"|(?:[A-Z]\.\s?){1,3}[A-Z][a-z\u00df-\u024f'\u2019-]+(?![\w.]))"
)
# What comes before the last name of a byline of several: another name, its marks, then a comma,
# "and" or "&" ("Cuong D. Tran , 1,2 and Gordon S. Howarth"); looked for in the text just before.
_ANOTHER_BEFORE = re.compile(
    r"[A-Z][a-z\u00df-\u024f'\u2019-]+\s+(?:[A-Z]\.?\s+)?[A-Z][a-z\u00df-\u024f'\u2019-]+"
    r"[\W\d_]{0,12}?(?:[,;&]|\band\b)[\W\d_]{0,8}$"
)
_BEFORE_WITHIN = 80
# Degrees after a name, each after a comma, with the affiliation marks set after them ("…, MD, PhD1,2,3").
_DEGREE_WORDS = "|".join(sorted(DEGREES, key=len, reverse=True))
_DEGREES_AFTER = re.compile(rf"(?:\s*,\s*(?:{_DEGREE_WORDS})(?![^\W\d_])\d*(?:,\d+)*)+", re.IGNORECASE)
# How many abbreviated names, and places of a name, are looked at: the first ones tell.
_LOOKED_FOR = 12
# How far after the group's name again its members' list starts ("… Consortium Authors: Rio …").
_MEMBERS_WITHIN = 40


def dublin_core_people(page: Page, tags: tuple[str, ...] = _DUBLIN_CORE_PEOPLE) -> list[str]:
    """The people of the first Dublin Core tag that names any: a site's CMS may write the login
    that posted the page as its dc.creator ("hwadmin") and the authors as dc.contributor."""
    for tag in tags:
        values = page.every(tag)
        # CSRC's "Author: Michael Fagan (NIST)": the authors the labels name, not the editors beside them.
        named = labelled_authors(values)
        if people := [name for name in display_names(values if named is None else named)
                      if not _LOGIN.fullmatch(name)]:
            return people
    return []


def weighed_against_byline(page: Page, title: str | None, names: list[str], dublin_core: bool,
                           search_text: bool = True) -> list[str]:
    """The meta's people (Dublin Core's when `dublin_core`), or the byline's when it names them
    better. `search_text` False: only the meta's own signs call for the byline, not what the
    page's text shows (a search of the whole text, for a page a publisher row knows)."""
    names = _without_group_members(page, names)
    if dublin_core and _contributors_only(page):
        # DC's contributors are the editors and reviewers too (eLife's DC.contributor ends with the
        # reviewing editor): the byline, when it shows some of them, shows the authors.
        shown = byline(page, title)
        return shown if _some_of(shown, names) else as_the_byline_shows(names, shown)
    if (any(_lists_names(name) for name in names) or (dublin_core and _two_names_in_a_tag(page))
            or (search_text and _text_shows_better(page, names))):
        shown = byline(page, title)
        # No byline to reorder them by, or one that spells someone otherwise ("Gian Battista VAI" read as
        # initials last, "VAI Gian Battista"): the order the text shows them in.
        unmatched = not shown or (len(shown) == len(names) and _in_the_order_of(shown, names) is None)
        if unmatched and search_text and (ordered := _in_the_order_the_text_shows(page, names)):
            return ordered
        return as_the_byline_shows(names, shown)
    return names


def _in_the_order_the_text_shows(page: Page, names: list[str]) -> list[str] | None:
    """The meta's people in the order the page's text first shows each of them, when it shows every
    one, for a byline no reader takes for one: Geodiversitas's citation_author tags come in no order,
    its byline a bare line with the family names in capitals ("Andreas BRAUN & Petr BUDIL")."""
    if page.tree.body is None or len(names) < 2:
        return None
    folded = page.whole_text(separator=" ").casefold()
    places = [folded.find(name.casefold()) for name in names]
    if min(places) < 0 or len(set(places)) < len(places):
        return None
    # A byline shows them together: a name shown first elsewhere (an editor's line, a box of the
    # corresponding author, a list of other papers) says nothing of the byline's order.
    if max(places) - min(places) > sum(map(len, names)) + _BETWEEN_NAMES * len(names):
        return None
    return [name for _, name in sorted(zip(places, names, strict=True))]


# How many characters a byline sets between two of its names at most: marks, a comma, "and", a space.
_BETWEEN_NAMES = 20


def _without_group_members(page: Page, names: list[str]) -> list[str]:
    """The meta's people up to a group among them whose members it lists after it, when the page
    shows those members under the group's name, not in the byline (JAMA Network, 2025: citation_author
    names 18 people, "HOPE Project Consortium", then the consortium's 9 members, whom the byline's
    "… and the HOPE Project Consortium" leaves to "The HOPE Project Consortium Authors: Rio Kamashita,
    …" in the article's information). A group inside a byline ("A, B, X Study Group, C") is followed
    on the page by the next author itself, not by its own name again, however the byline writes that
    author ("A. Lee, PRISM Study Group, C. Mayer": the family name right after the group)."""
    at = next((i for i, name in enumerate(names[:-1]) if is_group(name)), None)
    if at is None or page.tree.body is None:
        return names
    text = page.whole_text(separator=" ")
    group, member = names[at], names[at + 1]
    first = text.find(group)
    shown = text.find(member)
    if first < 0 or shown < first:
        return names
    family = (member.split() or [member])[-1]
    if family in text[first + len(group): first + len(group) + _MEMBERS_WITHIN]:
        return names
    again = text.rfind(group, first + len(group), shown)
    return names[: at + 1] if again >= 0 and shown - again - len(group) <= _MEMBERS_WITHIN else names


def _contributors_only(page: Page) -> bool:
    return dublin_core_people(page, _DUBLIN_CORE_PEOPLE[:2]) == [] and bool(page.every("dc.contributor"))


def _some_of(shown: list[str], names: list[str]) -> bool:
    """Whether the byline shows some of the names, in their order, and no one else."""
    rest = iter(names)
    return 0 < len(shown) < len(names) and all(any(same_person(person, name) for name in rest)
                                               for person in shown)


def _text_shows_better(page: Page, names: list[str]) -> bool:
    """Whether the page's text shows the byline may name the meta's people better: a name long
    enough to be two run together that the text never shows as one, one name it lists with others,
    a given name one of them cuts to its initial spelt out, or a name with an initial that the text
    never writes as the meta does (MEDLINE's "Caravaggio F" for the byline's "Fernando Caravaggio",
    "Foulkes, Andrew J" for "Andrew J. Foulkes": the meta is not the page's own spelling)."""
    long = [name for name in names if len(name.split()) >= _SEVERAL_WORDS][:_LOOKED_FOR]
    abbreviated = [name for name in names if _initial_after_given_name(name)][:_LOOKED_FOR]
    initialled = [name for name in names if any(map(_INITIALS.fullmatch, name.split()))][:_LOOKED_FOR]
    if page.tree.body is None:
        return False
    # Names are looked for as plain strings: patterns made per name cost more to build than the
    # whole search.
    text = page.whole_text(separator=" ")
    return (any(name not in text for name in (*long, *initialled))
            or _shown_in_another_order(text, names)
            or (len(names) == 1 and _listed_with_others(text, names[0]))
            or any(_spelt_in_full(text, name) for name in abbreviated))


def _shown_in_another_order(text: str, names: list[str]) -> bool:
    """Whether the text first shows the meta's people in another order than the meta lists them
    (IJCAI's citation_author tags put the last authors first): the byline's order is the paper's. A
    byline that sets the family names in capitals ("Andreas BRAUN & Petr BUDIL", Geodiversitas) shows
    them too."""
    folded = text.casefold()
    places = [folded.find(name.casefold()) for name in names[:_LOOKED_FOR]]
    return len(places) > 1 and min(places) >= 0 and places != sorted(places)


def _listed_with_others(text: str, name: str) -> bool:
    """Whether the text shows the name followed, past its marks, by a comma, "and" or "&" and what
    reads as another person's name ("Mohammad Hosseini1, Violeta Ilik"): a byline of several people
    where meta names the first. Not an affiliation ("School of …"), a year or a quote after it. Or
    preceded so by another's name ("Cuong D. Tran, and Gordon S. Howarth"): meta names the last (the
    corresponding author, Hindawi)."""
    # A template's indentation between a name's element and the comma after it ("Xuelong Li</span>\n
    # ,  <span>Di Hu", GeWu-Lab's Hugo site) is no mark: spaces count for nothing.
    text = " ".join(text.split())
    return any(_ANOTHER_AFTER.match(text, _past_degrees(text, at + len(name)))
               or _ANOTHER_BEFORE.search(text[max(0, at - _BEFORE_WITHIN) : at])
               for at in _places(text, name))


def _past_degrees(text: str, at: int) -> int:
    """Where the text goes on after the degrees written after a name, with their marks ("Sayo Hamatani,
    PhD1,2,3; Kazuki …": JAMA Network's byline)."""
    found = _DEGREES_AFTER.match(text, at)
    return found.end() if found else at


def _places(text: str, word: str, whole: bool = True) -> list[int]:
    """Where the text shows `word` (up to a few places): as a word of its own, or only not inside
    one (`whole` False: "Marina A" opening "Marina Agathi")."""
    found: list[int] = []
    at = text.find(word)
    while at != -1 and len(found) < _LOOKED_FOR:
        if not _is_letter(text, at - 1) and (not whole or not _is_letter(text, at + len(word))):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _is_letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isalpha()


def _lists_names(name: str) -> bool:
    """"Nava Ashraf, Oriana Bandiera, Virginia Minni": three parts or more, each of two words or
    more (a suffix, "…, III", is one word)."""
    parts = name.split(",")
    return len(parts) >= _LISTED and all(len(part.split()) >= 2 for part in parts)


def _two_names_in_a_tag(page: Page) -> bool:
    """Whether a Dublin Core tag reads as two whole names parted by a comma ("David Lucca, Jonathan
    H. Wright"), which the "Family, Given" reading runs together: two words or more on each side,
    the second ending in a family name, not an initial ("El Hajj, Maguy S" is one person)."""
    for value in page.every(*_DUBLIN_CORE_PEOPLE[:2]):
        family, comma, given = value.partition(",")
        if comma and "," not in given and len(family.split()) >= 2 and len(given.split()) >= 2:
            last = given.split()[-1]
            if not _INITIALS.fullmatch(last) and any(char.islower() for char in last):
                return True
    return False


def _initial_after_given_name(name: str) -> int:
    """Where the name's first initial is, when a given name comes before it and the family name
    after ("Marina A Petrou": 1); 0 for a name that opens with its initial, as any capitalised word
    could stand for it."""
    words = name.split()
    at = next((at for at, word in enumerate(words) if _INITIALS.fullmatch(word)), 0)
    return 0 if at == len(words) - 1 or _INITIALS.fullmatch(words[-1]) else at


def _spelt_in_full(text: str, name: str) -> bool:
    """Whether the text spells the name with its first initial spelt out ("Marina A Petrou":
    "Marina Agathi Petrou"; further given names may come before the family name, "Fernando E.
    Martins Fonseca", and a mark after it, "Petrou3")."""
    words = name.split()
    at = _initial_after_given_name(name)
    opening = f"{words[at - 1]} {words[at][0]}"
    for found in _places(text, opening, whole=False):
        spelt = _SPELT.match(text, found + len(opening))
        if spelt and _places(text[spelt.end() : spelt.end() + _FAMILY_WITHIN], words[-1]):
            return True
    return False


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
    # The same people in another order: the byline's, each spelt as fully as either does.
    names = _in_the_order_of(shown, names) or names
    return fullest_names([names, shown]) or names


def _in_the_order_of(shown: list[str], names: list[str]) -> list[str] | None:
    """The meta's people in the byline's order, when the byline shows each of them once and no one
    else; None otherwise."""
    if len(shown) != len(names):
        return None
    left, ordered = list(names), []
    for person in shown:
        match = next((name for name in left if same_person(person, name)), None)
        if match is None:
            return None
        left.remove(match)
        ordered.append(match)
    return ordered


def _words(names: list[str]) -> list[str]:
    return sorted(word for name in names for word in re.findall(r"\w+", name.casefold()))


def several_author_tags(page: Page) -> list[str]:
    """The people a page's plain author meta names one a tag, when it names two or more (pandoc's HTML
    template writes one tag an author: Quarto, R Markdown). One such tag alone names a site's owner as
    often as the paper's author (a researcher's site built by Hugo's Academic theme), so it names nobody."""
    # The same name twice (a blog's tag written by two templates) is one person: told by its words, each
    # name once, as a page may hold thousands of such tags.
    names: dict[str, str] = {}
    # A template may write the site's name as an author tag beside the post's author ("Example University
    # News", its og:site_name and the <title>'s part after the separator): the site, no person.
    sites = site_names(page)
    for name in display_names(page.every("author")):
        if name.casefold() not in sites:
            names.setdefault(name.casefold(), name)
    return list(names.values()) if len(names) > 1 else []


def site_names(page: Page) -> set[str]:
    """The names the site calls itself, folded: the <title>'s parts beside the page's own, its site name."""
    title = page.node_text("title") or ""
    names = {part for part in TITLE_SEPARATOR.split(title) if part != title}
    names |= {name for name in (page.first("og:site_name"), page.first("application-name")) if name}
    return {name.strip().casefold() for name in names}


def publisher_as_author(article: dict[str, Any]) -> set[str]:
    """The names of a JSON-LD article's authors that are organisations named as its publisher is: the site
    naming itself as the author (National Geographic UK, 2020: author and publisher the Organization
    "National Geographic", the writer in the byline), no byline of the article; and of any author named as
    the Organization that publishes it is (Makronom, 2023: its author a Person 'Makronom', its publisher
    the Organization 'Makronom'), unless that author is a Person with a person's whole name."""
    publishers = article.get("publisher")
    published_by = {name.casefold() for name in json_ld_authors(publishers)} if publishers else set()
    items = publishers if isinstance(publishers, list) else [publishers]
    organisations = [item for item in items
                     if isinstance(item, dict) and "organization" in json_ld_types(item.get("@type"))]
    by_an_organisation = {name.casefold() for name in json_ld_authors(organisations)}
    people = article.get("author") or article.get("creator")
    items = people if isinstance(people, list) else [people]
    organisations = [item for item in items
                     if isinstance(item, dict) and "organization" in json_ld_types(item.get("@type"))]
    # …but a Person whose name is a person's whole name is the writer of a one-person site, which publishes
    # under its writer's name (Giles' blog, 2026: author the Person 'Giles Thomas' linking his about page,
    # publisher the Organization 'Giles Thomas'; article:author the same), not the site naming itself.
    people_named = {name for item in items if isinstance(item, dict)
                    and "person" in json_ld_types(item.get("@type"))
                    for name in json_ld_authors(item) if a_persons_name(name) and not is_group(name)}
    return ({name for name in json_ld_authors(organisations) if name.casefold() in published_by}
            | {name for name in json_ld_authors(items)
               if name.casefold() in by_an_organisation and name not in people_named})


def meta_author_for_a_nameless_person(page: Page, article: dict[str, Any]) -> list[str]:
    """The person the page's one author meta names, where its JSON-LD article's one author is a Person its
    template left without a name (Seeker, 2017: author {"@type": "Person", "name": "False"}, meta author
    "Elizabeth Howell", the byline a script writes): the article says one person wrote it, the tag says
    who. None where the article names its author, names several, or the tag is the site's name."""
    people = article.get("author") or article.get("creator")
    items = people if isinstance(people, list) else [people]
    if len(items) != 1 or not isinstance(items[0], dict):
        return []
    if "person" not in json_ld_types(items[0].get("@type")):
        return []
    if json_ld_authors(items):
        return []
    names = display_names(page.every("author"))
    return names if len(names) == 1 and names[0].casefold() not in site_names(page) else []
