"""A review post signed by its own writer, whose text sets out the reviewed paper's record under the headings
of a review template: 'Paper Title', 'Author(s)' over a line of the paper's authors, 'Date',
'DOI/Authoritative Link to Paper' over its DOI links (TechGlider's Hugo-Octopress review of the BBR paper,
2017: one hAtom entry, its footer's hCard 'Posted by Kartik Singhal', the author meta the same name; the
'Author(s)' line 'Neal Cardwell, Yuchung Cheng, …'). The DOIs its text shows are the reviewed paper's, not
the post's: the post is its writer's record (the lead's stop-67 reading of a post on a paper by others), and
the hAtom entry reads it.

Narrow: the page's one hAtom entry is signed by an hCard whose name the author meta gives too, and a heading
of the entry's text reads 'Author(s)' or 'Authors' alone over a paragraph of two or more people's names,
none the signer's. A researcher's post on a paper of their own names them among its authors, and keeps its
DOI.
"""

from __future__ import annotations

from ..identity import clean_text
from .html_meta import Page, block_text, select_first
from .names import names_in_byline

# The headings a review template sets the reviewed paper's authors under.
_AUTHORS_HEADINGS = frozenset(("author(s)", "authors"))
_SUBHEADINGS = "h2, h3, h4"
# How many people's names the line under that heading gives at least: a paper's authors, not a signature.
_SEVERAL = 2


def reviews_anothers_paper(page: Page) -> bool:
    """Whether the page's one hAtom entry, signed by the author meta's person in its hCard, heads a line of
    the reviewed paper's authors 'Author(s)', none of them the signer."""
    entries = page.tree.css(".hentry")
    if len(entries) != 1:
        return False
    signer = select_first(entries[0], ".author .fn")
    name = (clean_text(signer.text()) or "").casefold() if signer is not None else ""
    named = {(clean_text(value) or "").casefold() for value in page.every("author")}
    if not name or named != {name}:
        return False
    for heading in entries[0].css(_SUBHEADINGS):
        if (clean_text(heading.text()) or "").rstrip(":").casefold() not in _AUTHORS_HEADINGS:
            continue
        line = heading.next
        while line is not None and line.tag == "-text" and not clean_text(line.text_content):
            line = line.next
        if line is None or line.tag != "p":
            return False
        people = names_in_byline(block_text(line))
        return len(people) >= _SEVERAL and all(person.casefold() != name for person in people)
    return False
