"""A story on a page with no heading of words and no meta to name it, whose headline is an element classed as
the headline that the <title> ends with (after the site's name and a separator), and whose writer and day
stand on the line right under it (DailyTech, 2013, ASP.NET tables: a.ArticleHeadline, its <title> 'DailyTech -
' and the headline; then a.DateStory 'Brandon Hill', a.DateStory '(Blog)', ' - ' and span.DateStory 'May 15,
2013 1:42 PM' up to a <br>; span.ArticleSummary 'Google focuses its attention on Android' over the text, which
runs in one span split by <br>s, no <p>). The classed element is what a reader takes for the heading
(classed_headlines), the person's name before the day on its line the writer, and the element classed as the
summary after it the story's summary line. A line that names no person before its day names no writer, and
makes no record.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .classed_headlines import classed_headline
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, short_text
from .names import a_persons_name, names_in_byline
from .places import compact, words_in

# Elements that end the line under the headline: a break, or a block of its own.
_LINE_ENDS = frozenset(("br", "div", "p", "table", "tr", "td", "hr", "ul", "ol", "li", "h1", "h2", "h3", "h4",
                        "h5", "h6", "section", "article"))
# How many of the headline's siblings the line is read over at most, and how long a line runs: a writer, a
# note of their blog, a dash and a day and its hour.
_LINE_NODES = 12
_LINE_LENGTH = 200
# A note in brackets beside the writer's name ('(Blog)', a link to their posts) is no part of it; nor are the
# dash or bar before the day (text, not HTML: the line's text is read from the tree).
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SEPARATORS = " -–—|·•,:"
# The element classed as the story's summary, and how many are read (a rail may class its teasers' too).
_SUMMARY = '[class*="headline" i],[class*="summary" i]'
_MOST_READ = 24
_LONGEST_SUMMARY = 600
_SUMMARY_WORDS = 3


def classed_headline_story(page: Page) -> BodyRecord | None:
    """The record of a story whose classed headline the <title> ends with and whose line under it names a
    person and then a day; None elsewhere (a page with a heading of words, a headline the <title> does not end
    with, a line without a person's name or a day)."""
    found = classed_headline(page)
    if found is None:
        return None
    node, title = found
    tab = compact(clean_text(page.node_text("title") or "") or "")
    key = compact(title)
    # The <title> ends with the headline after the site's name and a separator, or is the headline: the
    # headline is the story's own, not a rail's teaser.
    site = tab[: -len(key)].rstrip() if key and tab.endswith(key) else None
    if site is None or (site and not site.endswith(tuple(_SEPARATORS.strip()))):
        return None
    line = _line_after(node)
    day = next(((start, iso) for start, _, iso in dates_in_text(line) if iso and len(iso) == DAY_LENGTH),
               None)
    if day is None:
        return None
    before = " ".join(_BRACKETED.sub(" ", line[: day[0]]).split()).strip(_SEPARATORS)
    names = names_in_byline(before) if before else []
    if not names or not all(a_persons_name(name) for name in names):
        return None
    return BodyRecord(title=clean_text(title), authors=names, shown=[day[1]], known=True,
                      abstract=_summary_after(page, node))


def _line_after(node: Any) -> str:
    """The text of the line under the headline: its siblings after the <br> that ends the headline's line, up
    to the next <br> or block; bounded."""
    parts: list[str] = []
    length = 0
    sibling = node.next
    # Past blank text to the break that ends the headline's own line; none there, no line under it.
    for _ in range(_LINE_NODES):
        if sibling is None or sibling.tag != "-text" or (sibling.text_content or "").strip():
            break
        sibling = sibling.next
    if sibling is None or sibling.tag != "br":
        return ""
    sibling = sibling.next
    for _ in range(_LINE_NODES):
        if sibling is None or sibling.tag in _LINE_ENDS or length > _LINE_LENGTH:
            break
        # short_text reads no more than the bound, however much the element holds.
        text = sibling.text_content if sibling.tag == "-text" else short_text(sibling, _LINE_LENGTH)
        text = (text or "")[:_LINE_LENGTH]
        parts.append(text)
        length += len(text)
        sibling = sibling.next
    return " ".join(" ".join(parts).split())


def _summary_after(page: Page, headline: Any) -> str | None:
    """The text of the first element classed as the summary after the headline in the page's order, a few
    words at least; None where none is. The classed elements come in the page's order, the headline among
    them: only those after it count."""
    seen = False
    for node in islice(page.tree.css(_SUMMARY), _MOST_READ):
        if node.mem_id == headline.mem_id:
            seen = True
            continue
        classes = (node.attributes.get("class") or "").casefold()
        if seen and "summary" in classes:
            text = " ".join((short_text(node, _LONGEST_SUMMARY) or "").split())
            return text if words_in(text) >= _SUMMARY_WORDS and len(text) < _LONGEST_SUMMARY else None
    return None
