"""An editor's code closing a news item, in brackets, a mailto link titled with the editor's name (heise
online, 2015: '(<a title="Ben Schwan" href="mailto:bsc@heise.de">bsc</a>)' at the end of the item, the
German press's Kürzel). The page names its writer so: the name the link is titled with, shown when the
pointer rests on the code. Read over meta that names the site or its channel as the creator (heise's
DC.creator 'Mac & i', its og:site_name the same), never over a person's name.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import Page
from .names import capitalised_name

# An editor's code: two to five lowercase letters ("bsc", "jk").
_CODE = re.compile(r"[a-z]{2,5}")
# The meta a site names itself in.
_SITE_META = ("og:site_name", "application-name", "publisher")


def editor_behind_the_code(page: Page, authors: list[str] | None) -> list[str] | None:
    """The editor an item's closing code names where the authors read so far are none or the site's own
    names; else `authors` as they are."""
    sites = {value.casefold() for name in _SITE_META for value in page.every(name)}
    if authors and not all(author.casefold() in sites for author in authors):
        return authors
    coded = _coded_editors(page)
    return coded or authors


def _coded_editors(page: Page) -> list[str]:
    """The names the mailto links titled with a person's name give, where the link's text is a code in
    brackets; the last such link's (the item's close), none where there is none."""
    found: list[str] = []
    for link in page.tree.css('a[href^="mailto:"][title]'):
        code = clean_text(link.text(deep=True) or "") or ""
        name = clean_text(link.attributes.get("title") or "") or ""
        if _CODE.fullmatch(code) and capitalised_name(name) and _in_brackets(link):
            found = [name]
    return found


def _in_brackets(link: Any) -> bool:
    before, after = link.prev, link.next
    opening = (before.text_content or "") if before is not None and before.tag == "-text" else ""
    closing = (after.text_content or "") if after is not None and after.tag == "-text" else ""
    return opening.rstrip().endswith("(") and closing.lstrip().startswith(")")

