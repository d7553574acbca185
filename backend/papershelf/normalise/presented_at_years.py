"""The year of the event a manuscript says it was presented at, in the subtitle line under its title:
'Working Paper presented at the Global Bioeconomy Summit 2024' (a Quarto working paper's p.subtitle, round
234, stop 77), the only date such a page states. Asked last of the page's dates: a page that states any
other date (a date meta, a date cell, a citation's) is dated by that.

Only a line classed as the subtitle, right after the heading showing the title, that opens by saying the
paper was presented at an event ('presented at', after the paper's kind or nothing) and closes with the
event's year: a subtitle that names a year otherwise ('A Study of 2024's Floods') or a line saying where
the paper was submitted or prepared (no event held) dates nothing.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, next_element, short_text
from .places import HEADINGS, title_heading

# 'Working Paper presented at …', 'Paper presented at …', 'Presented at …': the kind of paper optional;
# then the event's name, closed by its year (a full stop after it may end the line).
_PRESENTED_AT = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?:working|conference|discussion|background|research)\s+)?"
    r"(?:paper|article|manuscript|report|poster|talk)?\s*presented\s+at\s+\S.*?\b((?:19|20)\d\d)\.?",
    re.IGNORECASE)
_LONGEST_LINE = 300


def year_of_the_event_it_was_presented_at(page: Page, title: str | None) -> str | None:
    """The year closing the subtitle line right under the title's heading that says the paper was presented
    at an event; None where no such line stands there."""
    heading = title_heading(page, title, HEADINGS)
    line = next_element(heading) if heading is not None else None
    if line is None or "subtitle" not in (line.attributes.get("class") or "").split():
        return None
    found = _PRESENTED_AT.fullmatch(clean_text(short_text(line, _LONGEST_LINE)) or "")
    return found.group(1) if found else None
