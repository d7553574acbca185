"""JSON-LD people given by reference: an article's author written as {"@id": …} alone, the Person with that
@id and its name another node of the page's JSON-LD (Yoast's graph, WordPress: the Article's "author":
{"@id": "https://wolfgangschmale.eu/#/schema/person/40d8…"} and, in the same @graph, {"@type": ["Person"],
"@id": "…/40d8…", "name": "Wolfgang Schmale"}; Wolfgang Schmale's blog, 2020). Only a Person is taken so: an
organisation given as the author is the site, no person's byline."""

from __future__ import annotations

from typing import Any

# The keys of a bare reference: its @id, and at most the type it names.
_REFERENCE_KEYS = frozenset({"@id", "@type"})
# An article's properties naming its people.
_PEOPLE = ("author", "creator")


def named_people(nodes: list[dict[str, Any]], types: Any) -> dict[str, dict[str, Any]]:
    """The page's named Person nodes by their @id (`types` reads a node's @type as short names)."""
    return {node["@id"]: node for node in nodes
            if isinstance(node.get("@id"), str) and node.get("name") and "person" in types(node.get("@type"))}


def with_people_resolved(article: dict[str, Any], people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The article with each of its people given by a bare reference replaced by the Person that @id names
    (a reference no node names stays as it is); the article itself when it has none."""
    resolved = {key: _resolved(article[key], people) for key in _PEOPLE if key in article}
    return {**article, **resolved} if any(resolved[key] is not article[key] for key in resolved) else article


def _resolved(value: Any, people: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        items = [_resolved(item, people) for item in value]
        return items if any(new is not old for new, old in zip(items, value, strict=True)) else value
    bare = isinstance(value, dict) and value.keys() <= _REFERENCE_KEYS
    if bare and isinstance(ref := value.get("@id"), str):
        return people.get(ref, value)
    return value
