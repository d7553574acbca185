"""Normalisers: pure functions from a captured page (url, html, text) to paper records.

One module per page kind; `normalise_capture` decides which applies. A text-only
capture of a listing page is read by the dump parser: a dump is a text capture.
"""

from __future__ import annotations

from datetime import date

from ..records import Paper, Rank
from .common import fill_code_url, said_once
from .dumps import parse_dump_text
from .pages import Normalised, kind_for_url, normalise_page
from .relative_days import captured_on

__all__ = ["Normalised", "finished", "normalise_capture"]


def normalise_capture(
    url: str, html: str | None, text: str | None, *, captured: date
) -> Normalised | None:
    """The records a capture holds, or None when it holds no paper."""
    if html:
        # A page that dates itself 'today' was served, and so captured, on the capture's day (relative_days).
        with captured_on(captured):
            found = normalise_page(url, html)
        if found is not None and found.papers:
            found.papers = finished(found.papers)
            return found
    if text and _listing_text(url):
        records, problems = parse_dump_text(text, captured)
        if records:
            return Normalised(
                kind="text", papers=[r.paper for r in records], rank=Rank.TEXT, problems=problems
            )
    # Last, what the URL alone says (an arXiv or Hugging Face paper URL names its paper).
    found = normalise_page(url, None)
    if found is not None and found.papers:
        found.papers = finished(found.papers)
        return found
    return None


def _listing_text(url: str) -> bool:
    """Only the text of a Hugging Face listing page (or a dump opened from disk) has the
    title / abstract layout the dump parser reads; any other page's text would come out
    as a heap of "papers" made of its menus and headings."""
    return kind_for_url(url) == "hf_listing" or url.strip().lower().startswith("file:")


def finished(papers: list[Paper]) -> list[Paper]:
    """A page's papers as a capture keeps them: an abstract said twice said once, the code
    link its text names filled in."""
    for paper in papers:
        paper.abstract = said_once(paper.abstract)
    return [fill_code_url(paper) for paper in papers]
