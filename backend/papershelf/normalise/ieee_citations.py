"""A researcher's own page of one paper whose byline names the site's owner alone (the page's author, set
site-wide), while a 'Citation' heading sets the paper's reference under it in IEEE's way: the authors as
initials and family names, then the title in quotes closed by its comma, then the venue (Elly Kirwa's Quarto
site, 2025: the title block's 'Author' 'Elly Kirwa', the author meta the same, and under h3 'Citation (IEEE)'
'K. Kumar, K. Utkarsh, J. Wang and H. V. Padullaparti, “Advanced Semi-Supervised Learning …,” 2025 IEEE
Power & Energy Society General Meeting …'). A reference whose quoted title is the page's own heading cites the
paper the page is of, so its names are the paper's authors; a post citing another paper cites another title.
"""

from __future__ import annotations

import re

from .body import BodyRecord
from .html_meta import Page, block_text, next_element
from .places import PROSE, compact

# How many headings are asked for the 'Citation' heading, how many h1s for the page's title, how long a
# reference may be, and how many authors it names at most.
_HEADINGS = 80
_TITLES = 5
_REFERENCE = 1500
_MOST_AUTHORS = 40
# The heading's words: 'Citation', 'Citation (IEEE)', 'Cite', 'Cite this paper'.
_CITATION_HEADING = re.compile(r"(?:citation|cite)\b", re.IGNORECASE)
# The names, then the title in quotes with its closing comma inside or outside them (IEEE's '“…,”'), the
# title no longer than twice a line of prose (PROSE).
_REFERENCE_PARTS = re.compile(r"(?P<names>[^“”\"]{2,600}?),\s*[“\"](?P<title>[^“”\"]{5,400}?),?[”\"]")
# One author as IEEE writes them: initials with their stops, then a family name of one to three words.
_AUTHOR = re.compile(r"(?:[^\W\d_]\.\s?-?){1,4}\s?[^\W\d_][\w'’-]+(?:[ -][^\W\d_][\w'’-]+){0,2}")
_BETWEEN_AUTHORS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def ieee_cited_paper(page: Page) -> BodyRecord | None:
    """The paper a 'Citation' heading's IEEE reference cites under the title the page's h1 shows, by the
    reference's authors; None where no such reference cites the heading's title."""
    titles = {compact(text) for heading in page.tree.css("h1")[:_TITLES]
              if (text := (block_text(heading) or "").strip()) and len(text) <= PROSE * 2}
    if not titles:
        return None
    for heading in page.tree.css("h2, h3, h4")[:_HEADINGS]:
        if not _CITATION_HEADING.match((block_text(heading) or "").strip()):
            continue
        following = next_element(heading)
        reference = (block_text(following) or "")[:_REFERENCE] if following is not None else ""
        record = _citing(reference, titles) if reference else None
        if record is not None:
            return record
    return None


def _citing(text: str, titles: set[str]) -> BodyRecord | None:
    parts = _REFERENCE_PARTS.match(" ".join(text.split()))
    if parts is None or compact(parts["title"].rstrip(" ,.")) not in titles:
        return None
    names = [name.strip() for name in _BETWEEN_AUTHORS.split(parts["names"].strip())]
    # Every part one author IEEE's way, two or more of them: a reference, not a sentence before a quote.
    if not 2 <= len(names) <= _MOST_AUTHORS or not all(_AUTHOR.fullmatch(name) for name in names):
        return None
    return BodyRecord(title=parts["title"].rstrip(" ,."), authors=names, known=True, authors_over_meta=True)
