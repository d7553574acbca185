"""A page whose one author meta is a given name alone, which the page's own schema.org Person completes: its
site's maker marked up as a Person whose name opens with that given name (Aktion Hummelschutz, 2017, a
German one-person conservation site's WordPress article: no byline, <meta itemprop="author" content="Cornel">,
and the footer's '© 2020' and the copyright holder, <span itemscope itemtype="https://schema.org/Person">
<span itemprop="name">Cornel van Bebber</span></span>). One plain author tag alone names nobody
(meta_authors.several_author_tags: it names a site's owner as often as the writer), and a given name alone
no one whole; but the tag and the Person agree on the name, and the Person names the one who wrote for the
site: the article's writer, as a one-person site's is read from its meta and its footer. A Person whose name
opens otherwise, or a tag of a whole name, is not read here. Where no Person is marked up, the link to the
site's home whose words are that given name and a family name completes it (Vlad Niculae's blog, 2012).
"""

from __future__ import annotations

from ..identity import clean_text
from .addresses import a_root_address
from .html_meta import Page, short_text
from .names import a_persons_name, display_name, is_group

# The page's schema.org people in microdata: an item whose type is a Person.
_PEOPLE = '[itemscope][itemtype$="schema.org/Person" i]'
# How many people are read at most, and how many characters (and nodes) a name holds at most.
_PEOPLE_READ = 20
_NAME_LENGTH = 60


def given_name_in_full(page: Page) -> list[str] | None:
    """The whole name of the person the page's one author meta names by a given name alone, where the page
    marks up a schema.org Person whose name is that given name and a family name; None otherwise."""
    named = {clean_text(value) for value in page.every("author")} - {None, ""}
    if len(named) != 1:
        return None
    given = named.pop() or ""
    if len(given.split()) != 1 or not given[:1].isupper():
        return None
    for count, person in enumerate(page.tree.css(_PEOPLE)):
        if count >= _PEOPLE_READ:
            return None
        holder = person.css_first('[itemprop~="name" i]') or person
        name = " ".join((short_text(holder, _NAME_LENGTH) or "").split())
        if name.split()[:1] == [given] and a_persons_name(name) and not is_group(name):
            return [display_name(name) or name]
    return _home_link_in_full(page, given)


def _home_link_in_full(page: Page, given: str) -> list[str] | None:
    # …or a link to the site's home whose whole words are that given name and a family name: a one-person
    # site named for its owner (Vlad Niculae's blog, 2012, Pelican: <meta name="author" content="Vlad">, the
    # navbar's <li id="homelink"><a href="/">Vlad Niculae</a>, the post in the first person). The first links
    # of the page are read, where a site's header puts its home link.
    for count, link in enumerate(page.tree.css("a[href]")):
        if count >= _LINKS_READ:
            return None
        if not a_root_address(link.attributes.get("href") or ""):
            continue
        name = " ".join((short_text(link, _NAME_LENGTH) or "").split())
        if (len(name.split()) >= 2 and name.split()[0] == given and a_persons_name(name)
                and not is_group(name)):
            return [display_name(name) or name]
    return None


# How many of the page's first links are read for the site's home link.
_LINKS_READ = 40
