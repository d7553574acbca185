"""A blog post whose heading links the post's own address and shows its month and day without the year
(Sciblogs' WordPress theme, 2012: <h2 class="post-title"><a href="…/2012/07/26/climate-change-…/"
rel="bookmark">Climate change and NZ’s freshwaters: …</a> <span class="author">Waiology</span>
<small>Jul 26</small></h2>; no meta but the <title>, which opens with the post's title). The permalink's
text is the title; the day the heading shows, in the year the address's /2012/07/26/ names, where the
address names that month and day too. A dated post, as an hAtom entry is: a record; its byline is read as
any page's. A listing links other posts' addresses: no record.

Where the heading shows no day, the first day shown after it dates the post, where it is the address's
(BiologyNews.net, 2012: the h1's link to /archives/2012/08/09/…, no rel, and the line under it 'August
9, 2012 03:41 PM'; Discover Magazine's Bad Astronomy, WordPress 2012: the entry, then its footer 'August
9th, 2012 1:05 PM'). A day after the heading that is not the address's is another's (a comment's, a related
post's). A day shown after the heading without its year, the address's month and day, is the address's
day too (Boing Boing, 2012: the byline 'By Seth Roberts at 1:12 pm Thursday, Aug 9' under the h2 that links
/2012/08/09/…).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from ..identity import clean_text
from .addresses import day_its_folders_name
from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text
from .places import UNSHOWN, above_references, compact

# The headings a post's title stands in.
_HEADINGS = "h1, h2, h3"
# How many texts after the heading the first day is looked for in: a post's entry and its footer line.
_AFTER = 200


def permalinked_post(page: Page, url: str) -> BodyRecord | None:
    """The record of the post whose heading links the page's own dated address; None where none does."""
    own = _path(page.canonical or url)
    shown_day = day_its_folders_name(own)
    tab = compact(page.node_text("title") or "")
    if shown_day is None or not tab:
        return None
    year = shown_day[:4]
    for heading in page.tree.css(_HEADINGS):
        link = heading.css_first("a[href]")
        if link is None or _path(link.attributes.get("href") or "") != own:
            continue
        title = clean_text(block_text(link))
        if not title or not tab.startswith(compact(title)):
            return None
        # The heading's texts past the link: the month and day in one of them, the address's year after.
        for node in heading.traverse(include_text=True):
            if node.tag != "-text" or node.parent is None or node.parent.mem_id == link.mem_id:
                continue
            text = clean_text(node.text_content)
            if text and any(iso == shown_day for _, _, iso in dates_in_text(f"{text}, {year}")):
                return BodyRecord(title=title, shown=[shown_day], known=True)
        if _first_day_after(page, heading, year) == shown_day:
            return BodyRecord(title=title, shown=[shown_day], known=True)
        return None
    return None


def _first_day_after(page: Page, heading: Any, year: str) -> str | None:
    """The first whole day the texts after the heading show (its own texts left out), among the first _AFTER
    of them, a month and day without a year read in the address's `year`; None where they show none. One
    walk down the page."""
    own = {node.mem_id for node in heading.traverse(include_text=True)}
    passed, seen = False, 0
    for node in above_references(page):
        if node.mem_id == heading.mem_id:
            passed = True
            continue
        if not passed or node.tag != "-text" or node.mem_id in own:
            continue
        if node.parent is not None and node.parent.tag in UNSHOWN:
            continue
        text = clean_text(node.text_content)
        if not text:
            continue
        seen += 1
        if seen > _AFTER:
            return None
        day = next((iso for _, _, iso in dates_in_text(text) if iso and len(iso) == DAY_LENGTH), None)
        if day is None:
            # "Thursday, Aug 9": the month and day alone, in the address's year.
            day = next((iso for _, _, iso in dates_in_text(f"{text}, {year}")
                        if iso and len(iso) == DAY_LENGTH), None)
        if day is not None:
            return day
    return None


def _path(address: str) -> str:
    try:
        return urlparse(address).path.rstrip("/")
    except ValueError:
        return ""
