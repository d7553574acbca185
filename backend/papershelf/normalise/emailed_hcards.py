"""An hCard whose name is the writer's given name and e-mail address in parentheses, completed by the blog's
name in the possessive (Adam Ginsburg's blog, 2008, Pelican's notmyidea theme: <address class="vcard
author">By <a class="url fn">Adam (adam.g.ginsburg@gmail.com)</a></address>, the <title> and the banner's h1
'Adam Ginsburg's blog'). The address is no part of a name, and a given name alone names nobody whole; but
the blog named for a person whose name opens with that given name is that person's, and so is the post, as
a blog's possessive name names its writer (possessive_blogs). A name of other words, or a blog named for
someone else, is not read here.
"""

from __future__ import annotations

import re

from .html_meta import Page
from .names import a_persons_name, display_name, is_group
from .possessive_blogs import POSSESSIVE

# A given name, then an e-mail address in parentheses.
_EMAILED = re.compile(r"([^\W\d_][\w'-]*)\s*\(\s*[^\s()@]+@[^\s()@]+\s*\)")
# How many characters an hCard's name, and the blog's name, hold at most.
_NAME_LENGTH = 120


def emailed_name_in_full(name: str, page: Page) -> str | None:
    """The whole name of the person an hCard names by a given name and an e-mail address, where the page's
    <title> is a blog named in the possessive for a person whose name opens with that given name; None
    otherwise."""
    found = _EMAILED.fullmatch(name.strip()[:_NAME_LENGTH])
    if found is None:
        return None
    blog = POSSESSIVE.fullmatch(" ".join((page.node_text("title") or "")[:_NAME_LENGTH].split()))
    owner = blog.group(1) if blog else ""
    if owner.split()[:1] != [found.group(1)] or not a_persons_name(owner) or is_group(owner):
        return None
    return display_name(owner) or owner
