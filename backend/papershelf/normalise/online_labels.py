"""The days a page labels as its copy's going online ("Published online: 06 July 2020", "Available online 21
April 2023", "First Online: 08 July 2011"), not as its publication: the day an online-date meta states
(citation_online_date), written in the page's text. A print-first journal's issue, or a meeting's
proceedings, came out in its month, and its paper went online after (dates.published_date's
`online_only`)."""

from __future__ import annotations

import re

from .dates import partial_date
from .dates_after_labels import dates_after
from .html_meta import Page
from .label_holders import page_has_words

# A label that says the day is the online copy's: the words "online" and a publication's beside them.
_ONLINE_LABEL = re.compile(
    r"\b(?:(?:first\s+)?published|available|posted)\s+online\b|\bfirst\s+online\b|\bonline\s+first\b",
    re.IGNORECASE,
)
_ONLINE_WORDS = re.compile(r"online", re.IGNORECASE)


def online_labelled_days(page: Page, stated: list[str | None]) -> list[str]:
    """The days that labels opening their element's text give as the online copy's, which no meta but
    the online date's states as the publication itself (SpringerLink's dc.date, prism.publicationDate); a
    full day only."""
    if not page_has_words(page, _ONLINE_WORDS):
        return []
    online = partial_date(page.first("citation_online_date"))
    days = dict.fromkeys(dates_after(page, _ONLINE_LABEL, _ONLINE_WORDS, opening=True))
    return [day for day in days
            if len(day) == len("2020-07-06") and stated.count(day) <= (1 if day == online else 0)]
