"""The names of the persons a page's article item marks up in microdata as its own author: a schema.org
Person that an Article or BlogPosting item holds as its author property (Hexo's NexT theme, 2019–2020: the
post's <article itemscope itemtype="http://schema.org/Article"> holding <span hidden itemprop="author"
itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="DesmonDay">). Such a Person
signs the post itself, as a byline or an author meta does; a Person the page sets elsewhere (NexT's sidebar,
div.site-author[itemprop=author], under no article item; a header's author name) is the site's, and not read
here. Used by site_staff to keep a writer's handle the post is signed with."""

from __future__ import annotations

from typing import Any

from .html_meta import Page
from .microdata_items import of_type, own_properties

# The schema.org types of a post or an article, the last part of an itemtype.
_ARTICLES = frozenset(("article", "blogposting", "newsarticle", "techarticle", "scholarlyarticle"))
_PERSON = frozenset(("person",))
# How many article items are read at most (a page's own post, not a listing's many), and how many author
# properties of each (a byline's worth): each item's properties are walked once, so the read is linear.
_MOST_ARTICLES = 3
_MOST_AUTHORS = 12


def article_author_names(page: Page) -> set[str]:
    """The casefolded names of the Person items the page's first article items hold as their own author
    property, a name read from the Person's own name property (a meta's content or the element's text)."""
    names: set[str] = set()
    articles = [node for node in page.tree.css("[itemscope]") if of_type(node, _ARTICLES)][:_MOST_ARTICLES]
    for article in articles:
        authors = [node for node, props in own_properties(article)
                   if "author" in props and "itemscope" in node.attributes and of_type(node, _PERSON)]
        for person in authors[:_MOST_AUTHORS]:
            if (name := _own_name(person)):
                names.add(name.casefold())
    return names


def _own_name(person: Any) -> str | None:
    """The Person's own name property, a meta's content or the element's text, whitespace collapsed."""
    for node, props in own_properties(person):
        if "name" in props:
            raw = node.attributes.get("content") if node.tag == "meta" else node.text(deep=True)
            name = " ".join((raw or "").split())
            if name:
                return name
    return None
