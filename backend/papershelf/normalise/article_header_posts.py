"""A post whose div.article-header holds its h1 and, right after it, a div.meta-data line that is the post's
day and its tag links alone, signed by the footer's 'Written by <name>, Powered by …' line (moskomule log's
Hugo posts, mosko.tokyo, round 252: div.article-header, h1 'Dynamic Routing Between Capsules', div.meta-data
'Nov 13, 2017' then span.article-tag links; the <title> the heading, ' | ', the site's name; no description,
author, date or Open Graph meta; footer.copyright 'Written by Ryuichiro Hataya, Powered by Hugo'). The heading
and the day are the post's, so the page is the post's record, not the paper it presents: the arXiv link in
its text is the paper's.

Only where the first h1 standing in a div classed article-header has no class, the <title> is its words alone
or beside the site's name after a separator, and the element right after it is a div classed meta-data whose
text before its first element is a day alone and whose elements are only spans classed article-tag: a line
naming people or anything but the day and the tags is read as other pages are. The writer is the name a
footer's 'Written by' line gives before its first comma, where that line is the footer's whole text (a
license badge beside it), the name alone or followed by ', Powered by' and a word or two; a footer saying
anything else names no writer.
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, past_blank_text, short_text
from .names import names_in_byline
from .places import compact

# The header the post's h1 stands in, the meta line right after it and the class of its tag spans.
_HEADER = "article-header"
_META_LINE = "meta-data"
_TAG = "article-tag"
# What parts the title from the site's name in the <title>.
_SEPARATORS = ("|", "-", "\u2013", "\u2014", "\u00b7")
# The footer's signature: 'Written by <name>' and, after a comma, what the site is powered by (a word or
# two: 'Powered by Hugo').
_SIGNATURE = re.compile(r"Written by ([^,.;]+?)(?:,\s*Powered by\s+[^\s,.;]+(?:\s+[^\s,.;]+)?)?",
                        re.IGNORECASE)
# How long a title, a meta line and a footer run at most (characters and nodes read).
_LONGEST = 300
_LINE = 120
_FOOTER = 200


def post_under_its_article_header(page: Page) -> BodyRecord | None:
    """The post the article header's h1 names, dated by the meta-data line right after it and signed by
    the footer's 'Written by' line; None otherwise."""
    heading = next((node for node in page.tree.css("h1") if _in_the_header(node)), None)
    if heading is None or _classes(heading):
        return None
    title = " ".join((short_text(heading, _LONGEST) or "").split())
    if not title or not _the_tab_names(compact(title), compact(page.node_text("title") or "")):
        return None
    line = past_blank_text(heading.next, comments=True)
    if line is None or line.tag != "div" or _META_LINE not in _classes(line):
        return None
    day = _day_beside_its_tags(line)
    if not day:
        return None
    return BodyRecord(title=title, authors=_signed(page), shown=[day], known=True)


def _in_the_header(node: Any) -> bool:
    parent = node.parent
    return parent is not None and parent.tag == "div" and _HEADER in _classes(parent)


def _the_tab_names(key: str, tab: str) -> bool:
    """Whether the <title> is the title alone, or the title, a separator and more, or more, a separator and
    the title."""
    if not key:
        return False
    if tab == key:
        return True
    return any(tab.startswith(key + mark) or tab.endswith(mark + key) for mark in _SEPARATORS)


def _day_beside_its_tags(line: Any) -> str | None:
    """The day of a meta line whose text before its first element is a day alone and whose elements are
    only spans classed article-tag, the text between them blank; None otherwise."""
    lead, seen_element = [], False
    for child in line.iter(include_text=True):
        if child.tag in ("-comment", "_comment"):
            continue
        if child.tag == "-text":
            words = (child.text_content or "").strip()
            if seen_element and words:
                return None
            if not seen_element:
                lead.append(words)
            continue
        if child.tag != "span" or _TAG not in _classes(child):
            return None
        seen_element = True
    text = " ".join(" ".join(lead).split())
    return day_of_the_line(text) if text and len(text) <= _LINE else None


def _signed(page: Page) -> list[str]:
    """The name a footer's whole text gives after 'Written by', before its first comma."""
    for footer in page.tree.css("footer"):
        text = " ".join((short_text(footer, _FOOTER) or "").split())
        found = _SIGNATURE.fullmatch(text)
        if found and (names := names_in_byline(found.group(1))):
            return names[:1]
    return []


def _classes(node: Any) -> list[str]:
    return ((getattr(node, "attributes", None) or {}).get("class") or "").split()
