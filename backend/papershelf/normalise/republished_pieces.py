"""A piece republished from The Conversation, whose republishing markup every site that takes its articles
carries: the text opens with the writer's name linked to the writer's profile there, and the writer's
institution in italics after a comma ("<a href="https://theconversation.com/profiles/…">Shelia R. Cotten</a>,
<em><a href="https://theconversation.com/institutions/…">Clemson University</a></em>"), and closes with "This
article is republished from The Conversation". The site that republishes it may credit it to its own account
in its byline and meta (Clemson News, 2024: "by Clemson News", its og:site_name): the writers that line names
are then the piece's authors. A writer the page names otherwise is kept. So are the writer that a line of its
own, "Written by:" and the name, names at the head of a piece the site's account posted (The Planetary Press,
2020: 'By The Planetary Press' in the header, its og:site_name; the text opening 'Courtesy of Forests News',
then '<em>Written by: <a>Julie Mollins</a></em>').
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, block_text, short_text
from .meta_authors import site_names
from .names import a_persons_name, display_name, is_group
from .places import in_another_entry

# The writer's profile on The Conversation, which the republishing line links each writer's name to.
_PROFILE_LINKS = 'a[href*="theconversation.com/profiles/"]'
# How many words a writer's name runs to at least, and at most.
_NAME_WORDS = (2, 5)


def over_the_sites_account(page: Page, authors: list[str] | None) -> list[str] | None:
    """The writers a republished Conversation piece's opening line names, where the authors read otherwise
    are the site's own account; else `authors` as they are."""
    if not authors:
        return authors
    own = site_names(page)
    if not all(name.casefold() in own for name in authors):
        return authors
    return _republishing_line_writers(page) or _written_by_line_writer(page) or authors


# A line of its own naming the piece's writer: "Written by: Julie Mollins" (or "Words by", "Text by").
_WRITTEN_BY = re.compile(r"(?:written|words|text)\s+by\s*:?\s+(\S.*)", re.IGNORECASE)
# How many characters (and nodes) such a line holds at most.
_LINE = 80


def _written_by_line_writer(page: Page) -> list[str]:
    """The person the first paragraph that is such a line names, outside a list, an aside, a nav or a footer
    (another story's); none where that first line names no person."""
    for node in page.tree.css("p"):
        line = " ".join((short_text(node, _LINE) or "").split())
        found = _WRITTEN_BY.fullmatch(line) if line else None
        if found is None or in_another_entry(page, node):
            continue
        name = found.group(1).strip()
        return [display_name(name) or name] if a_persons_name(name) and not is_group(name) else []
    return []


def _republishing_line_writers(page: Page) -> list[str]:
    """The names linked to their Conversation profiles in the first block that links any: the republishing
    line, one writer or several; none where any of them is no person's name."""
    links = page.tree.css(_PROFILE_LINKS)
    if not links or links[0].parent is None:
        return []
    line = links[0].parent.mem_id
    names = [clean_text(block_text(link)) or "" for link in links
             if link.parent is not None and link.parent.mem_id == line]
    least, most = _NAME_WORDS
    if not all(least <= len(name.split()) <= most and all(word[:1].isupper() for word in name.split())
               for name in names):
        return []
    return names
