"""A post that is its writer's own paper's page (Akshat Gupta's Hugo PaperMod page of his GlyphNet paper,
round 260, in his site's 'Publications' section: the post's text opens with a paragraph linking 'Paper' to
arxiv.org/abs/2306.10392 and a paragraph '<strong>Authors:</strong> Akshat Gupta, Laxman Singh Tomar, Ridhima
Garg', then the heading 'Abstract' and the paper's sections). A post's link to a paper is otherwise one it
reports (the corpus's notes rounds: the post's record, no preprint of its own); here the authors' line opening
the text names the site's owner, the footer's copyright holder, among the paper's authors: the writer's own
paper, and the preprint the opening's paper link names is the page's.

Only the paragraphs before the text's first 'Abstract' heading are read (a few, each a paragraph), one of
them the labelled authors' line naming the holder; the links among them labelled as the paper ('Paper',
'arXiv', 'Preprint', 'PDF') to an arXiv abstract address, agreeing on one.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import arxiv_id_from_url, clean_text
from .footer_holders import copyright_holder
from .hidden_heading_marks import shown_heading_text
from .html_meta import Page
from .places import HEADINGS, heading_nodes

# The few paragraphs a paper's post opens with before its 'Abstract': its links, its authors, its venue.
_MOST_OPENING = 4
_AUTHORS_LABEL = re.compile(r"authors?\s*:?$", re.IGNORECASE)
_PAPER_WORDS = frozenset({"paper", "arxiv", "preprint", "pdf"})
_ARXIV_ABSTRACT = re.compile(r"https?://(?:www\.)?arxiv\.org/abs/", re.IGNORECASE)


def preprint_of_the_writers_paper_post(page: Page) -> str | None:
    """The arXiv id the opening of a post of its writer's own paper links as the paper, or None."""
    opening = _opening_before_the_abstract(page)
    if opening is None or not _names_the_holder(page, opening):
        return None
    found: set[str] = set()
    for paragraph in opening:
        for link in paragraph.css("a"):
            address = (link.attributes.get("href") or "").strip()
            words = (clean_text(link.text()) or "").casefold()
            if words not in _PAPER_WORDS or not _ARXIV_ABSTRACT.match(address):
                continue
            if paper := arxiv_id_from_url(address):
                found.add(paper[0])
    return found.pop() if len(found) == 1 else None


def _opening_before_the_abstract(page: Page) -> list[Any] | None:
    """The paragraphs before the text's first 'Abstract' heading, its first among its siblings; None where
    anything but a few paragraphs stands before it."""
    for heading in heading_nodes(page, HEADINGS):
        if shown_heading_text(heading).rstrip(":.").casefold() != "abstract":
            continue
        opening: list[Any] = []
        before = heading.prev
        while before is not None:
            if not before.tag.startswith("-"):
                if before.tag != "p" or len(opening) == _MOST_OPENING:
                    return None
                opening.append(before)
            before = before.prev
        return list(reversed(opening)) or None
    return None


def _names_the_holder(page: Page, opening: list[Any]) -> bool:
    """Whether a labelled authors' line among the opening paragraphs names the footer's copyright holder."""
    # The page's footer that holds the copyright line (a post's own footer of tags comes before it), the
    # line its own element where the theme's credit follows it ('© 2025 Akshat Gupta', 'Powered by Hugo').
    holder = next((name for footer in page.tree.css("footer") for line in [footer, *footer.css("span, p")]
                   if (name := copyright_holder(clean_text(line.text()) or ""))), None)
    if not holder:
        return False
    for paragraph in opening:
        label = paragraph.css_first("strong, b")
        if label is None or not _AUTHORS_LABEL.match(clean_text(label.text()) or ""):
            continue
        names = (clean_text(paragraph.text()) or "")[len(clean_text(label.text()) or ""):]
        if holder.casefold() in (" ".join(name.split()).casefold() for name in names.split(",")):
            return True
    return False
