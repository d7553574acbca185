"""A post whose header holds its h1.post-title and, right after it, a p.post-meta line that is the post's day
alone, or the day and the theme's reading time after a bullet (al-folio's older post layout: the Institute
for Machine Learning @ JKU's blog, round 239: header.post-header, h1.post-title 'Physics-Informed Neural
Compression of High-Dimensional Plasma Data', p.post-meta 'February 5, 2026'; the <title> the site's name,
' | ', then the title; no author meta, no byline). The heading and the day are the post's, so the page is the
post's record, not the paper it presents: the BibTeX entry it ends with to cite that paper, and the preprint
that entry names, are the paper's, no writer or identifier of the post's. No byline signs the post, so it
names no writer.

Only where the h1 classed post-title stands in a header classed post-header, the <title> holds its words whole
beside the site's name (before or after a separator), and the element right after it is a p classed
post-meta whose words before any bullet are a day alone: a line naming people, a venue or anything but the
day is read as other pages are.

The same header in a Hugo theme's words (Stephen Jayakar's post on Spanner's TrueTime, round 238): a
div.post-header holding an h1 of no class, the <title> its words alone or beside the site's name, over a
div.post-meta whose first element is a span holding the day alone (a bare ISO day, '2023-06-04') and whose
other elements are only its tags (an element classed post-tags). The sidebar's bio names the site's owner,
no signature of the post: no writer. A meta line whose span holds more than the day, or with anything beside
it but the tags, is read as other pages are.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, past_blank_text, short_text
from .places import compact

# The post's title heading (class words, no combinator), the header it stands in and the meta line after it.
_TITLE_HEADING = 'h1[class~="post-title"]'
_HEADER = "post-header"
_META_LINE = "post-meta"
# The Hugo header's meta line: the day's element and the class word of the tags beside it.
_META_LINE_TAGS = ("p", "div")
_DAY_ELEMENT = "span"
_TAGS = "post-tags"
# How long a title and a meta line run at most (characters and nodes read).
_LONGEST = 300
_LINE = 120
# What parts the title from the site's name in the <title>, and the day from the reading time in the line.
_SEPARATORS = ("|", "-", "\u2013", "\u2014", "\u00b7")
_BULLET = "\u2022"
# The label of a post's summary section, and how long the summary runs at least and at most.
_TLDR = "tl;dr"
_SHORTEST_SUMMARY = 80
_SUMMARY = 3000


def post_under_its_post_meta_day(page: Page) -> BodyRecord | None:
    """The post the header's h1.post-title names, dated by the p.post-meta line right after it; None
    otherwise."""
    heading = page.tree.css_first(_TITLE_HEADING)
    if heading is not None and heading.parent is not None and _HEADER in _classes(heading.parent):
        return _post_of(page, heading, classed=True)
    return _hugo_post(page)


def _post_of(page: Page, heading: Any, *, classed: bool) -> BodyRecord | None:
    """The post the heading names over the meta line right after it (al-folio's p.post-meta line with
    `classed`, else the Hugo header's day span beside its tags)."""
    title = " ".join((short_text(heading, _LONGEST) or "").split())
    key, tab = compact(title), compact(page.node_text("title") or "")
    if not title or not (_beside_the_sites_name(key, tab) or (not classed and key == tab)):
        return None
    line = past_blank_text(heading.next, comments=True)
    if line is None or _META_LINE not in _classes(line):
        return None
    if classed:
        day = day_of_the_line((short_text(line, _LINE) or "").split(_BULLET)[0]) if line.tag == "p" else None
    else:
        day = _day_beside_its_tags(line) if line.tag in _META_LINE_TAGS else None
    if not day:
        return None
    return BodyRecord(title=title, authors=[], shown=[day], abstract=_its_tldr(page), known=True)


def _hugo_post(page: Page) -> BodyRecord | None:
    """The Hugo header's post: the first h1 of no class standing in an element classed post-header."""
    for heading in page.tree.css("h1"):
        if heading.parent is not None and _HEADER in _classes(heading.parent) and not _classes(heading):
            return _post_of(page, heading, classed=False)
    return None


def _day_beside_its_tags(line: Any) -> str | None:
    """The day of a meta line whose first element is a span holding the day alone and whose other elements
    are only its tags; None otherwise."""
    elements = [child for child in line.iter() if child.tag not in ("-text", "-comment")]
    if not elements or elements[0].tag != _DAY_ELEMENT:
        return None
    if any(_TAGS not in _classes(element) for element in elements[1:]):
        return None
    if any((child.text_content or "").strip() for child in line.iter(include_text=True)
           if child.tag == "-text"):
        return None
    return day_of_the_line(" ".join((short_text(elements[0], _LINE) or "").split()))


def _its_tldr(page: Page) -> str | None:
    """The post's own summary set apart: the element right after the first h2 reading 'TL;DR' alone (the
    PINC post's boxed paragraph, its first sentence in bold), where it runs to a sentence or more."""
    for heading in page.tree.css("h2"):
        if " ".join((short_text(heading, _LINE) or "").split()).strip("#: ").casefold() != _TLDR:
            continue
        box = past_blank_text(heading.next, comments=True)
        text = " ".join((short_text(box, _SUMMARY) or "").split()) if box is not None else ""
        return text if len(text) >= _SHORTEST_SUMMARY else None
    return None


def _classes(node: object) -> list[str]:
    return ((getattr(node, "attributes", None) or {}).get("class") or "").split()


def _beside_the_sites_name(key: str, tab: str) -> bool:
    """Whether the <title> is the title, then a separator and more, or more, a separator and the title."""
    if not key or key == tab:
        return False
    if tab.startswith(key) and tab[len(key):].startswith(_SEPARATORS):
        return True
    return tab.endswith(key) and tab[:-len(key)].endswith(_SEPARATORS)
