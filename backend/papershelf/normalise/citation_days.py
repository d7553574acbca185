"""The day a page's own citation line gives after the title it cites, else its year: a workshop's
proceedings name the workshop's day as the venue's date (EvoLang XI's workshop pages: "Micklos, A.
(2016) <title>. In S. Roberts & G. Mills (Eds.) Proceedings of EvoLang XI, Language Adapts to
Interaction Workshop, 21 March, 2016. Available online: …"). `cited_dates.py` reads the other dates
a page's own citation gives."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .dates import dates_in_text
from .places import OWN_TITLE

# The year in brackets after a citation's authors, with or without a full stop: the title right after it
# is what makes it the page's own citation, so the stop running text needs is not asked for.
_BRACKETED_YEAR = re.compile(r"\(((?:1[89]|20)\d\d)\)\.?\s*")
# How far after the cited title the citation's venue, editors and day may run.
_CITED_SPAN = 300
_ISO_DAY = len("2016-03-21")
# A citation ends the title it cites with a stop (or the title ends with its own mark); a year in brackets
# before a title that runs on is a breadcrumb's issue ("Vol. 119 > Iss. 6 (2025) Against Monetary Primacy
# Authors …", Digital Commons), which dates the issue, not the day the page names further on.
_TITLE_ENDS = frozenset(".,?!")


def own_citation_day(text: str, title: str | None) -> list[str]:
    """The day (else the year) of the citation the page's text gives for its own title, whole or as a
    citation may shorten it (without its subtitle: 'Language Adapts to Interaction' for 'Language Adapts
    to Interaction: Editorial'). A day of another year than the citation's is another event's."""
    for key in _cited_forms(title):
        for found in _BRACKETED_YEAR.finditer(text):
            # Only the cited span is casefolded: the whole text casefolded ("ß" to "ss") would not keep
            # the places found in the text as it is.
            end = found.end() + len(key)
            if text[found.end(): end].casefold() != key or not _title_ended(key, text[end: end + 1]):
                continue
            year = found.group(1)
            # The citation ends where the next one's year starts.
            rest = text[end: end + _CITED_SPAN]
            if (following := _BRACKETED_YEAR.search(rest)) is not None:
                rest = rest[: following.start()]
            day = next((iso for _, _, iso in dates_in_text(rest) if iso and len(iso) == _ISO_DAY), None)
            return [day if day is not None and day.startswith(year) else year]
    return []


def _title_ended(key: str, after: str) -> bool:
    return key[-1] in _TITLE_ENDS or (after != "" and after in _TITLE_ENDS)


def _cited_forms(title: str | None) -> Iterator[str]:
    """The title, then its part before a colon when that is long enough to be cited alone."""
    if not title or len(title) < OWN_TITLE:
        return
    yield title.casefold()
    head, colon, _ = title.partition(":")
    if colon and len(head.strip()) >= OWN_TITLE:
        yield head.strip().casefold()
