"""The day a conference programme's page of one paper gives the paper's presentation, where nothing else
dates the page (IEEE VIS 2024's program page of one full paper, round 197: no citation or publication
meta, no day but the session's, h5.paper-presentation holding span.format-date '2024-10-15T16:25:00Z',
which a script shows in the reader's zone): the venue's day as the page shows it, the day the date-time
is written with. Asked last, after every reader of the page's own dates: a page whose meta dates the paper
(MiniConf's citation_publication_date, the proceedings' month) keeps that day over the session's.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, select_all

# The paper's presentation line (a class word naming it: 'paper-presentation') and the element in it that
# its template classes as a date to format ('format-date').
_PRESENTATION_DATES = '[class*="presentation"] [class*="date"]'
# A date-time as a template writes it for a script to format: ISO 8601, its zone a 'Z' or an offset.
_DATE_TIME = re.compile(
    r"((?:19|20)\d\d-[01]\d-[0-3]\d)T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
# The most such elements read: a page of one paper presents it once or twice (a talk, a poster).
_MOST = 10


def day_of_its_presentation(page: Page) -> str | None:
    """The day of the one date-time the page's presentation lines show, each alone in an element classed
    as a date; None where there is none, where they show two days, or where the presentation line is a
    list's (more than a page of one paper shows)."""
    found = select_all(page.tree, _PRESENTATION_DATES)
    if not found or len(found) > _MOST:
        return None
    days = set()
    for node in found:
        if (text := clean_text(node.text())) and (written := _DATE_TIME.fullmatch(text)):
            days.add(written.group(1))
    return days.pop() if len(days) == 1 else None
