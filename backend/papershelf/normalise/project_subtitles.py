"""A project page that sets its paper's title as two headings: the project's name in large type, then the
rest of the title in a smaller heading under it (MegaSaM's h1 'MegaSaM' over an h3 'Accurate, Fast and
Robust Structure and Motion from Casual Dynamic Videos'; Spec-Gaussian's h1 'Spec-Gaussian:' over an h2).
The byline follows the second heading, so a reader that takes the heading its byline follows takes the
subtitle alone."""

from __future__ import annotations

from itertools import islice
from typing import Any

from ..identity import clean_text
from .cited_dates import bibtex_block_titles
from .html_meta import Page, block_text, short_text
from .places import HEADING_TAGS, compact
from .venue_badges import element_before, venue_badge_year

# A project's name is a word or a few ("MegaSaM", "Spec-Gaussian:"); longer, the heading is a title itself.
_NAME_WORDS = 4
_LONGEST_NAME = 80


def name_over_its_subtitle(page: Page, subtitle: Any) -> str | None:
    """The whole title where the heading `subtitle` follows a sibling heading of a project's name: the
    name ending in a colon says a subtitle follows; without one, the page's <title> or a meta title must
    write the two as one ('MegaSaM: Accurate, Fast …' in twitter:title), or its description meta be the two
    as one and nothing more (ZET-Speech's demo page, round 174: the <title> the name alone), lest a tagline
    under a name be read as part of it."""
    if subtitle is None:
        return None
    # A page without headings sets the two in divisions of large type (PromptSuite's, round 176: a div of its
    # logo and a span 'PromptSuite:' over a div of the rest); a division is any block, so there the <title>
    # or a meta title must write the two as one even after the name's colon.
    heading = subtitle.tag in HEADING_TAGS
    if not heading and subtitle.tag not in _BLOCKS:
        return None
    above = _before(subtitle, HEADING_TAGS if heading else _BLOCKS)
    if heading and above is None:
        above = _heading_beside_its_logo(_before(subtitle, _BLOCKS))
    rest = block_text(subtitle)
    named = clean_text(short_text(above, _LONGEST_NAME)) if above is not None else None
    # The page's own <title> or meta writing the name and the subtitle as one, word for word, is the title
    # as the page shows it, before a BibTeX entry that words it otherwise (BioKGBench's page, round 183: its
    # description 'BioKGBench: Knowledge Graph Checking …', its entry 'BioKGBench: A Knowledge Graph …').
    if (heading and named and rest and not named.endswith(":") and len(named.split()) <= _NAME_WORDS
            and compact(f"{named}: {rest}") in _titles_the_page_names(page)):
        return f"{named}: {rest}"
    if heading and above is not None and rest and (whole := _entry_holding_both(page, above, rest)):
        return whole
    # A lede paragraph right under a heading of the name is read as its subtitle where the page's own entry
    # holds the two as one title (Point Arena's page, round 195: the h1 'Point Arena' over p.lead 'Probing
    # Multimodal Grounding Through Language-Guided Pointing', its entry 'PointArena: Probing …'): the entry
    # says which tagline is the title's second half, and spells the name as the paper does.
    named_heading = _before(subtitle, HEADING_TAGS) if not heading and above is None and rest else None
    if named_heading is not None and (whole := _entry_holding_both(page, named_heading, rest)):
        return whole
    # …or where the page's <title> or a meta title writes the name and the lede as one, word for word (Build
    # Arena's page, round 195, after its final held-out figure: the h1 'Build Arena' over p.subtitle 'Towards
    # Physics-Aligned Interactive …', the <title> 'Build Arena: Towards …'), as for a subtitle heading.
    name = clean_text(short_text(named_heading, _LONGEST_NAME)) if named_heading is not None else None
    if (name and not name.endswith(":") and len(name.split()) <= _NAME_WORDS
            and compact(f"{name}: {rest}") in _titles_the_page_names(page)):
        return f"{name}: {rest}"
    # …or where the lede is classed the title's subtitle and set in headline case, as a subtitle heading is
    # (MSU-Bench's page, round 257, pending97: the h1 'MSU-Bench' over p.subtitle 'Towards Speaker-Centric
    # Understanding in Conversational Multi-Speaker Scenarios', the <title> a site title, no entry): the
    # title's second half, where a tagline lede is a sentence or not classed so. Only under a venue badge
    # right above the name's heading (div.conference-badge 'Interspeech 2026': venue_badges), which says the
    # hero shows the paper (without one, a <title> of the name alone leaves the lede the title: Build Arena's
    # reading, round 195), and on a page that shows no BibTeX entry: an entry titles the paper itself, maybe
    # otherwise (ScaleMaster's page, round 217: the h1 'ScaleMaster Dataset' over a headline-cased p.subtitle,
    # its entry 'Have We Mastered Scale …').
    if (name and not name.endswith(":") and len(name.split()) <= _NAME_WORDS and _classed_a_subtitle(subtitle)
            and _a_headline_cased_subtitle(page, rest) and venue_badge_year(named_heading) is not None
            and not any(True for _ in bibtex_block_titles(page))):
        return f"{name}: {rest}"
    if not named or not rest or len(named.split()) > _NAME_WORDS:
        return None
    if named.endswith(":"):
        whole = f"{named} {rest}"
        return whole if heading or compact(whole) in _titles_the_page_names(page) else None
    whole = f"{named}: {rest}"
    if compact(whole) in _titles_the_page_names(page):
        return whole
    if heading and (agreed := _title_its_tabs_description_and_entry_agree_on(page, named)):
        return agreed
    return whole if heading and (_the_page_heads_a_title_with_the_name(page, named, rest)
                                 or _a_headline_cased_subtitle(page, rest)) else None


def _classed_a_subtitle(node: Any) -> bool:
    """Whether an element's class names it a subtitle ('subtitle', 'hero-subtitle')."""
    return any("subtitle" in word for word in (node.attributes.get("class") or "").casefold().split())


def _title_its_tabs_description_and_entry_agree_on(page: Page, named: str) -> str | None:
    """The title a <title> of the page's head, its description meta and its own BibTeX entry all write, the
    heading's name opening it with a colon and the description its rest word for word, over the tagline the
    hero sets under the name (KOR-Bench's page, round 237: the h1 'KOR-BENCH' over 'A Benchmark for
    Knowledge-Orthogonal Reasoning Tasks'; a head holding two <title>s, 'KOR-Bench' and 'KOR-Bench:
    Benchmarking Language Models on Knowledge-Orthogonal Reasoning Tasks', the description meta the part after
    the colon, the entry the whole): the paper's title, the page naming it three times. Where the three do not
    all agree (a <title> the authors reworded, no description, another paper's entry) the hero's title
    stands."""
    name = compact(named) + ":"
    described = {compact(text) for text in page.every("description")}
    entries = {compact(title) for title in bibtex_block_titles(page)}
    for tab in page.tree.css("title"):
        if tab.parent is None or tab.parent.tag != "head":
            continue  # an SVG's or a widget's title
        said = clean_text(short_text(tab, _LONGEST_HEADING)) or ""
        told = compact(said)
        if told.startswith(name) and told in entries and told[len(name):] in described:
            return said
    return None


# How many words a subtitle heading has at least, and how long a word is that headline case capitalises.
_FEWEST_SUBTITLE_WORDS = 3
_CAPITALISED_LENGTH = 4


def _a_headline_cased_subtitle(page: Page, rest: str) -> bool:
    """Whether a heading under a name's heading is set in headline case, every word of four letters or more
    capitalised, and the page names no title of its own that it is alone (NoveltyBench's page, round 195:
    the h1 'NoveltyBench' over an h3 'Evaluating Language Models for Humanlike Diversity', no BibTeX, the
    <title> the name alone): a paper title's second half, where a tagline is a sentence ('Simulation-first
    benchmark for humanoid control'). A subtitle holding its own colon is a whole title (ATM-Bench's
    'According to Me: …', round 188), and one the page's own entry names alone is the paper's title by
    itself."""
    words = rest.split()
    if len(words) < _FEWEST_SUBTITLE_WORDS or ":" in rest or rest.endswith(("?", "!", ".")):
        return False
    long_words = [word for word in words if len(word) >= _CAPITALISED_LENGTH and word[0].isalpha()]
    if not long_words or not all(word[0].isupper() for word in long_words):
        return False
    alone = compact(rest)
    return not any(compact(title) == alone for title in bibtex_block_titles(page))


def _the_page_heads_a_title_with_the_name(page: Page, named: str, rest: str) -> bool:
    """Whether the page writes its title as the heading's name followed by more, though not the subtitle's
    words as the hero shows them: a <title> that opens with the name and a colon (Multimodal Self-Instruct's
    benchmark page, round 178: 'Multimodal Self-Instruct: Synthesizing …', an earlier wording of the h2's
    'Synthetic Abstract Image and …'), or a description meta that is the name and the subtitle with a few
    words between and nothing more (LongEmotion's, round 178: the <title> 'LongEmotion' alone, the
    description 'LongEmotion, a benchmark for measuring emotional intelligence …', the h2's words
    lower-cased). A tagline under a name the page never writes after the name stays out."""
    name = compact(named)
    tab = page.head_title
    if tab is not None and compact(tab.text(deep=True)).startswith(name + ":"):
        return True
    under = compact(rest)
    for text in (*page.every("description"), *page.every("og:description")):
        said = compact(text)
        if said.startswith(name) and under in said[len(name):] and (
                len(said) - len(name) - len(under) <= _LEFT_OVER):
            return True
    return False


# How much of a heading over a subtitle is read (with its markup) for an entry's title to hold it.
_LONGEST_HEADING = 1000
# How much of an entry's title may be neither heading: the project's name and its colon ('EMMA:').
_LEFT_OVER = 30


def _entry_holding_both(page: Page, above: Any, rest: str) -> str | None:
    """The title of the page's own BibTeX entry that holds the heading and its subtitle both, in either
    order, with no more than a project's name besides: the paper's whole title, which the hero shows in
    parts (EMMA's benchmark page, round 177: the h2 'An Enhanced MultiModal ReAsoning Benchmark' over the
    subtitle 'Can MLLMs Reason in Multimodality?', its entry 'Can MLLMs Reason in Multimodality? EMMA: An
    Enhanced …'; MDI-Benchmark's h1 'Multi-Dimensional Insights' over its subtitle, the entry joining them
    with a colon the <title> does not show)."""
    # The heading read whole, its markup's indentation and an icon beside the name no limit on it.
    named = clean_text(short_text(above, _LONGEST_HEADING))
    if not named:
        return None
    # Compared in the case the headings show: an entry that lower-cases them (Spec-Gaussian's 'Spec-gaussian:
    # Anisotropic view-dependent appearance …') writes the title otherwise than the page shows it.
    top, under = _spaceless(named), _spaceless(rest)
    for title in bibtex_block_titles(page):
        key = _spaceless(title)
        if top in key and under in key and top not in under and under not in top:
            left = key.replace(top, "", 1).replace(under, "", 1)
            if len(left) <= _LEFT_OVER:
                return title
    return None


def _spaceless(text: str) -> str:
    return "".join(text.split())


# The blocks a page without headings sets its title in: a division or a paragraph of large type.
_BLOCKS = frozenset({"div", "p"})


def _before(node: Any, tags: frozenset[str]) -> Any:
    """The element right before `node` among its siblings, when it is one of `tags`."""
    before = element_before(node)
    return before if before is not None and before.tag in tags else None


# How many nodes a division holding the name's heading and its logo may have.
_LOGO_ROW_NODES = 12


def _heading_beside_its_logo(row: Any) -> Any:
    """The heading of the project's name where a division of its own holds it beside its logo, right before
    the subtitle (BioKGBench's page, round 183: a flex row of the h1 'BioKGBench' and an <img>, then the h2):
    the name's heading, the row's only words."""
    if row is None:
        return None
    nodes = list(islice(row.traverse(include_text=True), _LOGO_ROW_NODES + 1))
    if len(nodes) > _LOGO_ROW_NODES:
        return None
    headings = [node for node in nodes if node.tag in HEADING_TAGS]
    if len(headings) != 1:
        return None
    inside = {node.mem_id for node in headings[0].traverse(include_text=True)}
    # Whatever else the row holds is wordless: the logo, blanks.
    if any(node.tag == "-text" and node.mem_id not in inside and (node.text_content or "").strip()
           for node in nodes):
        return None
    return headings[0]


def _titles_the_page_names(page: Page) -> set[str]:
    tab = page.head_title
    # A description meta is compared whole, as the titles are: one that is the joined title word for word
    # names it; a summary that opens with it is longer and matches nothing.
    named = [tab.text(deep=True) if tab is not None else "",
             *page.every("og:title"), *page.every("twitter:title"),
             *page.every("description"), *page.every("og:description")]
    return {compact(text) for text in named if text}


def title_its_tab_and_entry_agree_on(page: Page, tagline: Any) -> str | None:
    """The whole title where the block a byline follows is a tagline under a heading of the project's name
    alone, and the page's <title> and its own BibTeX entry write one same title that opens with that name and
    a colon (PaintBench's benchmark page, round 188: the h1 'PaintBench' over a question, 'Can multimodal AI
    models make exact visual edits?', and a lede; the <title> and the entry 'PaintBench: Deterministic
    Evaluation of Precise Visual Editing'): the paper's title, which the hero shows only by its name. The two
    must agree, lest a <title> the authors reworded or an entry of another paper be read for it."""
    above = _before(tagline, HEADING_TAGS) if tagline is not None else None
    named = clean_text(short_text(above, _LONGEST_NAME)) if above is not None else None
    if not named or named.endswith(":") or len(named.split()) > _NAME_WORDS:
        return None
    tab = page.head_title
    said = clean_text(short_text(tab, _LONGEST_HEADING)) if tab is not None else None
    if not said or not compact(said).startswith(compact(named) + ":"):
        return None
    # A tagline the <title> holds is the title's own subtitle (name_over_its_subtitle reads it so).
    if compact(block_text(tagline) or "") in compact(said):
        return None
    return said if any(compact(title) == compact(said) for title in bibtex_block_titles(page)) else None


# How many of a heading's nodes are read for its line break: a title's heading holds a few.
_HEADING_NODES = 12


def name_broken_over_its_subtitle(page: Page, heading: Any) -> str | None:
    """The whole title where a heading sets the project's name on a line of its own, a <br> and the rest of
    the title after it (VideoAutoArena's h1 'VideoAutoArena<br>An Automated Arena for Evaluating Large
    Multimodal Models …', round 204), and the page's <title>, a meta title or its own BibTeX entry writes the
    two joined by a colon, word for word: the line break stands for the colon the page's own title shows.
    Read as text, the heading runs the name into the rest with a blank."""
    if heading is None or heading.tag not in HEADING_TAGS:
        return None
    lines: list[list[str]] = [[]]
    for node in islice(heading.iter(include_text=True), _HEADING_NODES):
        if node.tag == "br":
            lines.append([])
        elif (text := short_text(node, _LONGEST_HEADING) if node.tag != "-text" else node.text_content):
            lines[-1].append(text)
    if len(lines) != 2:
        return None  # no break, or a title set over three lines or more: no name line alone
    name, rest = (clean_text(" ".join(line)) for line in lines)
    if not name or not rest or name.endswith(":") or len(name.split()) > _NAME_WORDS:
        return None
    whole = f"{name}: {rest}"
    named = _titles_the_page_names(page) | {compact(title) for title in bibtex_block_titles(page)}
    return whole if compact(whole) in named else None


def title_its_entry_names_the_heading_in(page: Page, tagline: Any) -> str | None:
    """The paper's title where the block a byline follows is a tagline under a heading of the dataset's name
    alone, which the <title> does not join to it, and the page's one BibTeX entry is titled by words that hold
    that name (ScaleMaster's page, round 217, after its final held-out figure: the h1 'ScaleMaster Dataset'
    over a tagline, the entry 'Have We Mastered Scale in Deep Monocular Visual SLAM? The ScaleMaster Dataset
    and Benchmark'): the title a person files the page under, as the corpus reads CODA's and FEOT's. Not an
    entry that opens with the name and a colon (PaintBench's, round 188: the <title> must agree with it)."""
    above = _before(tagline, HEADING_TAGS) if tagline is not None else None
    named = clean_text(short_text(above, _LONGEST_NAME)) if above is not None else None
    if not named or named.endswith(":") or len(named.split()) > _NAME_WORDS:
        return None
    titles = {compact(title): title for title in bibtex_block_titles(page)}
    if len(titles) != 1:
        return None
    key, title = next(iter(titles.items()))
    # An entry that opens with the name and a colon is the name's own title over a subtitle, which is read
    # only where the <title> agrees (title_its_tab_and_entry_agree_on): here the name stands inside the title.
    return title if (compact(named) in key and not key.startswith(compact(named) + ":")
                     and compact(block_text(tagline) or "") not in key) else None
