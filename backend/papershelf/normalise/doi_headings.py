"""The heading of a record page that links to the record's own DOI: the work it names.

A page that shows one record may set its title in a heading that is one link to the record's DOI
address, with no h1 and an empty <title> (DataCite Search, 2016: <h3 class="work"><a
href="https://doi.org/10.5281/ZENODO.21430">DataCite-ORCID: 1.0</a></h3>, then the creators, "Work published
2015 via Zenodo" and the description). Read only when the page names its title nowhere else.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from ..identity import clean_text
from .addresses import resolved_doi
from .html_meta import Page, block_text
from .places import HEADINGS, heading_nodes


def heading_linking_to_its_doi(page: Page, doi: str | None) -> str | None:
    """The text of the one heading that is wholly one link to `doi`'s address, if exactly one is."""
    if not doi:
        return None
    wanted = doi.casefold()
    found = [text for node in heading_nodes(page, HEADINGS) if (text := _linked_to(node, wanted))]
    return found[0] if len(found) == 1 else None


def _linked_to(heading: Any, doi: str) -> str | None:
    """The heading's text when all of it is one link to the DOI's address."""
    links = heading.css("a")
    if len(links) != 1:
        return None
    resolved = resolved_doi(links[0].attributes.get("href") or "")
    if resolved is None or unquote(resolved).casefold() != doi:
        return None
    text = clean_text(block_text(heading))
    return text if text and text == clean_text(block_text(links[0])) else None
