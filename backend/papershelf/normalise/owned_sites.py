"""A one-person site's piece that shows no byline, the site named for its owner: its whole <title> that
person's whole name alone (and og:title the same, where it has one), which the link to the site's home shows
as well (Maria Antoniak's site, 2022, Jekyll on GitHub Pages: <title>Maria Antoniak</title>, the navbar's <a
id="author-name" href="https://maria-antoniak.github.io/">Maria Antoniak</a>, the description 'My academic
website / portfolio.'; the post under its h1, in the first person). The site is that person's, and so is the
piece, as a blog whose tagline is its blogger's name is (blog_taglines). So is the name a <title> gives before
a dash and the piece's title (Cyrille Rossant's blog, 2023), or after it and a double dash, before its
tagline's colon (Gaël Varoquaux's blog, 2009), or after it and a bar (M.E. Irizarry-Gelpí's, 2018). A site
named by words ('Notes on Round Things'), or a page whose title is that name (the owner's home page), names no
writer so. Where the <title> names the site by words, the navbar's brand may name its owner: Bootstrap's
a.navbar-brand linking to the site's home, its whole words a person's whole name (A Rogue Historian, 2018,
Quarto: the <title> 'Introduction to GIS with R – A Rogue Historian', the brand 'Jesse Sadler', the post in
the first person), or its owner's whole name before a colon and the site's tagline, its link resolved against
the page's <base href> (Jonathan Reeve's site, 2019: 'Jonathan Reeve: Computational Literary Analysis').
"""

from __future__ import annotations

from urllib.parse import urljoin

from ..identity import clean_text
from .addresses import links_home
from .html_meta import Page, short_text
from .meta_authors import site_names
from .names import a_persons_name, display_name, is_group
from .places import compact
from .possessive_blogs import POSSESSIVE

# How long a person's name in the <title> and the home link runs at most.
_NAME_LENGTH = 60


def owner_of_the_sites_name(page: Page, url: str, title: str | None) -> list[str] | None:
    """The person the site is named for, where the whole <title> (and og:title) is a person's whole name
    that a link to the site's home shows too and the piece's title is another; None otherwise. One pass over
    the links."""
    tab = clean_text(page.node_text("title"))
    name = _the_tabs_site_name(tab, title)
    if not name or len(name) > _NAME_LENGTH or not a_persons_name(name) or is_group(name):
        return None
    # og:title names the site as the whole <title> does, or, where the <title> names the piece too, the piece.
    if clean_text(page.first("og:title")) not in (None, name, None if name == tab else clean_text(title)):
        return None
    if clean_text(title) in (None, name):
        return None
    for link in page.tree.css("a[href]"):
        shown = short_text(link, _NAME_LENGTH)
        if shown is not None and clean_text(shown) == name and links_home(url, link.attributes.get("href")):
            return [display_name(name) or name]
    return None


def owner_named_by_the_navbar_brand(page: Page, url: str, title: str | None) -> list[str] | None:
    """The person the navbar's brand names, where the page's first a.navbar-brand links to the site's home
    (its root, or the root's index.html) and its whole text is a person's whole name, neither the piece's
    title nor the site's name the <title> gives; None otherwise."""
    brand = page.tree.css_first('a[class~="navbar-brand"][href]')
    shown = clean_text(short_text(brand, _NAME_LENGTH)) if brand is not None else None
    if shown and not a_persons_name(shown):
        # …or a person's whole name before a colon and the site's tagline (Jonathan Reeve's site, 2019:
        # 'Jonathan Reeve: <span>Computational Literary Analysis</span>').
        shown = _name_before_the_tagline(shown)
    if not shown or not a_persons_name(shown) or is_group(shown) or shown == clean_text(title):
        return None
    if POSSESSIVE.fullmatch(shown) is not None:
        # A brand in the possessive is the site's name, not its owner's ("MarkLau's Blog", THUMarkLau's Hexo
        # Fluid navbar, round 261): site_named_handles reads the handle it holds.
        return None
    if compact(shown) in compact(page.node_text("title") or "") and not _named_for(page, shown):
        # The brand is the site's name the <title> gives after the piece's (Pythonic Perambulations' Pelican
        # theme, 2017: 'Simulating … | Pythonic Perambulations'), two capitalised words as a name is: no
        # owner. Not where the site's name is the brand's in the possessive (Jifeng Wu's Hexo Fluid site,
        # 2025: the brand 'Jifeng Wu', the <title> and og:site_name "… - Jifeng Wu's Personal Website"): the
        # site is named for the person the brand names.
        return None
    if not links_home(url, _resolved(page, url, brand.attributes.get("href"))):
        return None
    return [display_name(shown) or shown]


def _named_for(page: Page, shown: str) -> bool:
    """Whether a name the site calls itself (the <title>'s part beside the piece's, og:site_name) is the
    brand's words in the possessive before one or two words of what the site is: "<brand>'s Personal
    Website"."""
    return any((found := POSSESSIVE.fullmatch(name)) is not None and found.group(1) == shown.casefold()
               for name in site_names(page))


def _name_before_the_tagline(shown: str) -> str | None:
    """The words before the brand's first colon, where words of a tagline follow it; None otherwise."""
    name, colon, tagline = shown.partition(": ")
    return name.strip() if colon and tagline.strip() else None


def _resolved(page: Page, url: str, href: str | None) -> str | None:
    """The link's address as the page's <base href> resolves it: an attribute without a value is the empty
    address, the base itself (Jonathan Reeve's site, 2019: <base href="/">, the brand's bare href); without
    a base, the link as written."""
    base = page.tree.css_first("base[href]")
    base_href = base.attributes.get("href") if base is not None else None
    if not base_href:
        return href
    return urljoin(urljoin(url, base_href.strip()), (href or "").strip())


def _the_tabs_site_name(tab: str | None, title: str | None) -> str | None:
    """The <title>'s name of the site: the whole <title>, or its part before a dash where the part after it
    is the piece's title word for word (Cyrille Rossant's blog, 2023, Pelican's Pure theme: 'Cyrille Rossant
    - New paper on …', the footer's '© <a href="https://cyrille.rossant.net">Cyrille Rossant</a>')."""
    if tab and title and len(parts := tab.split(" - ", 1)) == 2 and clean_text(parts[1]) == clean_text(title):
        return clean_text(parts[0])
    # …or its part after the piece's title and ' -- ', up to the colon before the site's tagline (Gaël
    # Varoquaux's blog, 2009: '<title> -- Gaël Varoquaux: computer / data / health science', the sidebar's h2
    # 'Gaël Varoquaux' in a link to the site's home).
    if (tab and title and len(parts := tab.split(" -- ", 1)) == 2
            and clean_text(parts[0]) == clean_text(title)):
        return clean_text(parts[1].split(": ", 1)[0])
    return tab


def owner_of_the_masthead_after_a_bar(page: Page, url: str, title: str | None) -> list[str] | None:
    """The person the site is named for where the <title> gives the piece's title, ' | ' and a person's whole
    name, which the page's first h1, the masthead, shows whole in a link to the site's home (M.E.
    Irizarry-Gelpí's Pelican site, 2018: '  Euler's Formula for Involutions | M.E. Irizarry-Gelpí', h1.title
    '<a href="https://meirizarrygelpi.github.io/">M.E. Irizarry-Gelpí</a>'); None otherwise. A navbar's brand
    of the same words is a site's name ('Simulating … | Pythonic Perambulations', Pythonic Perambulations'
    Pelican theme, 2017, two capitalised words as a name is), the masthead's heading its owner's."""
    tab = clean_text(page.node_text("title"))
    parts = tab.split(" | ", 1) if tab and title else []
    if len(parts) != 2 or clean_text(parts[0]) != clean_text(title):
        return None
    name = clean_text(parts[1])
    if not name or len(name) > _NAME_LENGTH or not a_persons_name(name) or is_group(name):
        return None
    masthead = page.tree.css_first("h1")
    if masthead is None or clean_text(short_text(masthead, _NAME_LENGTH)) != name:
        return None
    link = masthead.css_first("a[href]")
    if link is None or clean_text(short_text(link, _NAME_LENGTH)) != name:
        return None
    return [display_name(name) or name] if links_home(url, link.attributes.get("href")) else None
