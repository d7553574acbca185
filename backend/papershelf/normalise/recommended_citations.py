"""A researcher's own page of one paper built by academicpages (Jekyll, a fork of Minimal Mistakes): the
header under h1.page__title holds 'Published in <journal>, <year>' and a 'Recommended citation:' line that
cites the paper in APA's way, its authors (surname, initials) and '(year).' before the title the heading
shows (Adrian Forsythe's site, 2017: 'Recommended citation: Forsythe, A., & Xu, J. (2017). The complete
mitochondrial genome of …'). No meta names the authors (the sidebar's person is the site's owner) and the
template's article:published_time is the year's first day standing in for the year. The page is the paper
the line cites: its authors, and the year the line shows.
"""

from __future__ import annotations

import re

from .body import BodyRecord
from .html_meta import Page, block_text
from .places import PROSE, compact

_TITLE = "h1.page__title"
_LABEL = "recommended citation:"
# How many of the header's paragraphs are asked for the citation line, and how many authors it names at most.
_PARAGRAPHS = 6
_MOST_AUTHORS = 40
# '(2017).' closing the authors, and one author as APA writes them: a surname, a comma, initials.
YEAR_CLOSING_AUTHORS = re.compile(r"\((\d{4})\)\.\s*")
_AUTHOR = re.compile(r"([^\W\d_][^,&]{0,60}?),\s*((?:[^\W\d_]\.[\s-]*){1,6})")


def cited_paper(page: Page) -> BodyRecord | None:
    """The paper the header's 'Recommended citation:' line cites under the h1.page__title it repeats, by the
    authors and the year the line names; None where no such line cites the heading's title."""
    heading = page.tree.css_first(_TITLE)
    title = (block_text(heading) or "").strip() if heading is not None else ""
    header = heading.parent if heading is not None else None
    if not title or len(title) > PROSE or header is None:
        return None
    for count, paragraph in enumerate(header.css("p")):
        if count >= _PARAGRAPHS:
            break
        record = _citing(block_text(paragraph) or "", title)
        if record is not None:
            return record
    return None


def _citing(text: str, title: str) -> BodyRecord | None:
    if text[: len(_LABEL)].casefold() != _LABEL:
        return None
    cited = text[len(_LABEL):].strip()
    year = YEAR_CLOSING_AUTHORS.search(cited[:PROSE * 2])
    if year is None or not compact(cited[year.end():]).startswith(compact(title)):
        return None
    authors = apa_authors(cited[: year.start()])
    if not authors:
        return None
    return BodyRecord(title=title, authors=authors, shown=[year[1]], known=True,
                      authors_over_meta=True, dates_over_meta=True)


def apa_authors(text: str) -> list[str]:
    """The authors an APA list names ('Forsythe, A., & Xu, J.'), each 'Surname, I.'."""
    names: list[str] = []
    for count, match in enumerate(_AUTHOR.finditer(text.replace("&", " "))):
        if count >= _MOST_AUTHORS:
            break
        names.append(f"{match[1].strip()}, {' '.join(match[2].split())}")
    return names
