"""Void elements written into a meta value: a title's line break (<br>), word break (<wbr>), rule (<hr>) or
image (<img src=… alt=…>) that a page generator or an editor copies in (ScholarMarkdown's citation_title,
round 72). A void element has no closing tag to show that the value is markup (html_meta.markup_text)."""

from __future__ import annotations

import re

# A void element's tag as markup writes it: its name, then attributes each with a value, and its end, closed
# or not ("<br>", "<BR/>", "<hr class='rule' />", "<img src=a.png alt=''>"). Plain text that mentions a
# tag-like run of words ("When x<br and y>z hold", TeX's less-than and greater-than) has no attribute's value.
_VOID_TAG = re.compile(
    r"<(?:br|wbr|hr|img|area|col|embed|input|source|track)"
    r"(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))*\s*/?>",
    re.IGNORECASE,
)


def holds_void_tag(value: str) -> bool:
    return _VOID_TAG.search(value) is not None
