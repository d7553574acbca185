"""JSON-LD people and publishers given by reference: an article's author written as {"@id": …} alone, the
Person with that @id and its name another node of the page's JSON-LD (Yoast's graph, WordPress: the
Article's "author": {"@id": "https://wolfgangschmale.eu/#/schema/person/40d8…"} and, in the same @graph,
{"@type": ["Person"], "@id": "…/40d8…", "name": "Wolfgang Schmale"}; Wolfgang Schmale's blog, 2020), and its
publisher so given the organisation or person so named (Makronom, 2023: "publisher": {"@id":
"https://makronom.de/#organization"}, the Organization 'Makronom'). Only a Person is taken as an author so:
an organisation given as the author is the site, no person's byline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# The keys of a bare reference: its @id, and at most the type it names.
_REFERENCE_KEYS = frozenset({"@id", "@type"})
# An article's properties naming its people, and its publisher's.
_PEOPLE = ("author", "creator")
_PUBLISHER = "publisher"


def named_nodes(nodes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The page's named JSON-LD nodes by their @id."""
    return {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str) and node.get("name")}


def with_references_resolved(article: dict[str, Any], named: dict[str, dict[str, Any]],
                             types: Callable[[Any], list[str]]) -> dict[str, Any]:
    """The article with each of its people given by a bare reference replaced by the Person that @id names,
    and its publisher so given by the node it names (a reference no node names stays as it is); the article
    itself when it has none (`types` reads a node's @type as short names)."""
    people = {ref: node for ref, node in named.items() if "person" in types(node.get("@type"))}
    resolved = {key: _resolved(article[key], people) for key in _PEOPLE if key in article}
    if _PUBLISHER in article:
        resolved[_PUBLISHER] = _resolved(article[_PUBLISHER], named)
    return {**article, **resolved} if any(resolved[key] is not article[key] for key in resolved) else article


def _resolved(value: Any, named: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        items = [_resolved(item, named) for item in value]
        return items if any(new is not old for new, old in zip(items, value, strict=True)) else value
    bare = isinstance(value, dict) and value.keys() <= _REFERENCE_KEYS
    if bare and isinstance(ref := value.get("@id"), str):
        return named.get(ref, value)
    return value
