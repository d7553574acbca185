"""The elements that may hold a date's label (Published:, Received:, Veröffentlicht…), read once a page.

Several readers walk them for their label's words. Each element's own text is kept lower-cased beside it,
searched by the words' pattern made case-sensitive: a case-blind alternation of words in a dozen languages
cost six times as much on every element of every page, a fifth of all normalising."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .html_meta import Page

LABEL_HOLDERS = "th,td,dt,dd,span,div,p,li,b,strong,label,h2,h3,h4,h5,h6"


def label_holders(page: Page) -> list[tuple[Any, str, str]]:
    """(element, its own text, that text lower-cased) of each element that may hold a label, in order."""
    if "label holders" not in page.worked_out:
        holders = []
        for node in page.tree.css(LABEL_HOLDERS):
            raw = node.text(deep=False) or ""
            holders.append((node, raw, raw.lower()))
        page.worked_out["label holders"] = holders
    return page.worked_out["label holders"]


@cache
def in_lower_case(words: re.Pattern[str]) -> re.Pattern[str]:
    """A case-blind pattern of lower-case words as a case-sensitive one over lower-cased text. A letter
    whose upper case lowers to another letter matches both: "yayın" finds "YAYIN", lowered "yayin"."""
    if words.pattern != words.pattern.lower():
        raise ValueError(f"not a pattern of lower-case words: {words.pattern!r}")
    source = "".join(f"[{char}{other}]" if char.isalpha() and (other := char.upper().lower()) != char
                     and len(other) == 1 else char for char in words.pattern)
    return re.compile(source, words.flags & ~re.IGNORECASE)


def page_has_words(page: Page, words: re.Pattern[str]) -> bool:
    """Whether one of a case-blind pattern's lower-case words is anywhere in the page's text: the quick test
    before a reader walks the page for its labels, on the page's text lower-cased once."""
    if "lowered whole text" not in page.worked_out:
        page.worked_out["lowered whole text"] = page.whole_text().lower()
    return in_lower_case(words).search(page.worked_out["lowered whole text"]) is not None
