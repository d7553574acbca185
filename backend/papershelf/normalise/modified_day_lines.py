"""A post's line that shows the day it was posted and, labelled apart, the day it was last modified:
'Posted on December 30, 2015 (Last modified on August 25, 2015)' (Diego J. Romero-López's Hugo post on
Knuth's 'Literate programming', the Beautiful Hugo theme, 2015: span.post-meta under the h1, an icon before
each part).
The theme writes the front matter's two fields crossed into its JSON-LD, datePublished 2015-08-25 and
dateModified 2015-12-30; the page itself shows August 25 as the modification. A day the page SHOWS labelled as
its modification is never its publication, whatever a meta calls it: the meta day equal to it leaves the
candidates, and the day the same line shows as posted dates the post.

Narrow: both labels on one short line, the posted label opening the element's own text ('Posted on',
'Published on', 'Posted:'), the modification label after its day ('Last modified on', 'Last updated on',
'Modified', 'Updated'), each followed by a whole day; and the two days differ. A line that shows one label
alone changes nothing here (shown_dates, bylined_stories read those), nor does a modification day no meta
gives as published.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .dates import dates_in_text
from .html_meta import Page
from .label_holders import label_holders, page_has_words

# The posted label opening the element's own text.
_POSTED = re.compile(r"(?:posted|published)(?:\s+on)?\s*:?\s*", re.IGNORECASE)
# The modification label after the posted day.
_MODIFIED = re.compile(r"\b(?:last\s+)?(?:modified|updated)(?:\s+on)?\s*:?\s*", re.IGNORECASE)
# The words every such line holds, sought in the page's text lower-cased once before its elements are walked.
_WORDS = re.compile(r"modified|updated")
# A metadata line, not prose: a sentence saying when something was posted runs longer.
_LONGEST = 160
_DAY = len("2015-12-30")


def posted_and_modified_days(page: Page) -> tuple[str, str] | None:
    """(the posted day, the modified day) of the first element whose own text opens with a posted label and
    its day, then a modification label and its day, both whole days and different; None where none does."""
    if not page_has_words(page, _WORDS):
        return None
    for _, raw, lowered in label_holders(page):
        if "modified" not in lowered and "updated" not in lowered:
            continue
        own = clean_text(raw) or ""
        posted = _POSTED.match(own) if len(own) <= _LONGEST else None
        modified = _MODIFIED.search(own, posted.end()) if posted is not None else None
        if modified is None:
            continue
        before = dates_in_text(own[posted.end():modified.start()])
        after = dates_in_text(own[modified.end():])
        # Each label's day right after it: nothing but the day between the posted label and the next label
        # but brackets and separators, and the modification's day the first thing after its label.
        if len(before) != 1 or before[0][0] != 0 or not after or after[0][0] != 0:
            continue
        day, changed = before[0][2], after[0][2]
        if day and changed and len(day) == len(changed) == _DAY and day != changed:
            return day, changed
    return None
