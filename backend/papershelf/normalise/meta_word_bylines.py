"""A byline of one word, the name the page's one author meta gives (Working Notes, 2020, Pelican's Tufte
theme: the post's margin note 'By Swair.', <meta name="author" content="Swair">; the writer goes by that name
on his blog and nowhere names himself otherwise). One capitalised word after "By" is no byline by itself ("By
Friday", "By Theorem 2"); but the author meta naming that word says the page's writer goes by it, and the
line showing it after "By" is the post's byline: its writer, as the page names him.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page

# "By" and one capitalised word, perhaps closed by a full stop.
_BY_ONE_WORD = re.compile(r"By\s+([^\W\d_][\w'\u2019-]{1,40})\.?")


def byline_of_the_meta_word(line: str, page: Page) -> list[str]:
    """The one word after "By" in a line that is that byline alone, where the page's one author meta is that
    word; [] otherwise."""
    found = _BY_ONE_WORD.fullmatch(line.strip())
    if found is None or not found.group(1)[:1].isupper():
        return []
    named = {clean_text(value) for value in page.every("author")} - {None, ""}
    return [found.group(1)] if named == {found.group(1)} else []
