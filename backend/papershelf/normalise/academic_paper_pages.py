"""A researcher's page of one paper built by Hugo's Academic theme 4 (Hanno Reuvers's, 2019: Source Themes
Academic 4.1.0) where the front matter lists no authors and the page shows no labelled rows ('Type',
'Publication'): under /publication/<slug>/ the h1, the month, the header buttons in div.btn-links, the
'Abstract' in p.pub-abstract, and after the text the author card of the site's owner, which the theme shows
for a page naming no authors. Such a page is the paper's; it carries a post's meta (article:published_time),
so the readers of a lab's paper page by its rows pass it by.

What it names: its author, the one person its one author card names (a schema.org Person, the name in
h5.card-title); and its preprint, the arXiv id its 'Preprint' or 'arXiv' button links, as a project page's
buttons name it. Two cards, or a card naming no person, name no author.
"""

from __future__ import annotations

from ..identity import clean_text
from .html_meta import Page, short_text
from .names import a_persons_name, display_name, is_group
from .project_pages import arxiv_id_of_the_buttons_alone

# The theme's abstract of a paper's own page: a post shows none.
_ABSTRACT = 'p[class~="pub-abstract"]'
# The author card: the theme's div.author-card marked up as a schema.org Person; its name in h5.card-title.
_CARD = 'div[class~="author-card"][itemtype*="schema.org/Person"]'
_NAME = '[itemprop="name"]'
# A page shows one card an author; a few are looked at (more say nothing of one author), and a name is short.
_MOST_CARDS = 3
_LONGEST_NAME = 120


def shows_a_papers_abstract(page: Page) -> bool:
    """Whether the page shows the theme's abstract of a paper's own page (p.pub-abstract)."""
    return page.tree.css_first(_ABSTRACT) is not None


def author_of_the_card(page: Page) -> list[str] | None:
    """The one person the paper page's one author card names; None for none or several cards."""
    if not shows_a_papers_abstract(page):
        return None
    cards = page.tree.css(_CARD)[:_MOST_CARDS]
    if len(cards) != 1 or (node := cards[0].css_first(_NAME)) is None:
        return None
    name = display_name(clean_text(short_text(node, _LONGEST_NAME)))
    return [name] if name and a_persons_name(name) and not is_group(name) else None


def preprint_of_the_buttons(page: Page) -> str | None:
    """The arXiv id the paper page's buttons link ('Preprint', 'arXiv'), when they agree on one."""
    return arxiv_id_of_the_buttons_alone(page) if shows_a_papers_abstract(page) else None
