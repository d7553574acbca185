"""A page of one paper whose template sets its summary and its authors apart in classed blocks, and no h1 (the
Australian COVID-19 Modelling Initiative's Eleventy posts, 2021: the title in div.post-banner-heading, then
div.post-content-preview, the summary that og:description repeats, then div.post-content-author, 'Professor
Michael Plank, Dr Rachelle Binny, …', then div.post-content-body, the text; no author or description meta).

Two readings, each asked only where nothing else gives the field:

- the authors: an element classed as the post's or the content's author(s), its whole text a comma list of
  whole names each behind an academic honorific (`names.HONORIFIC`): the names without the honorifics. A
  byline of names without honorifics is read by the byline readers, not here; a line whose parts are not each
  an honorific and a name is no author line of this kind.
- the abstract: where no h1 stands, an element classed as the preview, the summary or the lede in a compound
  word ("post-content-preview"), right above such an author line, the text after it, whose words the Open
  Graph or the description meta repeat: the summary set apart, above the text.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ..identity import clean_text
from .html_meta import Page, short_text
from .names import HONORIFIC, a_persons_name
from .places import compact

# The author line: a class word naming the post's or the content's author(s), "post-content-author",
# "post-author", "content-authors", "entry-author" (a compound's last part; "author" alone may be a
# comment's).
_AUTHOR_LINE = re.compile(r"(?:post|content|entry|article)[-_](?:[a-z]+[-_])*authors?", re.IGNORECASE)
# The summary: a class word naming the piece's preview, summary or lede in a compound
# ("post-content-preview").
_SUMMARY = re.compile(r"(?:post|content|entry|article)[-_](?:[a-z]+[-_])*(?:preview|summary|lede)",
                      re.IGNORECASE)
# Bounds: the classed elements read (a page has one author line), the characters of a line, the names in
# it, the summary's length.
_MOST_LINES = 5
_LONGEST_LINE = 600
_MOST_NAMES = 30
_LONGEST_SUMMARY = 3000


def authors_behind_honorifics(page: Page) -> list[str]:
    """The names of the first element classed as the post's or the content's author(s) whose whole text is a
    comma list of names each behind an academic honorific, the honorifics left out; [] elsewhere."""
    for line in islice(_classed(page, _AUTHOR_LINE), _MOST_LINES):
        if names := _honoured_names(line):
            return names
    return []


def preview_over_the_authors(page: Page) -> str | None:
    """The summary set apart in an element classed as the preview, summary or lede, right above the author
    line of honoured names and the text, that the description or Open Graph meta repeats, on a page with no
    h1."""
    if page.tree.css_first("h1") is not None:
        return None
    described = {compact(value) for name in ("description", "og:description")
                 if (value := clean_text(page.first(name)))}
    if not described:
        return None
    for node in islice(_classed(page, _SUMMARY), _MOST_LINES):
        text = clean_text(short_text(node, _LONGEST_SUMMARY))
        if not text or compact(text) not in described:
            continue
        after = node.next
        while after is not None and after.tag in ("-text", "_comment"):
            after = after.next
        # The author line right after it, and the text's block after that line: the summary sits above both.
        if after is not None and _honoured_names(after) and _a_text_after(after):
            return " ".join(text.split())
    return None


def _classed(page: Page, pattern: re.Pattern[str]) -> Any:
    """The page's elements whose class holds a word `pattern` matches whole (a generator over divs, sections,
    paragraphs and spans, in order)."""
    for node in page.tree.css("div[class], section[class], p[class], span[class]"):
        if any(pattern.fullmatch(word) for word in (node.attributes.get("class") or "").split()):
            yield node


def _honoured_names(node: Any) -> list[str]:
    """The names of an element classed as the author line whose comma-separated parts are each an honorific
    and a person's whole name; [] otherwise."""
    if not any(_AUTHOR_LINE.fullmatch(word) for word in (node.attributes.get("class") or "").split()):
        return []
    text = clean_text(short_text(node, _LONGEST_LINE))
    parts = [" ".join(part.split()) for part in (text or "").split(",")]
    if not parts or len(parts) > _MOST_NAMES:
        return []
    names = [HONORIFIC.sub("", part, count=1) for part in parts]
    # Each part behind an honorific (the pattern took something), the rest a person's whole name.
    if all(name != part and a_persons_name(name) for name, part in zip(names, parts, strict=True)):
        return names
    return []


def _a_text_after(line: Any) -> bool:
    """Whether the element after the author line holds the text's paragraphs."""
    after = line.next
    while after is not None and after.tag in ("-text", "_comment"):
        after = after.next
    return after is not None and after.css_first("p") is not None
