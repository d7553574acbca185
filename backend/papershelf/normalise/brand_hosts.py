"""A one-person site's post that shows no byline, the site named for its owner in its navbar's brand, which
Open Graph's site name repeats, at a host its owner's family name is (Andre Frankenthal's Wowchemy site, 2019:
a.navbar-brand 'Andre Frankenthal' linking home, og:site_name the same, the <title> 'When light and light
collide | Andre Frankenthal', at frankenthal.dev). A brand the <title> gives after the piece's title is read
as the site's name where nothing else says it is a person's (owned_sites: Pythonic Perambulations, two
capitalised words, at jakevdp.github.io); the host named for the brand's last word says the site is that
person's, as a host spelling a footer's holder does (copyright_owners). A brand of a lab's, a team's or a
publisher's words is no one person, and a host named otherwise leaves the brand unread.
"""

from __future__ import annotations

from ..identity import clean_text
from .addresses import links_home
from .copyright_owners import first_host_label, one_persons_whole_name
from .html_meta import Page, short_text
from .names import display_name

# How long a brand that is a person's name runs at most.
_NAME_LENGTH = 60


def owner_the_brand_and_host_name(page: Page, url: str) -> list[str] | None:
    """The person the navbar's brand names, where the page's first a.navbar-brand links to the site's home,
    its whole text a person's whole name that og:site_name repeats, and the host's first label past 'www' is
    that name's last word, casefolded; None otherwise."""
    brand = page.tree.css_first('a[class~="navbar-brand"][href]')
    if brand is None or not links_home(url, brand.attributes.get("href")):
        return None
    name = clean_text(short_text(brand, _NAME_LENGTH))
    if not name or not one_persons_whole_name(name) or clean_text(page.first("og:site_name")) != name:
        return None
    if first_host_label(url) != name.split()[-1].casefold():
        return None
    return [display_name(name) or name]
