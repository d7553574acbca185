"""The month or day a benchmark's or project's list of news gives the paper's arrival on arXiv, in rows that
open with an ISO date in an element of its own (CK-Arena's page, round 204: div rows of a span '2026-04', a
span 'Added 5 new models to the leaderboard: …', down to '2026-02' 'Paper submitted to arXiv.'). The rows'
other news (models added, a leaderboard updated) date the site, not the paper. So do the rows of a list
under a 'News' heading that open with a day written day first in dots (OVAD's page, round 217: '23.11.2022
Arxiv paper release' under h2 'News!', below the project page's release and the venue's acceptance)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..identity import arxiv_id_from_url, clean_text
from .html_meta import Page, next_element, short_text
from .places import HEADINGS

# A row's date: a year and month, or a day, alone in its element.
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?")
# The news of the paper's arrival on arXiv, or of its release.
_ON_ARXIV = re.compile(r"\b(?:paper|preprint)\b.*\b(?:arxiv|released?)\b", re.IGNORECASE)
_NEWS_REACH = 300
_LONGEST_DATE = 20
_LONGEST_ROW = 400


def paper_month_of_its_news_rows(page: Page) -> str | None:
    """The earliest date a news row gives the paper's arrival on arXiv ('2026-02' beside 'Paper submitted to
    arXiv.'), as precise as the row writes it; None where no row says so."""
    found: list[str] = []
    for count, node in enumerate(page.tree.css("span, time, strong, b")):
        if count > _NEWS_REACH:
            break
        date = _ISO_DATE.fullmatch(clean_text(short_text(node, _LONGEST_DATE)) or "")
        row = node.parent
        if date is None or row is None:
            continue
        text = clean_text(short_text(row, _LONGEST_ROW)) or ""
        if text.startswith(date.group(0)) and _ON_ARXIV.search(text[len(date.group(0)):]):
            found.append(date.group(0))
    return min(found) if found else None


# An announcement line's day, closing it in parentheses, year first with slashes: '… on Arxiv! (2022/03/15)'.
_CLOSING_DAY = re.compile(r"\(((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])\)$")
# …or its opening day, in brackets, year first with dashes, maybe after an emoji: '🚀[2024-06-05]: …', and
# the words that say the release of a paper: 'is released! Checkout the Paper'.
_OPENING_DAY = re.compile(r"\W{0,3}\[((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\]")
_RELEASED_PAPER = re.compile(r"\breleased?\b.*\b(?:paper|preprint)\b", re.IGNORECASE)
# …or the words its authors introduce the work with, first after the day, the line linking the preprint (the
# work's name the link: GraphRAG-Bench's page, round 247: '[2025-06-06] We introduce <a href=
# "https://arxiv.org/abs/2506.05690">GraphRAG-Bench</a>, a comprehensive benchmark …').
_INTRODUCED_WORK = re.compile(r"\W{0,3}we\s+(?:introduce|present)\b", re.IGNORECASE)
# The blocks whose lines are read, and the most raw text one may hold: a list of news, not the page's text.
_LINE_BLOCKS = "p, li"
_LONGEST_BLOCK = 5000


def paper_day_of_its_announcement_lines(page: Page, arxiv_id: str) -> str | None:
    """The earliest day an announcement line gives the paper's arrival on arXiv, a line of a block (its lines
    parted by <br>) that links the paper's preprint and closes with its day in parentheses (CODA's dataset
    page, round 204: '- The CODA paper has been released on <a href="https://arxiv.org/abs/2203.07724">Arxiv
    </a>! (2022/03/15)<br>' among the site's and the data's news), or opens with it in brackets, year first,
    and says the release (MixEval's, round 237: '🚀[2024-06-05]: MixEval is released! Checkout the <a
    href="https://arxiv.org/abs/2406.06565">Paper</a> and Leaderboard …', below a later paper's release,
    linking its own preprint); None where no line says so."""
    found: list[str] = []
    for count, block in enumerate(page.tree.css(_LINE_BLOCKS)):
        if count > _NEWS_REACH:
            break
        if short_text(block, _LONGEST_BLOCK) is None:
            continue  # more than a list of news: the page's text, or a block holding the rest of a nest
        for line, links in _lines_of(block):
            if not any((arxiv_id_from_url(link) or ("",))[0] == arxiv_id for link in links):
                continue
            day = _CLOSING_DAY.search(line)
            if day is not None and _ON_ARXIV.search(line[: day.start()]):
                found.append(f"{day.group(1)}-{int(day.group(2)):02d}-{int(day.group(3)):02d}")
            opening = _OPENING_DAY.match(line)
            if opening is not None and (_RELEASED_PAPER.search(line[opening.end():])
                                        or _INTRODUCED_WORK.match(line[opening.end():])):
                found.append(f"{opening.group(1)}-{opening.group(2)}-{opening.group(3)}")
    return min(found) if found else None


def _lines_of(block: Any) -> Iterator[tuple[str, list[str]]]:
    """The block's lines, as its <br>s part them, each with the addresses of the links in it."""
    parts: list[str] = []
    links: list[str] = []
    for child in block.iter(include_text=True):
        if child.tag == "br":
            yield clean_text("".join(parts)) or "", links
            parts, links = [], []
            continue
        parts.append(child.text_content or "" if child.tag == "-text" else child.text(deep=True) or "")
        if child.tag == "a":
            links.append(child.attributes.get("href") or "")
        elif child.tag != "-text":
            # …and of the links inside an element of the line (a line set in <b> whole: MixEval's news).
            links.extend(link.attributes.get("href") or "" for link in child.css("a"))
    yield clean_text("".join(parts)) or "", links


# A row's opening day, day first with dots and a four-digit year ('23.11.2022'), a word after it.
_DOTTED_DAY = re.compile(r"(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)\s")
# The words of a heading over a list of news ('News!', 'Latest News', 'Updates').
_NEWS_HEADING = re.compile(r"(?:latest\s+)?(?:news|updates)\W*", re.IGNORECASE)
_LONGEST_HEADING = 40


def paper_day_of_its_dotted_news_rows(page: Page) -> str | None:
    """The earliest day a row of a list of news gives the paper's arrival on arXiv or its release, each row
    of the list (ul or ol) right under a heading that reads 'News' opening with its day written day first in
    dots ('23.11.2022 Arxiv paper release'); None where no such row says so. The other rows (a project page's
    release, a venue's acceptance) date the site or a later version."""
    found: list[str] = []
    for count, heading in enumerate(page.tree.css(HEADINGS)):
        if count > _NEWS_REACH:
            break
        if not _NEWS_HEADING.fullmatch(clean_text(short_text(heading, _LONGEST_HEADING)) or ""):
            continue
        rows = next_element(heading)
        if rows is None or rows.tag not in ("ul", "ol"):
            continue
        for row in rows.iter():
            text = (clean_text(short_text(row, _LONGEST_ROW)) or "") if row.tag == "li" else ""
            day = _DOTTED_DAY.match(text + " ")
            if day is not None and _ON_ARXIV.search(text[day.end() - 1:]):
                found.append(f"{day.group(3)}-{int(day.group(2)):02d}-{int(day.group(1)):02d}")
    return min(found) if found else None
