"""A blog post whose heading links the post's own address and shows its month and day without the year
(Sciblogs' WordPress theme, 2012: <h2 class="post-title"><a href="…/2012/07/26/climate-change-…/"
rel="bookmark">Climate change and NZ’s freshwaters: …</a> <span class="author">Waiology</span>
<small>Jul 26</small></h2>; no meta but the <title>, which opens with the post's title). The permalink's
text is the title; the day the heading shows, in the year the address's /2012/07/26/ names, where the
address names that month and day too. A dated post, as an hAtom entry is: a record; its byline is read as
any page's. A listing links other posts' addresses: no record.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from ..identity import clean_text
from .body import BodyRecord
from .dates import dates_in_text
from .html_meta import Page, block_text
from .places import compact

# A dated permalink's path: /2012/07/26/<slug>/.
_DATED_PATH = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")
# The headings a post's title stands in.
_HEADINGS = "h1, h2, h3"


def permalinked_post(page: Page, url: str) -> BodyRecord | None:
    """The record of the post whose heading links the page's own dated address; None where none does."""
    own = _path(page.canonical or url)
    dated = _DATED_PATH.search(own)
    tab = compact(page.node_text("title") or "")
    if dated is None or not tab:
        return None
    year, month, day = dated.groups()
    shown_day = f"{year}-{month}-{day}"
    for heading in page.tree.css(_HEADINGS):
        link = heading.css_first('a[rel~="bookmark"]')
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
        return None
    return None


def _path(address: str) -> str:
    try:
        return urlparse(address).path.rstrip("/")
    except ValueError:
        return ""
