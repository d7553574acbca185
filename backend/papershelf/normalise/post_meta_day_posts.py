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
"""

from __future__ import annotations

from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, past_blank_text, short_text
from .places import compact

# The post's title heading (class words, no combinator), the header it stands in and the meta line after it.
_TITLE_HEADING = 'h1[class~="post-title"]'
_HEADER = "post-header"
_META_LINE = "post-meta"
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
    if heading is None or heading.parent is None or _HEADER not in _classes(heading.parent):
        return None
    title = " ".join((short_text(heading, _LONGEST) or "").split())
    if not title or not _beside_the_sites_name(compact(title), compact(page.node_text("title") or "")):
        return None
    line = past_blank_text(heading.next, comments=True)
    if line is None or line.tag != "p" or _META_LINE not in _classes(line):
        return None
    day = day_of_the_line((short_text(line, _LINE) or "").split(_BULLET)[0])
    if not day:
        return None
    return BodyRecord(title=title, authors=[], shown=[day], abstract=_its_tldr(page), known=True)


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
