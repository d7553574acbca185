"""The DOI a page shows, read without knowing its publisher: in its text ("doi:10.…", "DOI 10.…"), in
its links (a doi.org address, a share link passing it), alone in an element its class or an icon
labels; not a DOI in the site's search form's help, in a reference the text cites, or under the
heading of its references. `shown.py` reads the rest of what such a page shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from ..identity import clean_text, normalise_doi
from .cited_notes import in_cited_notes
from .cited_work_lines import in_a_cited_works_lines
from .html_meta import Page, nearest_answer, past_blank_text, select_all, short_text
from .places import (
    HEADING_TAGS,
    HEADINGS,
    OTHER_PAPERS,
    OWN_TITLE,
    PROSE,
    UNSHOWN,
    above_references,
    below_heading,
    compact,
    page_headings,
    title_heading,
)

# The colon may be full-width, as Chinese pages write it ("doi：", Wanfang Data).
_DOI_LABEL = re.compile(r"doi\s*[:\uff1a]?", re.IGNORECASE)
# A DOI as a page shows it in its text or links: "doi:10.…", "DOI 10.…", "https://doi.org/10.…", and
# China's resolver for the DOIs its registration agency gives, "http://dx.chinadoi.cn/10.…" (Wanfang Data).
# Angle brackets only as a pair inside it (a SICI: 10.1002/(SICI)1097-4636(199603)30:3<287::AID-JBM3>
# 3.0.CO;2-M); a closing bracket after it that it did not open is left off by normalise_doi.
_DOI_TAIL = r"(?:[^\s\"'<>]|<[^\s\"'<>]*>)+"
_DOI_SHOWN = re.compile(
    rf"(?:\bdoi\s*[:\uff1a]?\s*|doi\.org/|chinadoi\.cn/)(10\.\d{{4,9}}/{_DOI_TAIL})", re.IGNORECASE
)


# Share and bookmark links that pass the page's own DOI to a service ("…&doi=10.1099/…&link_type=…").
_SHARE_LINKS = ",".join(
    f'[class*="{word}"] a[href*="doi=10."]' for word in ("social", "share", "bookmark")
)
_DOI_PARAMETER = re.compile(r"[?&](?:amp;)?doi=(10\.\d{4,9}/[^&#\s]+)", re.IGNORECASE)


def doi_in_share_links(page: Page) -> str | None:
    """The DOI a page's share or bookmark links pass (HighWire shows it nowhere else)."""
    for link in page.tree.css(_SHARE_LINKS):
        found = _DOI_PARAMETER.search(link.attributes.get("href") or "")
        if found and (doi := normalise_doi(unquote(found.group(1)))):
            return doi
    return None


# How far back from a doi.org link its label may stand: the label's element, a note after it, a <br>.
_LABEL_REACH = 4
_LABEL_HOLDERS = frozenset(("strong", "b", "em", "label", "span", "dt", "th"))


def doi_after_its_label(page: Page) -> str | None:
    """A doi.org link that a label just before it names as the DOI, in the block that holds both
    (Geodiversitas, 2018: <p><strong>DOI</strong> (Digital Object Identifier)<br><a
    href="https://doi.org/10.5252/g2012n2a1">…</a></p> in its identifiers block): the page's own, which a
    page whose citation_* meta name no DOI shows so. Above the references and the lists of other papers;
    and the one DOI so labelled: a page that labels several ("More from this issue", a publications
    list, each entry's "DOI:" and link) lists other papers."""
    labelled: list[str] = []
    for node in above_references(page, OTHER_PAPERS):
        href = (node.attributes.get("href") or "") if node.tag == "a" else ""
        if "doi.org/10." not in href:
            continue
        before, steps = node.prev, 0
        while before is not None and steps < _LABEL_REACH:
            if before.tag in _LABEL_HOLDERS:
                if (clean_text(before.text()) or "").rstrip(" :").casefold() == "doi":
                    found = _DOI_SHOWN.search(unquote(href))
                    doi = normalise_doi(found.group(1)) if found else None
                    if doi and doi not in labelled:
                        labelled.append(doi)
                break
            if before.tag not in ("-text", "br"):
                break
            before, steps = before.prev, steps + 1
        if len(labelled) > 1:
            return None
    return labelled[0] if labelled else None


def doi_shown(page: Page, nodes: Iterator[Any] | None = None) -> str | None:
    """The first DOI the page shows ("doi:10.…", "DOI 10.…", a doi.org link) before a heading of its
    references (or among `nodes`): a DOI further down is a cited work's."""
    return next(dois_shown(page, nodes), None)


# A sentence before a DOI in brackets: "… has been published on Nature Communications (https://…)."
_SENTENCE = re.compile(r"(?:\w+\W+){6}\($")


def _cited_in_brackets(text: str, found: re.Match[str]) -> bool:
    """Whether a DOI is given in brackets in a sentence of prose: a work the text cites (a Zenodo
    record's description names the paper its data set belongs to so)."""
    before = text[: found.start()].removesuffix("https://").removesuffix("http://").removesuffix("dx.")
    return found.group(1).rstrip(".,;").endswith(")") and _SENTENCE.search(before) is not None


def dois_shown(page: Page, nodes: Iterator[Any] | None = None) -> Iterator[str]:
    """Every DOI the page shows before a heading of its references (or among `nodes`), in order."""
    label = ""  # a label in an element of its own: <span>DOI: </span>10.3233/AIC-140605
    forms: dict[int, bool] = {}
    entries: dict[int, bool] = {}
    sidebars: dict[int, bool] = {}
    notes: dict[int, bool] = {}
    # The page's own title, long enough not to be a phrase of another's: a reference that names it is
    # the page's own citation ("Cite this article: Lee A. <title>. J Things. 2023;12:34-56. doi:…").
    titles = [compact(text) for _, text in page_headings(page) if text and len(text) >= OWN_TITLE]
    headings = [heading for _, text in page_headings(page) if len(heading := compact(text or "")) >= _NAMED]
    # An article in a journal is no book: a book's citation on its page is a reviewed book's.
    in_a_journal = page.first("citation_journal_title") is not None
    reported = _reported_in_prose(page)
    for node in nodes if nodes is not None else above_references(page):
        if node.tag == "-text":
            value = None if _unshown(node.parent, node.text_content, headings) else node.text_content
        else:
            # Every DOI holds "10.": the many links without one are passed over before any pattern.
            href = node.attributes.get("href") or ""
            # Europe PMC writes the DOI's slash escaped: http://dx.doi.org/10.1136%2Fsti.2008.033985
            value = unquote(_QUERY_PARAMETERS.sub("", href)) if "10." in href else ""
            if value and not _names_a_doi(node):
                continue  # a doi.org link on a word (NamesforLife's taxon names, a cited work)
        # The notes first: a footnote is an item of a list, whose every item the sidebar's check would read.
        if value and "10." in value and in_a_cited_works_lines(page, node):
            # The 'Reference:' line of the paper a post reviews, cited in labelled lines under a 'Title:' line
            # of another title than the page's (cited_work_lines.py): the reviewed paper's DOI, here and
            # wherever further down the page shows it again (a figure's credit).
            reported.update(_dois_in(node, value, label, titles, in_a_journal))
            continue
        aside = value and "10." in value and (
            in_cited_notes(node, notes) or _in_a_sidebars_entry(node, entries, sidebars))
        if value and "10." in value and not _in_search_form(node, forms) and not aside:
            found = _dois_in(node, value, label, titles, in_a_journal)
            yield from (doi for doi in found if doi not in reported)
        if node.tag == "-text" and value and value.strip():
            label = value.strip() if _DOI_LABEL.fullmatch(value.strip()) else ""


# How many letters a heading holds at least for a text that holds it to name it.
_NAMED = 10


def _reported_in_prose(page: Page) -> set[str]:
    """The DOIs a paragraph of the text's prose links on words, not as a DOI (EurekAlert!'s release, 2021:
    "as reported in the journal <a href="https://doi.org/10.1002/…"><em>Small</em></a>, a research team
    …"): works the text reports on, not the page's own, wherever else the page shows them (its box under
    the text labels the same DOI). Each element above a link is asked once, however many links it holds."""
    reported: set[str] = set()
    prose: dict[int, bool] = {}
    for link in select_all(page.tree, 'p a[href*="doi.org/10."]'):
        if _names_a_doi(link) or not nearest_answer(link, _a_paragraph_of_prose, prose):
            continue
        found = _DOI_SHOWN.search(unquote(link.attributes.get("href") or ""))
        if found and (doi := normalise_doi(found.group(1))):
            reported.add(doi)
    return reported


def _a_paragraph_of_prose(node: Any) -> bool | None:
    """True for a paragraph of prose (a sentence or more, PROSE characters), False for a shorter one (a
    caption's, a box's line), None for what is no paragraph."""
    if node.tag != "p":
        return None
    text = short_text(node, PROSE)
    return text is None or len(text) >= PROSE  # None: longer than PROSE, in characters or nodes


def _unshown(parent: Any, text: str | None, headings: list[str]) -> bool:
    """Whether text in this element is not shown: a script's, a template's, a form field's. A read-only
    text box shows its text for copying (PLOS Currents, 2011: the article's citation with its DOI in
    <textarea class="entry-summary" readonly> under "Citation"), unlike a field the reader types in; the
    page's own citation when it names the page's heading, not a data set's or another work's ("Cite the
    data set"), nor a hidden box's (an error report's)."""
    if parent is None or parent.tag not in UNSHOWN:
        return False
    if parent.tag != "textarea" or "readonly" not in parent.attributes or "hidden" in parent.attributes:
        return True
    shown = compact(text or "")
    return not any(heading in shown for heading in headings)


# What a page sets beside its article: an aside, a box marked complementary, a sidebar. It may show the
# page's own DOI ("Details", a blog's dateline); a DOI in one of its lists' items is an entry's of a list
# of other papers ("Most read", "Related papers", "Latest articles").
_SIDEBAR_CLASSES = frozenset(("sidebar", "side-bar"))


def _in_a_sidebars_entry(node: Any, entries: dict[int, bool], sidebars: dict[int, bool]) -> bool:
    """Whether a node sits in a list item of an aside or a sidebar: a DOI there is another paper's.
    `entries` and `sidebars` keep the answers of the elements walked, so that a deep nest of list items
    walks its depth once."""
    return nearest_answer(node, lambda item: _a_sidebars_entry(item, sidebars), entries)


def _a_sidebars_entry(item: Any, sidebars: dict[int, bool]) -> bool | None:
    """True for a list item of a sidebar's list of papers, False for another list item: a sidebar's
    list of the page's details ("DOI: …" one item of several) shows a DOI in one item alone."""
    if item.tag != "li":
        return None
    return _dois_in_items(item.parent) > 1 and nearest_answer(item, _a_sidebar, sidebars)


# How much of a list item is read for a DOI: an entry's title, authors and DOI.
_ENTRY_TEXT = 2000


def _dois_in_items(listing: Any) -> int:
    """How many of a list's items show a DOI, counted to two."""
    count = 0
    for child in listing.iter() if listing is not None else ():
        text = short_text(child, _ENTRY_TEXT) if child.tag == "li" else None
        count += bool(text and "10." in text)
        if count > 1:
            break
    return count


def _a_sidebar(node: Any) -> bool | None:
    if node.tag == "aside" or node.attributes.get("role") == "complementary":
        return True
    classes = (node.attributes.get("class") or "").casefold().split()
    return True if _SIDEBAR_CLASSES.intersection(classes) else None


def _in_search_form(node: Any, known: dict[int, bool]) -> bool:
    """Whether a node sits in the site's search form, whose help shows what to type: CiteULike's
    "You can also specify … a DOI (doi:10.1234/12345678)" in <form action="/search/all"
    id="search_form">, no DOI of the page. A hand-made page may leave its search form open around the
    whole page (D-Lib Magazine: <form action="/cgi-bin/search.cgi"> closed after the last paragraph): a
    form that holds headings holds the page. `known` keeps the answer of each ancestor walked: a page
    of many DOIs nested deep walks its depth once, not once a DOI."""
    return nearest_answer(node, _a_search_form, known)


def _a_search_form(node: Any) -> bool | None:
    """False for the form around a whole page (it holds headings), None for what is no search form."""
    if node.tag == "form" or node.attributes.get("role") == "search":
        marks = " ".join(node.attributes.get(name) or "" for name in ("action", "id", "class", "role"))
        if "search" in marks.casefold():
            return node.css_first(HEADINGS) is None
    return None


def _dois_in(node: Any, value: str, label: str, titles: list[str], in_a_journal: bool) -> Iterator[str]:
    """The DOIs one node shows: in its text or link, after the label before it, or alone in an
    element (or after an icon) that labels it."""
    found = _DOI_SHOWN.search(value) or _DOI_SHOWN.match(f"{label}{value}")
    if (found and not _cited_in_brackets(value, found)
            and not _after_a_reference(node, value, found, titles, in_a_journal)
            and (doi := normalise_doi(found.group(1)))):
        yield doi
    bare = _BARE_DOI.fullmatch(value.strip()) if node.tag == "-text" else None
    if bare and (_in_doi_element(node) or _after_doi_icon(node)) and (doi := normalise_doi(bare.group(0))):
        yield doi
    after_pages = _PAGES_THEN_DOI.search(value) if node.tag == "-text" and len(value) <= _PAGES_LINE else None
    if after_pages and (doi := normalise_doi(after_pages.group(1))):
        yield doi


# A reference's year (its volume and pages after it) right before the DOI it gives, after its authors'
# and title's words: "LeCun Y, Bengio Y, Hinton G. Deep learning. Nature. 2015;521(7553):436-44. doi:",
# "(LeCun et al., Nature 2015 doi:", the issue in brackets after a space ("Nature Robotics, 2023; 5 (2):
# 101 DOI:", a news story's journal reference). A dateline's full date ("Posted: December 20, 2016
# https://doi.org/") is none.
_REFERENCE_BEFORE_DOI = re.compile(
    r"[^\W\d_][.?!,:;]+\s.*(?<![\d.])(?<!\d\s)(?<!\d,\s)(?P<year>(?:19|20)\d\d)[a-z]?\)?"
    r"(?:\s*[;:,]\s*[\w()\u2013-]+|\s+\(\d+\)){0,3}"
    r"[.,;:]?\s*"
    r"(?:https?://(?:dx\.)?)?$",
    re.IGNORECASE,
)
# How much text before a DOI is read for the reference it closes.
_REFERENCE_LENGTH = 300


def _after_a_reference(node: Any, value: str, found: re.Match[str], titles: list[str],
                       in_a_journal: bool = False) -> bool:
    """Whether a DOI closes a reference to another work in the text (a blog post citing "… Nature 2015
    doi:10.1038/…"): the text before it, in its own text or just before its link, ends with a work's
    year after its authors' and title's words, and the work is not the page's own (its title, one of
    `titles`, compacted, not among those words); or, on an article in a journal, it closes a book's
    citation (a review's of the book it is titled by: "Example University Press, 2020. 320 pp. DOI:")."""
    before = value[: found.start()] if node.tag == "-text" else ""
    if not before.strip():
        in_link = node.tag == "-text" and node.parent is not None and node.parent.tag == "a"
        # The "DOI:" label before the link is no part of the reference.
        before = _LABEL_AT_END.sub("", _line_before(node.parent if in_link else node))
    whole = before
    if node.tag == "-text" and before.strip() and not _REFERENCE_BEFORE_DOI.search(clean_text(before) or ""):
        # The year alone before the DOI in its own text, the authors, title and journal in the nodes before it
        # (MedPage Today's source reference, 2013: 'Matt G, et al "…" <em>Tob Control </em>2013; DOI: …').
        before = whole = _line_before(node) + before
    before = (clean_text(before) or "")[-_REFERENCE_LENGTH:]
    if in_a_journal and _A_BOOKS_CITATION.search(before):
        return True
    reference = _REFERENCE_BEFORE_DOI.search(before)
    if reference is not None and titles and any(title in compact(whole) for title in titles):
        return False
    # "Published: 2016. doi:…" is the page's own date and DOI, labelled.
    return reference is not None and not _DATE_LABEL_BEFORE.search(before[: reference.start("year")])


# What a reference's line may set in elements of their own: its title in bold, its journal in italics.
_INLINE = frozenset({"-text", "a", "b", "strong", "i", "em", "span", "cite", "sup", "sub", "small", "font"})
_LINE_PARTS = 50
_LABEL_AT_END = re.compile(r"\bdoi\s*[:\uff1a]?\s*$", re.IGNORECASE)


def _line_before(node: Any) -> str:
    """The text of the line before a DOI's link, back to the block it starts in: a reference sets its
    authors, title and journal each in an element of its own ("Ann Lee. <b>Seeing in the dark</b>.
    <i>Nature Robotics</i>, 2023; 5 (2): 101 DOI: <a>…</a>"), its year in the text right before."""
    parts: list[str] = []
    length = 0
    sibling = node.prev
    for _ in range(_LINE_PARTS):
        if sibling is None or sibling.tag not in _INLINE or length >= _REFERENCE_LENGTH:
            break
        text = sibling.text_content if sibling.tag == "-text" else short_text(sibling, _REFERENCE_LENGTH)
        if text is None:
            break  # an element longer than a reference is no part of its line
        parts.append(text or "")
        length += len(text or "")
        sibling = sibling.prev
    return "".join(reversed(parts))


# What only a book's citation gives: its ISBN, or its press and year, then its count of pages ("Example
# University Press, 2020. 320 pp."); an article's may count its pages too ("paper no. 12, 33 pp.").
_A_BOOKS_CITATION = re.compile(
    r"\bISBN\b|\b(?:Press|Verlag|Publishers?|Publishing|Books)\b[^.;]{0,60}\b(?:19|20)\d\d\b.{0,20}\b\d+\s*pp\.",
    re.IGNORECASE,
)


_DATE_LABEL_BEFORE = re.compile(r"\b(?:published|online|posted|issued|date|year)\b\s*:?\s*$", re.IGNORECASE)


# A DOI alone in an element its class names so: SpringerLink (2013) <span class="ArticleDOI">10.1007/…</span>.
_BARE_DOI = re.compile(rf"10\.\d{{4,9}}/{_DOI_TAIL}")


# A bare DOI that closes the page's own line of pages, after a bar: "pp. 1423-1472 | 10.1353/ajm.2012.0043"
# (Project MUSE's article summary, 2013, under "Volume 134, Number 6, December 2012"). Nothing may follow
# it in its line; a reference gives its DOI otherwise ("…, 436-44. doi:…"), and prose is longer than a line.
_PAGES_THEN_DOI = re.compile(rf"\bpp?\.\s*\d+(?:\s*[-\u2013]\s*\d+)?\s*\|\s*(10\.\d{{4,9}}/{_DOI_TAIL})\s*$")
_PAGES_LINE = 200


def _in_doi_element(text: Any) -> bool:
    classes = (text.parent.attributes.get("class") or "") if text.parent is not None else ""
    return any(word.casefold() in ("doi", "articledoi", "article-doi") for word in classes.split())


def _after_doi_icon(text: Any) -> bool:
    """A bare DOI right after an image that labels it (KSII TIIS: <img src="…/doi_icon.png"> <span>10.3837/
    tiis.2020.06.001</span>): the icon is its "DOI" label."""
    for node in (text, text.parent):
        before = past_blank_text(node.prev, "prev") if node is not None else None
        if before is not None and before.tag == "img":
            named = " ".join(before.attributes.get(key) or "" for key in ("src", "alt", "title"))
            return "doi" in named.casefold()
    return False


def doi_under_heading(page: Page, title: str | None) -> str | None:
    """The DOI a page shows between the heading of its title and its text ("December 20th, 2016 ·
    5 min Read · https://doi.org/10.5438/4k3m-nyvg" under a blog post's), for a page whose meta names
    none; not one in a list of other papers after it (PubMed's "Recent activity")."""
    heading = title_heading(page, title)
    return doi_shown(page, _first_lines_under(page, heading)) if heading is not None else None


# How much text under the heading is its first lines, where a DOI stands between the heading and the text.
_FIRST_LINES = PROSE


def _first_lines_under(page: Page, heading: Any) -> Iterator[Any]:
    """The nodes under the heading up to its text or the first lines' length of text: a page whose text
    is set in divisions, not paragraphs (a news story's), is not read down to a box at its foot. Headings
    are no lines of the text, and end nothing: IJCAI's proceedings show the title again in one, the byline
    in the next, the DOI under them."""
    in_headings: set[int] = set()
    passed = 0
    for node in below_heading(page, heading):
        if passed > _FIRST_LINES:
            return
        if node.tag in HEADING_TAGS and node.mem_id not in in_headings:
            # Each node is marked once: a heading inside one already marked is not walked again.
            in_headings |= {part.mem_id for part in node.traverse(include_text=True)}
        if node.tag == "-text" and node.mem_id not in in_headings:
            passed += len((node.text_content or "").strip())
        yield node


# A link's address may carry more after the DOI: "…/10.1038/nnano.2011.101&title=…&rewrite=yes".
_QUERY_PARAMETERS = re.compile(r"[&?]\w+=.*$")


def _names_a_doi(link: Any) -> bool:
    """Whether a link shows a DOI as a DOI: its text is the DOI, its address, a "DOI" label or
    nothing to read (an icon), not a word the DOI stands behind."""
    text = clean_text(link.text(deep=True)) or ""
    if not text:
        return not _badge(link)
    return "10." in text or _DOI_LABEL.fullmatch(text) is not None or "doi" in text.casefold()


def _badge(link: Any) -> bool:
    """A link on an image that names something else than a DOI: a seal the site shows in its footer
    (HAL's CoreTrustSeal certificate links to the seal's own DOI)."""
    image = link.css_first("img[alt]")
    named = clean_text(image.attributes.get("alt")) if image is not None else None
    return bool(named) and "doi" not in (named or "").casefold()
