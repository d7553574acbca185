"""A page Emacs Org mode exported to HTML (`org-html-export`): the exporter's own title block and postamble.

Org's HTML exporter writes a fixed frame around the document: div#content holding the title as h1.title
(in a bare header or not), the table of contents, the sections as div.outline-2, and after the content a
div#postamble (class status) of p elements classed by what they say: p.author 'Author: …', p.date 'Date: …'
or, with a custom postamble, 'Created: 2014-06-25' over 'Last modified: 2021-02-20', p.validation. Its head
names the exporter in a generator meta ('Org Mode', 'Org-mode') where the export keeps it, and no author,
date or og meta at all (Appleby's notes on Hoare's 'Hints on Programming Language Design', round 248).

Such a page is a post: titled by its h1.title, dated by the postamble's first p.date line that labels the
document's making ('Created:' or 'Date:'), never by the 'Last modified:' line (an update) or the export's
own day. No writer where the postamble names none. A postamble of only 'Last modified:' or a validation
line gives no day, and a page without the exporter's frame (the h1.title inside div#content and the
div#postamble after it, a generator meta, where present, naming Org) is not read so.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, short_text

# The exporter's frame: its content wrapper, title heading and postamble (ids and class words, no combinator).
_CONTENT = "div#content"
_TITLE = 'h1[class~="title"]'
_POSTAMBLE = "div#postamble"
_DATE_LINE = 'p[class~="date"]'
# The word a generator meta of the exporter opens with ('Org Mode', 'Org-mode', 'Org 9.1.9').
_GENERATOR = "org"
# The labels of the document's making on a p.date line; 'Last modified:' is an update, no day of the post.
_MADE = ("created:", "date:")
# How long a title and a date line run at most (characters and nodes read).
_LONGEST = 300
_LINE = 80


def org_export_post(page: Page) -> BodyRecord | None:
    """The post an Org export's h1.title names, dated by its postamble's 'Created:' (or 'Date:') line;
    None for a page without the exporter's frame or a postamble that gives no day of the document's making."""
    if not _generated_by_org(page):
        return None
    content = page.tree.css_first(_CONTENT)
    postamble = page.tree.css_first(_POSTAMBLE)
    if content is None or postamble is None:
        return None
    heading = content.css_first(_TITLE)
    title = " ".join((short_text(heading, _LONGEST) or "").split()) if heading is not None else ""
    day = _made_day(postamble)
    if not title or not day:
        return None
    return BodyRecord(title=title, authors=[], shown=[day], known=True)


def _generated_by_org(page: Page) -> bool:
    """Whether the page's generator meta, where it has one, names Org as the exporter."""
    generators = page.meta.get("generator") or []
    if not generators:
        return True
    return any(value.split()[0].casefold().split("-")[0] == _GENERATOR
               for value in generators if value.split())


def _made_day(postamble: Any) -> str | None:
    """The day of the postamble's first p.date line labelling the document's making, to the day."""
    for line in postamble.css(_DATE_LINE):
        text = " ".join((short_text(line, _LINE) or "").split())
        label = next((made for made in _MADE if text.casefold().startswith(made)), None)
        if label is not None:
            return day_of_the_line(text[len(label):])
    return None
