"""A piece republished from The Conversation, whose republishing markup every site that takes its articles
carries: the text opens with the writer's name linked to the writer's profile there, and the writer's
institution in italics after a comma ("<a href="https://theconversation.com/profiles/…">Shelia R. Cotten</a>,
<em><a href="https://theconversation.com/institutions/…">Clemson University</a></em>"), and closes with "This
article is republished from The Conversation". The site that republishes it may credit it to its own account
in its byline and meta (Clemson News, 2024: "by Clemson News", its og:site_name): the writers that line names
are then the piece's authors. A writer the page names otherwise is kept.
"""

from __future__ import annotations

from ..identity import clean_text
from .html_meta import Page, block_text
from .meta_authors import site_names

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
    return _republishing_line_writers(page) or authors


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
