"""A byline that names the site's own staff where a writer's name belongs: the site's name and a desk's word
("Gizmodo Staff", 2024: the byline, the author meta and the JSON-LD author's Person alike, og:site_name
"Gizmodo"). The site's desk, no person, as "The Editors" or "Staff Writers" alone are none
(names.a_staff_role); a person's name with a desk's word after it is one ("Ann Staff" on another site).
"""

from __future__ import annotations

from .html_meta import Page
from .meta_authors import site_names
from .names import a_staff_role


def without_site_staff(page: Page, authors: list[str] | None) -> list[str] | None:
    """The authors less any that is the site's name followed by a desk's words; None when none is left."""
    if not authors:
        return authors
    sites = site_names(page)
    kept = [name for name in authors if not _site_staff(name, sites)]
    return kept or None


def _site_staff(name: str, sites: set[str]) -> bool:
    """Whether the name is one of the site's names, then the words of a desk ("Gizmodo Staff", "Example
    News Staff Writers")."""
    words = name.split()
    for cut in range(1, len(words)):
        if " ".join(words[:cut]).casefold() in sites and a_staff_role(" ".join(words[cut:])):
            return True
    return False
