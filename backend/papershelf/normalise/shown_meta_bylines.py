"""An article whose author meta names one person that the page shows as the whole text of an element
classed as the author, dated by article:published_time, whose month and day a time element shows (Medium,
2015: og:type article, <meta name="author" content="Joseph Cox">, article:published_time
2015-03-27T13:07:55.096Z; in the bar above the story <div class="postMetaInline postMetaInline--author">Joseph
Cox</div> and <time class="post-date">Mar 27</time>; no byline under the heading, no JSON-LD). A dated piece
by a named person, as a JSON-LD article that names its author is: its record, the title its meta names,
shown in a heading.

So too where the name is shown with the writer's role in brackets after it, and the day in a line classed as
a date rather than a time element (Onmeda, 2022: after the text, div.article-author holding
div.article-updated-date 'Letzte Aktualisierung: 28.01.2022' and div.author-slider-entry
'<strong>Brit Weirich</strong> (Medizinredakteurin. M.A. Mehrsprachige Kommunikation)'; its JSON-LD a
MedicalWebPage, no article). The role is what the writer does, no part of the name; a name run on into other
words is still no name shown alone.

Its summary is the subtitle set as a smaller heading right after a heading of the title, where the
description is that subtitle, whole or cut short with an ellipsis (Medium's h4.graf--h4 under h2.graf--h2,
the description 'Welcome to DoctorX’s Barcelona lab, … No questions ask…'): the story's dek, as the corpus
reads deks. A drawer or menu heading that repeats the title over other things has no such subtitle after it.
An empty paragraph between the two (Medium's p.graf--empty, a <br> alone) is no text between them.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text, partial_date
from .html_meta import Page, block_text, next_element, short_text
from .names import capitalised_name
from .places import HEADINGS, SUBHEADING_TAGS, compact, page_headings, title_heading

# How much of an author block or a time element is read at most: a name, a day.
_LINE = 80
# A role in brackets closing an author block's text: "Brit Weirich (Medizinredakteurin. M.A. …)".
_BRACKETED_ROLE = re.compile(r"\s*\([^()]*\)$")
# What closes a description cut short.
_ELLIPSES = ("…", "...")
# How long the part of a description before its ellipsis is at least, to stand for a subtitle.
_LEAST_STEM = 40


def meta_bylined_article(page: Page, title: str | None) -> BodyRecord | None:
    """The record of an Open Graph article whose one author meta's person the page shows in an author block
    and whose article:published_time (or publish_date) day a time element, or an element classed as the
    date, shows; None where any of them is missing, or no heading shows the title. One walk down the page's
    elements."""
    if not title or (page.first("og:type") or "").casefold() != "article" or page.tree.body is None:
        return None
    named = page.every("author")
    # …or, where no article:published_time is given, the day a publish_date meta names (Oracle's blogs,
    # 2020: '2012-11-23 16:12:50'), which its template shows in an element classed as the date, no time
    # element (span.u03-date 'November 23, 2012').
    day = partial_date(page.first("article:published_time") or page.first(_PUBLISH_DATE))
    if len(named) != 1 or not capitalised_name(named[0]) or not day or len(day) != DAY_LENGTH:
        return None
    key = named[0].casefold()
    by_shown = on_shown = False
    for node in page.tree.body.traverse():
        if not on_shown and (node.tag == "time" or _classed_date(node)):
            on_shown = day in _days_shown(short_text(node, _LINE), day[:4])
        elif not by_shown and _classed_author(node):
            by_shown = _name_shown(short_text(node, _LINE)) == key
        if by_shown and on_shown:
            break
    if not (by_shown and on_shown) or title_heading(page, title, HEADINGS) is None:
        return None
    return BodyRecord(title=title, authors=[named[0]], shown=[day], known=True,
                      standfirst=_subtitle(page, title))


def _days_shown(text: str | None, year: str) -> list[str]:
    """The whole days a short text shows; a month and day alone read in `year` ("Mar 27")."""
    text = clean_text(text or "")
    if not text:
        return []
    days = [iso for _, _, iso in dates_in_text(text) if iso and len(iso) == DAY_LENGTH]
    return days or [iso for _, _, iso in dates_in_text(f"{text}, {year}") if iso and len(iso) == DAY_LENGTH]


# The meta some content systems name the publication's day in, besides Open Graph's.
_PUBLISH_DATE = "publish_date"


def _classed_author(node: Any) -> bool:
    # …or the name of a one-person blog's profile card in its sidebar, which the author meta names too: the
    # blog's writer (Hugo's Tranquilpeak theme, Deumji Woo's blog, 2021: h4.sidebar-profile-name 'Deumji
    # Woo' beside the post, no byline over it; the author meta 'Deumji Woo').
    classes = (node.attributes.get("class") or "").casefold()
    return "author" in classes or "profile-name" in classes


def _classed_date(node: Any) -> bool:
    # A line classed as the date ("article-updated-date", "post-date"): where no time element shows the day.
    return "date" in (node.attributes.get("class") or "").casefold()


def _name_shown(text: str | None) -> str:
    """An author block's text as a name to match, less a role in brackets closing it."""
    return _BRACKETED_ROLE.sub("", clean_text(text or "") or "").casefold()


def _subtitle(page: Page, title: str) -> str | None:
    """The smaller heading right after a heading of the title that the description is, whole or cut short."""
    described = clean_text(page.first("description") or page.first("og:description") or "") or ""
    stem = described
    for ellipsis in _ELLIPSES:
        if described.endswith(ellipsis):
            stem = described[: -len(ellipsis)].rstrip()
            break
    if len(stem) < _LEAST_STEM:
        return None
    key, whole = compact(title), stem == described
    for node, text in page_headings(page, HEADINGS):
        after = _past_empty_blocks(next_element(node)) if text and compact(text) == key else None
        if after is None or after.tag not in SUBHEADING_TAGS:
            continue
        subtitle = block_text(after)
        shown = compact(subtitle or "")
        if shown and (shown == compact(stem) if whole else shown.startswith(compact(stem))):
            return subtitle
    return None


# How many empty blocks between the title's heading and its subtitle are passed at most.
_EMPTY_BLOCKS = 3


def _past_empty_blocks(node: Any) -> Any:
    """`node`, or the first element after it that is not a paragraph holding no text (a <br> alone)."""
    for _ in range(_EMPTY_BLOCKS):
        if node is None or node.tag != "p" or block_text(node):
            return node
        node = next_element(node)
    return node
