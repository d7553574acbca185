"""A byline in brackets that names the writers and then, after a comma, the site that signs the piece
(ITmedia, 2015: <div id="byline"><b>[</b>神尾寿，<b>ITmedia]</b></div> under the dek). The signature is
the publisher, no person: the names before it are the writers.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, short_text

# The elements a byline is looked for in; only the first few, the byline being one element near the heading.
_BYLINES = '#byline, [class~="byline"]'
_LOOKED_AT = 5
# How much text a byline of a few names and a signature holds at most.
_LINE = 80
# The whole byline in brackets, ASCII or full-width.
_BRACKETED = re.compile(r"[\[\uff3b]\s*(.+?)\s*[\]\uff3d]")
# The commas names and the signature are parted by: ASCII, full-width or ideographic.
_COMMAS = re.compile(r"\s*[,\uff0c\u3001]\s*")
# How long one name may be: a person's name, not a sentence.
_NAME = 30


def signed_byline(page: Page) -> list[str]:
    """The writers a bracketed byline names before the site's signature; [] where no byline is one."""
    for node in page.tree.css(_BYLINES)[:_LOOKED_AT]:
        text = clean_text(short_text(node, _LINE) or "")
        found = _BRACKETED.fullmatch(text or "")
        if found is None:
            continue
        *names, signature = _COMMAS.split(found.group(1))
        if names and _the_sites_name(page, signature) and all(
                name and len(name) <= _NAME and not any(char.isdigit() for char in name) for name in names):
            return names
    return []


def _the_sites_name(page: Page, signature: str) -> bool:
    """Whether the signature is the site's name, or the start of it (ITmedia for og:site_name 'ITmedia
    Mobile')."""
    site = (page.first("og:site_name") or "").casefold()
    return bool(signature) and site.startswith(signature.casefold())
