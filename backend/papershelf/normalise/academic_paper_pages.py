"""A researcher's page of one paper built by Hugo's Academic theme 4 (Hanno Reuvers's, 2019: Source Themes
Academic 4.1.0) where the front matter lists no authors and the page shows no labelled rows ('Type',
'Publication'): under /publication/<slug>/ the h1, the month, the header buttons in div.btn-links, the
'Abstract' in p.pub-abstract, and after the text the author card of the site's owner, which the theme shows
for a page naming no authors. Such a page is the paper's; it carries a post's meta (article:published_time),
so the readers of a lab's paper page by its rows pass it by.

The page's own markup says it is a paper's (its div.pub a schema.org CreativeWork holding the abstract),
whatever address it is read at.

What it names: its author, the one person its one author card names (a schema.org Person, the name in
h5.card-title); and its preprint, the arXiv id its 'Preprint' or 'arXiv' button links, as a project page's
buttons name it. Two cards, or a card naming no person, name no author. And its date: the month the
article metadata shows ('August 2020', Anderson Monken's Source Themes Academia 4.3.1 page, 2024) where its
metas give two different days of that month (article:published_time the page's publishDate 2020-08-15, the
item's datePublished 2020-08-17), neither shown: which day is the paper's the page does not say.
"""

from __future__ import annotations

import re
from itertools import islice

from ..identity import clean_text
from .dates import english_month
from .html_meta import Page, select_first, short_text
from .names import a_persons_name, display_name, is_group
from .project_pages import arxiv_id_of_the_buttons_alone

# The theme's paper item (div.pub, a schema.org CreativeWork) and its abstract: a post shows neither.
_ITEM = 'div[class~="pub"][itemtype*="schema.org/CreativeWork"]'
PAPER_ABSTRACT = 'p[class~="pub-abstract"]'
# The author card: the theme's div.author-card marked up as a schema.org Person; its name in h5.card-title.
AUTHOR_CARD = 'div[class~="author-card"][itemtype*="schema.org/Person"]'
CARD_NAME = '[itemprop="name"]'
# A page shows one card an author; a few are looked at (more say nothing of one author), and a name is short.
_MOST_CARDS = 3
_LONGEST_NAME = 120


def shows_a_papers_abstract(page: Page) -> bool:
    """Whether the page shows the theme's paper item and its abstract (div.pub, p.pub-abstract)."""
    # Academia 4.3's item closes before the abstract (Anderson Monken's, 2024): both are asked for apart.
    return page.tree.css_first(_ITEM) is not None and page.tree.css_first(PAPER_ABSTRACT) is not None


def author_of_the_card(page: Page) -> list[str] | None:
    """The one person the paper page's one author card names; None for none or several cards."""
    if not shows_a_papers_abstract(page):
        return None
    cards = page.tree.css(AUTHOR_CARD)[:_MOST_CARDS]
    if len(cards) != 1 or (node := cards[0].css_first(CARD_NAME)) is None:
        return None
    name = display_name(clean_text(short_text(node, _LONGEST_NAME)))
    return [name] if name and a_persons_name(name) and not is_group(name) else None


def preprint_of_the_buttons(page: Page) -> str | None:
    """The arXiv id the paper page's buttons link ('Preprint', 'arXiv'), when they agree on one."""
    return arxiv_id_of_the_buttons_alone(page) if shows_a_papers_abstract(page) else None


# The month and year alone the article metadata shows ('August 2020'); a shown day is read by the dates.
_SHOWN = 'div[class~="article-metadata"] span[class~="article-date"]'
MONTH_YEAR = re.compile(r"([A-Za-z]+)\.?,?\s+(\d{4})")
_META_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_LONGEST_DATE = 200  # the span holds the template's blank lines around the <time>


def month_of_disagreeing_metas(page: Page) -> str | None:
    """The month the paper page shows, where its metas give two different days of it; None otherwise."""
    if not shows_a_papers_abstract(page):
        return None
    shown = select_first(page.tree, _SHOWN)
    words = clean_text(short_text(shown, _LONGEST_DATE)) if shown is not None else None
    found = MONTH_YEAR.fullmatch(words or "")
    number = english_month(found.group(1)) if found else None
    if found is None or number is None:
        return None
    month = f"{found.group(2)}-{number:02d}"
    item = page.tree.css_first('meta[itemprop="datePublished"]')
    days = {_meta_day(page.first("article:published_time")),
            _meta_day(item.attributes.get("content") if item is not None else None)}
    within = None not in days and all(day.startswith(month) for day in days if day)
    return month if within and len(days) == 2 else None


def _meta_day(value: str | None) -> str | None:
    found = _META_DAY.match(value or "")
    return "-".join(found.groups()) if found else None


# The header's buttons of the theme's paper page (div.btn-links, under the metadata line): a few looked at.
# The boxes are found first and their links within them: one selector of both asked each link of the page
# for its ancestors, in a deep nest of links time in the square of its depth.
_BUTTON_BOXES = 'div[class~="btn-links"]'
_BUTTONS = "a[href]"
_MOST_BUTTONS = 12
_BUTTON_WORDS = 20


def offers_the_papers_buttons(page: Page) -> bool:
    """Whether the page's header buttons link the paper itself, its DOI or its PDF (Olivia Cooper's Source
    Themes Academic 4.5.0 page, 2025: 'PDF' and 'DOI' in div.btn-links, no labelled rows): an Academic page of
    one paper, where a post's header offers none."""
    buttons = (node for box in page.tree.css(_BUTTON_BOXES) for node in box.css(_BUTTONS))
    for node in islice(buttons, _MOST_BUTTONS):
        href = node.attributes.get("href") or ""
        if "doi.org/10." in href or clean_text(short_text(node, _BUTTON_WORDS)) in ("PDF", "DOI"):
            return True
    return False

