"""A post's line under its heading that is its day and its reading time alone, parted by a dot or a bar, as
Hugo's Academic theme and its successors write it right under the heading (the SNU GNSS Laboratory's Hugo
Blox news, 2024: '<span>Nov 14, 2024</span> · 1 min read', no class calling it a date); or the day after its
"Published on" (or "Posted on") as a posting line words it (the Mediumish theme, Mikhail Shilkov's blog, round
192: span.post-date 'Published on May 5, 2020 · 5 min read'). Read only as the whole line: a day with other
words beside it, or a reading time alone, dates nothing.
"""

from __future__ import annotations

import re

from .datelines import day_of_the_line
from .posted_on_lines import day_of_a_posted_on_line

# The day, a middle dot, bullet or bar, and "N min read" (or "minute(s)", "mins") after it.
_DAY_AND_READING_TIME = re.compile(r"(.+?)\s*[·•|]\s*\d{1,3}\s+min(?:ute)?s?\s+read", re.IGNORECASE)


def day_of_a_reading_time_line(words: str | None) -> str | None:
    """The day a line of words is, where they are that day and the piece's reading time alone; None for any
    other line."""
    if not words:
        return None
    found = _DAY_AND_READING_TIME.fullmatch(" ".join(words.split()))
    if found is None:
        return None
    # The day alone, or the whole posting line ("Published on May 5, 2020"): no other words before it.
    return day_of_the_line(found.group(1)) or day_of_a_posted_on_line(found.group(1))
