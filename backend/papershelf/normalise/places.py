"""Where things sit on a page: the article's own text above its references, and the stretch under the
heading of its title, above the prose of its text (a byline, a date, the page's own DOI)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import chain, islice
from typing import Any

from ..identity import clean_text
from .html_meta import (
    OTHER_ENTRIES,
    Page,
    block_text,
    nearest_answer,
    past_blank_text,
    without_permalink_marks,
)

# Text the page does not show: a DOI in a script's template is not the page's.
UNSHOWN = {"script", "style", "noscript", "template", "textarea"}
PLAIN_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")
HEADINGS = "h1,h2,h3,h4,h5,h6"
HEADING_TAGS = frozenset(HEADINGS.split(","))
# The headings a subtitle or a dek under the title may be set in.
SUBHEADING_TAGS = HEADING_TAGS - {"h1"}
# The blocks that set a title, or a section's heading, together with the line over or under it.
TITLE_BLOCK_TAGS = frozenset(("header", "hgroup"))
# The words a page heads the works it cites with, in English and the languages of the corpus's pages and
# their neighbours' (Aktion Hummelschutz, 2017: an h2 'Literatur' over the cited papers' DOIs). cited_dates
# reads them as a label of its own line too.
REFERENCES_WORDS = frozenset({
    "references", "bibliography", "literature cited", "works cited", "literatur", "literaturverzeichnis",
    "literaturangaben", "quellen", "quellenangaben", "quellenverzeichnis", "références",
    "références bibliographiques", "bibliographie", "referencias", "referencias bibliográficas",
    "bibliografía", "referências", "referências bibliográficas", "bibliografia", "riferimenti bibliografici",
    "参考文献", "引用文献", "참고문헌", "литература", "список литературы",
})
# Headings that end the article's own text: below them, DOIs are the cited works' (a references heading in
# any of those languages). A news item's heading of the paper it reports ("Originalpublikation", Eawag) heads
# that paper's citation.
END_OF_ARTICLE = {*REFERENCES_WORDS, "notes", "citations", "original publication", "originalpublikation"}
# Headings of a page's lists of other papers (PubMed's sidebar): their citations are not the page's.
OTHER_PAPERS = ("similar articles", "related", "cited by", "recent activity")
# A paragraph this long is the text's prose: a DOI in it or below it is a work the text cites.
PROSE = 200
# Chinese, Japanese and Korean write a word in a character or two: their prose runs a third as long.
_DENSE_PROSE = PROSE // 3
_DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def over_the_prose(page: Page, heading: Any) -> Iterator[Any]:
    """The nodes from the heading down to the text's first paragraph of prose, each yielded once the
    paragraph is found (nothing where no such paragraph follows): the lines a heading's post shows above its
    text (its age, its submitted line), read only where a text follows them."""
    passed, lines = False, []
    for node in above_references(page):
        passed = passed or node.mem_id == heading.mem_id
        if not passed:
            continue
        if node.tag == "p" and runs_as_prose(block_text(node) or ""):
            yield from lines
            return
        lines.append(node)


def runs_as_prose(text: str) -> bool:
    """Whether a paragraph's text is as long as the text's prose: PROSE characters, or a third as many where
    most of them are Chinese, Japanese or Korean (Guangming Online's paragraphs, 2017: 60 to 186 characters,
    each a sentence or more)."""
    if len(text) >= PROSE:
        return True
    dense = len(_DENSE_SCRIPT.findall(text))
    # A paragraph of Chinese that writes its terms in English (刘知安's notes, 2020: '其实在2d卷积和2d池化中都
    # 存在一个问题——我们忽略了输入tensor沿着channel维度的关系，…', half its characters Latin): each of its
    # own characters counts as three of the Latin ones, as a character of theirs says what a word does.
    return len(text) >= _DENSE_PROSE and (2 * dense > len(text) or len(text) + 2 * dense >= PROSE)




def in_another_entry(page: Page, node: Any) -> bool:
    """Whether the node sits in a list's item, an aside, a nav or a footer (walked once a page)."""
    known = page.worked_out.setdefault("in another entry", {})
    return nearest_answer(node, lambda parent: parent.tag in OTHER_ENTRIES or None, known)


# A title long enough to be the paper's own and not a phrase of another's, when a page's own
# citation is looked for by it (bylines.py, shown_dates.py).
OWN_TITLE = 20


# Blocks that may open with a label of their own.
LABELLED_BLOCKS = "p,div,li,td,dd"
# The longest label in lenticular brackets read.
_BRACKETED_LABEL = 12


def bracketed_label(block: Any) -> str | None:
    """The label a block's text opens with in the lenticular brackets Chinese pages set their labels
    in, as its first text and not in an element of its own (CNKI's record page: <p> 【作者】 <a>…</a>；
    </p>, <p> 【摘要】 <span>…</span></p>); only the block's first child is read."""
    first = block.child
    while first is not None and first.tag == "-comment":
        first = first.next
    if first is None or first.tag != "-text":
        return None
    text = (first.text_content or "").lstrip()
    if not text.startswith("\u3010"):
        return None
    label, closed, _ = text[1:].partition("\u3011")
    return clean_text(label) if closed and 0 < len(label) <= _BRACKETED_LABEL else None


def after_bracketed_label(text: str) -> str:
    """What a block's text says after the label in lenticular brackets it opens with."""
    return text.partition("\u3011")[2]


def _unspaced(character: str) -> bool:
    """A character of a script that writes its words with no space between them: Chinese characters
    (CJK ideographs, their extension A and compatibility blocks) and Japanese kana."""
    point = ord(character)
    return (0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF or 0x3040 <= point <= 0x30FF
            or 0xF900 <= point <= 0xFAFF)


def words_in(text: str) -> int:
    """How many words `text` has, as a reader counts them. Chinese and Japanese set no space between
    words (a CNKI heading, '2016年总目录', is one run), so a run of their characters counts a word every
    two characters, their words being mostly of two; other scripts count by spaces."""
    words = 0
    for token in text.split():
        unspaced = sum(1 for character in token if _unspaced(character))
        spaced = any(character.isalnum() and not _unspaced(character) for character in token)
        words += (unspaced + 1) // 2 + spaced if unspaced else 1
    return words


# How a <title> (or a meta title) sets the site's name apart from the paper's: " | ", " - ", " – ",
# " — ", " : " (a colon with a space before it, as Nature's "… : Nature Nanotechnology : …"; not
# "Title: subtitle"), and HighWire's first platform's " -- " ("… Factor -- Sardesai et al. 6 (302): ra100
# -- Science Signaling").
# …and two hyphens after a space glued to the site's name (Wanfang Med Online: "云南秋海棠属植物小志
# --万方医学网-医学杂志").
# …and a spaced double colon, Hugo's terminal theme's (silly onions, round 182: "Papers: BinRec: … :: silly
# onions — Opinionated articles" in og:title and the <title>, the h1 the title alone); unspaced, '::' is a
# word's (C++'s "std::vector", a site named "std::bodun::blog").
# …and a spaced bullet, as Hugo themes join the post's title and the site's name (Never stop learning!, round
# 192: og:title and the <title> "Munin Summary • Never stop learning!", the h1.title the title alone).
TITLE_SEPARATOR = re.compile(r"\s+(?:--|::|[|:\-\u2013\u2014\u2022])\s+|\s+--(?=[^\s-])")
# What parts a <title> into its post's heading and the site's names where a title's own colon must stay whole:
# a spaced bar, dash or en/em dash ("Variational inference: a review | Kipf's blog").
TAB_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+")


def title_stretches(text: str) -> list[str]:
    """Every stretch of a title between its separators, the whole among them, as written
    ("A | B - C": "A", "A | B", "A | B - C", "B", "B - C", "C")."""
    cuts = [0, *(end for found in TITLE_SEPARATOR.finditer(text) for end in found.span()), len(text)]
    return [text[cuts[i] : cuts[j]] for i in range(0, len(cuts), 2) for j in range(i + 1, len(cuts), 2)]


def heading_nodes(page: Page, selector: str = "h1") -> list[Any]:
    """The page's headings (h1 unless told), in their order, found once however many readers look at
    them: those that hold no other. A heading that holds headings is no heading but what holds them: a
    hand-made page that leaves the <h1> of its site's name unclosed holds the rest of the page in it, its
    own headings among the rest; and in a nest of headings each holding the next (<h1><div><h1>…, which
    the parser keeps nested) only the innermost is read, not each one's text holding the rest."""
    key = ("heading nodes", selector)
    if key not in page.worked_out:
        matched = page.tree.css(selector)
        ids = {node.mem_id for node in matched}
        page.worked_out[key] = [node for node in matched if not _holds_one_of(node, ids)]
    return page.worked_out[key]


def _holds_one_of(node: Any, ids: set[int]) -> bool:
    # Walked to the first one in it: in a nest each walk ends where the next heading begins, and the
    # walks of headings that hold none cover disjoint subtrees.
    return any(inner.mem_id in ids for inner in node.traverse() if inner.mem_id != node.mem_id)


def page_headings(page: Page, selector: str = "h1") -> list[tuple[Any, str | None]]:
    """The page's headings (h1 unless told, none inside another) and their text as a reader sees it,
    laid out once however many readers compare a title with them."""
    key = ("headings", selector)
    if key not in page.worked_out:
        page.worked_out[key] = [(node, block_text(node)) for node in heading_nodes(page, selector)]
    return page.worked_out[key]


def compact(text: str) -> str:
    # A <title> may write straight quotes where the heading has typographic ones ("Children's").
    return "".join(text.split()).casefold().translate(PLAIN_QUOTES)


def title_heading(page: Page, title: str | None, selector: str = "h1") -> Any:
    """The heading (an h1 unless told) that shows the paper's title, else one that holds it in an
    element of its own beside a label (ScienceDirect's h1: the article's section in a div, then
    span.title-text closed by a footnote mark)."""
    key = compact(title or "")
    if not key:
        return None
    headings = page_headings(page, selector)
    texts = [(node, compact(text or "")) for node, text in headings]
    return next((node for node, text in texts if text == key), None) or next(
        (node for node, text in texts if key in text and _holds_the_title(node, key)), None) or next(
        # …or one that opens with its session's code ("P2-04: <title>", the ISMIR program sites' h2).
        (node for node, text in headings if compact(after_session_code(page, text)) == key), None)


# A session's code before the title in a conference site's heading: a poster's "P2-04: ", a late-breaking
# demo's "LP-31: " (letters, figures, a hyphen, two or three figures, a colon); "Part 2: " is the title's
# own, and so is a name with its single number ("GPT-4: ", "HIV-1: ", "IL-6: ").
_SESSION_CODE = re.compile(r"[A-Z]{1,3}\d{0,2}-\d{2,3}:\s+")


# A meeting's name and its year ("ISMIR 2024"), as a conference site's <title> writes it, alone or before the
# title of one of its papers ("ISMIR 2023: <title>").
MEETING_AND_YEAR = re.compile(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2} (?:19|20)\d\d")
MEETING_OPENING = re.compile(MEETING_AND_YEAR.pattern + r":\s+")


def after_session_code(page: Page, text: str | None) -> str:
    """The heading's text after the session code it opens with, or nothing when it opens with none. A code
    is a meeting's: on a page whose <title> opens with no meeting and its year, "IL-17: " or "CD-40: "
    opening a journal's heading is the title's own, its name and number."""
    found = _SESSION_CODE.match(text or "")
    if found is None or MEETING_OPENING.match(clean_text(page.node_text("title")) or "") is None:
        return ""
    return (text or "")[found.end() :]


def _holds_the_title(heading: Any, key: str) -> bool:
    # Its own children only, and only in a heading whose text holds the title: each node's text is
    # read once more at most.
    return any(compact(without_closing_mark(block_text(child)) or "") == key for child in heading.iter())


_FOOTNOTE_MARKS = "*†‡§¶"


def without_closing_mark(text: str | None) -> str | None:
    """A heading's text without the footnote mark that may close it ("… azodicarboxylates†")."""
    text = text or ""
    # Stripped rather than matched at the end: a pattern anchored there retried a long run of marks
    # from each of its characters (quadratic in a title element of 40,000 asterisks).
    if (bare := text.rstrip(_FOOTNOTE_MARKS)) != text:
        text = bare.rstrip()
    return clean_text(text)


# A year in a venue line: "… (MICRO), November 2-6, 2024, Austin, TX."
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def venue_line(element: Any) -> bool:
    """Whether the block is a venue line set wholly in italics, with its year (Carnegie Mellon's Parallel
    Data Lab, 2026: <p><i>2024 57th IEEE/ACM International Symposium on Microarchitecture (MICRO),
    November 2-6, 2024, Austin, TX.</i></p> between the title and the byline)."""
    first = past_blank_text(element.child)
    if first is None or first.tag not in ("i", "em") or past_blank_text(first.next) is not None:
        return False
    return _YEAR.search(first.text(deep=True) or "") is not None


def title_or_first_heading(page: Page, title: str | None) -> Any:
    """The heading (h1 to h6) of the page's title, else its first h1."""
    return title_heading(page, title, HEADINGS) or page.tree.css_first("h1")


def ancestors(node: Any) -> Iterator[Any]:
    """The node's ancestors up to the page's body, nearest first."""
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        yield parent
        parent = parent.parent


def below_heading(page: Page, heading: Any, passing: Callable[[Any], bool] | None = None) -> Iterator[Any]:
    """The nodes from the heading down to the first paragraph of prose (or a list of other papers).
    A list of other papers above the heading is a sidebar's, and ends nothing (CiteULike's "Related
    Products" box of lab reagents, left of the title); nor does a paragraph `passing` says is no prose of
    the text (a standfirst, for the byline under it)."""
    passed = False
    other_papers = _headings_of_other_papers(page)
    for node in above_references(page):
        if (node.tag == "p" and passed and len(block_text(node) or "") >= PROSE
                and not (passing is not None and passing(node))):
            return
        if passed and node.mem_id in other_papers:
            return
        passed = passed or node.mem_id == heading.mem_id
        if passed:
            yield node


def texts_below_heading(page: Page, heading: Any, near: int) -> Iterator[tuple[Any, str]]:
    """The first `near` texts that show words below the heading (below_heading's nodes), the heading's own
    words left out, each with its text cleaned."""
    # The heading's own words, gathered once: asking each text whether the heading holds it would walk up
    # a deep nest once a text.
    own = {node.mem_id for node in heading.traverse(include_text=True)}
    seen = 0
    for node in below_heading(page, heading):
        if node.tag != "-text" or node.mem_id in own:
            continue
        text = clean_text(node.text_content) or ""
        if not text:
            continue
        seen += 1
        if seen > near:
            return
        yield node, text


def heads_other_papers(heading: Any) -> bool:
    return (clean_text(heading.text()) or "").rstrip(":").casefold().startswith(OTHER_PAPERS)


def _headings_of_other_papers(page: Page) -> set[int]:
    # Worked out once a page: below_heading runs for many headings, each a walk down the page.
    key = "headings of other papers"
    if key not in page.worked_out:
        headings = heading_nodes(page, HEADINGS)
        page.worked_out[key] = {node.mem_id for node in headings if heads_other_papers(node)}
    return page.worked_out[key]


def above_references(page: Page, ends: tuple[str, ...] = ()) -> Iterator[Any]:
    """The page's nodes, texts among them, down to a heading of its references (or one that
    starts with one of `ends`)."""
    body = page.tree.body
    ending = _headings_that_may_end_the_article(page)
    for node in body.traverse(include_text=True) if body is not None else ():
        if (node.tag in HEADING_TAGS and node.mem_id in ending
                and _ends_the_article(heading_words(node), ends)):
            return
        yield node


def after_heading(page: Page, heading: Any) -> Iterator[Any]:
    """The nodes `above_references` gives after `heading` (its own text first); none when the page
    does not hold it there."""
    nodes = above_references(page)
    for node in nodes:
        if node.mem_id == heading.mem_id:
            break
    yield from nodes


def holds_alone(wrapper: Any, node: Any) -> bool:
    """Whether the wrapper's children are `node` and blank text or comments alone (its own children,
    read once): a heading alone in its block."""
    child = wrapper.child
    while child is not None:
        if child.mem_id != node.mem_id and child.tag != "-comment" and (
                child.tag != "-text" or (child.text_content or "").strip()):
            return False
        child = child.next
    return True


def _headings_that_may_end_the_article(page: Page) -> set[int]:
    """The headings a heading of the references may be: not one inside another (read as part of it,
    heading_nodes, its text once at most), nor one of the page's navigation."""
    key = "headings that may end the article"
    if key not in page.worked_out:
        outer = {node.mem_id for node in heading_nodes(page, HEADINGS)}
        page.worked_out[key] = outer - _navigation_headings(page)
    return page.worked_out[key]


# A section's number before a heading's words ("7. References", "VII References", "3.2 Notes"): a report
# that numbers its sections heads its references so (round 151's Humboldt-Universität post).
_SECTION_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\.?\s+")


def heading_words(heading: Any) -> str:
    # 'References#' (Hugo PaperMod's hidden permalink, round 209) heads the references all the same.
    words = without_permalink_marks(clean_text(heading.text()) or "").rstrip(":")
    number = _SECTION_NUMBER.match(words)
    return words[number.end():].casefold() if number else words.casefold()


def _ends_the_article(heading: str, ends: tuple[str, ...]) -> bool:
    """Whether a heading's words (heading_words) head the references, or start with one of `ends`."""
    return heading in END_OF_ARTICLE or heading.startswith(ends or ("\0",))


# A page's navigation: a table of contents beside the article heads its links ("Cited by (94)").
_NAVIGATION_HEADINGS = ",".join(
    f"{box} {tag}" for box in ("nav", '[role="navigation"]') for tag in sorted(HEADING_TAGS)
)


def _navigation_headings(page: Page) -> set[int]:
    """The headings inside the page's navigation, which end no part of the article (ScienceDirect's
    table of contents heads a link to the citing articles before the article's title)."""
    if "navigation_headings" not in page.worked_out:
        page.worked_out["navigation_headings"] = {node.mem_id for node in page.tree.css(_NAVIGATION_HEADINGS)}
    return page.worked_out["navigation_headings"]


def text_above_references(page: Page, ends: tuple[str, ...] = ()) -> str:
    """The text the page shows above its references (or above a heading that starts with one of `ends`)."""
    key = ("text_above_references", ends)
    if key not in page.worked_out:
        texts, headings = _shown_texts_above_references(page)
        cut = next((at for at, heading in headings if _ends_the_article(heading, ends)), len(texts))
        page.worked_out[key] = clean_text(" ".join(texts[:cut])) or ""
    return page.worked_out[key]


def _shown_texts_above_references(page: Page) -> tuple[list[str], list[tuple[int, str]]]:
    """The texts the page shows down to its references' heading, and each heading above it (how many
    texts come before it, its text casefolded): one walk serves every `ends` of text_above_references,
    and a text's parent is not made for every text of the page to tell whether it is shown."""
    key = "shown texts above references"
    if key not in page.worked_out:
        texts: list[str] = []
        headings: list[tuple[int, str]] = []
        unshown = {text.mem_id for box in page.tree.css(",".join(sorted(UNSHOWN)))
                   for text in box.iter(include_text=True)}
        ending = _headings_that_may_end_the_article(page)
        body = page.tree.body
        for node in body.traverse(include_text=True) if body is not None else ():
            tag = node.tag
            if tag == "-text":
                if node.mem_id not in unshown:
                    texts.append(node.text_content or "")
            elif tag in HEADING_TAGS and node.mem_id in ending:
                heading = heading_words(node)
                if _ends_the_article(heading, ()):
                    break
                headings.append((len(texts), heading))
        page.worked_out[key] = (texts, headings)
    return page.worked_out[key]


# How many elements up a photo's caption paragraph is looked for in a figure (figure > figcaption > p).
_CAPTION_DEPTH = 2


def a_photos_caption(node: Any) -> bool:
    """Whether a paragraph is a photograph's caption: a class word of its own naming a caption (The Express
    Tribune, 2012: p.caption under the photo in div.story-image, its words the description's), or a figure's
    caption around it, a few elements up. Its words say what the photograph shows, not what the story does: no
    standfirst, and no lead set apart."""
    # The node and a few elements up, no more: a walk to the root from every paragraph of a deep page would
    # be quadratic in its depth.
    for up in islice(chain((node,), ancestors(node)), _CAPTION_DEPTH + 1):
        if up.tag in ("figure", "figcaption") or any(
                "caption" in word for word in (up.attributes.get("class") or "").casefold().split()):
            return True
    return False
