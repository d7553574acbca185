"""A dek shorter than any abstract the other readers take, which every description meta repeats word for word
and the page shows as a block of its own between the headline and the text's prose (Maeil Business Newspaper,
2025: div.mid_title '美 수출 통제에 고육책', four words, at the head of the article body under the h2
headline, the description, og:description and twitter:description its words; Recode's h2.p-dek of 2016,
"Money don't matter 2 night.", round 111's page in pages_pending/, is the same kind, but its page has no
JSON-LD article, which scholarly asks for before this reader is). The story's summary line, which the corpus
reads as its abstract as it reads longer deks: the page's own meta says the line is what the piece is about,
and the page sets it apart above the text. A line the metas do not all repeat is no such summary (a kicker, a
section's label), nor is one shown only below the text, nor a label of a word or two.
"""

from __future__ import annotations

from .body import MIN_ABSTRACT
from .html_meta import Page, block_text
from .places import below_heading, compact, title_heading

# The description metas that must agree, where the page has them; the first two it must have.
_NEEDED = ("description", "og:description")
_WHERE_PRESENT = ("twitter:description",)
# How many words the line runs to at least (a section's name or a label is fewer).
_WORDS = 3


def short_described_dek(page: Page, title: str | None, headings: str) -> str | None:
    """The text of the first block under the title's heading, above the text's prose, that is the short
    description every description meta gives; None otherwise."""
    described = _described_alike(page)
    if described is None or len(described) >= MIN_ABSTRACT or len(described.split()) < _WORDS:
        return None
    key = compact(described)
    heading = title_heading(page, title, headings) if title else None
    if heading is None or key == compact(title or ""):
        return None
    # below_heading stops at the text's first paragraph of prose: a line shown only further down is not it.
    for node in below_heading(page, heading):
        if node.mem_id != heading.mem_id and compact(block_text(node) or "") == key:
            return block_text(node)
    return None


def _described_alike(page: Page) -> str | None:
    """The description where every description meta the page has gives the same words, else None."""
    needed = [page.first(name) for name in _NEEDED]
    if not all(needed):
        return None
    values = needed + [value for name in _WHERE_PRESENT if (value := page.first(name))]
    keys = {compact(value) for value in values if value}
    return needed[0] if len(keys) == 1 else None
