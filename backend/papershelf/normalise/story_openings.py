"""A news story's description, or its Dublin Core abstract, that is word for word its text's first paragraph
(or that paragraph's opening): the story's lead, its text, not a summary shown apart from it (Fox News, 2013:
dcterms.abstract and the description are the first <p> of div.article-text; TIME, 2013: the description is the
text's first paragraph). The corpus reads a news story without a standfirst so (BBC News, Phys.org). A paper's
abstract shown in a block of its own, with no more of a text after it there, is not such a lead. So is a
description that runs on from the first paragraph into the next, that paragraph opening with the story's dated
dateline (WebMD Health News, 2015: "Feb. 23, 2015 -- Life-threatening peanut allergies …", the description the
words after the dateline and the second paragraph's). So is a description that is the lead but for a few words
the text adds among its words (NPR, 2024: "… Atmospheric Administration Space Weather Prediction Center
observed …", the description "… Atmospheric Administration observed …"). A first paragraph set wholly in bold
or italics is a lead set apart (set_apart_leads), not the text's opening. So is a description that runs the
text's first paragraphs together with no space between, the writer's name first (Reuters Health, 2013:
'Kathryn DoyleNEW YORK (Reuters Health) - …'). So is a first paragraph the page writes as bare text at the
head of the block, with no <p> of its own, before the <p>s of the rest (MacNN, 2016); so is the first
paragraph of a text its template writes as bare text split by <br>s, no <p> at all (Clubic, 2022: br_leads);
and the opening of a story's whole text written as one block of inline text without a <p>, which runs on past
the description (Slashdot, 2015: div.p); and the first paragraph of a text written one div to a paragraph
(GMA News Online, 2012: div_paragraphs).
"""

from __future__ import annotations

import re
from typing import Any

from .body import MIN_ABSTRACT
from .br_leads import opens_a_br_text
from .dates import dates_in_text
from .div_paragraphs import opens_a_div_text
from .excerpt_marks import quotes_the_excerpt
from .headed_openings import opens_headed_sections, opens_with_headings_over_a_list
from .heading_run_ons import runs_on_into_the_heading
from .html_meta import Page, block_text
from .places import compact
from .quoted_link_titles import opens_but_for_quotes
from .set_apart_leads import prose_follows, wholly_emphasised

# What marks a block as a paper's abstract (a class or id that says so).
_ABSTRACT_MARK = "abstract"
# A dateline that dates the story: a short opening up to a double hyphen or a dash ("Feb. 23, 2015 -- ").
_DATELINE = re.compile(r"(.{4,40}?)\s+(?:--|\u2014|\u2013)\s+")
# A place's dateline: one to three capitalised words and a colon ("Paris: ", "New Delhi: ").
_PLACE_DATELINE = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s){0,2}[A-Z][\w.'\u2019-]*:\s+")
# How many of a description's words are compared with the lead's, how many open both alike, and how many
# words the lead may add among them (a centre's full name the description leaves out).
_COMPARED = 30
_SAME_OPENING = 5
_ADDED = 6
# How many text and comment nodes before a paragraph are read for a bare first paragraph, and how long the
# paragraph after it runs at least to be the text going on (a paragraph of prose, not a caption or a credit).
_BARE_NODES = 8
_PROSE = 80
# How long a text's first line before its first paragraph runs at most: a list item that cites the paper the
# post sums up, its title and its venue, runs past a line of prose's shortest (silly onions, round 182:
# '<ul><li>A summary of the paper BinRec: Dynamic Binary Lifting and Recompilation presented at
# EuroSys'20.</li></ul>', 97 characters, the description running it into the first paragraph), never a
# paragraph's length.
_FIRST_LINE = 200
# How many paragraphs a description runs together at most: five where a post opens with four short lines
# citing the paper it reviews, then the essay (Andre Frankenthal's Wowchemy post, 2019: 'Title: …',
# 'Author: …', 'Reference: …', '(Originally published on …)', the description running on into the essay's
# first sentence).
_RUN = 5
# How many paragraphs are read for such a run, counting those of no text (figures' images) between.
_PASSED_OVER = 2
# How much of a paragraph is split into words for that: enough for the words compared, however long it is.
_READ = 60 * (_COMPARED + _ADDED)


def opens_the_story(page: Page, value: str | None) -> bool:
    """Whether `value` is the first paragraph of a story's text, or that paragraph's opening: the first
    <p> whose text starts with it is followed in its block by paragraphs of prose, and sits in no block
    marked as an abstract. One pass over the page's paragraphs."""
    key = compact(value or "")
    if len(key) < MIN_ABSTRACT:
        return False
    wanted = _words(value or "")[:_COMPARED]
    paragraphs = page.tree.css("p")
    for at, node in enumerate(paragraphs):
        text = block_text(node) or ""
        if (compact(text).startswith(key) or _lead_with_words_added(wanted, text)
                or _lead_with_initials(value, text)
                # …or but for the quotation marks the copy sets round a title the text links instead.
                or opens_but_for_quotes(compact(text), key)):
            # A first paragraph wholly in bold or italics is a lead set apart, a standfirst, not the text's;
            # so is one its class calls the story's announcement or lead.
            # …or the text goes on under headings of its own sections, its lists (headed_openings).
            # A description that runs that bold lead whole on into the paragraphs after it is the text's
            # opening all the same (Hugo's summary: Luke Salamone's blog, 2023, the bold first paragraph and
            # the plain second run together): a summary of the lead alone would stop where the lead does.
            # …or the paragraph is the post's excerpt a blockquote sets over Hexo's 'more' mark
            # (excerpt_marks).
            here = compact(text)
            runs_past_the_lead = (len(here) < len(key) and key.startswith(here)
                                  and _run_together(paragraphs, at, key))
            return (not _in_an_abstract(node)
                    and (prose_follows(node) or opens_headed_sections(node) or quotes_the_excerpt(node))
                    and (runs_past_the_lead or not wholly_emphasised(node)) and not _classed_a_lead(node))
        # …or the text's first paragraph written as bare text at the head of the block, before this first
        # <p> of the rest (MacNN, 2016: 'Samsung Electronics announced yesterday …<p>The 15.36TB …').
        # The text goes on in this paragraph (MacNN's rest of it is one <p>) or in the ones after it.
        bare = _bare_lead(node)
        if len(bare) >= len(key) and bare.startswith(key):
            goes_on = len(block_text(node) or "") >= _PROSE or prose_follows(node)
            return not _in_an_abstract(node) and goes_on
        # The first paragraph after its dateline, which the description goes on from into the next.
        dated = _DATELINE.match(text)
        lead = compact(text[dated.end():]) if dated and dates_in_text(dated.group(1)) else ""
        if len(lead) >= MIN_ABSTRACT and key.startswith(lead):
            return not _in_an_abstract(node) and prose_follows(node)
        # …or after the place it was filed from and a colon, as the Indian press sets a wire story's
        # dateline (NDTV's AFP story, 2020: "Paris: The question of whether …", the description the rest).
        placed = _PLACE_DATELINE.match(text)
        if placed and compact(text[placed.end():]).startswith(key):
            return not _in_an_abstract(node) and prose_follows(node)
        # …or the paragraph right after the text's opening line, the description running that line into it
        # (Hugo's summary of a post whose text opens with a list item: Leo Paillier's Lemon Zest, 2019,
        # '<ul><li><strong>Mesh R-CNN</strong> ⭐… | arXiv</li></ul><p>This new paper …', the description
        # 'Mesh R-CNN ⭐… | arXiv  This new paper …'). A description running on past that paragraph into the
        # text after it is the text's opening however short the text's paragraphs ('They proceed as follow:',
        # then a list).
        if (runs_on := here_after_its_line(node, key)) is not None:
            return not _in_an_abstract(node) and (runs_on or prose_follows(node))
        # …or this paragraph whole, the description running on into the heading right after it (Hugo's
        # summary: Kimberly's Blog, 2023, the first paragraph naming the reviewed paper, then h1 'Table of
        # Contents').
        if runs_on_into_the_heading(node, key):
            return not _in_an_abstract(node)
        # …or the paragraphs from this one on run together with no space between, the writer's name first
        # (Reuters Health, 2013: 'Kathryn DoyleNEW YORK (Reuters Health) - …tumors.And up to half …').
        here = compact(text)
        if here and len(here) < len(key) and key.startswith(here) and _run_together(paragraphs, at, key):
            return not _in_an_abstract(node)
    # …or the first paragraph of a text written as bare text its template splits with <br>s (Clubic, 2022),
    # or as one div to a paragraph (GMA News Online, 2012).
    # …or the words of a text that opens with a heading or a few over a list, run together (headed_openings).
    return (_opens_a_paragraph_block(page, key) or opens_a_br_text(page, key)
            or opens_a_div_text(page, key, MIN_ABSTRACT) or opens_with_headings_over_a_list(page, key))


# The elements a block written as one paragraph holds: inline markup only, no block of its own.
_INLINE = frozenset(("-text", "-comment", "a", "i", "b", "em", "strong", "span", "br", "img", "sup", "sub",
                     "abbr", "cite", "code", "q", "small", "u", "time"))


def _opens_a_paragraph_block(page: Page, key: str) -> bool:
    """Whether the description opens a story's text that is written as one block of inline text and links,
    no <p> in it, and runs on past the description (Slashdot, 2015: div.p 'An anonymous reader writes:
    <i>Mozilla today launched …</i> <a>Also at Ars Technica</a>.', the description its opening cut short).
    Only a block of no block of its own is read: such blocks nest in none of each other, so each node's text
    is read once. A block marked as an abstract is none. The description is marked as cut short by its
    closing ellipsis ("… New Zealand. Al..."), which is not the text's; the text runs on past the whole
    description (a dek block that is the description word for word, full stop and all, is a summary: BAON,
    2021)."""
    if not key.endswith(("...", "\u2026")):
        # A description not marked as cut short may be a summary in a block of its own (MacNN's test).
        return False
    whole, key = len(key), key.rstrip(".\u2026")
    if len(key) < MIN_ABSTRACT:
        return False
    for node in page.tree.css("div"):
        if any(child.tag not in _INLINE for child in node.iter(include_text=True)):
            continue
        text = compact(block_text(node) or "")
        if len(text) > whole and len(text) >= _PROSE and text.startswith(key):
            return not _in_an_abstract(node)
    return False


# The class words that call a paragraph the story's lead set apart: the announcement (анонс) a Russian
# template classes so (Комментарии, 2011: p.news_anons, the description the same words, over the plain
# paragraphs of the text), and the lead (Bootstrap's and TYPO3's p.lead, headed_leads).
_LEAD_WORDS = frozenset(("lead", "lede"))
_ANNOUNCEMENT = "anons"


def _classed_a_lead(node: Any) -> bool:
    """Whether a class word of the paragraph calls it the story's announcement or lead."""
    words = (node.attributes.get("class") or "").casefold().split()
    return any(_ANNOUNCEMENT in word or word in _LEAD_WORDS for word in words)


def _bare_lead(node: Any) -> str:
    """The text a block runs right before this paragraph with no element around it (comments aside), as
    `compact` writes it; "" where an element stands right before. A few of the nodes before it read at
    most, each once: the walk stops at the first element."""
    parts: list[str] = []
    before, steps = node.prev, 0
    while before is not None and before.tag in ("-text", "-comment") and steps < _BARE_NODES:
        if before.tag == "-text":
            parts.append(before.text_content or "")
        before, steps = before.prev, steps + 1
    return compact(" ".join(reversed(parts)))


def _run_together(paragraphs: list[Any], at: int, key: str) -> bool:
    """Whether `key` is the paragraphs from `at` on, two at least and a few at most, run together (the last
    perhaps cut short), or every one of them to the text's end joined whole (Hugo's automatic summary of a
    short post: the CLCS lab's post, round 249, its four paragraphs joined by line breaks, no paragraph after
    the last to open). A paragraph of no text (a figure's image) is passed over, not counted; a few such
    are read past at most."""
    rest, joined = key, 0
    for node in paragraphs[at : at + _RUN * _PASSED_OVER]:
        here = compact(block_text(node) or "")
        if not here:
            continue
        if joined == _RUN:
            break
        if here.startswith(rest):
            return joined >= 1
        if not rest.startswith(here):
            return False
        rest, joined = rest[len(here):], joined + 1
    return not rest and joined >= 2


def _in_an_abstract(node: Any) -> bool:
    while node is not None and node.tag != "body":
        marks = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".casefold()
        if _ABSTRACT_MARK in marks:
            return True
        node = node.parent
    return False


def _words(text: str) -> list[str]:
    """The opening words of a text, as many as are compared, each as `compact` writes it."""
    return [compact(word) for word in text[:_READ].split()[: _COMPARED + _ADDED]]


def _lead_with_words_added(wanted: list[str], text: str) -> bool:
    """Whether the paragraph opens as the description's words do and holds all the first of them in order,
    with at most a few words of its own among them: the description is this lead, a few words left out."""
    if len(wanted) < _COMPARED:
        return False
    words = _words(text)
    if words[:_SAME_OPENING] != wanted[:_SAME_OPENING]:
        return False
    remaining = iter(words)
    return all(word in remaining for word in wanted)


def _lead_with_initials(value: str | None, text: str) -> bool:
    """Whether the description opens with the whole paragraph but for a name it shortens to its initials (the
    BfS's release, 2022: 'Das BfS hat eine neue Karte …' for the text's 'Das Bundesamt für Strahlenschutz hat
    eine neue Karte …', the description running on into the next paragraph): the story's lead, retold. The
    paragraph's words are read once, as far as the description's opening goes."""
    wanted = (value or "")[:_READ].split()
    words = text[:_READ].split()
    if len(words) < _COMPARED // 2 or len(words) > len(wanted) + _ADDED:
        return False
    at, shortened = 0, False
    for word in wanted:
        if at == len(words):
            return shortened
        if compact(word) == compact(words[at]):
            at += 1
            continue
        # A word of capitals (and lower-case particles: "BfS") whose letters are the next words' initials.
        letters = len(word)
        if (not shortened and at > 0 and _INITIALS.fullmatch(word) and at + letters <= len(words)
                and "".join(part[0] for part in words[at:at + letters]) == word):
            at, shortened = at + letters, True
            continue
        return False
    return False


# A name's initials as a word: two to six letters, the first and the last capitals ("BfS", "BMBF").
_INITIALS = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]")


# How much of a value's opening (compacted) the page must show for the value to be shown.
_OPENING = 60
# What holds no text a reader sees.
_UNSEEN = frozenset(("script", "style", "noscript", "template", "head", "title"))


def shown_nowhere(page: Page, value: str, opening: int = _OPENING) -> bool:
    """Whether the page's body shows `value`'s opening (its first `opening` characters, spaces left out)
    nowhere in its text (a description written for search results and shares alone). One pass over the
    body's texts."""
    body = page.tree.body
    if body is None:
        return False
    parts = [node.text_content or "" for node in body.traverse(include_text=True)
             if node.tag == "-text" and node.parent is not None and node.parent.tag not in _UNSEEN]
    # Its opening: a description may repeat itself (Clemson News, 2024: the dek twice over) or run on.
    return compact(value)[:opening] not in compact(" ".join(parts))


def here_after_its_line(node: Any, key: str) -> bool | None:
    """Whether the compacted description `key` runs on past the paragraph, where it is the words of the
    element right before the paragraph, a short line, then the paragraph's opening: a text's first line (a
    list of one item, a line of its own) the description runs into its first paragraph. None where it is not
    that; False where it stops within the paragraph. Reads only that element and the paragraph."""
    text = compact(block_text(node) or "")
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment") and not (
            before.text_content or "").strip():
        before = before.prev
    # A paragraph before it is text of the story's own, which the paragraph checks read where the description
    # opens with it; the line sought is a list or a line of another element.
    if not text or before is None or before.tag in ("-text", "-comment", "p"):
        return None
    line = compact(block_text(before) or "")
    if not line or len(line) > _FIRST_LINE or not key.startswith(line):
        return None
    rest = key[len(line):]
    if len(rest) < MIN_ABSTRACT or not (text.startswith(rest) or rest.startswith(text)):
        return None
    return len(rest) > len(text)
