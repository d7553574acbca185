"""A post's posting line under its heading: its whole words "Posted on" and the day, perhaps followed by "by"
and the writer, as Hakyll's default post template writes it right under the heading (colah's blog, 2015: <div
class="info"><p>Posted on August 27, 2015</p><!-- by colah --></div>), no class calling it a date. Read only
as the whole line: a sentence that speaks of posting ("Posted on a whim, …") is none, nor is a day that runs
on into other words.
"""

from __future__ import annotations

import re

from .datelines import day_of_the_line

# "Posted on" (or "Published on"), the day, and perhaps "by" and a short name after it.
_POSTED_ON = re.compile(r"(?:posted|published)\s+on\s+(.+?)(?:\s+by\s+\S.{0,60})?", re.IGNORECASE)


def day_of_a_posted_on_line(words: str | None) -> str | None:
    """The day a line of words is, where they are "Posted on" and that day alone (or with its writer after
    "by"); None for any other line."""
    if not words:
        return None
    found = _POSTED_ON.fullmatch(" ".join(words.split()))
    return day_of_the_line(found.group(1)) if found else None
