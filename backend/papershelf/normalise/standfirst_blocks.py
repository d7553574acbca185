"""A standfirst a news page sets right under its heading in a block whose class names it so in a compound
word, as the page's template builds its classes: Sciences et Avenir's <div class="article-chapo"> (2020,
the French press's chapô), National Geographic UK's <div class="ngart-hl__deck"> (2020, the deck), Quanta
Magazine's <div class="post__title__excerpt"> (2019, the title block's excerpt: its dek), The Hechinger
Report's <div class="newspack-post-subtitle"> and STAT's <div class="wp-block-stat-article-subheadline">
(2025, the post's subtitle, the subheadline: its dek), Education Week's <div class="m-article-title__intro">
(2025, the title block's intro), SimplyScience's <div class="ce_articleIntro"> (2012, Contao's content
element in camel case, the article's intro) and The Times of India's <div class="art_synopsis"> (2025, the
story's synopsis), and hAtom's
.entry-summary under the entry's heading (msnbc.com, 2012); or in a block classed as a blurb with the
template's number after the word (HBS Working Knowledge, 2004: <div class="blurb2">). The
story's summary, which the corpus reads as its abstract, as Nature News's div.standfirst is read. Only
between the heading and the text's first paragraph of prose: a "card-deck" further down is a list of
other stories.
"""

from __future__ import annotations

import re
from typing import Any

from .datelines import day_of_the_line
from .html_meta import Page, block_text, next_element
from .places import (
    HEADINGS,
    PROSE,
    SUBHEADING_TAGS,
    below_heading,
    compact,
    in_another_entry,
    title_heading,
    words_in,
)
from .set_apart_leads import prose_follows

# The words the press calls a standfirst by: the British standfirst or strapline (TechRadar, 2026), the
# American deck or dek, the French chapô (chapo, chapeau), the Czech and Slovak perex (Ringier's
# "article-perex", Pulse Nigeria, 2020); the excerpt a template sets under the title (Quanta Magazine, 2019);
# and the synopsis the Indian press sets there (The Times of India, 2025: div.art_synopsis under the byline,
# its words in nested divs).
_STANDFIRST_WORDS = frozenset(
    ("standfirst", "strapline", "deck", "dek", "chapo", "chapeau", "perex", "excerpt", "synopsis"))
# …and the post's subtitle or subheadline a theme sets there in a block (The Hechinger Report, 2025,
# Newspack: div.newspack-post-subtitle; STAT, 2025: div.wp-block-stat-article-subheadline around an h2), as
# long as a sentence (`_LENGTH`); a subtitle set as a heading of its own is a second headline (chemie.de's
# h2.news-subtitle, 2022), and the h1 itself may be classed as one with a subtitle
# ("entry-title--with-subtitle").
# The title block's intro is the same dek in a BEM element of the block the heading sits in (Education Week,
# 2025, Brightspot: div.m-article-title__intro between the h1 and the byline), set on a div or p as a
# subtitle is, and shorter than a paragraph of prose (`PROSE`): an intro as long as one is the text's opening
# (a div.c-intro around the text's first paragraph, as the APA's blog's publication line's test has it).
_INTRO = "intro"
_SUBTITLES = frozenset(("subtitle", "subheadline", _INTRO))
_SUBTITLE_BLOCKS = frozenset(("div", "p"))
# A blurb, the publisher's word for the few lines that sell a piece, as a class with the template's number
# after it ("blurb2"): a word too common alone in a class ("blurb" a listing's card) to be read so unnumbered.
_NUMBERED_BLURB = re.compile(r"blurb\d+")
# How a class joins its words: "article-chapo", BEM's "ngart-hl__deck".
_JOINS = re.compile(r"[-_]+")
# How long a standfirst is at least (a sentence), and at most (longer is the text's prose).
_LENGTH = (60, 3 * PROSE)


def classed_standfirst(page: Page) -> str | None:
    """The text of the first block under the page's first h1, above its prose, whose class ends in a word
    for the standfirst; None where there is none, or where it is too short or too long for one."""
    heading = page.tree.css_first("h1")
    if heading is None:
        return None
    titles = _holding_a_heading(page)
    # A paragraph classed as the standfirst is no prose of the text, however long: the walk goes on to read
    # it (Next INpact, 2018: p.actu_chapeau under the byline, 280 characters, the text's <p>s after it).
    for node in below_heading(page, heading, passing=classed_a_standfirst):
        if node.tag.startswith("-"):
            continue
        if node.mem_id in titles:
            # A block so classed that holds a heading is the title block around it, not the standfirst under
            # it (the BSI's release, 2022: div.c-intro around the h1, past a first h1 hidden for screen
            # readers).
            continue
        if _a_subheader(node):
            text = None if in_another_entry(page, node) else block_text(node)
            return text if text and len(text.split()) >= _DEK_WORDS and len(text) <= _LENGTH[1] else None
        if not _classed_standfirst(node):
            if _an_own_summary(node):
                # The article's own summary line, shorter than a sentence, its words Open Graph's or the
                # description's (The Inquirer); a longer one is left to the readers that took it before
                # (Euronews' p.c-article-summary: read here, its record read with Open Graph alone lost the
                # title and day no meta at all gives).
                text = None if in_another_entry(page, node) else block_text(node)
                if text and len(text) < _LENGTH[0] and _described_as(page, text):
                    return text
            continue
        # The first so classed, read once: blocks nested in it are parts of it (a nest read block by block
        # would read its text once a level).
        text = None if in_another_entry(page, node) else block_text(node)
        if text and day_of_the_line(text):
            # A line classed as the item's subtitle that is its dateline, the place and the day (Jugend
            # forscht, 2021, tt_news: p.news-subtitle 'Hamburg, 2. November 2021'): the subtitle is the block
            # right after it, its class the word alone (p.subtitle).
            after = next_element(node)
            if after is None or after.tag not in _SUBTITLE_BLOCKS or not _classed_subtitle(after):
                return None
            node, text = after, block_text(after)
        least, most = _LENGTH
        if _an_intro(node):
            most = PROSE - 1
            if prose_follows(node):
                # An intro the text's prose follows in its block is the text's first paragraph (The Sun,
                # 2019: p.article__content--intro, then the story's paragraphs), not a standfirst.
                return None
        if text and len(text) < least and _a_subtitle_block(node) and len(text.split()) >= _DEK_WORDS:
            # A subtitle block's dek may be a line's words, shorter than a sentence (NewsGram, 2020: 'Anxious
            # about COVID-19? Stress can hamper sperm quality', eight words), as a subheader's is.
            least = 0
        return text if text and least <= len(text) <= most else None
    return None


def _holding_a_heading(page: Page) -> set[int]:
    """The elements that hold one of the page's h1s, each h1's ancestors walked once."""
    found: set[int] = set()
    for heading in page.tree.css("h1"):
        node = heading.parent
        while node is not None and node.mem_id not in found:
            found.add(node.mem_id)
            node = node.parent
    return found


def in_a_standfirst(paragraph: Any) -> bool:
    """Whether a paragraph is, or is the child of, a block classed as the standfirst in a compound word
    ("post-cat-one-excerpt", Makronom, 2023): the piece's summary over its text, not the text's prose."""
    parent = paragraph.parent
    return any(node is not None and not _last_words(node).isdisjoint(_STANDFIRST_WORDS)
               for node in (paragraph, parent))


def classed_a_standfirst(node: Any) -> bool:
    """Whether the element's class names it the standfirst, in a word of its own ("strapline", TechRadar,
    2026) or a compound's last ("article-chapo")."""
    classes = (node.attributes.get("class") or "").casefold().split()
    return not _STANDFIRST_WORDS.isdisjoint(classes) or not _last_words(node).isdisjoint(_STANDFIRST_WORDS)


def classed_a_standfirst_or_subtitle(node: Any) -> bool:
    """Whether the element's class names it the standfirst or the subtitle, in a word of its own or a
    compound's last ("news_subtitle")."""
    return classed_a_standfirst(node) or _classed_subtitle(node)


def _classed_standfirst(node: Any) -> bool:
    classes = (node.attributes.get("class") or "").casefold().split()
    # …or hAtom's summary of the entry, right under its heading (msnbc.com, 2012: h2.entry-summary "Former
    # astronaut loses 17-month battle against cancer; hailed as role model" under h1.entry-title).
    last_words = _last_words(node)
    return (_HATOM_SUMMARY in classes or any(_NUMBERED_BLURB.fullmatch(word) for word in classes)
            or not last_words.isdisjoint(_STANDFIRST_WORDS) or not last_words.isdisjoint(_OWN_DESCRIPTIONS)
            or (not last_words.isdisjoint(_SUBTITLES) and node.tag in _SUBTITLE_BLOCKS))


_HATOM_SUMMARY = "entry-summary"
# …or a block classed as the piece's own description in a compound word (Onmeda, 2022:
# div.article-description under the h1, a teaser ending 'Erfahren Sie, für wen …'; og:description its opening
# cut short): the article's, the post's, the entry's or the story's, as "description" alone may be a picture's
# or a product's.
_OWN_DESCRIPTIONS = frozenset(f"{piece}description" for piece in ("article", "post", "entry", "story"))
# …or as its own summary (The Inquirer, 2013: div.article_summary 'Firm reveals console terms and
# conditions' between the h1 and the byline), "summary" alone being a box's or a listing card's: a line
# shorter than a sentence where Open Graph or the description gives the same words (`_described_as`).
_OWN_SUMMARIES = frozenset(f"{piece}summary" for piece in ("article", "post", "entry", "story"))
# How many words an own summary shorter than a sentence runs to at least (a label is fewer).
_SUMMARY_WORDS = 3
# …and a heading a template classes as the subheader under the title (Healthcare IT News, 2012, Drupal:
# h2.subheader#page-subheader 'Project assists providers with meeting Stage 2 requirements' under
# h1#page-title): a dek of a line's words, shorter than a sentence may be.
_SUBHEADERS = frozenset(("subheader", "subhead"))


def _a_subheader(node: Any) -> bool:
    classes = (node.attributes.get("class") or "").casefold().split()
    return node.tag in SUBHEADING_TAGS and not _SUBHEADERS.isdisjoint(classes)


def _an_own_summary(node: Any) -> bool:
    return not _last_words(node).isdisjoint(_OWN_SUMMARIES)


def _described_as(page: Page, text: str) -> bool:
    """Whether Open Graph's description, or the description, gives the line's words, of a few words at least
    (The Inquirer's description adds the story's tags after commas: Open Graph's is the line)."""
    key = compact(text)
    return len(text.split()) >= _SUMMARY_WORDS and any(
        compact(value) == key for name in ("og:description", "description") if (value := page.first(name)))


def _a_subtitle_block(node: Any) -> bool:
    return node.tag in _SUBTITLE_BLOCKS and not _last_words(node).isdisjoint(_SUBTITLES - {_INTRO})


def _classed_subtitle(node: Any) -> bool:
    """Whether the block's class names it a subtitle, in a word of its own or a compound's last."""
    classes = (node.attributes.get("class") or "").casefold().split()
    return not _SUBTITLES.isdisjoint(classes) or not _last_words(node).isdisjoint(_SUBTITLES)


def _an_intro(node: Any) -> bool:
    """Whether the block's class names it an intro and no other word for a standfirst (an intro is the word
    many a text's first paragraph is classed by too)."""
    last_words = _last_words(node)
    return _INTRO in last_words and last_words.isdisjoint(_STANDFIRST_WORDS | (_SUBTITLES - {_INTRO}))


def _last_words(node: Any) -> set[str]:
    """The last word of each compound class of the node ("ngart-hl__deck": "deck"), a part written in camel
    case read by its last capitalised word (Contao's content element "ce_articleIntro": "intro"), and its last
    two parts as one word, a word the template spelt with a hyphen (tagDiv's Newspaper theme, NewsGram 2020:
    "td-post-sub-title", the subtitle)."""
    found = set()
    for word in (node.attributes.get("class") or "").split():
        parts = _JOINS.split(word)
        if len(parts) < 2:
            continue
        camel = _CAMEL_LAST.search(parts[-1])
        found.update(((camel.group() if camel else parts[-1]).casefold(), (parts[-2] + parts[-1]).casefold()))
    return found


# The last word of a part written in camel case after a lowercase letter ("articleIntro": "Intro").
_CAMEL_LAST = re.compile(r"(?<=[a-z])[A-Z][a-z]+$")


# How many words a dek's sentence runs to at least (a section's name or a line of a few words is none).
_DEK_WORDS = 8
# How many letters an edited word's ending runs to ("s", "es", "ly"), and how long the word it ends must be.
_ENDING = 2
_STEM = 4


def heading_dek(page: Page) -> str | None:
    """The standfirst a page sets as a smaller heading right after its first h1, a sentence ending in a full
    stop (Science@NASA, 2004: <h1>…</h1><h4>NASA-supported researchers have developed software anyone can use
    to …</h4>, the two alone in their table cell); None where the element after the h1 is no such heading, or
where more follows it in its block."""
    heading = page.tree.css_first("h1")
    after = next_element(heading) if heading is not None else None
    if after is None or after.tag not in SUBHEADING_TAGS or in_another_entry(page, after):
        return None
    if len(page.tree.css("h1")) > 1:
        # The first h1 a site's banner heading and its motto the heading under it, another h1 the piece's
        # own below them (The Delphi Blog, 2020: h1 'The Delphi Blog', h2 'News, findings, and musings from
        # the epidemic tracking and forecasting team.', then the post's h1).
        return None
    if next_element(after) is not None:
        # The title block's last line (the h1 and the dek alone in their cell): a heading with more after it
        # in its block (a kicker, a caption) is no one dek.
        return None
    text = block_text(after)
    least, most = _LENGTH
    if not text or not least <= len(text) <= most or len(text.split()) < _DEK_WORDS:
        return None
    return text if text.endswith(".") else None


def described_subtitle(page: Page, title: str | None) -> str | None:
    """The subtitle a post sets as a smaller heading right after the h1 of its title, classed so, where the
    description repeats it whole (Substack, 2025: h3.subtitle 'First post in a series on cognitive science and
    AI' under h1.post-title, the description, og:description and the JSON-LD description the same words): the
    post's dek, which the corpus reads as its summary; or repeats but for one word's ending, the description
    written before the subtitle's last edit (Marcus on AI, 2025: 'statistical-correlation machine like LLMs'
    for the shown 'machines'). A subtitle heading the description does not repeat is a second headline
    (chemie.de's h2.news-subtitle, 2022, the description the text's first paragraph). Where no h1 shows the
    title, the heading of another level that does (Hugo's Stack theme, EIS1600's post, 2022: the h1 the site's
    name in its sidebar, h2.article-title the post's, h3.article-subtitle under it). Its words counted as a
    reader counts them, a run of Chinese a word every two characters (shiliumi's Stack post, round 251:
    '重读 ViT 论文，理解图像 patch、class token、位置编码和大规模预训练对视觉 Transformer 的意义。', seven
    runs between spaces)."""
    heading = title_heading(page, title) or title_heading(page, title, HEADINGS)
    after = next_element(heading) if heading is not None else None
    if after is None or after.tag not in SUBHEADING_TAGS or not _classed_subtitle(after):
        return None
    text = block_text(after)
    described = page.first("description") or page.first("og:description")
    if not text or not described or words_in(text) < _DEK_WORDS or len(text) > _LENGTH[1]:
        return None
    return text if compact(text) == compact(described) or _one_ending_apart(text, described) else None


def _one_ending_apart(shown: str, described: str) -> bool:
    """Whether two lines are the same words but one, which ends in a few more letters in one of them
    ("machines", "machine"): an edit after the other was written, not another line. Another word for a
    word, or two words changed, is another line."""
    words, others = shown.split(), described.split()
    if len(words) != len(others):
        return False
    changed = [(one, other) for one, other in zip(words, others, strict=True)
               if compact(one) != compact(other)]
    if len(changed) != 1:
        return False
    one, other = sorted((compact(word) for word in changed[0]), key=len)
    return other.startswith(one) and 0 < len(other) - len(one) <= _ENDING and len(one) >= _STEM


def holds_text_alone(node: Any) -> bool:
    """Whether a div holds its text and nothing else, no element in it (BAON's div.enews-article-lead, 2020:
    the standfirst's words alone, no <p>); its own children read, once."""
    if node.tag != "div" or node.child is None:
        return False
    child = node.child
    while child is not None:
        if child.tag not in ("-text", "-comment"):
            return False
        child = child.next
    return True
