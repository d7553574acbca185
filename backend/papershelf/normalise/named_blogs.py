"""A one-person blog's post that shows no byline of its own, its blog named for its writer before a bar: the
header's h1, which the <title> opens with before the post's title, reads '<a person's whole name> | <the
blog's title>' (apophenia, 2012, WordPress's Atahualpa theme: h1.blogtitle 'danah boyd | apophenia', the
<title> 'danah boyd | apophenia » ' and the post's title, the post in the first person; the sidebar's
widget 'My name is <a>danah boyd</a> and I'm …'). The blog is that person's, and so is the post, as a blog
whose possessive name is a person's is (possessive_blogs). A name some writers keep in lower case ('danah
boyd', 'bell hooks') is a person's where its capitalised words would be. The name is taken for a person's
only where the page shows it again, as written, as the whole text of a link outside the heading (the
blogger's link to their own page): a blog's name of two capitalised words before a bar ('Retraction Watch |
Tracking retractions') reads as a person's name too, and names nobody.
"""

from __future__ import annotations

import re
from typing import Any

from .blog_tabs import post_after_the_blogs_name
from .html_meta import Page, short_text
from .names import a_persons_name, display_name, is_group
from .places import page_headings

# The blog's name and its title: a bar, a dash or a colon between them.
_BEFORE_THE_TITLE = re.compile(r"(.+?)(?:\s+[|\u2013\u2014-]\s+|:\s+)\S")
# How many characters (and nodes) a link that is a name holds at most.
_NAME_LENGTH = 60
# How many links are read at most looking for the name again.
_LINKS = 2000


def blogger_before_the_bar(page: Page) -> list[str] | None:
    """The person the blog's name opens with, before a bar and the blog's title, on a post after the blog's
    name; None where the page is no such post, the name is no person's whole name, or the page shows it
    nowhere else as a link's whole text."""
    if post_after_the_blogs_name(page) is None:
        return None
    h1 = next(((node, text) for node, text in page_headings(page, "h1") if text), None)
    found = _BEFORE_THE_TITLE.match(h1[1]) if h1 else None
    name = " ".join(found.group(1).split()) if found else ""
    if not name or is_group(name) or not (a_persons_name(name) or (
            name.islower() and a_persons_name(name.title()))):
        return None
    if not _linked_elsewhere(page, h1[0], name):
        return None
    return [name if name.islower() else display_name(name) or name]


def _linked_elsewhere(page: Page, heading: Any, name: str) -> bool:
    """Whether a link outside the heading has the name, as written, for its whole text."""
    for count, link in enumerate(page.tree.css("a")):
        if count > _LINKS:
            return False
        text = " ".join((short_text(link, _NAME_LENGTH) or "").split())
        if text == name and not _inside(link, heading):
            return True
    return False


def _inside(node: Any, heading: Any) -> bool:
    """Whether the node is the heading or within it."""
    while node is not None:
        if node.mem_id == heading.mem_id:
            return True
        node = node.parent
    return False
