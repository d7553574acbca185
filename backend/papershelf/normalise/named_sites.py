"""A one-person blog's post that shows no byline, the blog named for its blogger: its header sets the site's
name, a person's whole name, in the element classed as the site's title and, right after it, a tagline
classed as the site's description that names the blogger's trade or standing, and the footer's copyright line
holds that same name (Kijung Jeon's Hugo Stack site, 2023: the sidebar's h1.site-name 'KIJUNG JEON' over
h2.site-description 'Undergraduate student (KAIST, B.S in EE & Math)', og:site_name 'KIJUNG JEON', the footer
'© 2023 - 2024 KIJUNG JEON'). A tagline saying what someone does says the site is a person's, and the site's
name is then that person's. A site named by words ("Kimberly's Blog", a lab's, a team's name), a tagline of
words or of a name (blog_taglines reads that), or a footer holding another name reads no writer so.

Nor need the tagline say so where the footer does: the site's name, a person's whole name in the element
classed as the site's title, linking the site's home, that the <title> gives after the post's title, and that
the footer's copyright line holds linked to the same home (Solang Kim's Hugo blog, 2021: p.logo's a.site-name
'Solang Kim' to https://solangii.github.io/, the <title> '… 리뷰 - Solang Kim', the footer '© 2022 <a
href="https://solangii.github.io/">Solang Kim</a>'). The person who holds the site's copyright under the name
the site bears, both linking home, owns the one-person site, and writes its unsigned posts. A holder not
linked, or linked elsewhere (a theme's author, a host), a site's title linking no home, or a name the <title>
does not give reads no writer so.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from .blog_taglines import SITE_TITLES, TAGLINES, TRADES
from .copyright_owners import one_persons_whole_name
from .footer_holders import copyright_holder
from .html_meta import Page, next_element, short_text
from .meta_authors import site_names
from .names import display_name

# How many characters (and nodes) a site's name or its tagline holds at most, and how many footers are read
# (the page's last ones) and how much of each.
_NAME_LENGTH = 60
_TAGLINE_LENGTH = 120
_FOOTERS_READ = 3
_FOOTER_LENGTH = 600
# A range of years with spaces round its dash.
_YEARS = re.compile(r"((?:19|20)\d\d)\s+[-\u2013]\s+((?:19|20)\d\d)")
# How many of a footer's child elements are read each on its own.
_BLOCKS_READ = 8


def owner_the_sites_name_and_trade_give(page: Page) -> list[str] | None:
    """The person the site's name is, where the page's first element classed as the site's title is one of
    the site's names, a person's whole name, the tagline right after it names a trade or standing, and the
    footer's copyright line holds the same name; None otherwise."""
    for node in page.tree.css("[class]"):
        if SITE_TITLES.isdisjoint((node.attributes.get("class") or "").casefold().split()):
            continue
        # The first site's title decides, as blog_taglines reads it.
        name = " ".join((short_text(node, _NAME_LENGTH) or "").split())
        tagline = next_element(node)
        if not name or name.casefold() not in site_names(page) or not one_persons_whole_name(name):
            return None
        if tagline is None or TAGLINES.isdisjoint((tagline.attributes.get("class") or "").casefold().split()):
            return None
        # The tagline's words before its first bracket or comma end with a trade's word ('Undergraduate
        # student (KAIST, …)', 'Vision Engineer').
        said = " ".join((short_text(tagline, _TAGLINE_LENGTH) or "").split())
        lead = said.split("(", 1)[0].split(",", 1)[0].split()
        if not lead or lead[-1].casefold() not in TRADES:
            return None
        return [display_name(name) or name] if _the_footer_holds(page, name) else None
    return None


def _the_footer_holds(page: Page, name: str) -> bool:
    """Whether a copyright line of the page's last footers, or of one of their first blocks, holds the name
    (Stack writes its footer's copyright and theme credit as two sections whose texts run together)."""
    for footer in reversed(page.tree.css("footer")[-_FOOTERS_READ:]):
        blocks = [footer, *list(footer.iter())[:_BLOCKS_READ]]
        for block in blocks:
            # Its lines joined: Stack breaks the line after the sign and each year ('©\n2023 -\n2024 …').
            # …and its range of years closed up, so that no dash stands before the name ('2023 - 2024').
            line = _YEARS.sub(r"\1-\2", " ".join((short_text(block, _FOOTER_LENGTH) or "").split()))
            holder = copyright_holder(line)
            if holder is not None and holder.casefold() == name.casefold():
                return True
    return False


def owner_the_sites_name_and_footer_link_home(page: Page, url: str) -> list[str] | None:
    """The person the site's name is, where the page's first element classed as the site's title is one of the
    site's names, a person's whole name, linking the site's home, and a copyright line of the page's last
    footers holds the same name linked to the same home; None otherwise."""
    for node in page.tree.css("[class]"):
        if SITE_TITLES.isdisjoint((node.attributes.get("class") or "").casefold().split()):
            continue
        # The first site's title decides, as blog_taglines reads it.
        name = " ".join((short_text(node, _NAME_LENGTH) or "").split())
        if not name or name.casefold() not in site_names(page) or not one_persons_whole_name(name):
            return None
        if not _links_home(node, url):
            return None
        footers = page.tree.css("footer")[-_FOOTERS_READ:]
        if any(_the_footer_holds_linked_home(footer, name, url) for footer in footers):
            return [display_name(name) or name]
        return None
    return None


def _links_home(node: Any, url: str) -> bool:
    """Whether the element is, or holds as its first link, a link to the home page of the page's own host."""
    link = node if node.tag == "a" else node.css_first("a[href]")
    if link is None:
        return False
    target = urlsplit(link.attributes.get("href") or "")
    host = (urlsplit(url).hostname or "").casefold().removeprefix("www.")
    return ((target.hostname or host).casefold().removeprefix("www.") == host
            and target.path in ("", "/") and not target.query)


def _the_footer_holds_linked_home(footer: Any, name: str, url: str) -> bool:
    """Whether the footer's copyright line holds the name and the footer links that name, its whole text, to
    the site's home."""
    line = _YEARS.sub(r"\1-\2", " ".join((short_text(footer, _FOOTER_LENGTH) or "").split()))
    holder = copyright_holder(line)
    if holder is None or holder.casefold() != name.casefold():
        return False
    return any(" ".join((short_text(link, _NAME_LENGTH) or "").split()) == name and _links_home(link, url)
               for link in footer.css("a[href]"))
