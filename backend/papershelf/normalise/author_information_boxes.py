"""A writer's box of their own above the story, where no byline names them (ΤΟ ΒΗΜΑ, 2011, Netvolution WCM:
div.author_information over the story, span.name holding the link 'Θεοδώρα Τσώλη' to her page on the site,
/editors/editor/?edid=2510, then her e-mail and RSS links; the Author meta the publisher). An element classed
as the author's information that holds an element classed as the name, its whole text a person's name linked
to a writer's page, names the story's writer, as a "By" line would.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ..identity import clean_text
from .html_meta import Page, select_all, short_text
from .names import a_persons_name

# The box: an element its class names the author's information ("author_information", "author-information").
_BOX = '[class*="author_information" i],[class*="author-information" i]'
# The name in it: an element classed as the name (span.name), a link in it.
_NAME = '[class~="name" i] a[href]'
# A link to a writer's own page on the site: its path names the writers, editors or authors.
_WRITERS_PAGE = re.compile(r"(?:author|editor|writer|journalist|columnist|reporter|contributor)s?\b",
                           re.IGNORECASE)
# How many boxes and names in each are read (one box a story; a rail may box others), how long a name runs.
_MOST_BOXES = 3
_MOST_NAMES = 4
_LONGEST_NAME = 80


def writer_in_its_box(page: Page) -> list[str]:
    """The writer the first author's-information box names by a linked name element, where that name is a
    person's and the link a writer's page; [] elsewhere."""
    for box in islice(page.tree.css(_BOX), _MOST_BOXES):
        names = [name for link in islice(select_all(box, _NAME), _MOST_NAMES) if (name := _linked_name(link))]
        if names:
            return names[:1]
    return []


def _linked_name(link: Any) -> str | None:
    href = link.attributes.get("href") or ""
    if href.casefold().startswith("mailto:") or not _WRITERS_PAGE.search(href):
        return None
    name = clean_text(" ".join((short_text(link, _LONGEST_NAME) or "").split()))
    return name if name and a_persons_name(name) else None
