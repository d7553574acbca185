"""A post's publication line right under its heading that no class calls a date, read where its theme says
otherwise that it dates the post:

- an element its theme classes as the post's meta line (post-meta, entry-meta, article-meta), its whole words
  the day alone (Cyrille Rossant's blog, 2023, Pelican's Pure theme: <div class="post-meta">January 13, 2023
  </div> right under the h1). An unclassed day alone under a heading is not read (day_lines: a day in a
  line of its own dates an event as often as the piece), but a line the theme names as the post's meta is
  the post's own;
- a line that opens with a time element holding the day, a margin note of the post's category and tags after
  it, too long for a line's words (Vlad Niculae's blog, 2012, a Tufte-like Pelican theme: p.subtitle
  <time datetime="2012-01-29T22:31:00+01:00">Sun, 29 Jan 2012</time><label>⊕</label><input …><span
  class="marginnote">Category: graph theory #graph …</span>). Only the line's first element is read, so a
  time further into a line of other words (an event's, an update's) dates nothing.

Such a meta line may label its day as the post's making, 'Created on', 'Posted on' or 'Published' and a colon,
before the day alone (Geonsik Youn's Jekyll al-folio site, 2021: p.post-meta 'Created on August 10, 2021'
under h1.post-title): the label says what the day is, as the bare day's place does. A label of a change,
'Updated on', or a line of other words after the day (a category, a writer: 'Posted by: News Oct 6, 2017 in
Science') dates nothing here.
"""

from __future__ import annotations

import re
from typing import Any

from .datelines import day_of_the_line
from .dates import DAY_LENGTH, dates_in_text

# The class words (hyphens and underscores taken out) a theme names a post's meta line by.
_META_LINES = frozenset(("postmeta", "entrymeta", "articlemeta"))
# A label of the post's making opening the meta line, read off before its day: anchored, one pass.
_MADE_LABEL = re.compile(r"(?:created|posted|published)(?:\s+on)?\s*:?\s+", re.IGNORECASE)
# How long a time element's own words may be: a day and its time of day, not a sentence.
_TIME_WORDS = 60


def day_of_a_meta_line(line: Any, words: str | None) -> str | None:
    """The day the line's whole words are (past a label of the post's making), where a class word of the
    line names it the post's meta line; None for any other line or words."""
    if line is None or not words or not classed_as_the_posts_meta(line):
        return None
    # The day alone, or after a label of the post's making ('Created on August 10, 2021').
    label = _MADE_LABEL.match(words)
    return day_of_the_line(words[label.end():] if label else words)


def classed_as_the_posts_meta(node: Any) -> bool:
    """Whether a class word of the element names it the post's meta line (post-meta, entry-meta, …): its
    day, categories, reading time, never the post's summary (Gaël Varoquaux's blog, 2009: p.post-meta 'under
    personnal science physics … Read time: 4 min.' under the h1)."""
    classes = (node.attributes.get("class") or "").casefold().split()
    return any(word.replace("-", "").replace("_", "") in _META_LINES for word in classes)


def day_of_the_opening_time(line: Any) -> str | None:
    """The day of the time element the line opens with (its first child element, no words before it);
    None where the line opens otherwise or the time holds no whole day."""
    if line is None:
        return None
    first = line.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next  # the template's indentation only
    if first is None or first.tag != "time":
        return None
    text = " ".join((first.text(deep=True) or "").split())
    if not text or len(text) > _TIME_WORDS:
        return None
    return next((iso for _, _, iso in dates_in_text(text) if iso and len(iso) == DAY_LENGTH), None)
