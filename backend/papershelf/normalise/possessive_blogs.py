"""A one-person blog's post that shows no byline of its own, its blog named for its writer in the possessive:
the header's element classed as the site's title reads '<a person's whole name>'s <a word or two>' (Bert
Hubert's blog, 2026, Hugo's Minimo theme: <p class="site-title title">Bert Hubert's writings</p>, then his
e-mail address; og:site_name and the <title>'s part after the post's title the same; the post written in the
first person). The blog is that person's, and so is the post, as a blog whose tagline is its blogger's name is
(blog_taglines). The header is the site's where the name it shows is a name the site calls itself
(meta_authors.site_names). A name of the possessive that is no person's whole name ("Nature's notes", "The
Editor's desk") names nobody.
"""

from __future__ import annotations

import re

from .html_meta import Page, short_text
from .meta_authors import site_names
from .names import a_persons_name, display_name, is_group

# The class words of the blog's name in its header, matched by lexbor (a Python walk over every classed
# element read each one's attributes, on every page whose writer was not found before it); and of the
# navbar's brand, which names the site as its title does (Weijie Kong's Hexo site, round 194: a.brand-logo
# 'Weijie Kong's Homepage', og:site_name the same).
SITE_TITLES = ", ".join(f'[class~="{word}" i]'
                         for word in ("site-title", "blog-title", "site-name", "blog-name", "brand-logo",
                                      "navbar-brand"))
# How many characters (and nodes) a blog's name holds at most.
_NAME_LENGTH = 60
# The blog's name: the owner's name, an apostrophe and s, then one or two words of what the blog is
# ("writings", "blog", "Notes").
POSSESSIVE = re.compile(r"(.+?)['\u2019]s (\w+(?: \w+)?)")


def blogger_of_the_possessive_name(page: Page) -> list[str] | None:
    """The person the blog's possessive name names, in the page's first element classed as the site's title
    that holds words; None where that element is not a name the site calls itself, or its name is no
    person's whole name in the possessive. Elements are passed until that one, and no further."""
    for node in page.tree.css(SITE_TITLES):
        blog = " ".join((short_text(node, _NAME_LENGTH) or "").split())
        if not blog:
            continue  # an emptied title (the sidebar's h2 holding a link with no words)
        found = POSSESSIVE.fullmatch(blog)
        if found is None or blog.casefold() not in site_names(page):
            return None
        name = found.group(1)
        return [display_name(name) or name] if a_persons_name(name) and not is_group(name) else None
    return None
