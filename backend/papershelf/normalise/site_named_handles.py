"""A one-person blog's post signed by a bare handle that the site's own name holds as a word of its own (HXY's
Academic Space, 2026, Hexo's Fluid theme at cutesxy.github.io: author meta and article:author 'hxy', the
license box's '作者 hxy', og:site_name "HXY's Academic Space", no copyright line in the footer). The site is
named for the handle, so the handle is the name its writer publishes under, kept as written, as a handle the
footer's copyright line holds is (copyright_owners.owner_the_article_author_and_footer_call; the settled
reading of stop 76, 'κeenのHappy Hacκing Blog').

Only the post's own article:author is read (the author meta may be site-wide), one word of Latin or Greek
letters, two at least (one letter is an initial): a pen name in Chinese characters that a Chinese site
name runs on into ('九叶草的Blog') is no handle set apart by the script. The handle must stand in the site's
name as a word of its own, no Latin or Greek letter or digit either side ("HXY's …", 'κeenの…'): a handle
a word of the site's name is coined from, or runs on into ('Kent' in 'KentGuoK'), is the site's brand, not
read here.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, short_text
from .meta_authors import site_names
from .site_name_handles import word_runs

# How many letters a handle has at least: one letter is an initial, no name.
_HANDLE_LETTERS = 2
# How long a navbar brand read as the site's name runs at most (characters).
_BRAND_LENGTH = 80
# The letters (Latin, Greek) and digits a handle read here is written in.
_WORD_CHARACTER = r"0-9A-Za-z\u00c0-\u024f\u0370-\u03ff"


def handle_the_sites_name_holds(page: Page) -> list[str] | None:
    """The post's one article:author, a one-word handle of Latin or Greek letters, where one of the site's
    names (og:site_name, the <title>'s part beside the post's) holds it as a word of its own, casefolded;
    None otherwise."""
    named = {clean_text(value) for value in page.every("article:author")} - {None, ""}
    if len(named) != 1:
        return None
    handle = named.pop() or ""
    if (len(handle.split()) != 1 or len(handle) < _HANDLE_LETTERS or not handle.isalpha()
            or re.fullmatch(f"[{_WORD_CHARACTER}]+", handle) is None):
        return None
    # A word of its own in the site's name as site_name_handles reads one (one reading for every reader);
    # …or in the navbar's brand, the name the site shows over every page where its metas give another
    # (THUMarkLau's Hexo Fluid blog, round 261: a.navbar-brand "MarkLau's Blog", og:site_name '马克刘的博客').
    names = site_names(page) | _brand_names(page)
    held = any(handle.casefold() in word_runs(name) for name in names if name != handle.casefold())
    return [handle] if held else None


def _brand_names(page: Page) -> set[str]:
    """The words of the page's first navbar brand (a.navbar-brand), folded, as a name the site calls itself;
    none where it has no such brand."""
    brand = page.tree.css_first('a[class~="navbar-brand"]')
    shown = clean_text(short_text(brand, _BRAND_LENGTH)) if brand is not None else None
    return {shown.casefold()} if shown else set()
