"""Docusaurus's blog post: its text in div#__blog-post-container (the theme's BlogPostItem content, a
Markdown body under the header holding the h1, the <time> and the author cards). A description that is the
container's first paragraph is the text's opening, which Docusaurus copies into the description meta when
the front matter gives none (Dayu's post, 2025: 'Our paper "…" is Accepted by IEEE INFOCOM 2026!' both),
not a standfirst set apart from the text.
"""

from __future__ import annotations

from typing import Any

from .html_meta import first_element

_CONTAINER = "__blog-post-container"


def opens_a_docusaurus_post(node: Any) -> bool:
    """Whether a node is the first element of a Docusaurus post's text container."""
    parent = node.parent
    if parent is None or parent.attributes.get("id") != _CONTAINER:
        return False
    first = first_element(parent)
    return first is not None and first.mem_id == node.mem_id
