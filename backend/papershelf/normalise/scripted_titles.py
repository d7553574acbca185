"""A hand-made page that writes its title and its day with scripts: no <title> and no heading of its own,
but inline scripts that assign the post's title and its day to variables, which the site's shared scripts
write out as the <title>, the header's h1 and the signature's day when a browser runs them (Brandon Rohrer's
blog, 2018, hand-written HTML on GitHub Pages: before <head>, <script>var blog_title = "How decision trees
work";</script> and <script>var publication_date = "July 21, 2018";</script>, then blog_header.js and
blog_signature.js, not part of the page; the tutorial's text in <p>s). The variables are what the reader is
shown, and the page shows nothing else to name or date it. A variable is read only as a whole script of one
assignment of a short string, its name saying it holds a title or a publication day; a page with a <title>
or a heading of its own is not read so.
"""

from __future__ import annotations

import re

from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, inline_scripts

# One assignment of a string, the whole script: `var blog_title = "…";`.
_ASSIGNMENT = re.compile(r'\s*(?:var|let|const)\s+(\w{1,40})\s*=\s*"([^"\\]{1,200})"\s*;?\s*')
# The names a title's and a publication day's variables go by.
_TITLE_NAMES = ("blog_title", "post_title", "page_title", "article_title")
_DAY_NAMES = ("publication_date", "published_date", "post_date", "publish_date")
# How many of the page's first scripts are read.
_SCRIPTS_READ = 12


def scripted_post(page: Page) -> BodyRecord | None:
    """The record the page's title and day variables give, where it has no <title> or heading of its own
    and both are assigned; None otherwise."""
    if page.head_title is not None or page.tree.css_first("h1, h2") is not None:
        return None
    assigned: dict[str, str] = {}
    for text in inline_scripts(page, _SCRIPTS_READ):
        found = _ASSIGNMENT.fullmatch(text)
        if found:
            assigned.setdefault(found.group(1).casefold(), " ".join(found.group(2).split()))
    title = next((assigned[name] for name in _TITLE_NAMES if assigned.get(name)), None)
    day = next((found for name in _DAY_NAMES if (found := day_of_the_line(assigned.get(name) or ""))), None)
    return BodyRecord(title=title, shown=[day], known=True) if title and day else None
