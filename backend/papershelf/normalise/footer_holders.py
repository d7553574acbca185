"""A one-person blog's post that shows no byline, its writer named by one author meta and by the footer's
copyright line: the meta gives the whole name, the given name alone or the owner's lower-case handle, and the
footer's '©' line gives the whole name (Kan-Hua Lee's blog, 2020, and Theory And Practice, 2014, Pelican's
pelican-bootstrap3: meta author 'Kan-Hua Lee' and 'cranmer', '© 2020 Kan-Hua Lee · Powered by …'; Dion
Häfner's blog, 2021: article:author 'Dion', '© Dion Häfner 2016–Inf'). The site's copyright holder is its
owner, and the meta says the owner wrote the post: the post is theirs, by the name the footer spells out. A
holder the meta does not name (a publisher's '© 2020 Springer Nature'), or a meta naming several people,
reads no writer so.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .family_first_holders import given_name_first
from .html_meta import Page, short_text
from .names import a_persons_name, display_name, is_group

# How many footers are read (the page's last ones, where a site's copyright line is), and how many characters
# (and nodes) each holds at most.
_FOOTERS_READ = 3
_FOOTER_LENGTH = 600
# The copyright sign and what follows it up to a separator ('·', '|', a line's end): years and the holder.
# The years may stand on a line of their own, the holder on the next, as a template's indentation writes them
# (Hugo's terminal theme, Hirotaka Kawashima's site, round 182: '© 2021', then 'Hirotaka Kawashima' a line
# below, then 'CC BY-NC 4.0'): the years and the line breaks after them are passed to the holder's line.
_COPYRIGHT = re.compile(r"(?:©|\(c\))\s*(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?\s*\n\s*)?(?P<holder>[^·|\n]{1,80})",
                        re.IGNORECASE)
# A holder's name ends at the stop before the theme's or the host's credit, or a rights line, that follows
# it in the same line ('© Copyright 2026 Geonsik Youn. Powered by Jekyll with al-folio theme.', al-folio's
# footer, 2021); a stop before other words (an initial's, 'J. Smith') ends nothing.
# …or at the rights line itself without a stop before it ('© 2026 Jonathan K. Kummerfeld All Rights Reserved',
# Docsy's footer, round 258): 'All Rights Reserved' is no part of a name.
_CREDIT_AFTER = re.compile(
    r"\.\s+(?=(?:powered|hosted|built|made|generated|designed|all\s+rights)\b)|\s+(?=all\s+rights\s+reserved\b)",
    re.IGNORECASE)
# The word 'Copyright' after the sign, as al-folio and Sphinx write it ('© Copyright 2024, Andrea Gabrio'):
# the line's label, no part of the holder's name.
_LABEL = "copyright"
# A holder's name has two to four words.
_NAME_WORDS = range(2, 5)


def writer_the_footer_holds(page: Page) -> list[str] | None:
    """The footer's copyright holder, where the page's one author meta names that person (whole, or by one
    word of the name: a given name or a handle); None otherwise."""
    named = {clean_text(value) for value in page.every("author", "article:author")} - {None, ""}
    if len(named) != 1:
        return None
    meta = (named.pop() or "").casefold()
    footers = page.tree.css("footer")[-_FOOTERS_READ:]
    if not footers:
        # A template that writes its footer without a <footer> element, its copyright line the page's closing
        # paragraph (EO & DA Ramblings, 2012, a Pelican theme on Bootstrap 2: after the comment
        # '<!--footer-->', <p align="center"><a>EO & DA Ramblings</a> © J Gomez-Dans Powered by …</p>, meta
        # author 'J Gomez-Dans'): the last paragraphs of the page, read as a footer is.
        footers = page.tree.css("p")[-_FOOTERS_READ:]
    for footer in reversed(footers):
        holder = copyright_holder(short_text(footer, _FOOTER_LENGTH) or "")
        if holder is None:
            continue
        words = [word.casefold() for word in holder.split()]
        if meta == holder.casefold() or (len(meta.split()) == 1 and meta in words):
            return [display_name(holder) or holder]
    return None


def copyright_holder(text: str) -> str | None:
    """The person a footer's copyright line names, its label, years and ranges left out and the credit after
    it left off; None where it names none."""
    name = holder_words(text)
    # A holder written family name first with a comma, 'Nakamura, Ryotaro': the person given name first
    # (family_first_holders, round 242).
    name = given_name_first(name) or name if name else name
    if name is None or len(name.split()) not in _NAME_WORDS or not a_persons_name(name) or is_group(name):
        return None
    return name


def holder_words(text: str) -> str | None:
    """The words a footer's copyright line holds after its sign, its label, years and ranges left out and the
    credit after it left off, whether or not they are a person's name; None where the line holds none."""
    match = _COPYRIGHT.search(text)
    if match is None:
        return None
    holder = _CREDIT_AFTER.split(match["holder"], maxsplit=1)[0]
    words = [word for word in holder.split()
             if not any(char.isdigit() for char in word) and word.casefold() != _LABEL]
    return " ".join(words).strip(" .,;") or None
