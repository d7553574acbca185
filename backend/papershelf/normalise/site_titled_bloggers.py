"""A one-person blog's post signed only by a handle, the blog titled by its writer's whole name: the header's
element classed as the site's title reads a person's name and nothing else (Yuqiang Xie's blog, 2019, Hexo
NexT: span.site-title 'Yuqiang Xie', og:site_name and the <title>'s part after the post's title the same; the
post-copyright's author, the sidebar's schema.org Person and the footer's holder the handle 'IndexFziQ'). A
blog named for a person is that person's, as a blog named '<name>'s blog' is (possessive_blogs), and the
handle that signs the post is theirs: the post is the named person's.

A title in the possessive is read by possessive_blogs, not here ("DesmonDay's Blog"); and a title one of whose
words the handle is coined on is the site's brand, not its writer's name (Always Apple's Hexo NexT blog,
2022: the handle 'Applemandiath', as site_staff reads it).

Only where the page signs its post by one-word names alone (its author meta or schema.org people, each a
single word: a handle, which the staff check leaves out), and the site's title is a name the site calls itself
(meta_authors.site_names): a site titled otherwise ('Deep Notes'), or a post a whole name signs, is left to
the other readers.
"""

from __future__ import annotations

from .html_meta import Page, short_text
from .meta_authors import site_names
from .names import a_persons_name, display_name, is_group
from .possessive_blogs import SITE_TITLES

# How many characters (and nodes) a site's title holds at most.
_NAME_LENGTH = 60


def blogger_the_sites_title_names(page: Page) -> list[str] | None:
    """The person the site's title names whole, in the page's first element classed as the site's title that
    holds words, where the page signs its post by one-word handles alone; None otherwise. Elements are passed
    until that one, and no further."""
    signed = [name for name in (*page.every("author", "article:author"), *page.people()) if name.strip()]
    if not signed or any(len(name.split()) != 1 for name in signed):
        return None
    for node in page.tree.css(SITE_TITLES):
        title = " ".join((short_text(node, _NAME_LENGTH) or "").split())
        if not title:
            continue
        if title.casefold() not in site_names(page) or len(title.split()) < 2 or _branded(title, signed):
            return None
        return [display_name(title) or title] if a_persons_name(title) and not is_group(title) else None
    return None


# How many letters a word of the site's title has at least for a handle coined on it to be read so.
_BRAND_WORD = 4


def _branded(title: str, signed: list[str]) -> bool:
    """Whether the title is in the possessive, or a handle that signs the post opens with one of its words:
    a brand, not a person's name."""
    if "'" in title or "\u2019" in title:
        return True
    words = [word.casefold() for word in title.split() if len(word) >= _BRAND_WORD]
    return any(name.strip().casefold().startswith(word) for name in signed for word in words)
