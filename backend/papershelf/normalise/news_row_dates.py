"""The month or day a benchmark's or project's list of news gives the paper's arrival on arXiv, in rows that
open with an ISO date in an element of its own (CK-Arena's page, round 204: div rows of a span '2026-04', a
span 'Added 5 new models to the leaderboard: …', down to '2026-02' 'Paper submitted to arXiv.'). The rows'
other news (models added, a leaderboard updated) date the site, not the paper."""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, short_text

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
