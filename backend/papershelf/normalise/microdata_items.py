"""A schema.org item a page marks up in microdata: whether an element is an item of some types, and the
elements holding the item's own properties (not those of an item nested in it). Shared by the readers of a
microdata article (microdata_articles) and of a played episode (played_episodes)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .html_meta import nearest_answer


def of_type(node: Any, types: frozenset[str]) -> bool:
    """Whether the element is an item of one of `types`, the last parts of its itemtype lower-cased
    ("http://schema.org/NewsArticle": "newsarticle")."""
    kinds = (node.attributes.get("itemtype") or "").split()
    return any(kind.rstrip("/").rsplit("/", 1)[-1].casefold() in types for kind in kinds)


def own_properties(item: Any) -> Iterator[tuple[Any, list[str]]]:
    """Each element holding a property of the item itself, with its property names lower-cased, in order."""
    # Each element walked keeps its answer, so that a deep nest of properties walks its depth once.
    known: dict[int, bool] = {}

    def holds(element: Any) -> bool | None:
        if element.mem_id == item.mem_id:
            return True
        return False if "itemscope" in element.attributes else None

    def nested(element: Any) -> bool | None:
        return True if "itemscope" in element.attributes else None

    # The page's root may be the item (NDTV, 2020: <html itemscope itemtype="http://schema.org/NewsArticle">),
    # above the body no walk up reaches: a property is the root item's where no other item holds it.
    at_root = item.tag in ("html", "body")
    # …and a body item is the root's as an html item is: the head's properties no other item holds are its
    # own (The Wall Street Journal, 2014: <body itemscope itemtype="//schema.org/NewsArticle">, its
    # datePublished only in <meta itemprop> tags in the head). Read first, as the head comes first.
    head = _head_of(item) if item.tag == "body" else None
    for node in [*(head.css("[itemprop]") if head is not None else ()), *item.css("[itemprop]")]:
        owned = not nearest_answer(node, nested, known) if at_root else nearest_answer(node, holds, known)
        if owned:
            yield node, (node.attributes.get("itemprop") or "").casefold().split()


def _head_of(body: Any) -> Any:
    """The page's head beside the body (the html element's first children), else None."""
    root = body.parent
    child = root.child if root is not None else None
    while child is not None and child.tag != "head" and child.mem_id != body.mem_id:
        child = child.next
    return child if child is not None and child.tag == "head" else None
