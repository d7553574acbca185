"""A paper's own project page: the one-page site its authors publish beside the preprint (Nerfies' template
and the Academic Project Page Template, Robotics at Google's, pages of their own), with no scholarly meta.
What names the paper there is a button: "arXiv" or "Paper" linking its arXiv abstract or PDF."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from ..identity import arxiv_id_from_url, clean_text, normalise_doi
from .acknowledgement_headings import names_the_acknowledgements
from .addresses import doi_in_path, resolved_doi
from .body import MIN_ABSTRACT, BodyRecord
from .bracketed_link_rows import words_of
from .byline_rows import a_bare_unit_between_linked_ones, first_words_of
from .chicago_author_lines import names_of_a_chicago_line
from .cited_dates import bibtex_block_titles, own_bibtex_block_abstract, own_bibtex_block_eprint
from .closed_abstract_labels import closed_abstract_label
from .colon_split_titles import heading_of_the_titles_rest
from .family_first_lines import names_of_a_family_first_block, names_of_a_family_first_line
from .hero_copies import hero_copy_under
from .html_meta import (
    Page,
    abstract_text,
    block_text,
    is_blog_post,
    next_element,
    select_all,
    select_first,
    short_text,
)
from .lone_teaser_summaries import lone_paragraph_under_the_teaser
from .meta_titles import heading_of_the_two_parts
from .names import AFFILIATION_WORD, NAME_PART, NAME_PARTICLES, display_name, is_group
from .places import HEADING_TAGS, HEADINGS, compact, title_heading
from .post_meta_day_posts import post_under_its_post_meta_day
from .presentation_lines import a_presentation_line
from .project_subtitles import (
    name_broken_over_its_subtitle,
    name_over_its_subtitle,
    title_its_entry_names_the_heading_in,
    title_its_tab_and_entry_agree_on,
)
from .publication_rows import shows_publication_rows
from .spaced_marked_names import a_block_of_spaced_marked_names
from .title_emoji import opens_with_an_emoji, without_emoji
from .venue_badges import venue_badge_year

# The words a project page's buttons say to mean the paper itself; a link named by its own title (a
# related work, a cited method) is another paper.
_PAPER_BUTTONS = frozenset(
    {"arxiv", "paper", "arxiv version", "arxiv paper", "arxiv preprint", "preprint", "pdf"}
)
# A page that links many arXiv papers is a list or a survey; a project page links its own and a few others.
_MAX_ARXIV_LINKS = 40
_LONGEST_BUTTON = 1000


def arxiv_id_of_its_buttons(page: Page) -> str | None:
    """The arXiv id every "arXiv"/"Paper" button of the page links, when they agree on one."""
    # Each of the page's readers asks whether it is a project page: its links are read once.
    if "arXiv buttons" not in page.worked_out:
        page.worked_out["arXiv buttons"] = _arxiv_id_of_buttons(page)
    return page.worked_out["arXiv buttons"]


def _arxiv_id_of_buttons(page: Page) -> str | None:
    # A paper's page of Hugo's Academic theme and its successors carries a post's meta (og:type article,
    # article:published_time) but shows the paper's labelled rows ('Type', 'Publication'): its buttons name
    # the paper's own preprint (THU HAS Lab's Hugo Blox page, 2025: 'PDF', 'Code', 'arXiv').
    if says_it_is_a_post(page) and not shows_publication_rows(page):
        return None
    return arxiv_id_of_the_buttons_alone(page)


def arxiv_id_of_the_buttons_alone(page: Page) -> str | None:
    """The arXiv id every "arXiv"/"Paper"/"Preprint" button of the page links, when they agree on one, read
    whatever the page's meta says it is: for a page its caller knows to be a paper's own."""
    links = page.tree.css('a[href*="arxiv.org/"]')
    if len(links) > _MAX_ARXIV_LINKS:
        return None
    found: set[str] = set()
    pictured: set[str] = set()
    for link in links:
        label = clean_text(short_text(link, _LONGEST_BUTTON)) or ""  # a button's word, not a nest of links
        label = _past_an_icon_fonts_word(link, label)
        pictures = not label and link.css_first("img") is not None
        if pictures and (paper := arxiv_id_from_url(link.attributes.get("href"))):
            pictured.add(paper[0])
        if not _a_paper_button(label) or _among_words_of_its_own(link):
            continue
        if paper := arxiv_id_from_url(link.attributes.get("href")):
            found.add(paper[0])
    # A page without a word on any button may link its paper by a picture of it alone (VSTAR's dataset
    # page, round 177, after its final held-out figure: the paper's first page as an image linking its
    # arXiv PDF): that is its paper button, where every such picture links one paper.
    found = found or pictured
    return found.pop() if len(found) == 1 else None


def cites_its_own_preprint(page: Page) -> bool:
    """Whether the page shows a BibTeX entry of its own that names an arXiv preprint, its title one a heading
    of the page shows: a project page whose buttons link nowhere in the file ('#', a script setting their
    addresses from a file of its own: LUCID's page, round 206) says by the entry it asks to be cited by that
    it is the paper's own page, as the buttons would. Read once a page."""
    if "cites its preprint" not in page.worked_out:
        page.worked_out["cites its preprint"] = any(
            own_bibtex_block_eprint(page, named) is not None
            and title_heading(page, named, HEADINGS) is not None
            for named in bibtex_block_titles(page)[:_OWN_ENTRIES])
    return page.worked_out["cites its preprint"]


# How many entries' titles are asked whether a heading shows them (a block holds one entry, or a few).
_OWN_ENTRIES = 5


def _past_an_icon_fonts_word(link: Any, label: str) -> str:
    """The label less the word an icon font draws as a picture before it: a ligature's name in an element the
    font's class names, no word a reader sees (VLA-Arena's buttons, round 195: <a class="button"><span
    class="material-icons">description</span> paper</a>, read 'description paper'). The link's own children
    alone are asked."""
    icon = next((child for child in link.iter() if any(
        word.startswith(_ICON_FONTS) for word in (child.attributes.get("class") or "").split())), None)
    word = clean_text(icon.text(deep=True)) if icon is not None else None
    return label[len(word):].strip() if word and label.startswith(word) else label


# The classes of icon fonts whose glyphs are written as words (ligatures): Google's Material Icons and
# Symbols.
_ICON_FONTS = ("material-icons", "material-symbols")


# The button words a project's short name may come before ("dWJS arXiv", "dWJS Paper": Prescient Design's
# Walk-Jump Sampling page, round 161), and how many capitals make a word such a name ("dWJS", "NeRF") rather
# than a word of the language ("Related paper", "Previous paper").
_NAMED_BUTTONS = frozenset({"arxiv", "paper"})
_NAME_CAPITALS = 2
# A button that says what it links and where, "Paper on arXiv": three words.
_WHAT_ON_WHERE = ("paper", "on", "arxiv")


# A closing bracket that holds a year (a venue's and its year), after the button's words.
_VENUE_AFTER_THE_BUTTON = re.compile(r"(?<=\w)\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)\s*$")


def _a_paper_button(label: str) -> bool:
    """Whether a link's label is a button naming the paper: a button word, alone or after a name."""
    # A bracket after the button's words naming where and when the paper appeared is no part of the button
    # ('Arxiv paper (NeurIPS 2021 Datasets and Benchmarks Track)': the CLEAR benchmark's page, round 217).
    label = _VENUE_AFTER_THE_BUTTON.sub("", label)
    words = label.strip("[]()").strip().split()
    # An icon the label opens with is no word of it: a pictograph or a mark set as text before the word
    # ('📄 Paper', '💻 Code': Build Arena's benchmark page, round 195, after its final held-out figure).
    while words and not any(letter.isalnum() for letter in words[0]):
        words = words[1:]
    if " ".join(words).casefold() in _PAPER_BUTTONS:
        return True
    if 1 < len(words) <= len(_NAMED_BUTTONS) and all(word.casefold() in _NAMED_BUTTONS for word in words):
        # What and where in two words, the second in smaller type ('Paper <em>arXiv</em>': Flow-ERD's page).
        return True
    if (len(words) == len(_WHAT_ON_WHERE) and words[1].casefold() == "on"
            and {words[0].casefold(), words[2].casefold()} <= _NAMED_BUTTONS):
        # What, "on" and where it is, as a demo page's bracketed links say it ('[Paper on ArXiv]' beside
        # '[Code on GitHub]': SemantiCodec's samples page, round 219).
        return True
    return (len(words) == 2 and words[1].casefold() in _NAMED_BUTTONS
            and sum(letter.isupper() for letter in words[0]) >= _NAME_CAPITALS)


# The template's row of buttons under the byline, and how many of its links are read.
_TEMPLATES_BUTTONS = 'div[class~="publication-links"] a[href]'
_MOST_BUTTONS = 20


def doi_of_its_paper_button(page: Page) -> str | None:
    """The DOI a project page's paper button links, at a resolver or in a publisher's address (GenAssist's
    'Paper' to the ACM's /doi/abs/10.1145/…, round 176: the version its venue published), on a page whose
    title stands in the template's heading; None where its paper buttons name none, or two."""
    if page.tree.css_first("h1.publication-title") is None:
        return None
    found: set[str] = set()
    for button in select_all(page.tree, _TEMPLATES_BUTTONS)[:_MOST_BUTTONS]:
        label = short_text(button, _LONGEST_BUTTON)
        if not label or not _a_paper_button(" ".join(label.split())):
            continue  # a 'Code', 'Dataset' or 'Video' button: another work's address
        address = (button.attributes.get("href") or "").strip()
        if doi := normalise_doi(resolved_doi(address)) or doi_in_path(address):
            found.add(doi)
    return found.pop() if len(found) == 1 else None


def says_it_is_a_post(page: Page) -> bool:
    """Whether the page says it is a dated post (og:type "article" and article:published_time, as Jekyll,
    Hugo and WordPress write a post's, a JSON-LD BlogPosting, a time marked as its date): a lab's post
    about its new paper sets "[Paper] [Code]" buttons under its heading as a project page does, but its
    heading, byline and date are the post's. A project page is a site of its own, "website" when it says."""
    return ((page.first("og:type") or "").casefold() == "article" or page.first("article:published_time")
            is not None or any(is_blog_post(article) for article in page.articles)
            or select_first(page.tree, _POSTS_TIME) is not None
            or _published_by_its_distill_front_matter(page)
            # …or an al-folio post's header, its h1.post-title over a p.post-meta line of its day alone (the
            # JKU Institute for Machine Learning's post on its PINC paper, round 239: arXiv and code badges
            # under the heading, no meta of a post; post_meta_day_posts.py).
            or post_under_its_post_meta_day(page) is not None)


# How long a Distill front matter's JSON is read at most: a title, a description and a byline's people.
_FRONT_MATTER = 20000


def _published_by_its_distill_front_matter(page: Page) -> bool:
    """Whether the Distill template's front matter dates the page as published, its "published" day the
    byline shows: a post of a blog built on the template says so, with no Open Graph or JSON-LD of a post
    (Goomba Lab's al-folio post on its MOHAWK paper, round 229: its "[Paper] [Code]" links under the contents
    box, the d-front-matter's '"published": "August 20, 2024"'). A project page dates nothing so."""
    script = page.tree.css_first("d-front-matter > script")
    text = script.text() if script is not None else ""
    if not text or len(text) > _FRONT_MATTER:
        return False
    try:
        matter = json.loads(text)
    except ValueError:
        return False
    return isinstance(matter, dict) and bool(str(matter.get("published") or "").strip())


# The time a post's template marks as its publication, where no meta says it is a post: in the post's
# <article>, or classed or marked up as its date (WordPress's time.entry-date.published, Jekyll's
# time.dt-published, microdata's datePublished). A project page dates nothing so: its news are in brackets.
_POSTS_TIME = ('article time, time[itemprop="datePublished"], time[class*="published"], '
               'time[class*="entry-date"], time[class*="post-date"]')


# The inline elements a button's link may sit in (its label's styling) below the block that holds it.
_INLINE = frozenset({"span", "b", "strong", "i", "em", "small", "font", "sup", "code"})
# How many words of its own, outside its links, make a paragraph prose, or a list's entry or a table's row
# an entry of its own, rather than a row of buttons.
_PROSE_WORDS = 3
_LONGEST_BUTTON_ROW = 500


def _among_words_of_its_own(link: Any) -> bool:
    """Whether the link sits in a paragraph, a list's entry or a table's row with words of its own: a blog
    post or a lab's news item that cites the paper ("This week we read Nerfies. <a>Paper</a>"), a course's
    schedule or a reading list that gives it in an entry ("Week 2 | Attention Is All You Need | <a>PDF</a>")
    is about it, not its project page, and its heading and people are the page's (round 59's rules read
    them as the paper's before)."""
    block = link.parent
    while block is not None and block.tag in _INLINE:
        block = block.parent
    if block is not None and block.tag in ("td", "th"):
        block = block.parent  # the row the cell is one of
    if block is None or block.tag not in ("p", "li", "tr"):
        return False
    text = short_text(block, _LONGEST_BUTTON_ROW)
    if text is None:
        return True  # a paragraph longer than any row of buttons
    # Brackets and bars between the links are marks, not words ('[ arXiv ] [ Code ]': round 256).
    linked = sum(words_of(short_text(inner, _LONGEST_BUTTON_ROW) or "") for inner in block.css("a"))
    return words_of(text) - linked >= _PROSE_WORDS


# How far past the title's element a byline may start, and how long it may run, in nodes: a project page's
# byline is right under its title; bounded so that a page without one is not walked to its end.
_BYLINE_REACH = 600
# How many elements that start as the title does are read whole to find it.
_TITLE_TRIES = 20
# The elements a project page's byline gives each person: a link to their home page, a list item, a cell.
_PERSON_UNITS = frozenset({"a", "li", "td"})
# The emphasis a byline's line of marked names may be set in whole, no block of its own around it.
_LINE_EMPHASIS = frozenset({"em", "i"})


def project_byline(page: Page, title: str | None) -> list[str]:
    """The names under a project page's title: a run of links, list items or cells each holding one
    person's name with its marks (<sup> affiliation numbers, "*", "†"), up to the first such element that
    holds something else (an affiliation, a "Paper" button). Only on a page whose buttons name its paper, or
    whose title stands in the project page template's heading."""
    if not title:
        return []
    shown = _title_element(page, title)
    if shown is None or (arxiv_id_of_its_buttons(page) is None and not _the_templates_title(shown)
                         and not cites_its_own_preprint(page)):
        return []
    return _byline_after(page, shown)


# How many headings are read for the one that labels the abstract, and how many names such a byline has.
_ABSTRACT_HEADING_REACH = 40
_ABSTRACT_NODE_REACH = 400
_FEWEST_BARE_BYLINE = 2


def byline_over_its_abstract(page: Page, title: str | None) -> list[str]:
    """The names under the heading of a paper's own page that links no preprint and has no template's
    heading, but sets the paper's abstract under an 'Abstract' heading after its title (a speech paper's
    online supplement of audio samples, E1 TTS's, round 174: an h2 title, each name in a span with its
    affiliation number in <sup>): read as a project page's byline is. Last, after every byline reader."""
    if not title:
        return []
    shown = _title_element(page, title)
    # …or a bold 'Abstract.' label the parser closed before the abstract's block, no heading (SVCODEC's,
    # round 193): the abstract set apart all the same.
    if shown is None or not (
            _an_abstract_heading_after(page, shown) or closed_abstract_label(page) is not None):
        return []
    # A byline of one "name" is as often a link of the page's own under its heading ('Next Section' over a
    # journal's abstract, ijsem_53_1_1): without the buttons or the template that say the page is a
    # paper's own, a lone name is not taken.
    names = _byline_after(page, shown)
    return names if len(names) >= _FEWEST_BARE_BYLINE else []


def title_over_its_abstract(page: Page, title: str | None) -> Any:
    """The element showing the title of a paper's own page that sets the paper's abstract under an
    'Abstract' heading after it (see byline_over_its_abstract), else None: where the lines under it are the
    paper's own (its byline, its citation line)."""
    shown = _title_element(page, title) if title else None
    return shown if shown is not None and _an_abstract_heading_after(page, shown) else None


def nodes_after_element(shown: Any) -> Iterator[Any]:
    """The nodes after an element in document order, bounded by the caller (see _nodes_after_element)."""
    return _nodes_after_element(shown)


def _an_abstract_heading_after(page: Page, shown: Any) -> bool:
    """Whether a heading reading 'Abstract' alone comes after the title's element, among the page's first
    headings (a bounded few: the abstract heads a paper's page, not its end)."""
    if shown.tag not in HEADING_TAGS:
        # …or after a title set in a division of large type, no heading (the Bedford lab layout's paper pages,
        # round 235: div.title, div.head or div.bighead over the authors line, an 'Abstract' h1 or h2 further
        # down): the nodes after it in document order, a bounded few.
        after = islice(_nodes_after_element(shown), _ABSTRACT_NODE_REACH)
        return any(_reads_abstract(node) for node in after)
    passed = False
    for count, heading in enumerate(page.tree.css(HEADINGS)):
        if count > _ABSTRACT_HEADING_REACH:
            return False
        if heading.mem_id == shown.mem_id:
            passed = True
        elif passed and (clean_text(short_text(heading, _LONGEST_TITLE)) or "").strip(" .:").casefold() \
                == "abstract":
            return True
    return False


def _reads_abstract(node: Any) -> bool:
    """Whether the node is a heading reading 'Abstract' alone."""
    return node.tag in HEADING_TAGS and \
        (clean_text(short_text(node, _LONGEST_TITLE)) or "").strip(" .:").casefold() == "abstract"


def _the_templates_title(shown: Any) -> bool:
    """Whether the title's element is the project page template's (Nerfies' and the Academic Project Page
    Template's h1.publication-title): a paper's project page whose buttons may link no preprint (LAMPS,
    round 161: its 'Paper' and 'arXiv' buttons link the page itself)."""
    # …or an h2 of that class that holds the title read (the deformable-linear-object page, round 191: no h1,
    # its byline and venue line under the h2 as under the h1); a venue's h2 of the class under an h1 title
    # (StopThePop's, round 185) holds no title read, so is never the element asked about.
    classes = (shown.attributes.get("class") or "").split()
    return shown.tag in _TEMPLATE_TITLE_TAGS and "publication-title" in classes


_TEMPLATE_TITLE_TAGS = frozenset({"h1", "h2"})


def project_record(page: Page) -> BodyRecord | None:
    """A project page no meta names the paper of (its <title> the project's name or a phrase): the first
    heading or short block of text that a byline follows is the title, with that byline. Only on a page
    whose buttons name its paper, or with the project page template's heading (h1.publication-title)."""
    body = page.tree.body
    # …or on a page whose title stands in the template's heading, its buttons linking no preprint (CMDTSP,
    # round 161): its byline is read so before any byline of the text's (one author's /people/ link).
    template = page.tree.css_first("h1.publication-title")
    # …or on a page whose buttons a script sets, its own BibTeX entry naming its preprint (LUCID's, round
    # 206).
    if body is None or (arxiv_id_of_its_buttons(page) is None and template is None
                        and not cites_its_own_preprint(page)):
        return None
    return _record_of_its_byline(page, body) or _template_title_over_an_abstract(template)


def _template_title_over_an_abstract(template: Any) -> BodyRecord | None:
    """The template's heading over an 'Abstract' section where the page shows no byline (the planetary-rover
    paper's page, round 176: its names and buttons inside HTML comments): the paper's title, no one named."""
    title = block_text(template) if template is not None and short_text(template, _LONGEST_TITLE) else None
    if not title or len(title.split()) < _FEWEST_TITLE_WORDS:
        return None
    for count, node in enumerate(_nodes_after_element(template)):
        if count > _TEMPLATE_ABSTRACT_REACH:
            return None
        if node.tag not in HEADING_TAGS:
            continue
        if (short_text(node, _LONGEST_BUTTON) or "").strip().casefold() == "abstract":
            # Its text the block after the heading, or after the heading's own wrapper when the heading ends
            # it (a div.section-heading of a kicker and the h2, the paragraphs in the next div).
            after = next_element(node)
            after = after if after is not None or node.parent is None else next_element(node.parent)
            text = abstract_text(block_text(after)) if after is not None else None
            return BodyRecord(title=title, authors=[], known=True,
                              abstract=text if text and len(text) >= MIN_ABSTRACT else None)
    return None


# How many nodes past the template's heading its 'Abstract' heading may stand.
_TEMPLATE_ABSTRACT_REACH = 200


def _nodes_after_element(shown: Any) -> Iterator[Any]:
    """The nodes after an element in document order (its own, then its following siblings' and their
    ancestors' following ones), bounded by the caller."""
    node = shown
    while node is not None:
        after = node.next
        while after is not None:
            yield from after.traverse(include_text=True)
            after = after.next
        node = node.parent


def _record_of_its_byline(page: Page, body: Any) -> BodyRecord | None:
    tried: set[int] = set()
    for count, node in enumerate(body.traverse(include_text=True)):
        if count > 20 * _BYLINE_REACH or len(tried) > _TITLE_TRIES:
            return None
        parent = _block_of(node.parent)
        if node.tag != "-text" or not (node.text_content or "").strip() or parent is None:
            continue
        if parent.tag not in _TITLE_TAGS or parent.mem_id in tried:
            continue
        tried.add(parent.mem_id)  # each try reads one element and a byline's length: a few, not every block
        if _in_a_footer(parent):
            # A page's footer holds no title: its copyright line over a 'Published with <builder>, the free,
            # <open source> …' line of links is no heading and byline (Andreas Stephan's Hugo Blox paper
            # page read without its meta, round 190).
            continue
        if short_text(parent, 2 * _LONGEST_TITLE) is None:
            continue
        title = block_text(parent) or ""
        if len(title) > _LONGEST_TITLE or len(title.split()) < _FEWEST_TITLE_WORDS:
            continue
        if names := _byline_after(page, parent):
            # The heading a byline follows may be the title's second half, the project's name over it; or a
            # tagline under the name, the title whole where the <title> and the page's own entry agree on it.
            # Or a tagline under the name alone, the page's one entry titled by words that hold the name.
            title = (name_over_its_subtitle(page, parent) or title_its_tab_and_entry_agree_on(page, parent)
                     or title_its_entry_names_the_heading_in(page, parent) or title)
            return BodyRecord(title=title, authors=names, abstract=_after_its_label(page), known=True)
    return None


def _in_a_footer(element: Any) -> bool:
    """Whether the element stands inside a <footer>: its ancestors read up to the body, a walk as deep as the
    tree, taken for each of the few title tries."""
    node = element
    while node is not None and node.tag not in ("body", "html"):
        if node.tag == "footer":
            return True
        node = node.parent
    return False


# How many inline elements a title's text may be wrapped in inside its block ('<h1><img><strong>…').
_INLINE_DEPTH = 4


def _block_of(element: Any) -> Any:
    """The block an inline element sits in: a title set in a <strong> beside the project's icon inside its h1
    (Easi3R's, 2025) is the h1's; bounded, as inline elements nest a few deep."""
    for _ in range(_INLINE_DEPTH):
        if element is None or element.tag not in _INLINE:
            break
        element = element.parent
    return element


# How many blocks are read for the abstract's label, and the marks that may set it off ("- Abstract -").
_LABEL_REACH = 400
_LABEL_MARKS = " -\u2013\u2014:\u00b7*"


def _after_its_label(page: Page) -> str | None:
    """The abstract a page without headings sets after a block that only labels it ("- Abstract -" in a
    div of large type): the next block's text."""
    for count, node in enumerate(page.tree.css("div, p, span")):
        if count > _LABEL_REACH:
            return None
        child = node.child
        if child is None or child.tag != "-text":
            continue
        if (clean_text(child.text_content) or "").strip(_LABEL_MARKS).casefold() != "abstract":
            continue
        after = next_element(node)
        text = abstract_text(block_text(after)) if after is not None else None
        return text if text and len(text) >= MIN_ABSTRACT else None
    return None


# What a project page sets its title in when no meta names it: a heading, a paragraph or a division of
# large type; and how many words a title has at least (a one-word logo or menu entry is none).
_TITLE_TAGS = frozenset({*HEADING_TAGS, "p", "div"})
_FEWEST_TITLE_WORDS = 3


def _nodes_after(page: Page, shown: Any) -> Iterator[Any]:
    """The page's nodes after the element in the order a reader meets them, its own descendants first."""
    passed = False
    body = page.tree.body
    for node in body.traverse(include_text=True) if body is not None else ():
        if passed:
            yield node
        passed = passed or node.mem_id == shown.mem_id


def byline_under(page: Page, shown: Any) -> list[str]:
    """The byline under a paper's title element that its caller knows to be the paper's own (a heading classed
    as the paper's title: site_meta_papers), read as a project page's byline is."""
    return _byline_after(page, shown)


def _byline_after(page: Page, shown: Any) -> list[str]:
    """The byline that follows the title's element (see project_byline)."""
    names: list[str] = []
    # The nodes of the unit last read (the title's first): a link inside a list item is not read again.
    inside = {part.mem_id for part in shown.traverse(include_text=True)}
    # The elements that hold a name read so far: the byline's own blocks, whose text may name more people;
    # and the blocks those sit in, whose other inline units may hold a name the byline does not link.
    holders: set[int] = set()
    rows: set[int] = set()
    # The rows of bare units read so far, each once however many of its units the walk meets; and the
    # paragraphs of bare names so.
    bare_rows: dict[int, bool] = {}
    bare_blocks: dict[int, bool] = {}
    # Whether any words stood between the title and the text read (a bare block of names comes first).
    worded = False
    for seen, node in enumerate(_nodes_after(page, shown), 1):
        if seen > _BYLINE_REACH or (node.tag in HEADING_TAGS and node.mem_id not in inside
                                    and not _a_venue_heading(node) and not _in_the_templates_byline(node)
                                    and not (not names and _a_heading_of_the_byline(node))):
            break
        if node.mem_id in inside:
            continue
        if node.tag == "-text":
            if names and _a_line_ending_the_byline(node, holders):
                break
            # A name the byline does not link, its marks after it ("Eyal Molad<sup>*,1</sup>," beside
            # linked names): bare text with a <sup> next; other text between names is a separator or an
            # affiliation line, which ends nothing.
            if (name := _marked_bare_name(node)) and name not in names:
                names.append(name)
                if node.parent.tag not in _INLINE or node.parent.tag in _LINE_EMPHASIS:
                    # A paragraph the marked name opens is the byline's block: the names after it in its
                    # text, each before its marks, are read as its names (WorldMind's p.hero__authors,
                    # round 180: 'Zhiyang Deng<sup>1,2,†</sup>, Boran Zhang<sup>1,†</sup>, …'); so is an
                    # emphasis the marked name opens, a line of its own under the title (the accepted-paper
                    # pages START Conference Manager exports, round 197: <h4>title</h4> <em>Pranshi
                    # Yadav<sup>1</sup>,&nbsp;Priya Yadav<sup>2</sup>, …</em><br> and the affiliations).
                    holders.add(node.parent.mem_id)
            elif not names and not worded and (found := _names_of_the_block_it_is(node)):
                # …or, first under the title, a block of names written 'Family Initials.' on a line of their
                # own, a comma closing it, then the year and the venue each on a line of its own, no ';'
                # ('Temporão G., Amaral G., Guerreiro T.,' / '2023.' / 'IEEE': NuQLO's page, round 245,
                # pending93): its names, given first.
                return found[0]
            elif not names and node.parent is not None and _a_block_of_bare_names(node.parent, bare_blocks):
                # …or the first block after the title a paragraph of bare names at commas, its lines broken
                # by <br> (BioKGBench's page, round 183: 'Xinna Lin, Siqi Ma, …, Shell Xu Hu,<br>Tiannan
                # Guo, …'): its lines are read as the byline's text.
                holders.add(node.parent.mem_id)
                names.extend(name for name in _names_between_commas(node) if name not in names)
            elif node.parent is not None and (node.parent.mem_id in holders or _a_bare_unit(node, rows)
                                              or _a_unit_of_a_bare_row(node, bare_rows)
                                              or (bool(names) and a_bare_unit_between_linked_ones(node))):
                # …or the names a byline's block sets in its text after a linked one and its marks
                # (', Dan Berenberg', ', ... Saeed Saremi,': Walk-Jump Sampling's page, round 161), or
                # that a unit beside the linked ones holds bare ('<span class="author-block">Yiwen Ding,
                # </span>' among linked names: AgentGym's page, round 166).
                names.extend(name for name in _names_between_commas(node) if name not in names)
            elif not names and not worded and (
                    found := _names_of_the_line_it_opens(node, names_of_a_family_first_line)):
                # …or, first under the title, a paragraph opening with names written 'Family Initials.', the
                # citation after a ';' ('Li Y., Prabhu A. M., … and <b>Canepa P.</b>; J. Mater. Chem. A, …
                # (2022).': Canepa Research's page, round 235): its names, given first, the whole byline.
                return found
            elif not names and not worded and (
                    found := _names_of_the_line_it_opens(node, names_of_a_chicago_line)):
                # …or such a paragraph opening with names written as a Chicago-style citation's, the first
                # family first, 'and' before the last ('Phan, Trung K., Song Wang, …, and Jianchun Mi; Sensors
                # 20, no. 3: 729.': the MSPS Lab's page, round 245): its names, given first, the whole byline.
                return found
            elif not names and not worded and (
                    _the_whole_of_its_block(node) or _a_line_over_its_citation(node)) and len(
                    found := _names_between_commas(node)) >= _FEWEST_BARE_NAMES:
                # …or, first under the title, a block holding nothing but whole names at commas, unlinked
                # and unmarked ('<p><b><font>Julian D Parker, Anton Smirnov, …</font></b></p>': the speech
                # codec paper's demo page, round 186).
                names.extend(found)
                holders.add(node.parent.mem_id)
            # Only the first words under the title may be such a block: after a venue line or a note, a line
            # of names is read by the rules above alone.
            worded = worded or bool((node.text_content or "").strip())
            continue
        if node.tag not in _PERSON_UNITS:
            continue
        inside = {part.mem_id for part in node.traverse(include_text=True)}
        text = _without_marks(node)
        if not text:
            continue  # a spacer cell, an image link
        name = display_name(text)
        if not names and _in_a_row_of_buttons(node):
            continue  # the links a page sets between its title and its byline (MARCUS-Avatar's, round 168)
        if names and _a_templates_button(node):
            # The template's buttons after the byline end it, whatever their words: a label of two
            # capitalised words reads as a name ('ACL Anthology': the MSIN-InfoTabs page, round 191).
            break
        if not names and (_a_venue_line(text) or _a_status_line(text)):
            # …or the venue line a page links to the venue's forum between its subtitle and its byline
            # (Mind2Web 2's benchmark page, round 188: 'NeurIPS 2025 · Datasets & Benchmarks Track', an <a>),
            # or its status line linked to '#' (ReorientDiff's 'In Submission', round 196).
            continue
        if not name or not _a_persons_name(name) or _links_a_section_of_its_own(node):
            break
        if name not in names:
            names.append(name)
        if node.parent is not None:
            holders.add(node.parent.mem_id)
            if node.parent.parent is not None:
                rows.add(node.parent.parent.mem_id)
    return names


def _a_line_ending_the_byline(text: Any, holders: set[int]) -> bool:
    """Whether a text opens a line of its own after the byline's blocks that is news, not names: a line
    opening with an emoji ('💥 Accepted to NeurIPS 2023.', '💥 Best Weekly AI Paper (by AlphaSignal …)':
    Chameleon's page, round 216, pending93) or the news of the paper's acceptance. The byline ends there:
    a link on such a line, or on any line after it, is no author's."""
    block = _block_of(text.parent) if text.parent is not None else None
    if block is None or block.tag in ("body", "html") or block.mem_id in holders:
        return False
    opening = clean_text(text.text_content) or ""
    shown = clean_text(short_text(block, _LONGEST_RAW_VENUE_LINE)) or ""
    if not opening or not shown.startswith(opening):
        return False
    # …or news of its presentation at a venue ('Also Oral Presentation at … Workshop, 2025': round 256).
    return opens_with_an_emoji(shown) or _an_acceptance_line(shown) or a_presentation_line(shown)


def _links_a_section_of_its_own(unit: Any) -> bool:
    """Whether a unit is, or holds, a link to a section of the page itself ('#gender'): a table of contents'
    entry, no person's (Prompt-Singer's demo page, round 203, after its final held-out figure: its h2 'Table
    of Contents' over list items linking 'Singer Gender Control', 'Vocal Range Control' … to its sections). A
    link to '#' alone is a template's placeholder for a person's page, and says nothing so."""
    link = unit if unit.tag == "a" else unit.css_first("a[href]")
    href = (link.attributes.get("href") or "") if link is not None else ""
    return href.startswith("#") and len(href) > 1


# The classes of the template's byline blocks, and how far up a heading's ancestors are read for one.
_BYLINE_CLASSES = frozenset({"author-block", "publication-authors"})
_BYLINE_DEPTH = 3


def _a_heading_of_the_byline(heading: Any) -> bool:
    """Whether a heading, met before any name, opens with a marked name: the byline set in a heading for its
    type size (GraphRAG-Bench's page, round 247: an h3 holding the names, each with its <sup> marks), read on,
    not one that ends the title's block."""
    first = first_words_of(heading)
    return first is not None and _marked_bare_name(first) is not None


def _in_the_templates_byline(heading: Any) -> bool:
    """Whether a heading sits in the template's byline block, its names set in it for their type size
    (MuBe4D's page, round 185, after its final held-out figure: an h6 of seven linked names inside the
    span.author-block): a heading there is the byline's, not one that ends it."""
    parent = heading.parent
    for _ in range(_BYLINE_DEPTH):
        if parent is None:
            return False
        if not _BYLINE_CLASSES.isdisjoint((parent.attributes.get("class") or "").split()):
            return True
        parent = parent.parent
    return False


# How many names a bare block of names at commas holds at least: one name alone is as often a link's label.
_FEWEST_BARE_NAMES = 2
# How many characters a block of bare names may hold: a byline, not a paragraph of prose.
_LONGEST_BARE_BLOCK = 1000


# The end of a citation line: the year in brackets or after a comma, a full stop at most after it ('Science
# (2022)', 'Autonomous Agents and Multi-Agent Systems (JAAMAS), 2020.').
CITATION_YEAR_CLOSING = re.compile(r"(?:\(\s*|,\s+)((?:19|20)\d\d)\s*\)?\.?")


def _a_line_over_its_citation(text: Any) -> bool:
    """Whether a text's block shows it and, after it, one paragraph that is a citation line closing with the
    year, no more (the STAR Lab's page of the Bedford lab layout, round 235: div.smallhead 'Harish
    Ravichandar, K. Shaw, Sonia Chernova' and in it p 'Autonomous Agents and Multi-Agent Systems (JAAMAS),
    2020.'): a line of its own over the venue's."""
    after = next_element(text)
    block = _block_of(text.parent) if text.parent is not None else None
    if after is None or after.tag != "p" or block is None or block.tag in ("body", "html"):
        return False
    line = clean_text(short_text(after, _LONGEST_RAW_VENUE_LINE)) or ""
    closing = CITATION_YEAR_CLOSING.search(line)
    if closing is None or closing.end() != len(line):
        return False
    shown = clean_text(short_text(block, _LONGEST_BARE_BLOCK)) or ""
    return shown == clean_text(f"{text.text_content} {line}")


def _names_of_the_line_it_opens(text: Any, names_of: Callable[[str], list[str] | None]
                                ) -> list[str] | None:
    """The names `names_of` reads in the paragraph a text opens: a line of names written 'Family Initials.'
    (family_first_lines) or Chicago-style (chicago_author_lines), its citation after a ';'; None otherwise."""
    if text.parent is None or text.parent.tag not in ("p", "div"):
        return None
    shown = clean_text(short_text(text.parent, _LONGEST_BARE_BLOCK)) or ""
    opening = clean_text(text.text_content) or ""
    return names_of(shown) if opening and shown.startswith(opening) else None


def _names_of_the_block_it_is(text: Any) -> tuple[list[str], str] | None:
    """The names and the year of a block whose only text is `text`, written on lines of their own: names
    'Family Initials.', the year, the venue (family_first_lines.names_of_a_family_first_block)."""
    block = text.parent
    if (block is None or block.tag not in ("p", "div") or block.child is None
            or block.child.mem_id != text.mem_id or text.next is not None):
        return None
    raw = text.text_content or ""
    return names_of_a_family_first_block(raw) if len(raw) <= _LONGEST_BARE_BLOCK else None


def project_byline_block_year(page: Page, title: str | None) -> str | None:
    """The year of the block of names, year and venue on lines of their own that is the first text under a
    paper page's title (_names_of_the_block_it_is; NuQLO's page, round 245, pending93: '2023.')."""
    shown = _title_element(page, title) if title else None
    if shown is None:
        return None
    inside = {part.mem_id for part in shown.traverse(include_text=True)}
    for seen, node in enumerate(_nodes_after(page, shown), 1):
        if seen > _BYLINE_REACH or (node.tag in HEADING_TAGS and node.mem_id not in inside):
            return None
        if node.tag != "-text" or node.mem_id in inside or not (node.text_content or "").strip():
            continue
        found = _names_of_the_block_it_is(node)
        return found[1] if found else None
    return None


def _the_whole_of_its_block(text: Any) -> bool:
    """Whether a text is all its block shows (the block its inline wrappers sit in): a line of its own."""
    block = _block_of(text.parent) if text.parent is not None else None
    if block is None or block.tag in ("body", "html"):
        return False
    return clean_text(short_text(block, _LONGEST_BARE_BLOCK)) == clean_text(text.text_content)


# How many links a row of buttons is read for its paper's button, and how many characters of raw text it may
# hold: the template indents each button's icon and label on lines of their own, some hundred blanks a button
# (PromptSuite's seven buttons, round 176, 1,400 characters for 20 words), so the row is bounded by its links.
_LONGEST_BUTTON_ROW_LINKS = 20
_LONGEST_BUTTON_ROW_TEXT = 100 * _LONGEST_BUTTON_ROW_LINKS


def _in_a_row_of_buttons(link: Any) -> bool:
    """Whether a link sits in a row of the page's buttons (a block whose links include one naming the paper:
    'arXiv', 'Paper'), as a page may set it between its title and its byline ('arXiv Code Dataset HF
    Weights' above the names: MARCUS-Avatar's page, round 168): a button there ends no byline."""
    if link.tag != "a":
        return False
    row = _block_of(link.parent)
    if row is None or row.tag in ("body", "html"):
        return False
    text = short_text(row, _LONGEST_BUTTON_ROW_TEXT)
    buttons = row.css("a")[:_LONGEST_BUTTON_ROW_LINKS]
    labels = [short_text(button, _LONGEST_BUTTON) or "" for button in buttons]
    # A row holds its buttons alone: a block with words of its own around its links is a byline or prose.
    linked = sum(len(label.split()) for label in labels)
    return (text is not None and len(text.split()) - linked < _PROSE_WORDS
            and any(_a_paper_button(label) for label in labels))


# The classes that make a link one of the template's buttons: the link's own ('button is-rounded') or the
# span.link-block it sits in; or Bootstrap's 'btn' (Point Arena's benchmark page, round 195: 'View Rankings',
# 'View Code', 'Read Paper' links of class 'btn btn-primary' in a row right after the byline's affiliations).
_BUTTON_CLASSES = frozenset({"button", "link-block", "btn"})


def _a_templates_button(link: Any) -> bool:
    """Whether a link is one of the template's buttons (Nerfies' and the Academic Project Page Template's
    'external-link button' in a span.link-block): a link to the paper or its code, never a person's."""
    if link.tag != "a":
        return False
    classes = (link.attributes.get("class") or "").split()
    if link.parent is not None:
        classes += (link.parent.attributes.get("class") or "").split()
    return not _BUTTON_CLASSES.isdisjoint(classes)


def _a_bare_unit(text: Any, rows: set[int]) -> bool:
    """Whether a text is the whole of an inline unit of a byline's row (a span beside the spans that hold
    its linked names) and ends in the byline's comma: another name follows it. A unit without the comma, or
    that holds more than its text, is the affiliation the template may set in the same row ('Prescient
    Design<br>Genentech')."""
    unit = text.parent
    return (unit.tag in _INLINE and unit.parent is not None and unit.parent.mem_id in rows
            and text.prev is None and text.next is None
            and (text.text_content or "").strip().endswith(","))


# How many units a row of bare names is read for.
_LONGEST_BARE_ROW = 60


def _a_unit_of_a_bare_row(text: Any, read: dict[int, bool]) -> bool:
    """Whether a text is the whole of an inline unit in a row of such units, each but the last ending in
    the byline's comma or followed by it: a byline that links and marks none of its names (LiveOIBench's
    benchmark page, round 177: nine '<span class="author-block">Kaijian Zou,</span>' in a div, then the
    affiliation's row). Whether each unit names a person is the caller's test (_names_between_commas)."""
    unit = text.parent
    if unit.tag not in _INLINE or text.prev is not None or text.next is not None or unit.parent is None:
        return False
    if unit.parent.mem_id not in read:
        read[unit.parent.mem_id] = _a_bare_row(unit)
    return read[unit.parent.mem_id]


def _a_bare_row(unit: Any) -> bool:
    units = [child for child in islice(unit.parent.iter(), _LONGEST_BARE_ROW + 1)]
    if not 1 < len(units) <= _LONGEST_BARE_ROW:
        return False
    texts = [clean_text(child.text(deep=True)) or "" for child in units]
    return (all(child.tag == unit.tag and next(child.iter(), None) is None for child in units)
            and all(shown.endswith(",") or _a_comma_after(child)
                    for shown, child in zip(texts[:-1], units[:-1], strict=True))
            and not texts[-1].endswith(","))


def _a_comma_after(unit: Any) -> bool:
    """Whether the text right after a unit opens with the byline's comma, set outside the unit (ATM-Bench's
    benchmark page, round 188: '<span class="author-block">Jingbiao Mei</span>,' and five more so)."""
    after = unit.next
    return after is not None and after.tag == "-text" and (after.text_content or "").lstrip().startswith(",")


# The tags a paragraph of bare names holds besides its text: the line breaks between its lines.
_LINE_BREAKS = frozenset({"br", "wbr"})


def _a_block_of_bare_names(block: Any, read: dict[int, bool]) -> bool:
    """Whether an element is a paragraph or division of bare names alone: only text and line breaks in it
    (no more than a bare row's units), each line's parts between commas persons' names, two names at least.
    Each block is read once however many of its lines the walk meets."""
    if block.mem_id not in read:
        read[block.mem_id] = _names_alone(block)
    return read[block.mem_id]


def _names_alone(block: Any) -> bool:
    if block.tag not in ("p", "div"):
        return False
    children = list(islice(block.iter(include_text=True), 2 * _LONGEST_BARE_ROW + 1))
    if len(children) > 2 * _LONGEST_BARE_ROW:
        return False
    count = 0
    for child in children:
        if child.tag in _LINE_BREAKS:
            continue
        if child.tag != "-text":
            return False
        if not (child.text_content or "").strip():
            continue
        if not (names := _names_between_commas(child)):
            return False
        count += len(names)
    return count >= 2


# An ellipsis a byline writes for the authors it leaves out ("Frey, Berenberg, ... Saremi").
_ELLIPSES = ".\u2026 "


def _names_between_commas(text: Any) -> list[str]:
    """The people a byline's text names between commas, each a person's whole name, an ellipsis for those it
    leaves out; none when any part is something else (an affiliation, a note)."""
    parts = [part.strip(_ELLIPSES) for part in (clean_text(text.text_content) or "").split(",")]
    names = [display_name(part) for part in parts if part]
    if not names or not all(name and _a_persons_name(name) for name in names):
        return []
    return [name for name in names if name]


def _title_element(page: Page, title: str) -> Any:
    """The element that shows the title (found once a page: the byline's and the venue line's readers both
    start from it)."""
    key = ("project title element", title)
    if key not in page.worked_out:
        page.worked_out[key] = _find_title_element(page, title)
    return page.worked_out[key]


def _find_title_element(page: Page, title: str) -> Any:
    """The title's heading, else the paragraph or division whose text is the title alone (a p.title, a
    div of large type), found from its first text."""
    # …or the h1 that sets the title's name and the rest after its colon as two elements (WorldMind's page,
    # round 180: span.hero__name and span.hero__paper-title), its byline right under it.
    # …or the heading of the rest of a title an h1 of its name closes with a colon (SVCODEC's, round 193: the
    # h1 'SVCODEC:', the h3 of the rest, the byline under the h3).
    heading = (title_heading(page, title, HEADINGS) or heading_of_the_two_parts(page, title)
               or heading_of_the_titles_rest(page, title))
    body = page.tree.body
    if heading is not None or body is None:
        return heading
    key = compact(title)
    tried = 0
    for count, node in enumerate(body.traverse(include_text=True)):
        if count > 20 * _BYLINE_REACH or tried > _TITLE_TRIES:
            return None
        start = compact(node.text_content or "") if node.tag == "-text" else ""
        parent = node.parent
        if not start or not key.startswith(start) or parent is None or parent.tag not in ("p", "div"):
            continue
        tried += 1  # each try reads one element's text: a few, not every division of the page
        if compact(block_text(parent) or "") == key:
            return parent
    return _subtitle_of(page, title)


def _subtitle_of(page: Page, title: str) -> Any:
    """The element of a title's second half, where the page sets the project's name over it in a block of its
    own ('PromptSuite:' over 'A Task-Agnostic Framework for …', round 176): its byline follows that half."""
    name, colon, rest = title.partition(": ")
    if colon and rest and len(name.split()) <= _NAME_WORDS:
        shown = _title_element(page, rest)
        if shown is not None and name_over_its_subtitle(page, shown) == title:
            return shown
    return subtitle_under_the_templates_name(page, title)


def subtitle_under_the_templates_name(page: Page, title: str | None) -> Any:
    """The heading right under the template's heading (h1.publication-title) of the project's name alone,
    where the two make `title`, the page's own entry joining them otherwise than by a colon (LitLLMs' page,
    round 226: the h1 'LitLLMs' over the h2 'LLMs for Literature Review: Are we there yet?', the entry
    'LitLLMs, LLMs for Literature Review: …'; a title whose own colon is the subtitle's is not split at it):
    its byline follows that heading. None otherwise; with no title, the heading whatever title it makes."""
    template = page.tree.css_first("h1.publication-title")
    named = clean_text(short_text(template, _LONGEST_TITLE)) if template is not None else None
    if not named or len(named.split()) > _NAME_WORDS:
        return None
    under = next_element(template)
    if under is None or under.tag not in HEADING_TAGS:
        return None
    whole = name_over_its_subtitle(page, under)
    return under if whole and (title is None or whole == title) else None


_BLANK = ("-text", "-comment")


def _marked_bare_name(text: Any) -> str | None:
    """The name of a text that opens its element, a <sup> of marks next ("<span>Eyal Molad<sup>*,1</sup>"); a
    text after a mark is the note the mark calls ("<sup>*</sup>Indicates Equal Contribution")."""
    after = text.next
    if after is None or after.tag != "sup" or text.parent is None or text.parent.tag == "sup":
        return None
    before = text.prev
    while before is not None and before.tag in _BLANK and not (before.text_content or "").strip():
        before = before.prev
    if before is not None:
        return None
    # A block of names parted by spaces alone, each a person's, is a byline all the same (ConStory-Bench's
    # p.hero-authors, round 257: 'Junjie Li<sup>1</sup> &nbsp; Xinrui Guo<sup>1</sup> &nbsp; …').
    if (text.parent.tag not in _INLINE and not _the_byline_goes_on(after.next)
            and not a_block_of_spaced_marked_names(text.parent, _names_a_person)):
        return None
    name = display_name((text.text_content or "").strip(" ,;&"))
    if not name or not _a_persons_name(name) or _a_marked_place_after(after):
        return None
    return name


def _names_a_person(words: str) -> bool:
    """Whether words are one person's whole name, as a byline writes it."""
    name = display_name(words)
    return bool(name) and _a_persons_name(name)


def _a_marked_place_after(marks: Any) -> bool:
    """Whether the marked text right after a name's marks in the same unit is no person's ('UT Austin<sup>1
    </sup>, CMU<sup>2</sup>': GenAssist's affiliation line, round 176, set as the byline's spans are): the
    unit lists places with their numbers, and its first place is no person either."""
    text = marks.next
    if text is None or text.tag != "-text" or text.next is None or text.next.tag != "sup":
        return False
    words = (clean_text(text.text_content) or "").strip(" ,;&")
    words = words[len("and "):] if words.startswith("and ") else words
    name = display_name(words)
    return not (name and _a_persons_name(name))


# What may follow a name's marks in a byline's block: its comma, an 'and', or the block's end.
_BYLINE_GOES_ON = (",", "&", "and ", ";")


def _the_byline_goes_on(after: Any) -> bool:
    """Whether what follows a bare name's marks in a block carries the byline on; an affiliation line sets
    places with their numbers apart by spaces ('UC Berkeley<sup>1</sup>&nbsp;&nbsp; UCLA<sup>2</sup>': the
    Chain-of-Visual-Thought page, round 168), and its first place is no person."""
    if after is None:
        return True
    if after.tag != "-text":
        return after.tag in ("a", "br")
    rest = (after.text_content or "").strip(" \n\t\u00a0")
    return not rest or rest.startswith(_BYLINE_GOES_ON)


def _without_marks(unit: Any) -> str | None:
    """The unit's text without what its <sup> elements hold (affiliation numbers, "*,1")."""
    # …nor what it hides from screen readers, a glyph that dresses the link (Flow-ERD's byline, round 168:
    # '<span aria-hidden="true">↗</span>' after each linked name).
    marks = {part.mem_id for sup in unit.css('sup, [aria-hidden="true"]')
             for part in sup.traverse(include_text=True)}
    words = [part.text_content or "" for part in unit.traverse(include_text=True)
             if part.tag == "-text" and part.mem_id not in marks]
    return clean_text(" ".join(words))


# A name the person goes by, one word in parentheses between the given and the family names ('Nanyun
# (Violet) Peng': the psychological-depth page's byline, round 170); a note of more words is no name's.
_GONE_BY = re.compile(r"(?<=\S) \([A-Z][\w.'\u2019-]*\)(?= \S)")


def _a_persons_name(name: str) -> bool:
    # A particle inside a name ('Nathan Samuel de Lara': STITCH-OPE's byline, round 166) is a word of it,
    # lower-case as the person writes it; only its capitalised words are held to a name's pattern. The name
    # a person goes by is kept as the byline shows it, and is no word the pattern counts.
    words = _GONE_BY.sub("", name, count=1).split()
    capitalised = [word for index, word in enumerate(words)
                   if not (0 < index < len(words) - 1 and word in NAME_PARTICLES)]
    return (_capitalised_as_a_name(capitalised) and not is_group(name)
            and AFFILIATION_WORD.search(name) is None)


# A word of a name that opens with a capital of the Latin letters beyond A-Z ('Çağatay Demiralp', 'Aleksandra
# Świerkowska': GOBY's and ECCentric's benchmark pages, round 227), which NAME_PART's [A-Z] does not take;
# the Latin letters end at U+024F (IPA and other scripts' capitals are no byline's here).
_NAME_WORD_OF_ANY_CAPITAL = re.compile(r"[^\W\d_][\w.'\u2019-]*")
_LAST_LATIN_LETTER = "\u024f"


def _capitalised_as_a_name(words: list[str]) -> bool:
    """Whether a name's capitalised words are a name's shape: NAME_PART's, or two to four words each opening
    with a Latin capital (accented or not) and holding a word's letters after it."""
    if NAME_PART.fullmatch(" ".join(words)) is not None:
        return True
    return 2 <= len(words) <= 4 and all(
        word[:1].isupper() and word[:1] <= _LAST_LATIN_LETTER and _NAME_WORD_OF_ANY_CAPITAL.fullmatch(word)
        for word in words)


# A project's name as its page's meta titles write it: a word or a few ("SayCan", "Code as Policies").
_NAME_WORDS = 4
# How many headings and paragraphs are read for the paper's title, and how long that title may be.
_TITLE_REACH = 200
_LONGEST_TITLE = 300


def project_title(page: Page, title: str | None) -> str | None:
    """The paper's title where the page's meta title is only its project's name: the heading (or title
    paragraph) that opens with that name and a colon ("Code as Policies: Language Model Programs for
    Embodied Control"), or that ends as the <title> does after the name ("SayCan: Grounding Language in
    Robotic Affordances" for the heading "Do As I Can, Not As I Say: Grounding Language in Robotic
    Affordances"). Only on a page whose buttons name its paper."""
    if not title or arxiv_id_of_its_buttons(page) is None:
        return None
    # …or where the title read is the second half of the heading, the project's name set over it in a block
    # of its own ('PromptSuite:' over 'A Task-Agnostic Framework for …', round 176: a reader of headings
    # cut the meta title to the part a division of large type shows).
    if (shown := _title_element(page, title)) is not None and (whole := name_over_its_subtitle(page, shown)):
        return whole
    # …or where the title read is a heading's text that a <br> splits into the project's name and the rest,
    # the page's own title joining them by a colon (VideoAutoArena's page, round 204).
    if shown is not None and (whole := name_broken_over_its_subtitle(page, shown)):
        return whole
    if ":" in title or len(title.split()) > _NAME_WORDS:
        return None
    tab = page.head_title
    named = clean_text(tab.text(deep=True)) if tab is not None else None
    rest = named[len(title) + 2:] if named and named.startswith(f"{title}: ") else None
    for count, node in enumerate(page.tree.css(f"{HEADINGS}, p")):
        if count > _TITLE_REACH:
            break
        if short_text(node, _LONGEST_TITLE) is None:
            continue  # told without reading all of a long element's text
        text = block_text(node) or ""
        if text.startswith(f"{title}: ") or (rest and text.endswith(f": {rest}") and text != named):
            return text
        if node.tag == "h1" and named and text == named and text.endswith(f" {title}"):
            # …or the h1 the <title> repeats whole, which ends with the words the meta title names after the
            # project's name (MMRB's benchmark page, round 177: og:title 'MMRB: Multimodal Multi-image
            # Reasoning Benchmark', its h1 and <title> 'Evaluating MLLMs with Multimodal Multi-image
            # Reasoning Benchmark').
            return text
        if node.tag == "h1" and text.startswith(f"{title} ") and text.count(":") == title.count(":"):
            # …or the h1 the name opens, the <title> its first words ('Walk-Jump Sampling' over 'Walk-Jump
            # Sampling for Protein Discovery', round 161).
            return text
    # …or, no heading showing more than the name, the title of the entry the page shows that opens with the
    # name and a colon, its preprint the one the buttons link (UnpredictaBench's page, round 227, after its
    # final held-out figure: the h1 a logo image alone, og:title and <title> the name, a tagline under it;
    # the entry 'UnpredictaBench: A Benchmark for Evaluating Distributional Randomness in LLMs').
    return _entry_title_the_name_opens(page, title)


def _entry_title_the_name_opens(page: Page, name: str) -> str | None:
    opening = compact(f"{name}:")
    preprint = arxiv_id_of_its_buttons(page)
    for entry in bibtex_block_titles(page):
        if compact(entry).startswith(opening) and own_bibtex_block_eprint(page, entry) == preprint:
            return entry
    return None


# A project page's venue line, alone in its element: a meeting's acronym (two capitals at least: "ICML",
# "NeurIPS", "CoRL"), maybe a second word ("SIGGRAPH Asia"), the year, maybe a note ("(long talk)") or the
# award's words after it ("Spotlight", "Best Paper": STITCH-OPE's 'NeurIPS 2025 ✨ Spotlight ✨', round 166,
# read without its emoji), or the journal the meeting's papers appear in ("SIGGRAPH 2024 ACM Transactions on
# Graphics", StopThePop's h2 between its title and its byline, round 185: capitalised words or a publisher's
# acronym, joined by a few small words; each word needs its blank before it, so the match stays linear); the
# year may be run into an acronym's last capital ('ICRA2025': the deformable-linear-object page, round 191),
# and the track may follow after a separator ('NeurIPS 2025 · Datasets & Benchmarks Track': Mind2Web 2's
# page, round 188).
_VENUE_LINE = re.compile(
    r"(?:[A-Z][a-z]*[A-Z][A-Za-z]*)(?:[ -][A-Z][A-Za-z]+)?(?:\s+'?|(?<=[A-Z]))((?:19|20)\d\d)"
    r"(?:\s*\([^()]{1,40}\)|(?:\s+[A-Z][a-z]+){1,3}"
    r"|(?:\s*[\u00b7|:,\u2013\u2014-])?\s+[A-Z][A-Za-z]*(?:\s+(?:(?:on|of|and|for|in|&)\s+)?[A-Z][A-Za-z]*){1,6})?"
)
_LONGEST_VENUE_LINE = 60
# …and how much raw text its element may hold: the template indents a heading's line on lines of its own
# (StopThePop's venue h2, round 185: 42 characters shown in some 100 with the blanks around them).
_LONGEST_RAW_VENUE_LINE = 4 * _LONGEST_VENUE_LINE


def _a_venue_heading(node: Any) -> bool:
    """Whether a heading holds a venue line alone ('NeurIPS 2024' in an h3 between Spec-Gaussian's title and
    its byline), or the news of the paper's acceptance, or the line saying it is not yet accepted: the
    title's block goes on past it, as past a venue line in a paragraph."""
    text = short_text(node, _LONGEST_RAW_VENUE_LINE)
    return (_a_venue_line(text) is not None or _an_acceptance_line(text) or _a_status_line(text)
            or _a_meeting_named_in_words(text) is not None)


# The news of a paper's acceptance a template page may set between its title and its byline, a meeting
# named in words and its year ('Accepted by International Conference on Intelligent Robots and Systems
# (IROS) 2025!': RoboDexVLM's h2.publication-subtitle, round 191), no longer than a line shows.
_ACCEPTANCE_LINE = re.compile(r"(?:accepted|to appear)\s+(?:by|to|at|in|for)\s.*\b(?:19|20)\d\d\W{0,3}",
                              re.IGNORECASE)
_LONGEST_ACCEPTANCE_LINE = 150


def _an_acceptance_line(text: str | None) -> bool:
    """Whether a text is such news of the paper's acceptance, alone."""
    shown = without_emoji(clean_text(text)) or ""
    return len(shown) <= _LONGEST_ACCEPTANCE_LINE and _ACCEPTANCE_LINE.fullmatch(shown) is not None


# The line a template page sets in its venue line's place while the paper is under review, alone
# ('In Submission': ReorientDiff's h3.conference-authors between its h1 and its byline, round 196, after
# its final held-out figure; 'Under Review', 'Submitted to CoRL 2025', 'Preprint').
_STATUS_LINE = re.compile(
    r"(?:(?:in|under)\s+(?:submission|review)|submitted(?:\s+to\s+[\w&.,' -]{1,60})?"
    r"|(?:arxiv\s+)?preprint)\W{0,3}",
    re.IGNORECASE,
)


def _a_status_line(text: str | None) -> bool:
    """Whether a text is such a status line, alone (a venue line's length at most)."""
    shown = without_emoji(clean_text(text)) or ""
    return len(shown) <= _LONGEST_VENUE_LINE and _STATUS_LINE.fullmatch(shown) is not None


def venue_line_year(text: str | None) -> str | None:
    """The year of the venue line a text is, alone ('ICML 2026'); None for any other text."""
    found = _a_venue_line(text)
    return found.group(1) if found else None


def _a_venue_line(text: str | None) -> re.Match[str] | None:
    """The venue line a text is, read without the emoji that dress it, no longer than a venue line shown."""
    shown = without_emoji(clean_text(text)) or ""
    return _VENUE_LINE.fullmatch(shown) if len(shown) <= _LONGEST_VENUE_LINE else None


# A venue line that names the meeting in words, its acronym in brackets before the year ('IEEE International
# Conference on Robotics and Automation (ICRA) 2026': SoftMimicGen's page, round 226, after its final held-out
# figure): capitalised words and a few small ones, a meeting's word among them, longer than an acronym's line
# may be. Each word needs its blank after it, so the match stays linear on a line's length.
_MEETING_IN_WORDS = re.compile(
    r"(?:[A-Z][A-Za-z]*\s+)*?(?:Conference|Symposium|Workshop|Meeting)"
    r"(?:\s+(?:on|of|and|for|in|&|[A-Z][A-Za-z]*))*\s+\([A-Z][A-Za-z]*[A-Z][A-Za-z]*\),?\s+((?:19|20)\d\d)"
)
# …or with a comma before the year ('International Conference on Machine Learning (ICML), 2023': the
# internally rewarded RL page's h4 between its h2 title and its byline, round 256, after its final held-out
# figure), a heading the title's block goes on past.
_LONGEST_MEETING_LINE = 150


def _a_meeting_named_in_words(text: str | None) -> re.Match[str] | None:
    """The venue line naming its meeting in words a text is, alone."""
    shown = without_emoji(clean_text(text)) or ""
    return _MEETING_IN_WORDS.fullmatch(shown) if len(shown) <= _LONGEST_MEETING_LINE else None


def project_venue_year(page: Page, title: str | None) -> str | None:
    """The year of the venue line under a project page's title ("ICML 2022 (long talk)"), where nothing
    else on the page dates the paper. Only on a page whose buttons name its paper, or whose title stands in
    the template's heading (as project_byline reads its byline): Motion Modes's page, round 170, its one
    'Paper' button a PDF on the site, its arXiv button commented out, its 'CVPR 2025' line the paper's."""
    if not title:
        return None
    shown = _title_element(page, title)
    if shown is None or (arxiv_id_of_its_buttons(page) is None and not _the_templates_title(shown)):
        return None
    # …or of the venue badge right above it, classed as the venue (venue_badges, pending97).
    return _venue_year_under(page, shown) or venue_badge_year(shown)


def _venue_year_under(page: Page, shown: Any) -> str | None:
    """The year of the venue line under the title's element `shown`, its block's lines read in turn."""
    inside = {part.mem_id for part in shown.traverse(include_text=True)}
    for seen, node in enumerate(_nodes_after(page, shown), 1):
        if seen > _BYLINE_REACH or (node.tag in HEADING_TAGS and node.mem_id not in inside
                                    and not _a_venue_heading(node)):
            return None
        text = (node.text_content or "") if node.tag == "-text" else ""
        if not text.strip() or len(text) > _LONGEST_RAW_VENUE_LINE or node.mem_id in inside:
            continue
        if found := _a_venue_line(text) or _a_meeting_named_in_words(text):
            return found.group(1)
    return None


# An abstract set out under no label: a paragraph of an abstract's length that speaks of the paper.
_FEWEST_ABSTRACT_WORDS = 120
_OF_THE_PAPER = re.compile(r"\b(?:this paper|this work|we propose|we present|we introduce)\b", re.IGNORECASE)
_PARAGRAPH_REACH = 200


def project_unlabelled_abstract(page: Page) -> str | None:
    """The abstract of a project page that labels none (TaleCrafter's page shows it under a 'Pipeline'
    heading beside a figure, its 'Abstract' section commented out): the first paragraph of at least 120
    words that says what the paper proposes. Only on a page whose buttons name its paper, where no other
    reader found an abstract."""
    if arxiv_id_of_its_buttons(page) is None:
        return None
    introductions: dict[int, bool] = {}  # each heading's answer, read once
    for count, (node, heading) in enumerate(_paragraphs_and_their_headings(page)):
        if count > _PARAGRAPH_REACH:
            return None
        text = block_text(node) or ""
        if not _OF_THE_PAPER.search(text):
            continue
        if heading is not None and names_the_acknowledgements(heading):
            continue  # the thanks for the work, not its abstract (round 256: acknowledgement_headings.py)
        if heading is not None and _an_introduction(heading, introductions):
            # The section the page heads 'Introduction' is its introduction, the benchmark's or the
            # project's own account, however it opens ('We introduce MMMU: a new benchmark …', MMMU's and
            # MM-NIAH's benchmark pages, round 178 and 177): not the paper's abstract, which the page
            # labels nowhere.
            continue
        if len(text.split()) < _FEWEST_ABSTRACT_WORDS:
            text = _paragraphs_of_its_block(node) or ""
        if len(text.split()) >= _FEWEST_ABSTRACT_WORDS:
            return abstract_text(text)
    return None


# A heading that names its section the introduction ('Introduction', '1. Introduction', '🔔 Introduction').
# Or one that names it the overview of the project's own thing ('Overview of CLEAR Benchmark': the CLEAR
# benchmark's page, round 217, its paper's summary under it and no 'Abstract'): the benchmark's account too.
# Or 'About', alone or of the benchmark or dataset ('📖 About': GraphRAG-Bench's page, round 247).
_INTRODUCTION = re.compile(
    r"[^\w]*(?:\d+(?:\.\d+)*\.?\s*)?(?:introduction[^\w]*|overview\s+of\s+\S.*"
    r"|about(?:\s+the\s+(?:benchmark|dataset|leaderboard))?[^\w]*)", re.IGNORECASE
)
# How much of a heading is read to tell whether it names the introduction.
_HEADING_LENGTH = 60


def _paragraphs_and_their_headings(page: Page) -> Iterator[tuple[Any, Any]]:
    """The page's paragraphs in document order, each with the last heading before it (None before the
    first), in one walk of the page."""
    root = page.tree.body or page.tree.root
    if root is None:
        return
    heading = None
    for node in root.traverse():
        if node.tag in HEADING_TAGS:
            heading = node
        elif node.tag == "p":
            yield node, heading


def _an_introduction(heading: Any, known: dict[int, bool]) -> bool:
    """Whether a heading's text is 'Introduction' alone, a section's number or marks aside, 'Overview of' the
    project's thing, or 'About' (the benchmark's)."""
    if heading.mem_id not in known:
        text = short_text(heading, _HEADING_LENGTH)
        known[heading.mem_id] = bool(text) and _INTRODUCTION.fullmatch(" ".join(text.split())) is not None
    return known[heading.mem_id]


# How much of an entry's abstract a paragraph must open with to be the abstract the page shows.
_ENTRY_OPENING = 80


def project_abstract_its_entry_holds(page: Page, title: str | None) -> str | None:
    """The paragraph of a page that labels no abstract whose opening is that of the abstract field of the
    page's own BibTeX entry: the paper's abstract, set under another heading (VSTAR's dataset page, round
    177, after its final held-out figure: under 'Introduction', its citation's entry the ACL Anthology's
    with the same abstract). Only on a page whose buttons name its paper."""
    if not title or arxiv_id_of_its_buttons(page) is None:
        return None
    field = own_bibtex_block_abstract(page, title)
    opening = compact(field[:_ENTRY_OPENING]) if field and len(field) >= MIN_ABSTRACT else None
    if not opening:
        return None
    for count, node in enumerate(page.tree.css("p")):
        if count > _PARAGRAPH_REACH:
            return None
        if short_text(node, _LONGEST_ABSTRACT) is None:
            continue  # told without reading all of a long element's text
        text = block_text(node) or ""
        if compact(text).startswith(opening):
            return abstract_text(text)
    return None


# How long a block of paragraphs an abstract may be, in characters and nodes (short_text's bound).
_LONGEST_ABSTRACT = 6000


def _paragraphs_of_its_block(paragraph: Any) -> str | None:
    """The text of the block a paragraph opens, where that block holds paragraphs and nothing else: the
    template's abstract section split into a few paragraphs (CoTracker3's, 2024, under an 'Overview'
    heading), read whole. A block that holds a heading, a figure or a list beside its paragraphs is a
    section of the page, not its abstract."""
    block = paragraph.parent
    if block is None or block.tag != "div" or short_text(block, _LONGEST_ABSTRACT) is None:
        return None
    children = [child for child in block.iter(include_text=False)]
    if not children or children[0].mem_id != paragraph.mem_id or any(child.tag != "p" for child in children):
        return None
    return block_text(block)


# A project page's list of news, each item opening with its date in brackets: "[8/16/2022] We integrated …".
_NEWS_DATE = re.compile(r"\[(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\]")
_RELEASED = re.compile(r"\b(?:release[sd]?|arxiv)\b", re.IGNORECASE)
_NEWS_REACH = 300
_LONGEST_NEWS = 2000
_MONTHS = 12


def project_release_date(page: Page) -> str | None:
    """The day a project page's list of news says the paper came out ("[4/4/2022] Initial release of
    SayCan."): the earliest item that announces a release or the arXiv paper. The list's own dates say
    which number is the month ("[8/16/2022]" can only be month first); a list that does not say gives none.
    Only on a page whose buttons name its paper."""
    if arxiv_id_of_its_buttons(page) is None:
        return None
    items: list[tuple[int, int, int, str]] = []
    for count, node in enumerate(page.tree.css("li")):
        if count > _NEWS_REACH:
            break
        text = clean_text(short_text(node, _LONGEST_NEWS)) or ""  # a nested list is not read whole again
        if found := _NEWS_DATE.match(text):
            items.append((int(found.group(1)), int(found.group(2)), int(found.group(3)), text))
    month_first = any(second > _MONTHS for _, second, _, _ in items)
    day_first = any(first > _MONTHS for first, _, _, _ in items)
    if month_first == day_first:
        return None  # both or neither: the list does not say how it writes its dates
    released = sorted((year, first, second) if month_first else (year, second, first)
                      for first, second, year, text in items if _RELEASED.search(text))
    if not released:
        return None
    year, month, day = released[0]
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= _MONTHS and 1 <= day <= 31 else None


# The heading a project page may set its abstract under in the template's abstract section, and how many
# headings and paragraphs are read for it and its first paragraph.
_OVERVIEW_LABELS = frozenset({"overview", "tl;dr"})
_OVERVIEW_REACH = 200
# The heading of a benchmark's standings: a page that holds one is the benchmark's home, and its 'Overview'
# the benchmark's own account of itself, not the paper's abstract (Air Quality Arena's page, round 204: an
# 'Overview' of the platform, then its data, its evaluation protocol and an h2 'Leaderboard').
_LEADERBOARD_LABELS = frozenset({"leaderboard", "leaderboards"})


def project_overview_abstract(page: Page) -> str | None:
    """The abstract of a project page that heads its template's abstract section 'Overview' (Princeton's
    jailbreak page, round 161: the paper's abstract opens its first paragraph, 'Motivation' and the other
    sections follow), or 'TL;DR' (the motion-magnification page, round 166: three sentences, the page's one
    summary): the first paragraph after that heading, before the next heading. Only on a page whose buttons
    name its paper, or that sets its title in the template's heading (Motion Modes's page, round 170: its
    paper button a PDF on the site, the paper's summary under 'Overview'), and that labels no abstract
    within the walk's reach."""
    if arxiv_id_of_its_buttons(page) is None and page.tree.css_first("h1.publication-title") is None:
        return None
    under = False
    # The heading tag over the last heading seen, and over the first section of prose met (its paragraph of
    # an abstract's length), if any.
    heading: str | None = None
    sections: str | None = None
    found: str | None = None
    for count, node in enumerate(page.tree.css(f"{HEADINGS}, p")):
        if count > _OVERVIEW_REACH:
            break
        if node.tag in HEADING_TAGS:
            label = (clean_text(short_text(node, _LONGEST_BUTTON)) or "").strip(_LABEL_MARKS).casefold()
            if label == "abstract":
                return None  # the page labels its abstract: the readers of labelled abstracts read it
            if label in _LEADERBOARD_LABELS:
                return None  # a benchmark's home page: its 'Overview' is its own account (above)
            if under and found is None:
                return None  # the section ended without a paragraph of an abstract's length
            if found is None and label in _OVERVIEW_LABELS and sections == node.tag:
                # An 'Overview' after a section of prose under a heading of its own rank is one more section
                # of the page, not its abstract's (MDI-Benchmark's page, round 177: an h2 'Introduction',
                # then an h2 'Overview' of how its samples are designed); prose under the title's heading
                # (a teaser's caption) is no such section.
                return None
            under, heading = found is None and label in _OVERVIEW_LABELS, node.tag
            continue
        if under and found is None:
            if _opens_with_a_bold_question(node):
                # An 'Overview' told as questions and answers, each paragraph opening with its question in
                # bold ('<strong>What is GOBY?</strong><br>GOBY is a benchmark dataset …', then 'Where was it
                # collected?', …: GOBY's benchmark page, round 227) is the dataset's own account of itself,
                # as a benchmark's 'Introduction' is, not the paper's abstract.
                return None
            text = abstract_text(block_text(node))
            if text and len(text) >= MIN_ABSTRACT:
                # …and the page may still label its abstract further down (a 'TL;DR' teaser over it): the
                # walk goes on, within its reach, to see that it does not.
                found = _with_its_run_of_paragraphs(node, text)
        elif heading and not sections:
            text = abstract_text(block_text(node))
            sections = heading if text and len(text) >= MIN_ABSTRACT else None
    return found


# How many of a paragraph's first nodes are read for the bold question it opens with.
_QUESTION_REACH = 4


def _opens_with_a_bold_question(paragraph: Any) -> bool:
    """Whether a paragraph's first words are a question set in bold (a <strong> or <b> whose text ends in
    '?'), the blank text before it aside."""
    for child in islice(paragraph.iter(include_text=True), _QUESTION_REACH):
        if child.tag == "-text" and not (child.text_content or "").strip():
            continue
        return child.tag in ("strong", "b") and (clean_text(child.text(deep=True)) or "").endswith("?")
    return False


def _with_its_run_of_paragraphs(node: Any, text: str) -> str:
    """A section's summary with the paragraphs that run on right after its first, side by side with no other
    element between (VoiceDesigner's 'TL;DR', round 180: two one-sentence paragraphs, then the cards of its
    samples): one summary written a sentence a paragraph. Each paragraph is read once, up to the longest
    abstract's length."""
    parts = [text]
    length = len(text)
    sibling = next_element(node)
    while sibling is not None and sibling.tag == "p" and length < _LONGEST_ABSTRACT:
        more = abstract_text(block_text(sibling))
        if not more:
            break
        parts.append(more)
        length += len(more) + 1
        sibling = next_element(sibling)
    return " ".join(parts)


# The words a class names a lede by, the one sentence a page sets apart under its title: its lede (or lead),
# dek or tagline, the word last in a compound class ('hero-lede').
_LEDE_WORDS = frozenset({"lede", "lead", "dek", "tagline"})
_LEDE_PARTS = re.compile(r"[-_]+")


def project_lede(page: Page, title: str | None) -> str | None:
    """The lede a project page that labels no abstract sets right under its title, in a block whose class
    names it so (MARCUS-Avatar's p.hero-lede, round 168: one sentence of what the method does): the
    page's summary, as a story's dek is. Only on a page whose buttons name its paper."""
    if not title or arxiv_id_of_its_buttons(page) is None:
        return None
    shown = _title_element(page, title)
    after = next_element(shown) if shown is not None else None
    if after is None or after.tag not in ("p", "div"):
        return None
    words = {part for name in (after.attributes.get("class") or "").split()
             for part in _LEDE_PARTS.split(name.casefold())[-1:]}
    if words.isdisjoint(_LEDE_WORDS):
        # …or the paragraph classed as the hero's copy a few lines under it, past the byline's, the
        # affiliations' and a contact line, inside the hero block (MemGUI-Agent's p.hero-copy, round 216).
        return hero_copy_under(page, shown)
    text = abstract_text(block_text(after))
    return text if text and MIN_ABSTRACT <= len(text) <= _LONGEST_ABSTRACT else None


def project_summary_under_the_teaser(page: Page, title: str | None) -> str | None:
    """The one paragraph a project page sets apart right under its teaser (lone_teaser_summaries.py). Only
    on a page whose buttons name its paper."""
    if not title or arxiv_id_of_its_buttons(page) is None:
        return None
    shown = _title_element(page, title)
    return lone_paragraph_under_the_teaser(shown) if shown is not None else None
