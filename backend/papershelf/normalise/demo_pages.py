"""A paper's demo page that says so only in its description meta: 'TOSS-Codec demo page based on the paper
TOSS-Codec: A Temporal-Offset-Supervised Streaming Audio Codec for Mobile Devices.' (round 174), its h1 the
same title, with no scholarly meta, no preprint button and no abstract heading. The page is the paper's
record: the heading the description names as "the paper" is its title."""

from __future__ import annotations

import re

from .body import BodyRecord
from .html_meta import Page
from .places import HEADINGS, compact, title_heading

# "… the paper <title>", "… for the paper: <title>", the title perhaps quoted; a long description is prose
# that cites a paper among other things, not a page's line about itself.
_THE_PAPER = re.compile(r"\bthe paper:?\s+[\"'\u201c\u2018]?(?P<title>.+?)[\"'\u201d\u2019]?\.?\s*$",
                        re.IGNORECASE)
_LONGEST_DESCRIPTION = 400
# A demo page says what it is before naming the paper.
_DEMO_WORDS = frozenset({"demo", "demos", "demonstration", "samples", "supplement", "supplementary"})


def paper_its_description_names(page: Page) -> BodyRecord | None:
    """The paper a page's description meta says the page is the demo of, where a heading shows the title it
    names: a record of that title alone (its other fields are read as any page's are)."""
    for description in page.every("description", "og:description"):
        if len(description) > _LONGEST_DESCRIPTION:
            continue
        found = _THE_PAPER.search(description)
        if found is None:
            continue
        saying = description[: found.start()].casefold().split()
        if _DEMO_WORDS.isdisjoint(word.strip(".,:;") for word in saying):
            continue
        title = found.group("title").strip()
        heading = title_heading(page, title, HEADINGS)
        if heading is not None and compact(title):
            return BodyRecord(title=title, known=True)
    return None
