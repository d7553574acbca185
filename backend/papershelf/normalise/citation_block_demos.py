"""A paper's demo page of samples that names its paper only in its own citation block: no meta but the
viewport, its one h1 the demo's name ('Universal Speech Enhancement Demo', the <title> the same), a paragraph
on the model, sections of noisy and enhanced <audio>, and under the heading 'Citation:' the line 'If you find
the results on this demo useful in your research, please reference our foundational paper:', then the paper's
title linking its arXiv abstract, then the BibTeX entry of that title naming the same preprint ('journal =
{arXiv preprint arXiv:2405.06573}'), its four authors and year = {2024} (round 186, held out). The samples
are that paper's: the page is its record, titled as the page's heading shows it (the family's rule: the
heading, not the citation's wording), its authors, year and arXiv id its entry's.

A citation block that names no paper of the authors' own ('our … paper'), under no citation heading, a link
whose text is no entry's title or whose preprint its entry does not name, a page with title meta, with no h1
or more than one, or with few players reads no record so: a page citing a work it builds on, or a list of
papers, says so otherwise.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from ..identity import arxiv_id_from_url, clean_text
from .body import BodyRecord
from .cited_dates import (
    bibtex_block_titles,
    own_bibtex_block_authors,
    own_bibtex_block_eprint,
    own_bibtex_block_year,
)
from .demo_pages import OUR_PAPER
from .html_meta import Page, block_text, past_blank_text, short_text
from .names import display_name, is_group
from .places import HEADING_TAGS, compact


class CitedPaper(msgspec.Struct):
    """The record a demo page's citation block makes, and the preprint its link and entry agree on."""

    record: BodyRecord
    arxiv_id: str


# The meta that name a page's title: a page that has them is read by them.
_TITLE_META = ("og:title", "twitter:title", "citation_title", "dc.title")
# How many audio players a page of samples shows at least.
_PLAYERS = 4
# How many arXiv links a demo's page holds at most (more: a list of papers), and how long a title's link
# and the line asking to cite the paper may be.
_ARXIV_LINKS = 20
_LONGEST_TITLE = 400
_LONGEST_LINE = 400
# The heading of a page's citation block: 'Citation:', 'Cite us', 'How to cite', 'BibTeX', 'Reference'.
_CITATION_HEADING = re.compile(r"(?:how\s+to\s+)?(?:citations?|cite(?:\s+us)?|bibtex|references?)\s*:?",
                               re.IGNORECASE)
# The inline elements a title's link may sit in inside its block.
_INLINE = frozenset(("strong", "b", "em", "i", "span", "cite", "font"))
_INLINE_LEVELS = 4


def paper_its_citation_block_names(page: Page) -> CitedPaper | None:
    """The record of the paper a demo page of samples asks to be cited by in its own citation block (its
    title linked to its preprint over the entry of that title naming the same preprint), titled as the
    page's one h1 shows it, its authors and year the entry's; None otherwise."""
    if any(page.first(name) for name in _TITLE_META):
        return None
    headings = page.tree.css("h1")[:2]
    if len(headings) != 1 or not (title := clean_text(block_text(headings[0]) or "")):
        return None
    if len(page.tree.css("audio")[:_PLAYERS]) < _PLAYERS:
        return None
    links = page.tree.css('a[href*="arxiv.org/"]')
    if len(links) > _ARXIV_LINKS:
        return None
    # Each entry's title once, by its compacted words: a link is matched to it in one look-up.
    entries = {compact(named): named for named in bibtex_block_titles(page)}
    for link in links if entries else ():
        preprint = arxiv_id_from_url(link.attributes.get("href"))
        named = entries.get(compact(clean_text(short_text(link, _LONGEST_TITLE)) or ""))
        if preprint is None or named is None or not _asked_to_cite_as_our_paper(link):
            continue
        if own_bibtex_block_eprint(page, named) != preprint[0]:
            continue
        record = BodyRecord(title=title, authors=_entry_people(page, named),
                            shown=own_bibtex_block_year(page, named)[:1], known=True)
        return CitedPaper(record, preprint[0])
    return None


def _asked_to_cite_as_our_paper(link: Any) -> bool:
    """Whether the link's block follows a line that asks to cite the authors' own paper ('please reference
    our foundational paper'), right under a heading of the page's citation block."""
    block = link.parent
    for _ in range(_INLINE_LEVELS):
        if block is None or block.tag not in _INLINE:
            break
        block = block.parent
    if block is None or block.tag not in ("p", "div"):
        return False
    line = past_blank_text(block.prev, "prev", comments=True)
    said = clean_text(short_text(line, _LONGEST_LINE)) if line is not None and line.tag == "p" else None
    if not said or OUR_PAPER.search(said) is None:
        return False
    heading = past_blank_text(line.prev, "prev", comments=True)
    if heading is None or heading.tag not in HEADING_TAGS:
        return False
    named = clean_text(short_text(heading, _LONGEST_LINE))
    return bool(named and _CITATION_HEADING.fullmatch(named))


def _entry_people(page: Page, title: str) -> list[str]:
    """The people the entry names, each a person's display name ('Chao, Rong' as 'Rong Chao'); none when
    any is not a person's name (a team, a group)."""
    names = [display_name(part) for part in own_bibtex_block_authors(page, title)]
    if not names or not all(name and len(name.split()) > 1 and not is_group(name) for name in names):
        return []
    return [name for name in names if name]
