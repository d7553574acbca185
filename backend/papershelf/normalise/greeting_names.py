"""A writer's name field set to a greeting that names them ('👋 Hey, I'm Yadong': Bansheng's Hugo Blox post,
2026, at dingyadong.top, its author meta, its BlogPosting JSON-LD's author Person and the post's 'Authors' box
all the profile's greeting; the footer '© 2026 Yadong Ding'). The greeting is no name: read as one, 'Hey, I'm
Yadong' turns about its comma into "I'm Yadong Hey". The person is the one the greeting introduces, and where
the footer's copyright line names a person one of whose words is that name, the holder's whole name is theirs
(as footer_holders reads a given name the author meta gives); otherwise the introduced name alone, where it is
a person's.

Only a greeting word opening the field ('hi', 'hey', 'hello', past any emoji or marks) and an introduction
after it ("I'm", 'I am', 'this is'), the name closing the field; and only where the names read from the page
are that field's words and no others (the one name it was read as), so a byline read elsewhere stays.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .footer_holders import copyright_holder
from .html_meta import Page, short_text
from .names import a_persons_name, display_name, is_group

# The greeting, the introduction, then the name closing the field: one anchored pass over a short field.
_GREETING = re.compile(
    r"[^\w]{0,12}(?:hi|hey|hello|howdy)\b[\s,!.\u3001\uff0c\uff01]*(?:i['\u2019]m|i\s+am|this\s+is)\s+"
    r"(?P<name>[^\W\d_][\w.' -]{0,40}?)[\s!.\u3002\uff01]*", re.IGNORECASE)
# How many footers are read (the page's last ones), and how many characters (and nodes) each holds at most.
_FOOTERS_READ = 3
_FOOTER_LENGTH = 600
# How many of a footer's paragraphs are read at most.
_BLOCKS_READ = 6
# How long a name field is at most.
_FIELD_LENGTH = 80


def name_the_greeting_introduces(text: str) -> str | None:
    """The name a greeting field introduces ('👋 Hey, I'm Yadong' → 'Yadong'); None for no greeting."""
    if len(text) > _FIELD_LENGTH:
        return None
    found = _GREETING.fullmatch(text.strip())
    return " ".join(found["name"].split()) if found else None


def writer_behind_the_greeting(page: Page, authors: list[str] | None) -> list[str] | None:
    """The person the page's greeting name field introduces, in the footer copyright holder's whole name where
    it holds that name, where the authors are that field read as a name; the authors otherwise."""
    if not authors or len(authors) != 1:
        return authors
    fields = {clean_text(value) for value in page.every("author", "article:author")} - {None, ""}
    fields |= {name for name in page.people() if name.strip()}
    for field in fields:
        name = name_the_greeting_introduces(field or "")
        if name is None or _words(authors[0]) != _words(field or ""):
            continue
        given = name.casefold().split()
        for footer in reversed(page.tree.css("footer")[-_FOOTERS_READ:]):
            # The footer's paragraphs apart, as a reader sees them: a theme's credit in the next paragraph
            # would run on into the holder's name ('© 2026 Yadong Ding' then '由Hugo Blox Kit支持发布').
            for block in [*footer.css("p")[:_BLOCKS_READ], footer]:
                holder = copyright_holder(short_text(block, _FOOTER_LENGTH) or "")
                words = holder.casefold().split() if holder else []
                if holder and all(word in words for word in given):
                    return [display_name(holder) or holder]
        return [name] if a_persons_name(name) and not is_group(name) else None
    return authors


def _words(text: str) -> set[str]:
    """A name's words, casefolded, marks and emoji left out, in any order."""
    return {word for word in re.findall(r"[^\W_][\w'\u2019]*", text.casefold())}
