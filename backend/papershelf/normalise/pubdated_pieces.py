"""An HTML5 article whose header holds its heading and which holds one time element marked `pubdate`, the
HTML5 draft's mark of the article's own publication, wherever in the article it stands (Ariel Rokem's blog,
2014, Pelican's Elegant theme: <article><div><header class="page-header"><h1><a href="…">Modeling data with
non-linear optimization</a></h1></header></div>, the notebook's text, then an aside of the article's details,
<h4>Published</h4><time pubdate="pubdate" datetime="2014-08-12T00:00:00+02:00">Aug 12, 2014</time>, its
category and tags). The mark says which day is the article's, as a time right under its heading would: the
record of the one dated article, over its prose. An article holding several such marks (a page of articles)
says nothing of which is the heading's.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from .body import BodyRecord
from .datelines import SHORT, day_of_the_line
from .dates import DAY_LENGTH, partial_date
from .html_meta import Page, short_text
from .news_releases import over_prose
from .places import HEADINGS, ancestors, title_heading
from .shown_titles import heading_the_tab_repeats

# How far above the heading its header, and above the header its article, may be (<div><header><h1>).
_DEPTH = 3


def pubdated_article(page: Page, title: str | None) -> BodyRecord | None:
    """The record of the heading (the meta's title, or without it the heading the <title> repeats) whose
    header sits in an article holding one time element marked `pubdate` that gives a day; else None."""
    piece = title or heading_the_tab_repeats(page)
    heading = title_heading(page, piece, HEADINGS) if piece else None
    article = _article_of(heading) if heading is not None else None
    if article is None:
        return None
    marks = article.css("time[pubdate]")
    if len(marks) != 1:
        return None
    day = _day_of(marks[0])
    return over_prose(page, heading, piece, day) if day else None


def _article_of(heading: Any) -> Any:
    """The article element whose header holds the heading (each a few levels up at most); else None."""
    header = next((node for node in islice(ancestors(heading), _DEPTH) if node.tag == "header"), None)
    if header is None:
        return None
    return next((node for node in islice(ancestors(header), _DEPTH) if node.tag == "article"), None)


def _day_of(time: Any) -> str | None:
    """The day the time element states: its datetime attribute's, else its own words' where they are a day
    alone (a template may leave the attribute unrendered: 'article.date.isoformat()')."""
    stated = partial_date(time.attributes.get("datetime") or "")
    if stated and len(stated) == DAY_LENGTH:
        return stated
    text = short_text(time, SHORT)
    return day_of_the_line(text) if text else None
