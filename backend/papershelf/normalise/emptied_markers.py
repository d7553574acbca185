"""An abstract a page nested in the paragraph that marks it: <p id="abstract"><p>The abstract…</p></p>
(Acta Palaeontologica Polonica), <p property="description"><p>…</p></p> (Islandora's metadata sidebar).
A <p> cannot hold a <p>, so the parser closes the marker empty before the inner one, and the marker's own
closing tag opens an empty <p> after it: the readers of blocks classed or marked as the abstract find only
the empty marker."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from .body import MIN_ABSTRACT
from .html_meta import Page, abstract_text, block_text
from .names import display_name

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


# Paragraphs that name themselves the byline by their class (ensani.ir, 2017: <p class="authors"><div
# class="authorInline"><a …>شهرام جلیلیان</a></div>…</p>): a <p> cannot hold a <div> either.
_BYLINE_MARKERS = ('p[class~="authors" i]', 'p[class~="author" i]', 'p[class~="byline" i]')
# A person's element holds a name, no more.
_LONGEST_NAME = 80


def authors_nested_in_an_emptied_marker(page: Page) -> list[str]:
    """The people of the elements between an empty byline marker and the empty <p> its closing tag left,
    one element a person."""
    for marker in page.tree.css(", ".join(_BYLINE_MARKERS)):
        if (marker.text(deep=True) or "").strip():
            continue
        people = []
        for element in _elements_before_the_stray_closing(marker):
            text = block_text(element) or ""
            name = display_name(text) if 0 < len(text) <= _LONGEST_NAME else None
            if name is None:
                people = []
                break
            people.append(name)
        if people:
            return people
    return []


def _elements_before_the_stray_closing(marker: LexborNode) -> list[LexborNode]:
    """The elements after the marker up to the empty <p> that ends them (none, without one)."""
    found: list[LexborNode] = []
    node = marker.next
    while node is not None:
        if node.tag == "p":
            return found if not (node.text(deep=True) or "").strip() else []
        if not node.tag.startswith("-"):
            found.append(node)
        elif node.tag == "-text" and (node.text_content or "").strip():
            return []
        node = node.next
    return []
