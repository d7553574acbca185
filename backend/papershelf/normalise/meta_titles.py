"""A meta title that carries more (or less) than the paper's title, read against the page's heading.

Sites nobody has seen write the site's or journal's name into their Open Graph or Dublin Core title
("Frontiers | Using Bayes …", "… - Nature Communications", "[PDF] …"), or put the journal's name
alone in og:title. The heading the page shows is then the title: a page never reads worse for
carrying such meta than for carrying none (the heading is what a page without meta is read by).
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .classed_headlines import classed_headline
from .html_meta import Page, block_text, markup_text, next_element, past_blank_text
from .names import NAME_PART
from .places import HEADING_TAGS, HEADINGS, TITLE_SEPARATOR, compact, page_headings, title_stretches, words_in

# What may open a meta title before the paper's: a file kind in brackets ("[PDF] ", ResearchGate's
# "(PDF) "), or a name closed by a colon ("F1000Research Article: "); only ever taken off the front, as
# a colon later in a title opens its subtitle.
_OPENING = re.compile(r"^\s*(?:\[[A-Za-z]{2,5}\]\s+|\([A-Z]{2,5}\)\s+|[^:]{2,60}:\s+)")
# A heading this short is a site's logo or a section's name, not a title that lost its site name.
_MIN_WORDS = 2
# How long a name (or a few) may run before the comma that sets it before a title, as a catalogue
# cites a work ("G. Gasser, Toward Analytic Theology - PhilPapers"): a clause of the title runs longer.
_LEAD_WORDS = 12


# A title a template wrote as a list of one quoted string (Jekyll SEO's og:title from a post whose front
# matter's title was a list: '[“Journal paper accepted in Computer Graphics Forum”]').
_LISTED = re.compile(r"^\[\s*[\"\u201c'\u2018](.+)[\"\u201d'\u2019]\s*\]$")

# A word tagged as a social site tags it: "#rcc" (not "C#", nor "#1", a number).
_HASHTAG = re.compile(r"(?<![\w#])#[^\W\d_]\w*")


def heading_for_meta_title(page: Page, title: str | None) -> str | None:
    """The heading the page shows for a meta title that glued the site's name to it, or that is the
    site's (journal's) name alone beside the title its <title> names; else the meta title."""
    if not title:
        return title
    key = compact(title).rstrip(".")
    # The heading of the meta title as it is, the common case, settles it before any part is sought.
    headings = [text for _, text in page_headings(page) if text]
    if (listed := _LISTED.match(title)) and any(
            compact(text).rstrip(".") == compact(listed.group(1)).rstrip(".") for text in headings):
        # A title written as a list of one quoted string is the heading it quotes, as the <title> gives it
        # (the Human-Centred Computing group's Jekyll news, 2023).
        return listed.group(1)
    if any(compact(text).rstrip(".") == key for text in headings):
        return title
    if heading_of_the_two_parts(page, title) is not None:
        return title
    # A page with no h1 of words whose lower heading shows the meta title whole (Giles' blog, 2026: no h1,
    # the post's h2.post-header 'Writing an LLM from scratch, part 32m -- Interventions: conclusion',
    # og:title the same, the <title> adding " :: Giles' blog"): that heading settles it too; the " -- " in
    # it is no separator.
    lower = page_headings(page, HEADINGS) if not headings else []
    if any(compact(text).rstrip(".") == key for _, text in lower if text):
        return title
    tab = markup_text(page.node_text("title")) or ""
    if _HASHTAG.search(title) and not _HASHTAG.search(tab):
        # A meta title written as a post to a social site, its words tagged ("#cabozantinib provides
        # options for #rcc patients", AJMC's og:title, 2016), names no title: the heading the <title>
        # repeats does, else whatever else the page shows.
        return next((text for text in headings if compact(text).rstrip(".") == compact(tab).rstrip(".")),
                    None)
    # A meta title that drops the subtitle the heading gives after a colon (JAMA Network, 2025: og:title
    # "Guided Internet-Based … Bulimia Nervosa", the h1 "…: A Randomized Clinical Trial"): the heading.
    if subtitled := next((text for text in headings if _with_subtitle(text, title)), None):
        return subtitled
    if glued := _first_of_two_headings(title, headings):
        return glued
    if glued := _heading_before_a_bare_hyphen(title, tab, headings):
        return glued
    parts = _stretches(title) if TITLE_SEPARATOR.search(title) or _OPENING.match(title) else {}
    # The heading behind the author's name that a catalogue puts before the title ("G. Gasser,
    # Toward …"), in the meta title or in one of its stretches.
    behind_names = {tail for text in (title, *parts.values()) for tail in _behind_a_name(text)}
    tab_key = compact(tab).rstrip(".")
    # og:title "Bioresources and Bioprocessing" for <title> "Characterization … | Bioresources and
    # Bioprocessing | Full Text": the heading that is a longer part of the same <title> names the paper.
    tab_parts = _stretches(tab) if parts or (key in tab_key and key != tab_key) else {}
    named_apart = key in tab_parts
    if not parts and not named_apart and not behind_names:
        return title
    # The meta title's last part is the site's name: a heading of it is the site's logo (Big Think, 2012: the
    # h1 "Big Think" over the post's h2), read only where no heading shows another part.
    site_part = compact(TITLE_SEPARATOR.split(title)[-1]).rstrip(".") if parts else ""
    logo: tuple[Any, str] | None = None
    for node, text in page_headings(page):
        shown = compact(text or "").rstrip(".")
        if not text or words_in(text) < _MIN_WORDS:
            continue
        if shown in parts and shown == site_part:
            logo = logo or (node, text)
            continue
        if shown in parts:
            return _with_the_line_under_it(title, node, text) or text
        if (held := _part_held_apart(node, parts, site_part)) is not None:
            return held
        if shown in behind_names:
            return text
        if named_apart and shown in tab_parts and len(shown) > len(key):
            return text
    if logo is not None:
        # …the title then set in a lesser heading after it (the post's h2).
        keys = {compact(text).rstrip("."): text for _, text in page_headings(page, HEADINGS)
                if text and words_in(text) >= _MIN_WORDS}
        shown_part = next((keys[part] for part in parts if part in keys and part != site_part), None)
        return shown_part or _with_the_line_under_it(title, *logo) or logo[1]
    # A page with no heading of words that sets its headline in an element classed so (Sci-Tech Today, 2017):
    # the part of the meta title that element shows, the site's name after it left off.
    classed = classed_headline(page) if parts else None
    if classed is not None and compact(classed[1]).rstrip(".") in parts and compact(classed[1]) != site_part:
        return parts[compact(classed[1]).rstrip(".")]
    if named_apart or key == tab_key:
        return title  # the <title> only adds its own decoration to the whole meta title
    # Without a heading of it: the part the <title> names too, each around another decoration
    # ("F1000Research Article: X." and "X - F1000Research"); site names being short, the longest.
    shared = [text for part, text in parts.items() if part in tab_parts or part == tab_key]
    return max(shared, key=len) if shared else title


def part_of_a_copied_tab(page: Page, title: str | None) -> str | None:
    """For a scholarly meta title (citation_title, trusted to name the paper alone) that copies the whole
    <title>, separators and all: the part a heading classed as the title shows; else None."""
    tab = markup_text(page.node_text("title")) or ""
    if not title or not TITLE_SEPARATOR.search(title):
        return None
    if compact(title).rstrip(".") != compact(tab).rstrip("."):
        return None
    return _part_a_titled_heading_shows(page, _stretches(title))


# Headings a page without an h1 for the title classes as the title (EID's h3.article-title).
_TITLED_HEADINGS = 'h2[class*="title"],h3[class*="title"],h4[class*="title"]'


def _part_a_titled_heading_shows(page: Page, parts: dict[str, str]) -> str | None:
    """The part of a meta title that copies the whole <title> which a heading classed as the title shows
    (Emerging Infectious Diseases, 2012: citation_title '… Bolivia - Volume 18, Number 5—May 2012 - Emerging
    Infectious Diseases journal - CDC', no h1, the title in h3.article-title): the issue, journal and site
    around it are no part of the title. None where no such heading shows a part."""
    for _, text in page_headings(page, _TITLED_HEADINGS):
        if text and words_in(text) >= _MIN_WORDS and (part := parts.get(compact(text).rstrip("."))):
            return part
    return None


def _part_held_apart(heading: Any, parts: dict[str, str], site_part: str) -> str | None:
    """The stretch of the meta title (not the site's name) that one of the heading's own children shows
    whole, where the heading holds more beside it: its top line (the BMBF's release, 2022: og:title '… -
    BMBF', the h1 the headline's <span>, a ': ' hidden for screen readers and a <small> line of the day and
    the release's number). Its children only, each read once."""
    for child in heading.iter():
        text = block_text(child)
        shown = compact(text or "").rstrip(".")
        if text and shown != site_part and shown in parts and words_in(text) >= _MIN_WORDS:
            return text
    return None


# How many wrappers down the line under a heading may be set (UNICEF DATA, 2018: the subtitle's <p> in
# four divs that a PDF's pasted layout left: div.page > div.section > div.layoutArea > div.column).
_WRAPPERS = 6


def _with_the_line_under_it(title: str, heading: Any, text: str) -> str | None:
    """The heading and its subtitle, when the meta title is the heading, a separator, then the line the
    page sets right under the heading (UNICEF DATA's report pages: og:title "A Right to be Heard -
    Listening to children and young people on the move - UNICEF DATA", the h1 "A Right to be Heard",
    the <p> after it the rest): the title is both, joined as a title and its subtitle are."""
    if not title.startswith(text):
        return None
    separator = TITLE_SEPARATOR.match(title, len(text))
    rest = title[separator.end() :] if separator is not None else ""
    line = _first_line_under(heading)
    # …the site's name may close it, after another separator.
    first_part = TITLE_SEPARATOR.split(rest, 1)[0]
    if not rest or not line or compact(line) not in (compact(rest), compact(first_part)):
        return None
    if _a_persons_name(line):
        # The byline's first person, who is the site's name too (a researcher's site titles each page
        # "<title> | <their name>"): no subtitle.
        return None
    return f"{text}: {line}"


# A subtitle in capitals reads as a name does, but for the article opening it ("A Global Review").
_ARTICLES = frozenset(("a", "an", "the"))


def _a_persons_name(line: str) -> bool:
    return bool(NAME_PART.fullmatch(line)) and line.split()[0].casefold() not in _ARTICLES


def _first_line_under(heading: Any) -> str | None:
    """The first text of the element right after the heading, down its first children a few levels."""
    node = next_element(heading)
    for _ in range(_WRAPPERS):
        if node is None or node.tag in HEADING_TAGS:
            return None
        first = past_blank_text(node.child)
        if first is not None and first.tag == "-text":
            return clean_text(first.text_content)
        node = first
    return None


def _first_of_two_headings(title: str, headings: list[str]) -> str | None:
    """The first heading of a meta title that is two of the page's headings run together (SpringerLink,
    2016: og:title "… in patients with heart failureAuswirkungen einer begrenzten …", the English
    title's h1 and the German translation's h1 with no space between them): the title is the first."""
    keys = {compact(text).rstrip("."): text for text in headings if words_in(text) >= _MIN_WORDS}
    key = compact(title).rstrip(".")
    for first, text in keys.items():
        if key.startswith(first) and key != first and key[len(first) :].strip() in keys \
                and _run_together(title, len(first)):
            return text
    return None


# What glues a site's name to the title with no space around it ("Title-Site name").
_BARE_SEPARATORS = "-|–"


def _heading_before_a_bare_hyphen(title: str, tab: str, headings: list[str]) -> str | None:
    """The heading a meta title opens with when the rest, after a hyphen with no space around it, is
    what the <title> ends with too: the site's name (Noormags, 2017: og:title "<title>-پایگاه مجلات تخصصی
    نور", the <title> "<title> - پایگاه مجلات تخصصی نور"). A hyphen inside a word ("COVID-19") is part of
    the title: the <title> (`tab`) shows the whole."""
    for text in dict.fromkeys(headings):  # each heading once: a page may repeat one many times
        if len(title) > len(text) + 1 and title.startswith(text) and title[len(text)] in _BARE_SEPARATORS:
            tail = title[len(text) + 1:].strip()
            # The <title> sets the same name apart with spaces round its separator.
            before = tab[: len(tab) - len(tail)] if tail and tab.endswith(tail) else ""
            if words_in(text) >= _MIN_WORDS and _SPACED_SEPARATOR.search(before):
                return text
    return None


_SPACED_SEPARATOR = re.compile(r"\s[-|–]\s+$")


def _run_together(title: str, length: int) -> bool:
    """Whether no space stands in the title where its first `length` compacted characters end: two
    headings a script ran together, not a title that goes on after a space as one heading's words with
    another's (a site's h1 before the post's, "Lab News Deep cell segmentation"; a subtitle's h1)."""
    seen = 0
    for char in title:
        if seen >= length:
            return not char.isspace()
        seen += len(compact(char))
    return False


def _with_subtitle(heading: str, title: str) -> bool:
    """Whether the heading is the title, then a colon and a subtitle."""
    title = title.strip().rstrip(".")
    rest = heading[len(title) :] if heading.startswith(title) else ""
    return rest.startswith(":") and len(rest[1:].split()) >= _MIN_WORDS


def _stretches(text: str) -> dict[str, str]:
    """Every stretch of `text` between its separators but the whole: compacted, and as written."""
    stretches = title_stretches(text)
    if opening := _OPENING.match(text):
        stretches.append(text[opening.end() :])
    # A PubMed-fed meta title closes with a full stop its <title> does not write.
    found = {compact(stretch).rstrip("."): clean_text(stretch.rstrip(" .")) or "" for stretch in stretches}
    found.pop(compact(text).rstrip("."), None)
    found.pop("", None)
    return found


def _behind_a_name(text: str) -> set[str]:
    """What follows each comma of `text` that closes a short lead (a name or a few), compacted."""
    tails = set()
    for found in re.finditer(r",\s+", text):
        lead = text[: found.start()]
        if len(lead.split()) > _LEAD_WORDS:
            break  # leads only grow: no later comma closes a short one (a hostile title is all commas)
        if lead.strip():
            tails.add(compact(text[found.end() :]).rstrip("."))
    tails.discard("")
    return tails


def section_before_the_book(page: Page, title: str | None) -> str | None:
    """The page's section that a book's meta title sets before the book's title: bookdown's bs4_book
    writes "<section> | <book>" into each page's citation_title, og:title and <title>, and its description
    opens so too (Geocomputation with R's site, 2026: "Welcome | Geocomputation with R", og:type "book",
    the page's h1 "Welcome"). Only on a page that says it is a book's, and only when its h1 is that
    section: an article's "Title | Journal" names the article first."""
    if not title or (page.first("og:type") or "").casefold() != "book":
        return None
    section, bar, book = title.partition(" | ")
    heading = page.tree.css_first("h1")
    if not bar or heading is None or words_in(book) < _MIN_WORDS:
        return None
    return section if compact(block_text(heading) or "") == compact(section) else None


# How many h1s are read for one set as the name and the title in two elements.
_SPLIT_HEADINGS = 5


def heading_of_the_two_parts(page: Page, title: str) -> Any:
    """The h1 that sets the meta title's two parts, before and after its colon, as two elements and nothing
    more (WorldMind's project page, round 180: h1 of span.hero__name 'WorldMind' and span.hero__paper-title
    'Decoupled Game World Model …', the <title>, og:title and its BibTeX entry 'WorldMind: Decoupled …'): the
    heading shows the meta title whole, its colon set as the break between the name and the rest, so the
    second element alone is no title the meta glued a name onto. Only the heading's child elements are
    read."""
    name, colon, rest = title.partition(": ")
    if not colon or not name.strip() or not rest.strip():
        return None
    for heading in page.tree.css("h1")[:_SPLIT_HEADINGS]:
        parts = []
        for child in heading.iter(include_text=True):
            if child.tag == "-text":
                if (child.text_content or "").strip():
                    break  # words of the heading's own beside its elements: not two parts alone
                continue
            parts.append(clean_text(block_text(child) or ""))
            if len(parts) > 2:
                break
        else:
            if len(parts) == 2 and parts[0] == clean_text(name) and parts[1] == clean_text(rest):
                return heading
    return None
