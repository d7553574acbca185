"""Without meta, an item whose page gives its h1 to the site's name (the logo) and its headline to an h2,
the <title> the headline and then that name after a space (松花江网, 2022: <title> '土豆不“土”
土豆无“土” 松花江网', h1 '松花江网', h2 '土豆不“土” 土豆无“土”'), dated by the line right under the h2:
its day, its time and the source it reposts ('2022-02-13 09:57 光明网'). The heading the <title> repeats
is the logo's, no title: the h2 before the name is the item's. Read as its record, as a news item dated
beside its heading is (dated_headings).
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, next_element, short_text
from .news_releases import over_prose
from .places import compact, title_heading

# The headings below the logo's h1 a headline is looked for in.
_HEADLINES = "h2, h3"
# How long the line under the headline may be: a day, a time and a source's name, the template's spaces.
_LINE = 120
# What may part the headline from the site's name in the <title> besides the space.
_SEPARATORS = " -|_:\u2013\u2014\u00b7"


def item_under_the_logos_heading(page: Page) -> BodyRecord | None:
    """The record of an item whose <title> gives its headline before the h1's name, its h2 that headline,
    the line right under it opening with its day; None where the page lacks any of them."""
    tab = clean_text(page.node_text("title") or "") or ""
    logo = page.tree.css_first("h1")
    site = clean_text(block_text(logo) or "") if logo is not None else None
    if not site or not tab.endswith(site) or not tab[: -len(site)].endswith(" "):
        return None
    headline = tab[: -len(site)].rstrip(_SEPARATORS)
    heading = title_heading(page, headline, _HEADLINES) if headline else None
    if heading is None or compact(block_text(heading) or "") != compact(headline):
        return None
    line = next_element(heading)
    day = _opening_day(line) if line is not None else None
    return over_prose(page, heading, headline, day)


def _opening_day(line: Any) -> str | None:
    """The day a short line opens with (its time and a source's name may follow)."""
    found = dates_in_text(" ".join((short_text(line, _LINE) or "").split()))
    start, _, iso = found[0] if found else (None, None, None)
    return iso if start == 0 and iso and len(iso) == DAY_LENGTH else None
