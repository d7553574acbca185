"""A byline that names the site's own staff where a writer's name belongs: the site's name and a desk's word
("Gizmodo Staff", 2024: the byline, the author meta and the JSON-LD author's Person alike, og:site_name
"Gizmodo"). The site's desk, no person, as "The Editors" or "Staff Writers" alone are none
(names.a_staff_role); a person's name with a desk's word after it is one ("Ann Staff" on another site).
Nor is a pen name of the article and one word ("By The Lorax", Field of Science, 2012): a person's name does
not open with "The"; a group's may ("The ATLAS Collaboration"), and a journal's editors' ("The PLoS Medicine
Editors"), which run longer. Nor a screen name of one word closed by a capital ("ZapperZ", a Blogger hCard).
"""

from __future__ import annotations

import re

from .html_meta import Page
from .meta_authors import site_names
from .names import a_staff_role, is_group
from .wire_agencies import a_wire_credit


def without_site_staff(page: Page, authors: list[str] | None) -> list[str] | None:
    """The authors less any that is the site's name followed by a desk's words, or a pen name of the article
    and one word; None when none is left."""
    if not authors:
        return authors
    sites = site_names(page)
    # …nor a one-word name that is one of the site's names, a blog's on a site of blogs ("Neurobonkers",
    # the part of Big Think's <title> between the post's title and the site's, 2012).
    # …nor a news agency's credit, its wire copy's ("Pulse News Agency International by AFP", 2020).
    kept = [name for name in authors if not _site_staff(name, sites) and not pen_name(name)
            and not (len(name.split()) == 1 and name.casefold() in sites) and not a_wire_credit(name)]
    return kept or None


def pen_name(name: str) -> bool:
    """Whether a name is the article and one word ("The Lorax"), no person's nor a group's; or one word
    written as a screen name, a capital after its lower-case letters closing it ("ZapperZ", Physics and
    Physicists' Blogger hCard, 2012), which no given or family name is ("Thilo", "McDonald")."""
    words = name.split()
    if len(words) == 1:
        return _SCREEN_NAME.fullmatch(name) is not None
    return len(words) == _PEN_NAME_WORDS and words[0] == "The" and not is_group(name)


# A screen name of one word: letters, the last a capital after lower-case ones ("ZapperZ").
_SCREEN_NAME = re.compile(r"[A-Za-z]*[a-z][A-Z]")


# How many words a pen name of the article and a word holds.
_PEN_NAME_WORDS = 2


def _site_staff(name: str, sites: set[str]) -> bool:
    """Whether the name is one of the site's names, then the words of a desk ("Gizmodo Staff", "Example
    News Staff Writers")."""
    words = name.split()
    for cut in range(1, len(words)):
        if " ".join(words[:cut]).casefold() in sites and a_staff_role(" ".join(words[cut:])):
            return True
    return False
