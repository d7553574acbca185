"""A blog's post page whose <title> is the blog's name, which its h1 shows, a separator, then the post's
title, which a lower heading shows whole (Schneier on Security, 2012, Movable Type: no meta; <title>
'Schneier on Security: Micromorts', the h1 'Schneier on Security', the post's h3 'Micromorts' under an h2 of
its day). Without meta, that heading is the post's title, as the h1 the <title> repeats is a story's
(shown_titles.heading_the_tab_repeats, which here finds the blog's name). Such a post shows no byline
where its blog is one person's: the masthead over every page is the blogger's whole name (p.mastname 'Bruce
Schneier') and the blog's name carries that person's family name; the post is theirs. Where the
template closes the post with its "Posted by" line (Movable Type's p.posted: Econbrowser, 2012, 'Posted by
James Hamilton at October 28, 2012 01:23 PM'), the first such line names the post's writer; the comments'
lines after it ('Posted by: … at …') name commenters. Typepad's template closes the post with
span.post-footers 'Posted by John Turri on Sunday, October 28, 2012 at 06:18 PM in Epistemology'
(Experimental Philosophy, 2012) and shows no day above the post's h3: that line dates the post as well as
naming its writer. WordPress.com's
p.post-footer 'Posted by Karen Eng | Permalink | 6 Comments' (the TED Blog, 2012, its post's title an h1 after
the blog's h1) names the writer before a bar.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .dated_headings import dated_beside_its_heading
from .dates import dates_in_text
from .html_meta import Page, short_text
from .names import a_persons_name, display_name, is_group
from .news_releases import over_prose
from .places import HEADINGS, page_headings, title_heading

# The class words of a masthead, the site's name over every page ("mastname", "masthead", "site-title").
_MASTHEADS = ("mast", "site-title", "site-name", "blog-title", "blog-name")
# How many characters (and nodes) a masthead that is a name holds at most.
_NAME_LENGTH = 60
# A post's closing line that names its writer before the day: "Posted by James Hamilton at October 28, …"
# (a comment's is "Posted by: …", and Schneier's "Posted on …" names no one).
# Typepad's and WordPress.com's say "on" before the day, or a bar before the permalink.
_POSTED_BY = re.compile(r"Posted by ([^:|].*?)(?: at \S| on \S|\s*\|)")
# The day such a line gives after "on", up to the time after " at ".
_POSTED_ON = re.compile(r"Posted by [^:|].*? on (.+?) at \S")
# The class words of the element that holds that line (Movable Type's p.posted, Typepad's span.post-footers,
# WordPress.com's p.post-footer).
_POSTED = frozenset(("posted", "post-footers", "post-footer"))
# How many characters (and nodes) a posted line holds at most.
_LINE_LENGTH = 120
# The separator after the blog's name: a colon ("Schneier on Security: …"), or a bar or dash between spaces.
_SEPARATOR = re.compile(r"\s*:\s+|\s+(?:--|[|\-\u2013\u2014\u00bb])\s+")


def post_after_the_blogs_name(page: Page) -> str | None:
    """The title the <title> gives after the blog's name that the page's first h1 shows, where a lower
    heading shows it whole; None where the <title> opens otherwise or no heading shows the rest."""
    return _post_after_the_blogs_name(page, "h2,h3,h4")


def _post_after_the_blogs_name(page: Page, headings: str) -> str | None:
    tab = clean_text(page.node_text("title") or "")
    blog = _blogs_name(page)
    if not tab or not blog or not tab.startswith(blog):
        return None
    separator = _SEPARATOR.match(tab, len(blog))
    post = tab[separator.end():] if separator else ""
    if not post or post == blog:
        return None
    return post if any(text == post for _, text in page_headings(page, headings)) else None


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
    """The writer the post's own "Posted by …" line names, the first element classed as that line on a post
    page after the blog's name; None where the page is no such post, or that first line names no one (a
    comment's line after it is a commenter's)."""
    if _post_after_the_blogs_name(page, "h1,h2,h3,h4") is None:
        return None
    line = _posted_line(page)
    found = _POSTED_BY.match(line) if line else None
    name = found.group(1).strip() if found else ""
    if name and a_persons_name(name) and not is_group(name):
        return [display_name(name) or name]
    return None


def post_dated_by_its_posted_line(page: Page) -> BodyRecord | None:
    """The record of a post after the blog's name that no day heads, dated by its own "Posted by … on <day>
    at <time>" line (Typepad, 2012); None where the page is no such post or the line gives no day."""
    post = post_after_the_blogs_name(page)
    line = _posted_line(page) if post else None
    found = _POSTED_ON.match(line) if line else None
    days = [day for _, _, day in dates_in_text(found.group(1))] if found else []
    heading = title_heading(page, post, HEADINGS) if days and days[0] else None
    return over_prose(page, heading, post, days[0]) if heading is not None else None


def _posted_line(page: Page) -> str | None:
    """The text of the first element classed as a post's "Posted by" line, the post's own (the comments'
    come after it); None where the page has none. One element's short text is read, no further."""
    for node in page.tree.css("[class]"):
        if _POSTED.isdisjoint((node.attributes.get("class") or "").casefold().split()):
            continue
        return " ".join((short_text(node, _LINE_LENGTH) or "").split()) or None
    return None
