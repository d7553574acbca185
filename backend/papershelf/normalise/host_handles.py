"""A one-person site's piece that shows no byline, its host named by its owner's handle: the site's address
is user.github.io (or a host whose first label is the handle), and the handle spells, casefolded and with no
other characters, the one whole person's name that a link on the page shows, as the given name's initial and
the surname or the given name and the surname (bblais on the web, 2018, Pelican on GitHub Pages: the host
bblais.github.io, its twitter and github links to 'bblais', the footer's 'Converted to Pelican theme by <a
href="#">Brian Blais</a>'; the essay in the first person, no byline, no author meta). A theme credit alone
names who made the theme, never a post's writer; the host spelling that name is what makes the site that
person's, and so the piece, as a site named for its owner is (owned_sites). A group's or a project's host
('fraternalilab', 'hccbu') spells no person's name; a name the <title> or the site's name meta holds, or a
link home shows, is the site's own ('ACL Anthology' at aclanthology.org, 'Live Science'); and a page showing
two names the host spells names neither. Asked last, where nothing else names a writer: of the corpus's
pages, only this one is read by it.
"""

from __future__ import annotations

from urllib.parse import urlparse

from ..identity import clean_text
from .addresses import links_home
from .html_meta import Page, short_text
from .names import a_persons_name, display_name, is_group, without_accents

# How long a person's name a link shows runs at most (characters, and nodes read).
_NAME_LENGTH = 60
# The first labels that are no one's handle: the host's service, not its owner.
_NO_HANDLE = frozenset({"www", "blog", "blogs", "web", "home", "people", "sites", "m"})


def owner_the_host_spells(page: Page, url: str, title: str | None) -> list[str] | None:
    """The one person a link on the page names whose name the host's handle spells; None where the host has
    no handle, no shown name or two names match, or the piece's title is that name (the owner's home page).
    One pass over the links, each read no further than a name's length."""
    handle = _handle(url)
    if handle is None:
        return None
    found: set[str] = set()
    # A name the <title> or the site's name meta holds, spaces or not, is the site's calling itself, not a
    # person the page shows, whatever the host spells ('ACL Anthology' at aclanthology.org, 'IEEE Xplore',
    # 'Live Science' beside og:site_name 'LiveScience.com').
    sites = "\n".join(_compact(name) for name in (page.node_text("title"), page.first("og:site_name"),
                                                  page.first("application-name")) if name)
    for link in page.tree.css("a"):
        shown = clean_text(short_text(link, _NAME_LENGTH))
        if not shown or not a_persons_name(shown) or is_group(shown) or _compact(shown) in sites:
            continue
        if links_home(url, link.attributes.get("href")):
            continue  # the logo's link home shows the site's name ('Live Science', 'Digital Collections')
        if handle in handle_spellings(shown):
            found.add(display_name(shown) or shown)
            if len(found) > 1:
                return None
    if len(found) != 1:
        return None
    name = next(iter(found))
    return None if clean_text(title) == name else [name]


def _handle(url: str) -> str | None:
    """The host's first label, the owner's handle (user.github.io's user, or a personal domain's name),
    where it is letters alone and no service's label (www)."""
    labels = (urlparse(url).hostname or "").split(".")
    if len(labels) < 2:
        return None
    handle = labels[0].casefold()
    return handle if handle.isalpha() and handle.isascii() and handle not in _NO_HANDLE else None


def _compact(text: str) -> str:
    """A name casefolded with its spaces gone, as a host or a site's name runs its words together."""
    return "".join(text.casefold().split())


def handle_spellings(name: str) -> set[str]:
    """A name's handle spellings: the given name's initial and the surname, the given name and the surname,
    casefolded ('Brian Blais': 'bblais', 'brianblais'), and each with its letters' accents taken off."""
    words = name.casefold().split()
    given, surname = words[0], words[-1]
    spellings = {given[0] + surname, given + surname}
    # A host is spelt in ASCII: a name's accented letters stand there bare ('Nusret Özateş' at
    # nusretozates.github.io, round 248: 'nusretozates').
    return spellings | {without_accents(spelling) for spelling in spellings}
