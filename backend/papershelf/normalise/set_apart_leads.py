"""A story's first paragraph set wholly in bold or italics, apart from the plain paragraphs of its text: the
lead the story opens with, which the page shows as a standfirst (the Swiss Ornithological Institute's
avinews, 2021: <h1>…</h1><p><strong>Lichte Waldstrukturen sind …</strong></p>, then the text in plain
paragraphs, the description the same words; Sky & Telescope, 2017: <p><span style="color: #5274ae;"><b><i>
NASA's MAVEN mission has confirmed …</i></b></span></p>, one sentence under the byline, no meta repeating it).
Its summary, which the corpus reads as its abstract, as a standfirst: not the first paragraph of its text, as
a description that is an unemphasised first paragraph is (story_openings). A note in italics placing the post
in a series ("This is the first in a series of posts about common but largely unknown privacy risks.",
DuckDuckGo's blog, 2020) says where the post stands, not what it says: no summary.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .html_meta import Page, block_text, next_element, text_lines
from .places import (
    a_photos_caption,
    above_references,
    below_heading,
    in_another_entry,
    title_or_first_heading,
)

# The elements that set a paragraph's words in bold or italics.
_EMPHASIS = frozenset(("strong", "b", "em", "i"))
# The inline elements a template wraps such words in for their colour or size alone.
_WRAPPERS = frozenset(("span", "font"))
# How many elements deep the emphasis may sit, each the only child of the one above.
_DEPTH = 4
# How long a lead set apart is at least and at most: a sentence or two (a release's first paragraph set in
# bold, Innovations Report's 953 characters, is its text's opening, not a dek). Shorter paragraphs under the
# heading are its byline's, date's or credit's lines.
_LEAD = (60, 300)
# How many paragraphs of prose follow a lead in its block, each at least this long (a caption or a credit line
# is shorter): a story's text goes on after its first paragraph.
_FOLLOWING = 2
_PROSE_PARAGRAPH = 80


def wholly_emphasised(paragraph: Any) -> bool:
    """Whether the paragraph's whole text is in one bold or italic element, the only child of the paragraph
    or of the colour or size wrappers between them."""
    return wholly_set_in(paragraph, _EMPHASIS, _WRAPPERS, depth=_DEPTH, blank=_blank)


def wholly_set_in(paragraph: Any, marks: frozenset[str], wrappers: frozenset[str], *, depth: int,
                  blank: Callable[[Any], bool]) -> bool:
    """Whether the paragraph's whole text is in one element of `marks`, the only child (past the children
    `blank` says show nothing) of the paragraph or of the `wrappers` between them, at most `depth` deep."""
    node, marked = paragraph, False
    for _ in range(depth):
        children = [child for child in node.iter(include_text=True) if not blank(child)]
        if len(children) != 1 or children[0].tag not in marks | wrappers:
            break
        node = children[0]
        marked = marked or node.tag in marks
    text = block_text(paragraph)
    return marked and bool(text) and block_text(node) == text


def set_apart_lead(page: Page, title: str | None = None) -> str | None:
    """The first paragraph under the title's heading, above the text's first paragraph of prose and past the
    byline's and date's short lines, when it is wholly emphasised, a sentence or two long, and followed in
    its block by paragraphs of prose; None where that paragraph is any other."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return None
    least, most = _LEAD
    for node in below_heading(page, heading):
        # A photograph's caption above the lead is passed, as the byline's short lines are (The Express
        # Tribune, 2012: p.caption under the photo, then the lead wholly in <strong>).
        if node.tag != "p" or a_photos_caption(node):
            continue
        text = block_text(node) or ""
        if len(text) < least:
            continue
        # A sentence, ending in a full stop (a teaser's question, "Did major artists use optical devices …?",
        # under a column's headline in bold, is no summary), linking nowhere (a note in italics, "This report
        # is available online at <a>…</a>.", is none either).
        if len(text) > most or not text.endswith(".") or node.css_first("a") is not None:
            return None
        if not wholly_emphasised(node) or in_another_entry(page, node) or _opens_in_capitals(text):
            return None
        if _SERIES_NOTE.match(text):
            return None  # the post's place in a series, not its summary
        if _captions_the_players_under_it(node):
            return None  # the sentence the samples of the table under it speak, no summary
        return text if prose_follows(node) else None
    return None


def _captions_the_players_under_it(node: Any) -> bool:
    """Whether the paragraph stands right over a table of audio or video players: a demo page's caption of the
    samples under it, the sentence they speak in italics ('VCTK speaker : Six spoons of fresh snow peas, …',
    AdaSpeech's, round 186), set apart as a lead is but no summary of the page. A table of figures under a
    lead is no such table."""
    after = next_element(node)
    return after is not None and after.tag == "table" and after.css_first("audio, video") is not None


# A note that opens by placing the post in a series: "This is the first in a series of posts about …", "This
# post is part two of our series on …".
_SERIES_NOTE = re.compile(
    r"this\s+(?:(?:post|article|piece|story)\s+)?is\s+(?:the\s+\w+|part(?:\s+\w+)?)\s+(?:in|of)\s+"
    r"(?:a|an|our|the|this|my)\b[^.]{0,40}?\bseries\b",
    re.IGNORECASE,
)


# How many of a paragraph's first words, set wholly in capitals, open a paper's intro, and how many letters
# they hold at least (one capital word is as likely an acronym: "NASA's MAVEN mission", Sky & Telescope).
_CAPITAL_WORDS = 2
_CAPITAL_LETTERS = 6


def _opens_in_capitals(text: str) -> bool:
    """Whether the paragraph opens with its first words wholly in capitals, as a British paper sets its
    story's intro (the Evening Times, 2012: <p><strong>A PIONEERING Glasgow study could help …</strong></p>,
    then the text): the text's first paragraph in the house style, not a standfirst set apart from it."""
    words = text.split(maxsplit=_CAPITAL_WORDS)[:_CAPITAL_WORDS]
    letters = "".join(words)
    return (len(words) == _CAPITAL_WORDS and all(word.isalpha() and word.isupper() for word in words)
            and len(letters) >= _CAPITAL_LETTERS)


def prose_follows(node: Any) -> bool:
    """Whether paragraphs of prose follow this one in its block, as a story's text does its lead; or, where
    the paragraph sits alone in a card (one element in another, a few deep), in the cards of the same kind
    after that card, one paragraph a card (Hawaii News Now's story, 2019, Arc Publishing: div.card >
    div.card-content > p for each paragraph of its text)."""
    if _prose_after(node, lambda after: after if after.tag == "p" else None):
        return True
    card = _card_around(node)
    if card is None:
        return False
    kind = (card.tag, card.attributes.get("class"))

    def paragraph_of(after: Any) -> Any:
        return _lone_paragraph(after) if (after.tag, after.attributes.get("class")) == kind else None

    return _prose_after(card, paragraph_of)


def amid_the_text(node: Any) -> bool:
    """Whether the paragraph has the text's prose on both sides in its block: a paragraph of prose right
    before it, and paragraphs of prose after (the New York Post's story, 2019: the description its text's
    third paragraph word for word). A standfirst stands above the text, not in its midst; a lead set apart
    in bold or italics right before it is no prose of the text (The Media Line, 2020: the dek over the
    opening paragraph the description repeats)."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return (before is not None and before.tag == "p" and len(block_text(before) or "") >= _PROSE_PARAGRAPH
            and not wholly_emphasised(before) and prose_follows(node))


def _prose_after(node: Any, paragraph_of: Callable[[Any], Any]) -> bool:
    """Whether enough of the elements after `node` in its block hold a paragraph of prose (`paragraph_of`
    finds it in one)."""
    after, found = next_element(node), 0
    while after is not None and found < _FOLLOWING:
        held = paragraph_of(after)
        if held is not None and len(block_text(held) or "") >= _PROSE_PARAGRAPH:
            # A text written as one paragraph of lines parted by line breaks holds as many paragraphs as its
            # lines of prose (Kurskweb, 2011: the bold lead, then one <p> of five lines, each after a <br />).
            found += max(1, _lines_of_prose(held))
        after = next_element(after)
    return found >= _FOLLOWING


def _lines_of_prose(paragraph: Any) -> int:
    """How many of a paragraph's lines, as its line breaks part them, are as long as a paragraph of prose
    (counted up to `_FOLLOWING`: no more is asked); none where it has no line break."""
    if paragraph.css_first("br") is None:
        return 0
    lines = [line for line in text_lines(paragraph) if len(line) >= _PROSE_PARAGRAPH]
    return min(len(lines), _FOLLOWING)


# How many elements deep a card holds its one paragraph at most (div.card > div.card-content > p).
_CARD_DEPTH = 3


def _card_around(paragraph: Any) -> Any:
    """The outermost element, a few up at most, that holds the paragraph and nothing else; None where the
    paragraph has siblings in its block."""
    card, node = None, paragraph
    for _ in range(_CARD_DEPTH - 1):
        parent = node.parent
        only = _only_element(parent) if parent is not None and parent.tag != "body" else None
        if only is None or only.mem_id != node.mem_id:
            break
        card = node = parent
    return card


def _lone_paragraph(card: Any) -> Any:
    """The paragraph a card holds alone, a few elements deep at most; None where it holds anything else."""
    node = card
    for _ in range(_CARD_DEPTH):
        node = _only_element(node)
        if node is None or node.tag == "p":
            return node
    return None


def _only_element(node: Any) -> Any:
    """The element's one child element, past blank text and comments; None where it has none or more, or
    holds text of its own beside it."""
    only = None
    for child in node.iter(include_text=True):
        if _blank(child):
            continue
        if child.tag == "-text" or only is not None:
            return None
        only = child
    return only


def _blank(node: Any) -> bool:
    """A comment, or text of spaces alone, between a paragraph's children."""
    return node.tag == "-comment" or (node.tag == "-text" and not (node.text_content or "").strip())


def lead_over_the_opening(page: Page, title: str | None, opening: str) -> str | None:
    """The paragraph wholly in bold or italics right before the story's opening paragraph, which the
    description repeats (The Media Line, 2020: <p><strong><em>Vaccine expected to take 12 to 18 months, other
    therapies likely available much sooner, scientists say</em></strong></p>, then the paragraph the
    description is): the dek over the text, its summary, though it ends in no full stop; None where no such
    paragraph stands there."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return None
    # The paragraphs from the heading down: the one before the opening the description repeats, which comes
    # before the text's second paragraph of prose (the dek may be as long as a short one).
    key = " ".join(opening.split())[:_PROSE_PARAGRAPH]
    last, passed, prose = None, False, 0
    for node in above_references(page):
        passed = passed or node.mem_id == heading.mem_id
        if not passed or node.tag != "p" or not key:
            continue
        shown = " ".join((block_text(node) or "").split())
        if shown.startswith(key):
            break
        prose += len(shown) >= _PROSE_PARAGRAPH
        if prose >= _FOLLOWING:
            return None
        last = node
    else:
        return None
    after = next_element(last) if last is not None else None
    if after is None or after.mem_id != node.mem_id:
        return None
    text = block_text(last) or ""
    least, most = _LEAD
    if not least <= len(text) <= most or last.css_first("a") is not None or not wholly_emphasised(last):
        return None
    return None if in_another_entry(page, last) else text
