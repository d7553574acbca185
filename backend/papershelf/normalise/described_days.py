"""The day a description meta says the paper was published on, where the description is no summary.

Digital Commons (bepress) describes a record that has no abstract by its byline and the day it was
published: "By I. Bennett Capers, Published on 09/01/20" (the Cornell Law Review's repository, round 84),
the month first and the year in two figures. The record's bepress_citation_date states the year alone;
this is the only day the page gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .html_meta import Page

# "By <names>, Published on MM/DD/YY" (or a four-figure year), the whole description.
_BYLINE_AND_DAY = re.compile(r"By .{1,600}?, Published on (\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_DESCRIPTIONS = ("description", "og:description", "twitter:description")


def described_days(page: Page, stated: Iterable[str | None]) -> list[str]:
    """The day a description that is a byline and a publication day names, when a year the meta states
    is that day's (a two-figure year is read in that year's century)."""
    years = {date[:4] for date in stated if date}
    for value in page.every(*_DESCRIPTIONS):
        found = _BYLINE_AND_DAY.fullmatch(value.strip())
        if found is None:
            continue
        month, day, year = int(found.group(1)), int(found.group(2)), found.group(3)
        matching = [known for known in sorted(years) if known.endswith(year)]
        if len(matching) != 1 or not (1 <= month <= 12 and 1 <= day <= 31):
            return []
        return [f"{matching[0]}-{month:02d}-{day:02d}"]
    return []
