"""The standfirst a page sets right after its h1 inside the title block: a <header> or a hero's text block
that holds the heading, the standfirst and short lines beside them (the day, the byline, the issuing
institution, a reading time), the text's prose following outside it. EurekAlert!'s news release (2021:
<header><div class="release_date">News Release 6-Aug-2020</div><h1>…</h1><p class="subtitle">Scientists at
Berkeley Lab … zero in on …</p><a>Peer-Reviewed Publication</a><p class="meta_institute">…</p></header>),
Express.co.uk's story (2020: <header><h1>…</h1><h3>ARTIFICIAL Intelligence (AI) is …</h3><div
class="panel">By … 22:01, Thu, Aug 13, 2020</div></header>) and Geschichte der Gegenwart's essay (2020: <div
class="hero-text"><h1>…</h1><p>Kann man …</p><span>~ 10 Minuten</span></div>). The story's summary, which
the corpus reads as its abstract, as a standfirst set as a smaller heading alone under the h1 is
(standfirst_blocks.heading_dek). Not where the heading's block holds more than such lines: there the element
after the heading is the text's first paragraph, or a box of another kind.
"""

from __future__ import annotations

import re
from typing import Any

from .byline_rows import a_block_of_marked_names
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, alone_in_parent, block_text, next_element
from .places import HEADINGS, PROSE, TITLE_BLOCK_TAGS, in_another_entry, title_heading
from .post_meta_lines import classed_as_the_posts_meta

# The elements a standfirst is set in right after the h1.
_DEK_TAGS = frozenset(("p", "h2", "h3", "h4", "h5", "h6"))
# How long a standfirst is at least (a sentence), and at most (longer is the text's prose).
_LENGTH = (60, 3 * PROSE)
# How many words a standfirst's sentence runs to at least (a kicker or a section's name is a few words).
_WORDS = 8
# The words of a block's class that say it is a title block (its elements are places.TITLE_BLOCK_TAGS);
# …the last "hd", head as templates shorten it (NDTV's "sp-hd", 2020).
_TITLE_BLOCK_WORDS = frozenset(("header", "hero", "title", "head", "heading", "hd"))
# How a class joins its words, and parts its names: "hero-text", "article__header title-block".
_JOINS = re.compile(r"[-_\s]+")
# How much text the title block holds besides its heading and standfirst, at most: a few short lines.
_REST = PROSE
# How many nodes a character of the title block's text may come with at most (its markup, its scripts).
_NODES = 4
# How many words a heading without a full stop runs to at least to be a sentence, not a second headline.
_SENTENCE_WORDS = 12
# The words of a block's id that say it is the article's header (Computerworld, 2013: <div
# id="article_header" class="clearfix">, its class only the layout's).
_HEADER_ID_WORDS = frozenset(("header", "hd"))
# How much of the title block is read at most (its heading, standfirst and lines): a longer block is no
# title block, and is not read to its end.
_BLOCK = 3 * PROSE + _LENGTH[1]


def title_block_dek(page: Page, title: str | None) -> str | None:
    """The text of the element right after the h1 of the page's title where it is a standfirst in the
    heading's title block; None where the element is no sentence of a standfirst's length, opens a byline or
    holds a day, or where the heading's block holds more than short lines besides. Not after another h1 (a
    site's banner heading and its motto above the paper's, SIG-BTI's digital library)."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None or heading.tag != "h1":
        return None
    # An h1 alone in a wrapper of its own (NDTV, 2020: <div class="sp-ttl-wrp"><h1>…</h1></div>): the wrapper
    # stands for it in the title block.
    anchor = heading
    parent = heading.parent
    if parent is not None and parent.tag not in ("body", "html") and alone_in_parent(heading):
        anchor = parent
    after, block = _past_spacers(next_element(anchor)), anchor.parent
    # A dek set as a div of text in a wrapper of its own (Common Crawl's Webflow title block, 2024: div >
    # div.uui-text-size-xlarge-4 after an empty spacer div): the line inside stands for the dek.
    wrapped = after is not None and after.tag == "div"
    after = _wrapped_line(after) if wrapped else after
    if (after is None or (after.tag not in _DEK_TAGS and not wrapped)
            or not (a_title_block(block) or _identified_as_one(block))):
        return None
    if in_another_entry(page, after) or classed_as_the_posts_meta(after):
        return None  # …or the post's meta line of categories and reading time (post_meta_lines)
    if a_block_of_marked_names(after):
        return None  # …or a byline of marked names set in a heading (byline_rows, round 247)
    text = block_text(after)
    least, most = _LENGTH
    if not text or not least <= len(text) <= most or len(text.split()) < _WORDS:
        return None
    if after.tag != "p" and not text.endswith(".") and not _unclassed_clause(after, text):
        # A heading that is no sentence is a second headline (Education Week's h2 intro, chemie.de's
        # h2.news-subtitle, a Substack post's h3.subtitle its description does not repeat); Express.co.uk's
        # h3 is a sentence.
        return None
    dated = any(iso and len(iso) == DAY_LENGTH for _, _, iso in dates_in_text(text))
    if text.casefold().startswith("by ") or dated:
        return None  # a byline, or a line holding a day: the block's lines, no summary
    whole = shown_text(block, _BLOCK)
    if whole is None:
        return None  # a block holding the text's prose, or more than a title block holds
    rest = len(" ".join(whole.split())) - len(text) - len(block_text(heading) or "")
    return text if rest <= _REST else None


# How many empty elements (a layout's spacers: Webflow's <div class="uui-space-small-5"></div>) may stand
# between the h1 and its dek, and how many wrappers of one element each a dek set as a div may stand in.
_SPACERS = 2
_WRAPPERS = 3
# The elements a dek set as a div holds no one of: a block of its own is a box of several lines, no dek.
_BLOCK_TAGS = frozenset(("div", "p", "ul", "ol", "dl", "table", "section", "article", "aside", "nav",
                         "figure", "header", "footer", "form", "blockquote", *HEADINGS.split(",")))


def _past_spacers(node: Any) -> Any:
    """`node`, or the first element after it that is no empty spacer (an element with no child at all)."""
    for _ in range(_SPACERS):
        if node is None or node.tag in _DEK_TAGS or node.child is not None:
            return node
        node = next_element(node)
    return node


def _wrapped_line(node: Any) -> Any:
    """The div of text (no block inside it) that `node` is, or that stands alone in it down a few wrappers
    of one element each; None where the div holds blocks, more than one element, or words beside its one
    element."""
    for _ in range(_WRAPPERS + 1):
        children = [child for child in node.iter(include_text=True) if child.tag != "-comment"]
        elements = [child for child in children if child.tag != "-text"]
        if not any(child.tag in _BLOCK_TAGS for child in elements):
            return node
        words = any((child.text_content or "").strip() for child in children if child.tag == "-text")
        if len(elements) != 1 or words or elements[0].tag != "div":
            return None
        node = elements[0]
    return None


# What holds text no reader sees: a script's (NDTV's ad script inside its title block, 2020), a style's.
_UNSEEN = frozenset(("script", "style", "noscript", "template"))


def shown_text(block: Any, limit: int) -> str | None:
    """The text a reader sees in the block (no script's or style's), when it holds no more than `limit`
    characters in no more than a few times `limit` nodes; None otherwise, read no further."""
    parts: list[str] = []
    length = 0
    for count, node in enumerate(block.traverse(include_text=True)):
        if count > _NODES * limit:
            return None
        if node.tag != "-text" or (node.parent is not None and node.parent.tag in _UNSEEN):
            continue
        text = node.text_content or ""
        length += len(text.strip())
        if length > limit:
            return None
        parts.append(text)
    return "".join(parts)


def _unclassed_clause(heading: Any, text: str) -> bool:
    """Whether the heading is a whole clause its template gives no class (Computerworld, 2013: the unclassed
    h2 of fifteen words 'As the world shifts to mobile devices, Apple puts its development resources where
    they matter', no full stop): a dek, as a sentence is. A heading the template classes (a subtitle, an
    intro) is its second title line, whatever its length, unless it ends as a sentence."""
    return not (heading.attributes.get("class") or "").strip() and len(text.split()) >= _SENTENCE_WORDS


def _identified_as_one(block: Any) -> bool:
    """Whether the block's id calls it a header ("article_header"), where its class says nothing of it."""
    if block is None or block.tag in ("body", "html"):
        return False
    words = _JOINS.split((block.attributes.get("id") or "").casefold())
    return any(word in _HEADER_ID_WORDS for word in words)


def a_title_block(block: Any) -> bool:
    """Whether the heading's block is a title block: a <header> or <hgroup>, or a block its class calls a
    header, a hero or a title block ("hero-text", "article-header", "title-block"); not the body, an article
    or a cell that holds the text as well."""
    if block is None:
        return False
    if block.tag in TITLE_BLOCK_TAGS:
        return True
    words = _JOINS.split((block.attributes.get("class") or "").casefold())
    return any(word in _TITLE_BLOCK_WORDS for word in words)
