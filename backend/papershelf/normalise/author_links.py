"""The byline a post or a hand-made page shows as links: the run of links to each person's page (a
blog's /author/<slug>/, a proceedings' /people/<slug>/, a search for the person's papers) under the
heading of its title, or to each author's own entry further down the page. `bylines.py` reads the
other bylines.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any
from urllib.parse import parse_qs, unquote

from ..identity import clean_text
from .html_meta import Page, nearest_answer
from .names import NAME_PART, display_name, folded, is_group
from .places import ancestors, below_heading, title_or_first_heading
from .standfirst_blocks import in_a_standfirst

# A link to an author's page: Ghost and WordPress blogs' /author/<slug>/, Atypon's /author/<name>, the
# ACL Anthology's /people/s/<slug>/, NBER's /people/<slug>; in German, Spanish or Portuguese the authors'
# pages ("autor", "autoren", "autores": Makronom's /ueber-uns/autoren/Clara-Loew, 2023); a news site's page of
# each of its reporters' stories (IBT Media's sites, 2013: Design & Trend's /reporters/michael-briggs, linked
# from the date line under the heading, 'May 15, 2013 03:46 PM EDT | Michael Briggs'); a news site's page of
# each writer's biography (GlobalPost, 2012: the link marked rel=author under the dek to /bio/mariya-karimjee,
# the page article:author names too).
_AUTHOR_PAGE = re.compile(r"/(?:author|people|autor|autoren|autores|reporters|bio)/([^?#]+)$")
# A group's name is a few words ("HOPE Project Consortium"): longer text after a byline is prose.
_GROUP_LENGTH = 80


def author_links(page: Page, title: str | None) -> list[str]:
    """The people a post's byline links to their author pages under its heading: a run of such links
    with no more than separators between them ("A, B and C"; a proceedings' editors further down
    are another run)."""
    heading = title_or_first_heading(page, title)
    names: list[str] = []
    inside: set[int] = set()  # the nodes of the person link whose text is being passed
    pop_ups: dict[int, bool] = {}
    # The standfirst under the heading is passed (Makronom's excerpt, the byline under it).
    for node in below_heading(page, heading, in_a_standfirst) if heading is not None else ():
        if name := _person_link(node) or _link_to_own_entry(node):
            inside = {part.mem_id for part in node.traverse(include_text=True)}
            if name not in names:
                names.append(name)
        elif names and node.tag == "-text" and _ends_the_byline(node, inside, pop_ups):
            if group := _closing_group(node):
                names.append(group)
            break
    return names


def marked_author_link(page: Page) -> list[str]:
    """The one person the page's links marked as the author's (rel=author) name, where each links that
    person's page of posts (WordPress's /author/<slug>/) and shows a name its address names: a post's footer
    line after the entry ('by <a rel="author" href="…/author/pplait/">Phil Plait</a> in Cool stuff', Discover
    Magazine's Bad Astronomy, 2012), which no byline under the heading gives. Links to two people, or to
    another kind of page (a Blogger profile's), name nobody."""
    names = {_person_link(link) if _AUTHOR_PAGE.search(link.attributes.get("href") or "") else None
             for link in page.tree.css('a[rel~="author"]')}
    return [names.pop()] if len(names) == 1 and None not in names else []


def _closing_group(text: Any) -> str | None:
    """A group that the byline's person links close with in plain text, no link of its own ("…; and the
    HOPE Project Consortium", JAMA Network, 2025): it signs the paper with them."""
    value = clean_text(text.text_content) or ""
    if len(value) > _GROUP_LENGTH:
        return None
    value = value.strip(" ,;&")
    for word in ("and ", "the "):
        value = value[len(word):] if value.casefold().startswith(word) else value
    value = value.strip(" .,;")
    return value if value and is_group(value) else None


# Letters a separator between two names may hold: ", and", "&", an affiliation mark.
_SEPARATOR_LETTERS = 6


def _ends_the_byline(text: Any, link: set[int], pop_ups: dict[int, bool]) -> bool:
    """Text after a byline's person links that is more than a separator (and not theirs or a pop-up's)."""
    letters = len(re.sub(r"\W", "", text.text_content or ""))
    return letters > _SEPARATOR_LETTERS and text.mem_id not in link and not _in_pop_up(text, pop_ups)


def _in_pop_up(node: Any, known: dict[int, bool]) -> bool:
    """Text a byline shows only on hover: T&F's affiliation overlay beside each name."""
    return nearest_answer(node, lambda parent: _a_pop_up(parent) or None, known)


def _a_pop_up(node: Any) -> bool:
    return any(word in (node.attributes.get("class") or "") for word in ("overlay", "popup", "tooltip"))


# A link that searches the site for an author: RSC's ?searchtext=Author%3A…, HighWire's ?author1=…,
# IOS Press's ?q=author%3A("Holte, Robert C."), Digital Commons's ?q=%28author%3A"…"%20AND%20… (Penn's
# repository), PubMed's ?term=Remus%20DM%5BAuthor%5D (NLM style:
# family name, then initials).
_AUTHOR_SEARCH = re.compile(
    r"[?&](?:author\d*=|searchtext=author%3a|q=(?:%28)?author%3a)([^&#]+)|[?&]term=([^&#]+)%5bauthor%5d",
    re.IGNORECASE,
)
_NLM_NAME = re.compile(r"(.+?) ([A-Z]{1,3})")


def _person_link(node: Any) -> str | None:
    """The name a link to a person's page (or a search for their papers) shows, when it names the
    person its address does ("Martin Fenner" for /author/mfenner/), not an action ("Search for more
    papers by this author")."""
    href = (node.attributes.get("href") or "") if node.tag == "a" else ""
    found = _AUTHOR_PAGE.search(href) or _AUTHOR_SEARCH.search(href)
    searched = None if found is not None or "?" not in href else _filtered_author_search(href)
    if found is None and searched is None:
        return None
    shown = clean_text(node.text(deep=True)) or ""
    if (nlm := _NLM_NAME.fullmatch(shown)) and "%5bauthor%5d" in href.casefold():
        shown = f"{nlm.group(2)} {nlm.group(1)}"  # "Remus DM" is DM Remus
    address = searched or unquote(next(group for group in found.groups() if group)).replace("+", " ")
    address = address.casefold()
    name = display_name(_without_shown_workplace(shown, address))
    if not name or not _names_the_address(name, address):
        return None
    return _as_the_address_spells(name, address) if _AUTHOR_PAGE.search(href) else name


def _without_shown_workplace(shown: str, address: str) -> str:
    """The name a person link shows before a comma when its address names that much and no more: Digital
    Commons's author search link shows "I. Bennett Capers, Fordham Law School" (the name in <strong>, the
    workplace in <em>) for ?q=author:"I. Bennett Capers", and what follows the comma is no given name
    written after a family name. A name the address names whole ("Smith, John") is kept as shown."""
    head, comma, _ = shown.partition(",")
    head = head.strip()
    if not comma or shown.casefold() in address or len(head.split()) < 2:
        return shown
    return head if f'"{head.casefold()}"' in address else shown


def _filtered_author_search(href: str) -> str | None:
    """The words a site's own search link looks for when it says it searches the authors: MiniConf's
    virtual conference sites (ACL and EMNLP 2020, ICLR, ICML and NeurIPS) link each name of a paper's
    byline to papers.html?filter=authors&search=Wenxuan Zhang&program=all."""
    # The query taken by hand: urlsplit refuses a malformed host ("http://[x/?…"), which a page may write.
    query = parse_qs(href.split("?", 1)[1].split("#", 1)[0])
    if not {value.casefold() for value in query.get("filter", ())} & {"author", "authors"}:
        return None
    return next(iter(query.get("search", ())), None)


def _link_to_own_entry(node: Any) -> str | None:
    """The name a link to the person's own entry further down the page shows, when the fragment is the
    family name ("A Brief History of the Internet", 1997: <a href="#leiner">Barry M. Leiner</a>, … each
    to the note on that author under "Authors"); a contents list's entries are sections, whatever they
    show ("#Origins", and "Structural Mapping Rules" to "#Rules" in the Journal of Digital Information)."""
    href = (node.attributes.get("href") or "") if node.tag == "a" else ""
    if not href.startswith("#") or len(href) > _LONGEST_FRAGMENT:
        return None
    shown = clean_text(node.text(deep=True)) or ""
    if not NAME_PART.fullmatch(shown) or folded(shown.split()[-1]) != folded(href[1:]):
        return None
    # A contents entry whose fragment is a numbered word ('For AnonReviewer5' to '#AnonReviewer5', AdaSpeech's
    # demo page, round 186: the samples made for a reviewer) names a section: no person's name holds a digit.
    if any(character.isdigit() for character in shown):
        return None
    if any(parent.tag in _LISTS for parent in islice(ancestors(node), _LIST_LEVELS)):
        return None
    return display_name(shown) or None


# What holds a contents list's entries, looked for a few levels up (a byline is not so deep in one).
_LISTS = frozenset(("li", "nav", "ul", "ol", "dl", "table"))
_LIST_LEVELS = 40


# A fragment that is a family name is a word, not a sentence.
_LONGEST_FRAGMENT = 60


def _as_the_address_spells(name: str, address: str) -> str:
    """The name as the person's page address spells it when that is fuller and the same person: the
    ACL Anthology links "R. Florian" to /people/radu-florian/ and "Alexander Rush" to
    /people/alexander-m-rush/. Each word shown must be the address's word or its initial."""
    words = [word for word in address.split("/")[0].split("-") if word.isalpha()]
    shown = name.replace(".", ". ").split()
    if len(words) < 2 or len(words) < len(shown):
        return name
    spelt: list[str] = []
    at = 0
    for word in words:
        current = shown[at] if at < len(shown) else ""
        initial = current.endswith(".") and len(folded(current)) == 1
        if current and folded(current) == word:
            spelt.append(current)
        elif initial and word.startswith(folded(current)):
            spelt.append(word.capitalize() if len(word) > 1 else current)
        elif len(word) == 1:
            spelt.append(word.upper() + ".")  # a middle initial the byline leaves out
            continue
        else:
            return name
        at += 1
    return " ".join(spelt) if at == len(shown) else name


# The fewest letters of a family name a login-style address keeps after the initial ("jwinkelm").
_LOGIN_FAMILY_LETTERS = 4


def _names_the_address(name: str, slug: str) -> bool:
    words = name.casefold().replace(".", " ").split()
    if any(len(word) > 1 and word in slug for word in words):
        return True
    # A login name cut to eight letters, the given name's initial and the family name's start (NBER,
    # 2025: "Joseph Winkelmann" at /people/jwinkelm).
    if len(words) < 2:  # no given name and family name to cut a login from ("..." has no words)
        return False
    login, family = folded(slug), folded(words[-1])
    return (len(login) > _LOGIN_FAMILY_LETTERS and login[0] == folded(words[0])[:1]
            and family.startswith(login[1:]))
