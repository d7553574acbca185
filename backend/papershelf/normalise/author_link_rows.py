"""A hand-written post of a project's blog that names no day, its one h1 the title and right under it rows of
links the page classes as its authors (the Gorilla project's post on RAFT, round 239: no meta but the
<title> 'RAFT', the short name the h1 '🦍 RAFT: Adapting Language Model to Domain Specific RAG' opens with
before its colon; two h4 rows of a.author links, each a person's name linked to a home page, the last two
after their company, 'Microsoft: Cédric Vidal', 'Meta: Suraj Subramanian'). The h1 is the post's title (its
emoji an ornament, dropped where the record is made), the links' names its writers in the page's order,
their companies affiliations, dropped; no day (the closing BibTeX's year is the paper's).

Only where the <title> is the h1 itself or the name it opens with before a colon (the emoji aside), the
first words after the h1 are the first such link's, every row holding the links holds no other words, and
every link is a person's whole name (after one label of capitalised words and a colon): a row of other
words, a link of anything but a name, or a <title> naming something else is not read so."""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, short_text
from .names import a_persons_name, is_group
from .places import compact
from .title_emoji import without_emoji

# How long the title and a link may be, how many nodes after the h1 are read for its first link, how many
# links and rows are read, and how few names and title words there are at least.
_LONGEST_TITLE = 300
_LONGEST_LINK = 120
_NODES_READ = 400
_LINKS_READ = 40
_FEWEST_NAMES = 2
_FEWEST_TITLE_WORDS = 3
# How many words an affiliation's label before the name's colon has at most ('Microsoft: ').
_LONGEST_LABEL = 3


def post_its_author_link_rows_name(page: Page) -> BodyRecord | None:
    """The record of such a post: its h1 as the title, the names of its rows of author links; None
    otherwise."""
    headings = page.tree.css("h1")
    tab = page.head_title
    if len(headings) != 1 or tab is None:
        return None
    heading = headings[0]
    title = clean_text(short_text(heading, _LONGEST_TITLE))
    named = clean_text(short_text(tab, _LONGEST_TITLE))
    plain = without_emoji(title)
    if not plain or not named or len(plain.split()) < _FEWEST_TITLE_WORDS:
        return None
    if compact(named) != compact(plain) and not compact(plain).startswith(compact(named) + ":"):
        return None
    links = page.tree.css("a.author")[:_LINKS_READ]
    if not links or not _first_words_after(heading, links[0]):
        return None
    rows: dict[int, Any] = {}
    for link in links:
        if link.parent is not None:
            rows.setdefault(link.parent.mem_id, link.parent)
    names = [_name_of(link) for link in links]
    if len(names) < _FEWEST_NAMES or not all(names):
        return None
    in_rows = {row_id: "".join(compact(clean_text(short_text(link, _LONGEST_LINK)) or "")
                               for link in links if link.parent is not None and link.parent.mem_id == row_id)
               for row_id in rows}
    if any(compact(clean_text(short_text(row, _LONGEST_LINK * len(links))) or "") != in_rows[row_id]
           for row_id, row in rows.items()):
        return None
    return BodyRecord(title=title, authors=[name for name in names if name], known=True)


def _first_words_after(heading: Any, link: Any) -> bool:
    """Whether the link holds the first words after the heading (nothing but blank text between)."""
    inside = {node.mem_id for node in heading.traverse(include_text=True)}
    body = heading.parent
    while body is not None and body.tag != "body":
        body = body.parent
    if body is None:
        return False
    past = False
    for count, node in enumerate(body.traverse(include_text=True)):
        if count > _NODES_READ:
            return False
        if node.mem_id == heading.mem_id:
            past = True
        elif past and node.mem_id == link.mem_id:
            return True
        elif past and node.mem_id not in inside and node.tag == "-text" and (node.text_content or "").strip():
            return False
    return False


def _name_of(link: Any) -> str | None:
    """The link's text as a person's whole name, past one label of capitalised words and a colon (a
    company's, 'Microsoft: '); None where it is anything else."""
    text = clean_text(short_text(link, _LONGEST_LINK)) or ""
    label, colon, rest = text.partition(":")
    words = label.split()
    if colon and 1 <= len(words) <= _LONGEST_LABEL and all(word[:1].isupper() for word in words):
        text = rest.strip()
    return text if text and a_persons_name(text) and not is_group(text) else None
