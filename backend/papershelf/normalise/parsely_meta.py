"""Parse.ly's meta: the tags news sites write for the Parse.ly analytics service, either one `parsely-page`
meta holding a JSON object ({"title": …, "link": …, "author": …, "pub_date": …}) or a tag a field
(`parsely-title`, `parsely-author`, `parsely-pub-date`). Its title is the headline the story shows where
og:title and the <title> carry another, written for search engines (MIT Technology Review, 2014: og:title
"CRISPR Patents Spark Fight to Control Genome Editing", Parse.ly's title and the story's h1 "Who Owns the
Biggest Biotech Discovery of the Century?").
"""

from __future__ import annotations

import msgspec

from ..identity import clean_text
from .common import UNREADABLE_JSON
from .html_meta import Page
from .places import HEADINGS, title_heading

# The tag holding Parse.ly's JSON object, and the tag holding its title alone.
_PAGE = "parsely-page"
_TITLE = "parsely-title"


def parsely_title(page: Page) -> str | None:
    """The title Parse.ly's meta names, else None."""
    if title := page.first(_TITLE):
        return title
    try:
        fields = msgspec.json.decode(page.first(_PAGE) or "")
    except UNREADABLE_JSON:
        return None
    title = fields.get("title") if isinstance(fields, dict) else None
    return clean_text(title) if isinstance(title, str) else None


def shown_parsely_title(page: Page) -> str | None:
    """Parse.ly's title where a heading of the page shows it, else None."""
    title = parsely_title(page)
    return title if title and title_heading(page, title, HEADINGS) is not None else None
