"""A handle the site's own name holds: a one-person blog named for its writer's handle (κeenのHappy
Hacκing Blog's Hugo liquorice posts, 2019, round 224: og:article:author 'κeen', 'Written by κeen' under the
text, the header's home link and the <title>'s tail 'κeenのHappy Hacκing Blog', the footer's '© 2025. All
rights reserved.' naming no one). The lead's stop-76 reading: a bare handle the post's own author meta signs,
which the site's name holds, is the name the writer publishes under, as it is where the footer's copyright
line holds it (copyright_owners.owner_the_article_author_and_footer_call, stop 73's rule): the site's name is
a second holder.

Narrowly: the handle must be a whole word-run of the site's name, not a part of a longer word ('Lee' is no
run of 'Leeds Notes'). A run is the letters of the scripts written with spaces between words (Latin, Greek,
Cyrillic) and digits, ended by anything else: a space, an apostrophe, or a letter of a script written
without spaces ('κeen' ends at 'の'). The site's name is og:site_name, or the <title>'s last part after a
separator that a link of the page's header shows whole (the header's site title)."""

from __future__ import annotations

import unicodedata
from functools import cache

from .html_meta import Page, select_all, short_text
from .places import TITLE_SEPARATOR

# The scripts written with spaces between words, whose letters make one run.
_SPACED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
# How long a header's link text is read at most (a site's title is short).
_SITE_TITLE_LENGTH = 120


@cache
def _in_a_run(char: str) -> bool:
    if char.isdigit():
        return True
    return char.isalpha() and unicodedata.name(char, "").startswith(_SPACED_SCRIPTS)


def word_runs(text: str) -> set[str]:
    """The text's runs of letters of spaced scripts and digits, casefolded."""
    runs, run = set(), []
    for char in text + " ":
        if _in_a_run(char):
            run.append(char)
        elif run:
            runs.add("".join(run).casefold())
            run = []
    return runs


def sites_names(page: Page) -> list[str]:
    """The site's own names: og:site_name, and the <title>'s last part that a link of the header shows
    whole."""
    names = list(page.every("og:site_name"))
    title = page.head_title
    parts = TITLE_SEPARATOR.split(" ".join((title.text() if title is not None else "").split()))
    if len(parts) > 1 and parts[-1]:
        tail = parts[-1]
        if any(" ".join((short_text(link, _SITE_TITLE_LENGTH) or "").split()) == tail
               for link in select_all(page.tree, "header a")):
            names.append(tail)
    return names


def sites_name_holds_the_handle(page: Page, handle: str) -> bool:
    """Whether one of the site's names holds the handle (casefolded) as a whole word-run."""
    return any(handle in word_runs(name) for name in sites_names(page))


def host_label_of_the_sites_name(page: Page) -> str:
    """The first label past 'www' of a site's name written as a host, og:site_name 'sureshsarda.me' (Suresh
    Sarda's Hugo site, round 238, served at the numeronym s9a.me): the site's own name spells its owner's
    as a host does. ASCII letters alone, casefolded; '' where og:site_name is no host's name (words, or one
    label)."""
    for name in page.every("og:site_name"):
        labels = " ".join((name or "").split()).casefold().split(".")
        if len(labels) < 2 or " " in name.strip():
            continue
        while len(labels) > 2 and labels[0] == "www":
            labels = labels[1:]
        if labels[0].isascii() and labels[0].isalpha() and all(labels[1:]):
            return labels[0]
    return ""
