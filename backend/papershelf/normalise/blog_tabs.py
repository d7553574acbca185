"""A blog's post page whose <title> is the blog's name, which its h1 shows, a separator, then the post's
title, which a lower heading shows whole (Schneier on Security, 2012, Movable Type: no meta; <title>
'Schneier on Security: Micromorts', the h1 'Schneier on Security', the post's h3 'Micromorts' under an h2 of
its day). Without meta, that heading is the post's title, as the h1 the <title> repeats is a story's
(shown_titles.heading_the_tab_repeats, which here finds the blog's name). Such a post shows no byline
where its blog is one person's: the masthead over every page is the blogger's whole name (p.mastname 'Bruce
Schneier') and the blog's name carries that person's family name; the post is theirs. Where the
template closes the post with its "Posted by" line (Movable Type's p.posted: Econbrowser, 2012, 'Posted by
James Hamilton at October 28, 2012 01:23 PM'), the first such line names the post's writer; the comments'
lines after it ('Posted by: … at …') name commenters.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .dated_headings import dated_beside_its_heading
from .html_meta import Page, short_text
from .names import a_persons_name, display_name, is_group
from .places import page_headings

# The class words of a masthead, the site's name over every page ("mastname", "masthead", "site-title").
_MASTHEADS = ("mast", "site-title", "site-name", "blog-title", "blog-name")
# How many characters (and nodes) a masthead that is a name holds at most.
_NAME_LENGTH = 60
# A post's closing line that names its writer before the day: "Posted by James Hamilton at October 28, …"
# (a comment's is "Posted by: …", and Schneier's "Posted on …" names no one).
_POSTED_BY = re.compile(r"Posted by ([^:].*?) at \S")
# The class word of the element that holds that line (Movable Type's p.posted).
_POSTED = "posted"
# How many characters (and nodes) a posted line holds at most.
_LINE_LENGTH = 120
# The separator after the blog's name: a colon ("Schneier on Security: …"), or a bar or dash between spaces.
_SEPARATOR = re.compile(r"\s*:\s+|\s+(?:--|[|\-\u2013\u2014\u00bb])\s+")


def post_after_the_blogs_name(page: Page) -> str | None:
    """The title the <title> gives after the blog's name that the page's first h1 shows, where a lower
    heading shows it whole; None where the <title> opens otherwise or no heading shows the rest."""
    tab = clean_text(page.node_text("title") or "")
    blog = _blogs_name(page)
    if not tab or not blog or not tab.startswith(blog):
        return None
    separator = _SEPARATOR.match(tab, len(blog))
    post = tab[separator.end():] if separator else ""
    if not post or post == blog:
        return None
    return post if any(text == post for _, text in page_headings(page, "h2,h3,h4")) else None


def dated_post_after_the_blogs_name(page: Page) -> BodyRecord | None:
    """The record of such a post, dated by the day that stands alone right above its heading; None where
    the page is not one."""
    post = post_after_the_blogs_name(page)
    return dated_beside_its_heading(page, post, above_only=True) if post else None


def blogger_of_the_masthead(page: Page) -> list[str] | None:
    """The one person such a post's blog is: the whole name its masthead shows alone, where the blog's name
    carries the family name; None where the page is no such post or its masthead names no such person."""
    if post_after_the_blogs_name(page) is None:
        return None
    blog = {word.casefold() for word in (_blogs_name(page) or "").split()}
    for node in page.tree.css("[class]"):
        classes = (node.attributes.get("class") or "").casefold()
        if not any(word in classes for word in _MASTHEADS):
            continue
        name = " ".join((short_text(node, _NAME_LENGTH) or "").split())
        if name and a_persons_name(name) and not is_group(name) and name.split()[-1].casefold() in blog:
            return [display_name(name) or name]
        return None  # the first masthead names the site, a person or not
    return None


def _blogs_name(page: Page) -> str | None:
    return next((text for _, text in page_headings(page, "h1") if text), None)


def poster_of_the_post(page: Page) -> list[str] | None:
    """The writer the post's own "Posted by … at …" line names, the first element classed "posted" on a
    post page after the blog's name; None where the page is no such post, or that first line names no one
    (a comment's line after it is a commenter's)."""
    if post_after_the_blogs_name(page) is None:
        return None
    for node in page.tree.css("[class]"):
        if _POSTED not in (node.attributes.get("class") or "").casefold().split():
            continue
        line = " ".join((short_text(node, _LINE_LENGTH) or "").split())
        found = _POSTED_BY.match(line)
        name = found.group(1).strip() if found else ""
        if name and a_persons_name(name) and not is_group(name):
            return [display_name(name) or name]
        return None  # the post's line names no one: the next are the comments'
    return None
