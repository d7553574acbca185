"""Parse.ly's meta: the tags news sites write for the Parse.ly analytics service, either one `parsely-page`
meta holding a JSON object ({"title": …, "link": …, "author": …, "pub_date": …}) or a tag a field
(`parsely-title`, `parsely-author`, `parsely-pub-date`). Its title is the headline the story shows where
og:title and the <title> carry another, written for search engines (MIT Technology Review, 2014: og:title
"CRISPR Patents Spark Fight to Control Genome Editing", Parse.ly's title and the story's h1 "Who Owns the
Biggest Biotech Discovery of the Century?"). Its object names a story's writer and day too: a page of
Parse.ly's type "post" whose title a heading shows is a dated piece by a named person, as a JSON-LD article
naming its author is (Ars Technica, 2020: no author, date or JSON-LD meta; {"title": …, "type": "post",
"author": "Beth Mole", "pub_date": "2020-04-03T19:45:43Z"}).
"""

from __future__ import annotations

from typing import Any

import msgspec

from ..identity import clean_text
from .body import BodyRecord
from .common import UNREADABLE_JSON
from .dates import DAY_LENGTH, partial_date
from .html_meta import Page
from .places import HEADINGS, compact, title_heading

# The tag holding Parse.ly's JSON object, and the tag holding its title alone.
_PAGE = "parsely-page"
_TITLE = "parsely-title"
# The tags of a field each: the page's type, its writer (one tag a person) and its day.
_TYPE, _AUTHOR, _PUB_DATE = "parsely-type", "parsely-author", "parsely-pub-date"
# Parse.ly's type of a story's page; its others are a section's index's or the front page's.
_POST = "post"


def parsely_title(page: Page) -> str | None:
    """The title Parse.ly's meta names, else None."""
    if title := page.first(_TITLE):
        return title
    title = _fields(page).get("title")
    return clean_text(title) if isinstance(title, str) else None


def _fields(page: Page) -> dict[str, Any]:
    """Parse.ly's page object, else an empty one."""
    try:
        fields = msgspec.json.decode(page.first(_PAGE) or "")
    except UNREADABLE_JSON:
        return {}
    return fields if isinstance(fields, dict) else {}


def shown_parsely_title(page: Page) -> str | None:
    """Parse.ly's title where a heading of the page shows it, else None."""
    title = parsely_title(page)
    return title if title and title_heading(page, title, HEADINGS) is not None else None


def parsely_story(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a story Parse.ly's meta names: a page of its type "post", its title shown by a heading
    (the meta title's, where the page names one), its writers and its day; None where any is missing."""
    fields = _fields(page)
    if (fields.get("type") or page.first(_TYPE)) != _POST:
        return None
    named = parsely_title(page)
    if not named or (title and compact(title) != compact(named)):
        return None
    if title_heading(page, named, HEADINGS) is None:
        return None
    writers = fields.get("authors") or fields.get("author") or page.every(_AUTHOR)
    writers = [writers] if isinstance(writers, str) else writers if isinstance(writers, list) else []
    names = [name for name in (clean_text(writer) for writer in writers if isinstance(writer, str)) if name]
    pub_date = fields.get("pub_date") or page.first(_PUB_DATE)
    day = partial_date(pub_date) if isinstance(pub_date, str) else None
    if not names or day is None or len(day) != DAY_LENGTH:
        return None
    return BodyRecord(title=title or named, authors=names, shown=[day], known=True)
