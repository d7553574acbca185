"""A news portal's page of another outlet's story (Yahoo! News Japan, 2017, CNET Japan's story: no date or
author meta, og:title 'トレンドマイクロ、…「フリーWi-Fiプロテクション」（CNET Japan） - Yahoo!ニュース',
the h1 the headline alone, and under it p.source 'CNET Japan 3/9(木) 18:45配信').

Its meta title is the heading and the source's name after it in brackets (full-width or not): the story's
title is the heading's (headline_before_its_source).

Its day is the line under the heading that says when the portal delivered it, in Japanese: the month and day
written with a slash, the weekday in brackets, the time and 配信 ('delivered'), no year; the address's article
id opens with the whole day (…hl?a=20170309-35097838-cnetj-sci), which says the year where its month and day
are the line's. A dated story, as a news release is (news_releases): its record, without authors, the source
being an outlet, not a writer (delivered_story).
"""

from __future__ import annotations

import re

from .body import BodyRecord
from .html_meta import Page
from .places import HEADINGS, compact, over_the_prose, page_headings, title_heading

# The source's name in brackets after the heading: "（CNET Japan）", " (Tech Wire)".
_SOURCE = re.compile(r"\s*[（(]([^（）()]{1,40})[）)]\s*")
# The delivery line's day: "3/9(木) 18:45配信" (month/day, the weekday in brackets, the time, 配信).
_DELIVERED = re.compile(r"(\d{1,2})/(\d{1,2})\s*[（(][月火水木金土日][）)]\s*\d{1,2}:\d{2}\s*配信")
# A whole day in the address, written without separators ("20170309"), not inside a longer run of figures.
_ADDRESS_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
# How much of a text over the prose is read for the delivery line.
_LINE = 160


def headline_before_its_source(page: Page, title: str | None) -> str | None:
    """The h1's text where the meta title is it and the source's name after it in brackets; else None."""
    if not title:
        return None
    key = compact(title)
    for _, text in page_headings(page, "h1"):
        shown = compact(text or "")
        if shown and key.startswith(shown) and key != shown:
            rest = title[_prefix_length(title, shown):]
            if _SOURCE.fullmatch(rest):
                return text
    return None


def _prefix_length(title: str, shown: str) -> int:
    """How many characters of the title the heading's compact text takes up (spaces and case aside)."""
    taken = 0
    for index, character in enumerate(title):
        if taken == len(shown):
            return index
        if not character.isspace():
            taken += len(compact(character)) or 1
    return len(title)


def delivered_story(page: Page, title: str | None, url: str) -> BodyRecord | None:
    """The record of a story whose heading is followed, above its prose, by a Japanese delivery line whose
    month and day the address's whole day has; None where there is no such line or day."""
    days = {(month, day): f"{year}-{month}-{day}" for year, month, day in _ADDRESS_DAY.findall(url)}
    heading = title_heading(page, title, HEADINGS) if title and days else None
    if heading is None:
        return None
    for node in over_the_prose(page, heading):
        if node.tag != "-text":
            continue
        line = _DELIVERED.search(" ".join((node.text_content or "")[:_LINE].split()))
        if line is None:
            continue
        month, day = (figure.zfill(2) for figure in line.groups())
        shown = days.get((month, day))
        return BodyRecord(title=title, shown=[shown], known=True) if shown else None
    return None
