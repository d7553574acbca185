"""A talk's or a seminar's page whose heading names its speaker: the page's address says it is one of the
site's talks or seminars (/talks/<slug>/, /seminars/<slug>/), and its heading opens with a person's whole
name and then a talk's words, '<Name>'s talk on …', '<Name> presenting …', '<Name> presents …', or ends
with 'talk by <Name>'. That person gives the talk, whose abstract is theirs: the page's author, as a
paper's page is read by the paper's authors (CIICADA Lab's seminar page, 2023, Hugo Blowfish: 'Jamie
Freestone's talk on Philosophy, feedback, and representations', its author block empty; ZJU VAI's talk
page, 2020, Academic 4.3.1: 'Xumeng Wang presenting VAST Paper “ConceptExplorer: …” at IEEE VAST 2020',
over the author card and author meta 'Minfeng Zhu', the theme's default author that names the site's maker
on every page, not the talk's speaker). The speaker stands over the meta's person: the heading says who
gave the talk, the meta who made the page. A heading whose opening words are not a person's name ('The Lab
presenting …', 'Our talk by …') names none.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from ..identity import clean_text
from .names import a_persons_name, is_group

# The address's folders that say the page is one of the site's talks or seminars.
_TALK_FOLDERS = frozenset({"talk", "talks", "seminar", "seminars", "lecture", "lectures"})
# The heading's longest run read (characters): a title, not a text.
_LONGEST_HEADING = 400
# '<Name>'s talk on …' (straight or curly apostrophe), '<Name> presenting …', '<Name> presents …'.
_OPENING = re.compile(
    r"^(?P<name>[^\W\d_][^'’]{2,60}?)(?:['’]s (?:talk|seminar|lecture)\b| (?:presenting|presents) )")
# '… talk by <Name>' at the end of the heading.
_CLOSING = re.compile(r"\b(?:talk|seminar|lecture) by (?P<name>[^\W\d_][^,;:]{2,60})$")
# Words that open or close no person's name but a group's or the site's own ('The Round Lab presenting …').
_NO_PERSON = frozenset({"the", "our", "a", "an", "lab", "laboratory", "group", "team", "center", "centre",
                        "institute", "university", "members", "students"})


def speaker_the_heading_names(url: str, title: str | None) -> list[str] | None:
    """The one person the talk page's heading names as its speaker; None where the address says no talk or
    seminar, or the heading's words around the talk's are no person's whole name. Reads the title alone."""
    if not title or len(title) > _LONGEST_HEADING or not _a_talks_address(url):
        return None
    heading = clean_text(title)
    found = _OPENING.match(heading) or _CLOSING.search(heading)
    if found is None:
        return None
    name = found.group("name").strip()
    words = name.casefold().split()
    if not a_persons_name(name) or is_group(name) or words[0] in _NO_PERSON or words[-1] in _NO_PERSON:
        return None
    return [name]


def _a_talks_address(url: str) -> bool:
    """Whether a folder of the page's address, before its own, names the site's talks or seminars."""
    folders = [part.casefold() for part in urlparse(url).path.split("/") if part]
    return any(folder in _TALK_FOLDERS for folder in folders[:-1])
