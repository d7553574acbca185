"""An abstract a page nested in the paragraph that marks it: <p id="abstract"><p>The abstract…</p></p>
(Acta Palaeontologica Polonica), <p property="description"><p>…</p></p> (Islandora's metadata sidebar).
A <p> cannot hold a <p>, so the parser closes the marker empty before the inner one, and the marker's own
closing tag opens an empty <p> after it: the readers of blocks classed or marked as the abstract find only
the empty marker."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from .body import MIN_ABSTRACT
from .html_meta import Page, abstract_text, block_text

# Paragraphs that name themselves the abstract, by id, class or the property a vocabulary gives it.
_MARKERS = (
    'p[id="abstract" i]',
    'p[class~="abstract" i]',
    'p[property="description"]',
    'p[property="dcterms:abstract"]',
    'p[itemprop="description"]',
    'p[itemprop="abstract"]',
)


def abstract_nested_in_an_emptied_marker(page: Page) -> str | None:
    """The paragraphs between an empty marker and the empty <p> its closing tag left, as one abstract."""
    for marker in page.tree.css(", ".join(_MARKERS)):
        if marker.child is not None and (marker.text(deep=True) or "").strip():
            continue
        paragraphs = _paragraphs_before_the_stray_closing(marker)
        text = abstract_text(" ".join(block_text(paragraph) or "" for paragraph in paragraphs))
        if text and len(text) >= MIN_ABSTRACT:
            return text
    return None


def _paragraphs_before_the_stray_closing(marker: LexborNode) -> list[LexborNode]:
    """The paragraphs after the marker, if an empty <p> ends them: without that mark of the nesting an
    empty marker may be one a script fills, and the paragraph after it anything."""
    found: list[LexborNode] = []
    node = marker.next
    while node is not None:
        if node.tag == "p":
            if not (node.text(deep=True) or "").strip():
                return found
            found.append(node)
        elif node.tag != "-comment" and (node.tag != "-text" or (node.text_content or "").strip()):
            return []
        node = node.next
    return []
