"""A post's writer named by its own article item's author Person and by the footer's copyright block, whose
sign is an icon (Hexo's ARIA theme, Maple's Blog, 2019, round 222: the post's <article itemscope
itemtype="http://schema.org/Article"> holds a hidden author Person 'Maple W'; the footer's div.copyright holds
span.author 'Maple W' then span.year with a Font Awesome copyright icon, <i class="far fa-copyright">, and
'2019 - 2019'; no byline, no author meta). The settled stop-74 reading: the article's own author Person, which
the footer's copyright holds, signs the post (copyright_owners and site_staff read the '©' lines of it). The
icon writes no '©' in the text, so the block is told by its class: an element classed as the copyright inside
one of the page's last footers, whose text opens with the Person's whole name, then a year, a sign or its end.

A Person the page sets outside an article item (a sidebar's) signs no post (article_author_persons), a block
opening with another name (a company's) or with the name run on into a longer word names no writer, and a
page whose article items name several Persons is left to the other readers."""

from __future__ import annotations

from .article_author_persons import article_author_names
from .html_meta import Page, select_all, short_text

# How many footers are read (the page's last ones, where a site's copyright block is), and how many characters
# (and nodes) a block holds at most.
_FOOTERS_READ = 3
_BLOCK_LENGTH = 300
_COPYRIGHT_BLOCKS = '[class*="copyright"]'


def writer_the_copyright_block_and_article_name(page: Page) -> list[str] | None:
    """The one author Person of the page's article items, as the footer's copyright block writes the name,
    where that block opens with it; None otherwise."""
    named = article_author_names(page)
    if len(named) != 1:
        return None
    name = named.pop()
    for footer in reversed(page.tree.css("footer")[-_FOOTERS_READ:]):
        for block in select_all(footer, _COPYRIGHT_BLOCKS)[:_FOOTERS_READ]:
            text = " ".join((short_text(block, _BLOCK_LENGTH) or "").split())
            if text.casefold().startswith(name) and not text[len(name):len(name) + 1].isalpha():
                return [text[: len(name)]]
    return None
