"""A headline its site splits over several pages carries the page's place among them in its meta title and
its heading (ITmedia, 2015: og:title and the h1 'Appleらしい「ユーザー体験の再発明」――… (1/3)', the
article's first of three pages). The count is the page's, not the piece's: the title is the headline
without it.
"""

from __future__ import annotations

import re

# ' (1/3)' closing a headline: this page's number, a slash and how many pages the piece runs to.
_PAGE_COUNT = re.compile(r"\s*[(\uff08]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[)\uff09]$")


def without_page_count(title: str | None) -> str | None:
    """The title without the page count closing it, where it is one (a page's number no more than the pages'
    number, of two pages or more); the title as it is otherwise."""
    if not title or (found := _PAGE_COUNT.search(title)) is None:
        return title
    number, pages = int(found.group(1)), int(found.group(2))
    if not 1 <= number <= pages or pages < 2 or found.start() == 0:
        return title
    return title[: found.start()]
