"""A post whose heading a script types in from an element's title attribute, the element empty as served
(Kamino's Blog, 2024, Hexo's Fluid theme: the banner's span.h2#subtitle holds no words, its title attribute
'论文笔记 Advancing Video Anomaly Detection …', and an inline script runs `typing(document.getElementById(
'subtitle').title)`; beside it in the banner's header the one time element marked `pubdate`, '2024年12月3日
上午'; the h1 repeating the title hidden for search engines (display: none), the text's own h1 the reviewed
paper's title). What the reader sees as the heading is the attribute's words, which the meta title names too;
no heading element shows them, so no other reader finds the post.

Only where an inline script reads the attribute of the element it names by id, the element holds no words of
its own, its attribute is the page's meta title or opens the <title> before a separator, and the header the
element stands in holds one time element marked `pubdate` that gives a day: any other page is read as others
are.

A later Fluid (KentGuoK's notes, 2025) types the heading in from the element's `data-typed-text` attribute
instead, the script holding the element in a variable (`var subtitle = document.getElementById('subtitle');
… subtitle.getAttribute('data-typed-text')`), and shows the title in an h1#seo-header beside the text's own
section h1s ('背景', '数据'), so no one h1 is the heading. The attribute such a script reads is the title as
the title attribute is, on the same conditions.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from .body import BodyRecord
from .datelines import SHORT, day_of_the_line
from .dates import DAY_LENGTH, partial_date
from .html_meta import Page, inline_scripts, short_text
from .places import ancestors, compact

# A script reading an element's title attribute by the element's id:
# `document.getElementById('subtitle').title`.
_TITLE_READ = re.compile(r"""getElementById\(\s*['"]([\w-]{1,40})['"]\s*\)\.title\b""")
# …or an element held in a variable, `var subtitle = document.getElementById('subtitle');`, and one of its
# data attributes read by name, `subtitle.getAttribute('data-typed-text')`.
_ELEMENT_HELD = re.compile(r"""\b(?:var|let|const)\s+(\w{1,40})\s*=\s*"""
                           r"""document\.getElementById\(\s*['"]([\w-]{1,40})['"]\s*\)""")
_ATTRIBUTE_READ = r"""\b{}\.getAttribute\(\s*['"](data-[\w-]{{1,40}})['"]\s*\)"""
# What parts the title from the site's name in the <title>.
_SEPARATORS = ("|", "-", "\u2013", "\u2014", "\u00b7")
# How long a title runs at most; how many inline scripts are read, and how far up the header may be.
_LONGEST = 300
_SCRIPTS_READ = 40
_DEPTH = 8


def post_under_its_typed_title(page: Page) -> BodyRecord | None:
    """The post whose heading a script types in from an empty element's title attribute, dated by the one
    time element marked `pubdate` in the header it stands in; None otherwise."""
    node, attribute = _typed_element(page)
    if node is None:
        return None
    title = " ".join((node.attributes.get(attribute) or "").split())
    if not title or len(title) > _LONGEST or not _the_pages_title(page, title):
        return None
    header = next((above for above in islice(ancestors(node), _DEPTH) if above.tag == "header"), None)
    marks = header.css("time[pubdate]") if header is not None else []
    if len(marks) != 1:
        return None
    day = _day_of(marks[0])
    return BodyRecord(title=title, shown=[day], known=True) if day else None


def _typed_element(page: Page) -> tuple[Any, str]:
    """The element an inline script reads the title (or a data) attribute of, where it holds no words, and
    the attribute's name; else (None, "")."""
    for text in inline_scripts(page, _SCRIPTS_READ):
        for element_id, attribute in _attributes_read(text):
            node = page.tree.css_first(f'[id="{element_id}"]')
            if node is not None and node.attributes.get(attribute) and not (node.text() or "").strip():
                return node, attribute
    return None, ""


def _attributes_read(text: str) -> list[tuple[str, str]]:
    """The (element id, attribute) pairs a script reads: `getElementById('x').title`, or a data attribute
    of an element it holds in a variable (the first such variable only: one regex pass for each)."""
    pairs = [(found.group(1), "title") for found in [_TITLE_READ.search(text)] if found]
    held = _ELEMENT_HELD.search(text)
    if held is not None:
        read = re.compile(_ATTRIBUTE_READ.format(re.escape(held.group(1)))).search(text, held.end())
        if read is not None:
            pairs.append((held.group(2), read.group(1)))
    return pairs


def _the_pages_title(page: Page, title: str) -> bool:
    """Whether the title is the page's meta title, or the <title>'s words before a separator."""
    key = compact(title)
    if any(compact(page.first(name) or "") == key for name in ("og:title", "twitter:title")):
        return True
    tab = compact(page.node_text("title") or "")
    return tab.startswith(key) and tab[len(key):].startswith(_SEPARATORS)


def _day_of(time: Any) -> str | None:
    """The day the time element states: its datetime attribute's, else its own words' where they are a day."""
    stated = partial_date(time.attributes.get("datetime") or "")
    if stated and len(stated) == DAY_LENGTH:
        return stated
    text = short_text(time, SHORT)
    return day_of_the_line(text) if text else None
