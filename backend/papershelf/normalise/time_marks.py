"""Whether an element marks itself as a time: the HTML time element, or a class word one of whose parts
(split at hyphens and underscores) is "time" (HealthCanal, 2012: span.metadata_time '17/01/2012 02:43:00'
under the h1; Kopalnia Wiedzy, 2012: div.article-time-and-cat holding <time>3 stycznia 2012, 11:04</time>
and the section's link). A mark weaker than a class naming the date: a "time" may be a reading time or a
clock, so the element dates an item only where its words hold a day (news_releases)."""

from __future__ import annotations

import re
from typing import Any

# The parts of a class word: "metadata_time" is "metadata" and "time", "article-time-and-cat" four parts.
_PARTS = re.compile(r"[-_]")


def marked_as_a_time(node: Any) -> bool:
    """Whether the element is a time element or a class word of it has "time" as one of its parts."""
    if node.tag == "time":
        return True
    classes = (node.attributes.get("class") or "").casefold().split()
    return any("time" in _PARTS.split(word) for word in classes)
