"""A page of a site's that shows its day only in its own entry of the site's list of its pages beside it
(DenkmalPraxisModerne's case studies, 2015, WordPress and Enfold: the h1 the og:title before the site's
name, a building's dated history and a table of facts, no byline and no day in the text; the sidebar's
list of every case study, aside > ul > li > a.news-link, shows each one's day, this page's entry, linking to
its own address, '2. Oktober 2015 - 12:15'). Where that day is the one its article:published_time states,
the page is a dated piece of its site: its record, without authors. An entry of another day is no evidence
of it, nor is a day the meta states alone.
"""

from __future__ import annotations

from ..identity import address_key
from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text, partial_date
from .html_meta import Page, short_text
from .places import HEADINGS, in_another_entry, title_heading

# How many characters (and nodes) an entry's link holds at most: a title and a day.
_ENTRY = 160


def dated_by_its_own_entry(page: Page, title: str | None, url: str) -> BodyRecord | None:
    """The record of a page whose heading shows its meta title and whose own entry in a list of the site's
    pages (a link to its own address in a list's item or an aside) shows the day its article:published_time
    states; None where the page lacks any of them."""
    stated = partial_date(page.first("article:published_time"))
    if not title or not stated or len(stated) != DAY_LENGTH or title_heading(page, title, HEADINGS) is None:
        return None
    own = address_key(page.canonical or page.og_url or url)
    if own is None:
        return None
    for link in page.tree.css("a[href]"):
        if address_key(link.attributes.get("href")) != own or not in_another_entry(page, link):
            continue
        text = short_text(link, _ENTRY) or ""
        if any(iso == stated for _, _, iso in dates_in_text(text)):
            return BodyRecord(title=title, shown=[stated], known=True)
    return None
