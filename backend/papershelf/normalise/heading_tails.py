"""A story's day written as the bare text right after its heading, in no element of its own, after a label or
alone (Doctors Lounge's HealthDay stories, 2011: <h1>School-Based Clinics Feasible for ID'ing Chronic
Fatigue</h1> then 'Last Updated: December 15, 2011.' as text, a stray </p> closing it, then the dek and the
story). The page shows no other day, so the label's word for it (updated, posted, published) is not weighed:
the day is the story's.
"""

from __future__ import annotations

import re
from typing import Any

from .datelines import SHORT, day_of_the_line

# The labels a day may follow on that line ("Last Updated:", "Posted:", "Published on").
_LABEL = re.compile(r"^(?:last\s+)?(?:updated|posted|published|date)(?:\s+on)?\s*:?\s*", re.IGNORECASE)


def day_in_the_heading_tail(heading: Any) -> str | None:
    """The day the text right after the heading is, its label and closing full stop aside; None where that
    text is not a day (or the heading is followed by an element). Only a short line's length of the text is
    read, however long it runs."""
    tail = heading.next
    if tail is None or tail.tag != "-text":
        return None
    text = (tail.text_content or "")[:SHORT * 4]
    line = _LABEL.sub("", " ".join(text.split())).rstrip(".")
    return day_of_the_line(line) if 0 < len(line) <= SHORT else None
