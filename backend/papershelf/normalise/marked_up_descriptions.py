"""A description meta whose value is HTML, not text: a content system that writes the post's opening
paragraph into the meta as it wrote it in the post, tags and all (Oracle's blogs, 2020: 'See <a
href="…">\nthis posting</a> by Aleksey Shipilev for details -- …', the tags escaped into the attribute). A
reader sees its words, so it is read as the text its markup shows, to be compared with the page's text."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from ..identity import clean_text


def description_as_text(value: str) -> str:
    """The value's text where it holds elements (its tags parsed away, its spaces made single); the value
    itself where it holds none, or where its markup hides all its words."""
    if "<" not in value or ">" not in value:
        return value
    body = LexborHTMLParser(f"<body>{value}</body>").body
    if body is None or body.css_first("*") is None:
        return value  # a "<" in the words (a comparison, "a < b"), no element
    return clean_text(body.text(deep=True)) or value


# The elements of a text's body, never of a one-line value: a title may hold <sub> or <i>, not a paragraph.
_BLOCKS = "p,div,ul,ol,li,h1,h2,h3,h4,h5,h6,table,blockquote"


def holds_blocks(value: str) -> bool:
    """Whether a value holds a text's block elements (a paragraph, a heading, a list): an excerpt of the
    post a template wrote where a one-line value belongs (Hiroki Nishimoto's Hugo post, round 224: its
    JSON-LD headline '<p><a href="…">論文pdf</a></p><h2 …>Mobilenetの特徴</h2><ul><li>', cut off)."""
    if "<" not in value or ">" not in value:
        return False
    body = LexborHTMLParser(f"<body>{value}</body>").body
    return body is not None and body.css_first(_BLOCKS) is not None
