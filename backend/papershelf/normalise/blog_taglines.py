"""A one-person blog's post that shows no byline of its own: its header sets the blog's name in an element
classed as the site's title and, right after it, as the blog's tagline (the element classed as the site's
description), the blogger's whole name alone (Sprachpunkt, 2019, WordPress.com's Fresh News theme: <span
class="site-title"><a>Sprachpunkt</a></span> <span class="site-description">Alexander Lasch</span>; the post
written in the first person). The blog is that person's, and so is the post. The header is the site's
where the blog's name it shows is a name the site calls itself (meta_authors.site_names: og:site_name, a
part of its <title>: "… | Sprachpunkt"). A tagline of words ("Notes on language") names nobody; nor does
one of two capitalised words that are the blogger's trade, its last word a trade's (Kimberly's Blog, 2023,
Hugo's Stack theme: h1.site-name "Kimberly's Blog", h2.site-description 'Vision Engineer').
"""

from __future__ import annotations

from .html_meta import Page, next_element, short_text
from .meta_authors import site_names
from .names import a_persons_name, display_name, is_group

# The class words of the blog's name in its header, and of its tagline right after it.
SITE_TITLES = frozenset(("site-title", "blog-title", "site-name", "blog-name"))
TAGLINES = frozenset(("site-description", "blog-description", "tagline", "site-tagline"))
# The last words of a tagline that names the blogger's trade or standing, not the blogger ('Vision Engineer',
# 'Research Scientist', 'PhD Student'): capitalised as a name's words are, and no family name.
TRADES = frozenset((
    "engineer", "developer", "scientist", "researcher", "student", "designer", "programmer", "analyst",
    "candidate", "physicist", "mathematician", "economist", "statistician", "enthusiast", "hacker",
))
# How many characters (and nodes) a blog's name or a tagline that is a name holds at most.
_NAME_LENGTH = 60


def blogger_of_the_tagline(page: Page) -> list[str] | None:
    """The person the blog's tagline names, right after the blog's name in its header; None where the page's
    first element classed as the site's title is not the site's name, has no tagline after it, or its tagline
    is no person's whole name."""
    for node in page.tree.css("[class]"):
        if SITE_TITLES.isdisjoint((node.attributes.get("class") or "").casefold().split()):
            continue
        # The first site's title decides: the header's, or no blog's.
        blog = " ".join((short_text(node, _NAME_LENGTH) or "").split())
        tagline = next_element(node)
        if not blog or blog.casefold() not in site_names(page) or tagline is None:
            return None
        if TAGLINES.isdisjoint((tagline.attributes.get("class") or "").casefold().split()):
            return None
        name = " ".join((short_text(tagline, _NAME_LENGTH) or "").split())
        if (name and a_persons_name(name) and not is_group(name) and name.casefold() != blog.casefold()
                and name.split()[-1].casefold() not in TRADES):
            return [display_name(name) or name]
        return None
    return None
