"""A post of Hugo's Academic theme 4 on a one-person site (Sho '
                 'Shimoyama's, 2019: Source Themes Academic 4.1.0,
a Japanese summary of one paper under /post/), which shows no byline under its heading but, after the text,
the author card of the post's author (div.author-card, a schema.org Person, its name in h5.card-title), and
whose author meta names the same person. The card alone could be any theme's box of the site's owner, and the
meta alone a site-wide setting; the two agreeing on one person name the post's writer.

The name is read as the card writes it less a parenthesised gloss of it in another script ('Sho Shimoyama
(下山 翔)': the same person's name in kanji), which names.display_name leaves out. A paper page of the theme
is academic_paper_pages.author_of_the_card's; two cards, or a card and a meta naming different people, name
no one.
"""

from __future__ import annotations

from ..identity import clean_text
from .academic_paper_pages import AUTHOR_CARD, CARD_NAME, shows_a_papers_abstract
from .html_meta import Page, short_text
from .names import a_persons_name, display_name, is_group

# A post shows one card for its one author; a few are looked at (more say nothing of one writer).
_MOST_CARDS = 3
_LONGEST_NAME = 120


def writer_of_the_post_card(page: Page) -> list[str] | None:
    """The one person the post's one author card names whom its one author meta names too (their display
    names the same); None otherwise, and None on the theme's paper page."""
    if shows_a_papers_abstract(page):
        return None
    named = {clean_text(value) for value in page.every("author")} - {None, ""}
    cards = page.tree.css(AUTHOR_CARD)[:_MOST_CARDS]
    if len(named) != 1 or len(cards) != 1 or (node := cards[0].css_first(CARD_NAME)) is None:
        return None
    name = display_name(clean_text(short_text(node, _LONGEST_NAME)))
    if not name or name != display_name(named.pop()):
        return None
    return [name] if a_persons_name(name) and not is_group(name) else None
