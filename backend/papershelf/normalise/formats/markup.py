"""The text of the bits of HTML and JATS that exports carry: a Zotero note, a CSL-JSON title's
italics, Crossref's JATS abstract. Parsed with selectolax, never matched with patterns."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# Elements that end a block of text: a note's paragraphs, headings and list items, a line a <br>
# breaks, an abstract's paragraphs (JATS's `jats:p`, `jats:sec`, `jats:title`, namespaced).
_BLOCKS = frozenset(("p", "div", "br", "li", "dt", "dd", "tr", "blockquote", "pre", "title", "sec",
                     "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6"))
_END_OF_BLOCK = "\x1e"
# CSL-JSON's rich text (<i>, <b>, <sup>, <sub>, <span class="nocase">) and JATS: a text holding none
# of these tags is plain text, read as written ("k<n" is no tag).
_MARKUP = re.compile(r"</?(?:i|b|em|strong|sup|sub|sc|span|p|br|div|jats:[a-z-]+)\b", re.IGNORECASE)
_ABSTRACT_HEADINGS = frozenset(("abstract", "summary"))


def holds_markup(text: str) -> bool:
    """Whether a CSL reader would take some of the text for its rich text's tags."""
    return bool(_MARKUP.search(text))


def markup_blocks(markup: str) -> list[str]:
    """The fragment's text, one string a block, whitespace collapsed, empty blocks left out."""
    body = LexborHTMLParser(markup).body
    if body is None:
        return []
    for node in list(body.traverse()):
        if node.tag.rsplit(":", 1)[-1] in _BLOCKS:
            node.insert_after(_END_OF_BLOCK)
    return [text for block in body.text(deep=True).split(_END_OF_BLOCK) if (text := " ".join(block.split()))]


def rich_text(value: str | None) -> str | None:
    """A CSL title or name as plain text: its tags' words kept, a text without tags as written."""
    if value is None or not holds_markup(value):
        return value
    return " ".join(markup_blocks(value)) or None


def abstract_text(value: str | None) -> str | None:
    """An abstract given as markup (Crossref's JATS) as one text, as every abstract is stored, without
    its heading."""
    if value is None or not holds_markup(value):
        return value
    blocks = markup_blocks(value)
    if blocks and blocks[0].rstrip(":").casefold() in _ABSTRACT_HEADINGS:
        blocks = blocks[1:]
    return " ".join(blocks) or None
