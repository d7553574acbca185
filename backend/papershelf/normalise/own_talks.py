"""A talk's page of a one-person site, its speaker named by no line of its own: the Academic theme's talk page
(its labelled rows 'Date', 'Event', 'Location') shows no authors where the talk's front matter names none,
and writes the site's owner as the author meta (Agah Karakuzu's, 2021, Academic 4.3.1: <meta name="author"
content="Agah Karakuzu">, og:site_name and the <title>'s part after ' | ' 'Agah Karakuzu', the abstract in
the first person, 'In this talk, I am presenting …'). Where the site is named for the person the meta names,
the talk is that person's. On a lab's site the theme's author is its maker (ZJU VAI's, 2020: 'Minfeng Zhu'
on a site named 'ZJU VAI'), who gives no talk by that: the site's name is another's.
"""

from __future__ import annotations

from ..identity import clean_text
from .html_meta import Page
from .names import a_persons_name, display_name, is_group
from .publication_rows import shows_a_talks_rows


def owner_giving_the_talk(page: Page) -> list[str] | None:
    """The one person the author meta names, where the page is a talk's and the site is named for them
    (og:site_name, or the <title>'s last part after ' | '); None otherwise."""
    named = {clean_text(value) for value in page.every("author")} - {None, ""}
    if len(named) != 1:
        return None
    name = named.pop() or ""
    if not a_persons_name(name) or is_group(name) or not shows_a_talks_rows(page):
        return None
    tab = clean_text(page.node_text("title")) or ""
    last = clean_text(tab.rsplit(" | ", 1)[-1]) if " | " in tab else None
    sites = {clean_text(page.first("og:site_name")), last}
    if name.casefold() not in {site.casefold() for site in sites if site}:
        return None
    return [display_name(name) or name]
