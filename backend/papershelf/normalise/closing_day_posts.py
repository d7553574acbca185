"""A post whose meta titles name only its site, under the page's one h1, its text closing with a line of days,
one of them the day its dated address names (Maria Antoniak's site, 2022, Jekyll on GitHub Pages: the <title>,
og:title and twitter:title 'Maria Antoniak', the site's name; <h1>Topic Modeling for the People</h1> and the
text's paragraphs and h2 sections in div.content, which closes with <p><em>Updated March 19, 2023</em> <br
/><em>July 27, 2022</em></p>; the address /2022/07/27/topic-modeling-for-the-people.html). The h1 is the
post's title, over the meta title no heading shows; the closing day the address names too is the day the post
was first published, the other a later revision's. A closing line whose days the address does not name dates
some other thing (an event, a cited work), and a page of several h1s is no one post's.

A closing line that labels its one day as the publication's ('Published 1 August 2016.', Bjango's articles,
2016: <p><small> after the text under the page's one h1, an address with no day, no date meta) dates the post
by that label, with no dated address to confirm it; an unlabelled closing day on such an address dates none.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .addresses import day_its_folders_name
from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, next_element, short_text
from .places import HEADINGS, runs_as_prose, title_heading

# How many of the heading's siblings after it are read: the text's paragraphs and sections, its closing line.
_SIBLINGS = 400
# How long the closing line runs at most: a day or two and the words before them ('Updated').
_LINE = 80
# How many h1s are read at most: a page of more is no one post's, and is not read to its end.
_MOST_H1 = 2
# A closing line whose label says its day is the publication's: 'Published 1 August 2016.', 'First published
# …'. Not 'Posted on …': a blog's footer under each of its posts (Schneier on Security, 2012), whose page's
# h1 is the blog's name. Matched on a line of at most _LINE characters.
_PUBLISHED = re.compile(r"\s*(?:first\s+)?published(?:\s+on)?\s*:?\s", re.IGNORECASE)


def post_dated_at_its_close(page: Page, title: str | None, url: str) -> BodyRecord | None:
    """The record of the post under the page's one h1 (or the heading its meta title names) whose last line of
    words after its prose holds the day its address names, or, on an address naming no day, the one day of a
    line labelled as the publication's; None where the page lacks any of them."""
    day = day_its_folders_name(page.canonical or page.og_url or url or "")
    heading = (title_heading(page, title, HEADINGS) if title else None) or _one_h1(page)
    if heading is None:
        return None
    prose, last = False, None
    node = next_element(heading)
    for _ in range(_SIBLINGS):
        if node is None:
            break
        if not prose:
            prose = node.tag == "p" and runs_as_prose(block_text(node) or "")
        elif (line := short_text(node, _LINE)) is None:
            last = None  # a block of words longer than a line: the text goes on
        elif line.strip():
            last = line  # an empty element (a spacer, <p><br></p>) keeps the last line
        node = next_element(node)
    else:
        return None  # longer than a post's text: not read to its end
    if last is None:
        return None
    days = _days(last)
    if day is None:  # no dated address: only a line labelled as the publication's, of one day, dates the post
        if len(days) != 1 or not _PUBLISHED.match(last):
            return None
        day = next(iter(days))
    elif day not in days:
        return None
    piece = clean_text(block_text(heading))
    return BodyRecord(title=piece, title_over_meta=True, shown=[day], known=True) if piece else None


def _one_h1(page: Page) -> Any:
    """The page's one h1 that holds words; None where it has none or more than one."""
    found = None
    for count, heading in enumerate(page.tree.css("h1")):
        if count >= _MOST_H1:
            return None
        if clean_text(block_text(heading)):
            if found is not None:
                return None
            found = heading
    return found


def _days(line: str) -> set[str]:
    """The whole days a short line names."""
    return {iso for _, _, iso in dates_in_text(line) if iso and len(iso) == DAY_LENGTH}
