"""The paper's title as a page without meta shows it: the h1 its <title> repeats (a badge after it
left out), a heading classed as the title, the heading over its abstract, the stretch of its <title>
the page shows; read without knowing the publisher. `shown.py` asks these for a page's record.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import Page, block_text, markup_text, short_text, subtitle_beside
from .places import (
    MEETING_AND_YEAR,
    MEETING_OPENING,
    OWN_TITLE,
    PLAIN_QUOTES,
    TITLE_SEPARATOR,
    after_session_code,
    compact,
    page_headings,
    title_stretches,
    without_closing_mark,
    words_in,
)
from .site_taglines import headline_over_the_sites_tagline, taglines_of_the_site
from .subtitled_titles import with_subtitle

# A heading classed as the title (h2.title, h1.article-title…) when the page has no h1 for it, or whose id
# names it the title (EvoLang XI's proceedings: <h3 id="papertitle">, its <title> "EvoLangXI: <title>").
# A template may join the class's words with an underscore (ΤΟ ΒΗΜΑ, 2011: div.article_title, no h1), or
# identify the div as the news item's title (Sina Hong Kong, 2012: div#news_title, its h1 empty).
_TITLE_HEADINGS = ('h1[class*="title"],h2[class*="title"],h3[class*="title"],div[class*="article-title"],'
                   'div[class*="article_title"],div[id="news_title"],'
                   'h1[id*="title"],h2[id*="title"],h3[id*="title"]')
_LONGEST_TITLE = 400
_TITLE_DESCRIPTOR = re.compile(r"^Title:\s*")
# Where a page without a heading shows its title: headings, title-classed elements, bold text.
_TITLE_SHOWN = 'h1,h2,h3,h4,h5,h6,[class*="title"],b,strong,font'
# An element showing more raw text (or more nodes) than this is no title, and is not laid out: in a nest of
# them each holds the rest of the nest, and laying out each one's whole text was quadratic (a page of 4,000
# nested <b>, 20 KB, took 30 s). Room for a title's markup (MathJax sets each symbol in spans of its own).
_LONGEST_SHOWN_TITLE = 1000
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")


def heading_title(page: Page) -> str | None:
    """The paper's heading: the h1 the <title> repeats, else the first that is not the site's logo;
    without one, a heading classed as the title that the <title> repeats."""
    key, headings, titled = _tab_and_headings(page)
    # The article's own headline, where the <title> ends with the site's name and its tagline, which a heading
    # classed as a title shows (Maple's Blog's h2.subtitle, round 222; site_taglines.py).
    if own := headline_over_the_sites_tagline(page):
        return own
    if repeated := _longest_repeated(key, headings + titled):
        return repeated
    # A heading that ends with a mark in an element of its own, which the <title> leaves out (CNKI's
    # <h1><span>2016年总目录<b class="markJ">简</b></span></h1>, a badge beside the title).
    marked = [text for node, _ in page_headings(page, "h1") if (text := _without_closing_badge(node))]
    if repeated := [text for text in marked if key and compact(text) in key and words_in(text) >= 2]:
        return max(repeated, key=len)
    # The first h1 may be the journal's name or a breadcrumb ("Nature Nanotechnology", "arXiv.org >
    # astro-ph > …"): a stretch of the <title> the page shows as a heading is the paper's.
    tab_title = title_of_the_tab(page, shown_only=True) or (headings[0] if headings else None)
    # A <title> that is only the meeting's name and year ("ISMIR 2024", the ISMIR 2024 program site's
    # paper pages under a MiniConf h2.card-title, no h1) names the site, not a paper: the heading classed
    # as the title does. A page of several such headings alike is a listing of the meeting's papers (its
    # cards), none of them.
    if (tab_title is None and titled and _names_a_meeting_only(page)
            and not _several_alike(page_headings(page, _TITLE_HEADINGS))):
        return titled[0]
    return tab_title


def title_heading_the_tab_repeats(page: Page) -> Any:
    """The heading identified or classed as the title that the <title> repeats (EvoLang XI's proceedings:
    <h3 id="papertitle">, the <title> "EvoLangXI: <title>"): a page without an h1 sets its title there."""
    key = _tab_key(page)
    return next((node for node, text in page_headings(page, _TITLE_HEADINGS)
                 if key and text and compact(text) in key), None)


def _several_alike(headings: list[tuple[Any, str | None]]) -> bool:
    """Whether the first of the headings has another of its tag and classes on the page (the byline's
    h3.card-subtitle under a paper's h2.card-title is none)."""
    kinds = [(node.tag, node.attributes.get("class")) for node, _ in headings]
    return bool(kinds) and kinds.count(kinds[0]) > 1


def _names_a_meeting_only(page: Page) -> bool:
    return MEETING_AND_YEAR.fullmatch(clean_text(page.node_text("title")) or "") is not None


def heading_the_tab_repeats(page: Page) -> str | None:
    """The longest h1, or heading classed as the title, that the <title> repeats: it names the journal too
    ("… : Nature Nanotechnology : …"). Found without reading through every element that may show a title,
    as the rest of `heading_title` does."""
    key, headings, titled = _tab_and_headings(page)
    return _longest_repeated(key, headings + titled)


def _tab_and_headings(page: Page) -> tuple[str, list[str], list[str]]:
    """The compacted <title>, the page's h1 texts that may be a title, and its other headings classed as
    the title; kept a page (a record without meta asks for the repeated heading, then for heading_title)."""
    if "tab and headings" not in page.worked_out:
        key = _tab_key(page)
        headings = _headings(page, "h1", key)
        titled = [text for text in _headings(page, _TITLE_HEADINGS, key) if text not in headings]
        # The site's tagline the <title> ends with after the site's name, where the article holds its own
        # headline, is no post's title (site_taglines.py: Maple's Blog's h2.subtitle, round 222).
        if titled and (taglines := taglines_of_the_site(page)):
            titled = [text for text in titled if compact(text) not in taglines]
        page.worked_out["tab and headings"] = (key, headings, titled)
    return page.worked_out["tab and headings"]


def _tab_key(page: Page) -> str:
    """The compacted words of the <title>. A <title> is read as text, tags and all, and an old template
    copies its heading's markup into it (MMWR's archive, 2007: 'Interim Recommendations for the Use of
    <I>Haemophilus influenzae</I> … (PedvaxHIB<SUP>®</SUP> …)'): its words are those the tags mark up, as
    `title_of_the_tab` reads them, or the heading it repeats is not found in it."""
    return compact(markup_text(page.node_text("title")) or "")


def _longest_repeated(key: str, texts: list[str]) -> str | None:
    repeated = [text for text in texts if key and compact(text) in key]
    return max(repeated, key=len) if repeated else None




# The most characters a badge after a heading's title may have ("简", "New", "OA").
_BADGE = 3


def _without_closing_badge(heading: Any) -> str | None:
    """The heading's text without the short mark its last element sets after the title, or None when
    it ends with no such element."""
    text = block_text(heading) or ""
    last = None
    # Only a leaf's text is read: a leaf's is its own, so a deep heading is read once.
    for node in heading.css("*"):
        if next(node.iter(), None) is None and clean_text(node.text()):
            last = node
    mark = clean_text(last.text()) if last is not None else None
    if not mark or len(mark) > _BADGE or not text.endswith(mark):
        return None
    return clean_text(text[: -len(mark)])


# A day written with slashes or dots and a colon after it, opening a stretch of a <title>.
_DAY_OPENING = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{4}:\s+")


def title_over_the_abstract(page: Page) -> str | None:
    """Without an h1, the heading right above the one headed "Abstract" (APJITM's "Article Info":
    an h3 of the title, then an h4 "Abstract"; its <title> is the journal's initials)."""
    before = None
    for node in page.tree.css("h2, h3, h4, h5"):
        text = block_text(node) or ""
        if text.rstrip(":").strip().casefold() in ("abstract", "summary"):
            if before and words_in(before) >= 2 and len(before) <= _LONGEST_TITLE:
                return before
            return None
        before = text
    return None


def title_of_the_tab(page: Page, shown_only: bool = False) -> str | None:
    """A paper page without a heading of its title names it in its <title>, around the site's name
    ("DROPS - The Minimum Size of …", "… - IEEE Conference Publication"): the longest stretch of it
    that the page also shows as a title or in bold ("SVO – Attractors in …" keeps its dash), else
    its longest part, site names being short."""
    whole = markup_text(page.node_text("title"))  # escaped markup: "… <em>Brachiosaurus</em> …"
    if not whole:
        return None
    stretches = {clean_text(stretch) for stretch in (*title_stretches(whole), *_quoted(whole))}
    # A <title> that joins the title's words with hyphens, as an address does ("راز-گل-سرخ:-نقد-و-گزیده-…
    # | نگاه | خانه کتاب …": Iran's national book database): the words the hyphens part.
    stretches |= {" ".join(stretch.split("-")) for stretch in stretches if stretch and _slug(stretch)}
    # The meeting's name and year before a colon ("ISMIR 2023: <title>"), which no separator sets apart.
    if (meeting := MEETING_OPENING.match(whole)) is not None:
        stretches.add(clean_text(whole[meeting.end() :]))
    # A stretch that opens with the day and a colon, a programme's episode after its name ("In Conversation -
    # 26/05/2005: Richard Passingham"): the rest, the episode's own title, is a stretch too.
    stretches |= {clean_text(stretch[dated.end() :]) for stretch in set(stretches)
                  if stretch and (dated := _DAY_OPENING.match(stretch)) is not None}
    # A title element may close with a footnote mark the <title> leaves out (ScienceDirect's
    # span.title-text "… Fission Yeast*", inside an h1 that also holds the article's section).
    # A mark the <title> shows too is the title's own ("Learning heuristics for weighted A*"): the
    # element's whole text is looked up as well.
    shown = _titles_shown(page)
    for stretch in sorted(filter(None, stretches), key=len, reverse=True):
        if compact(stretch) in shown and words_in(stretch) >= 2:
            return shown[compact(stretch)]
    # A <title> cut to a length ("Isolation and characterization of pigeon breast mu...[Acta Biochim
    # Pol. 2005] - PubMed Result"): the title shown that its words before the ellipsis begin.
    if (cut := _ELLIPSIS.search(whole)) is not None:
        opening = compact(TITLE_SEPARATOR.split(whole[: cut.start()])[-1])
        found = [text for key, text in shown.items() if key.startswith(opening) and len(key) > len(opening)]
        if len(opening) >= OWN_TITLE and found:
            return found[0]
    # A <title> whose whole the page shows as the text of a block of its own, its separator the title's own
    # ('STRATA : Unified Framework for …', the STAR Lab's paper page of the Bedford lab layout, round 235: the
    # <title> and div.head alike): the whole, not its longest part.
    if TITLE_SEPARATOR.search(whole) and (block := _block_showing(page, whole)) is not None:
        return block
    if shown_only or _names_a_meeting_only(page):
        return None  # a <title> of the meeting alone names the site, no paper (a listing of its papers)
    parts = [part for part in (clean_text(part) for part in TITLE_SEPARATOR.split(whole)) if part]
    # …as does one of the meeting beside a page of its site, whichever part is longer ("ISMIR 2024 - Program",
    # "ISMIR 2024 | Accepted papers"): a paper's page there shows its title, found above.
    if any(MEETING_AND_YEAR.fullmatch(part) for part in parts):
        return None
    return max(parts, key=len, default=None)


# How many of the body's first nodes are looked at for a block showing the whole <title>, and how many
# blocks whose text opens as it does are read whole (a few: each read is one element's text).
_BLOCK_REACH = 2000
_BLOCK_TRIES = 8


def _block_showing(page: Page, whole: str) -> str | None:
    """The text of the paragraph or division whose whole text is the <title>'s whole, found from its first
    text among the body's first nodes; None where none is."""
    body = page.tree.body
    key = compact(clean_text(whole) or "")
    if body is None or not key:
        return None
    tried = 0
    for count, node in enumerate(body.traverse(include_text=True)):
        if count > _BLOCK_REACH or tried >= _BLOCK_TRIES:
            return None
        start = compact(node.text_content or "") if node.tag == "-text" else ""
        parent = node.parent
        if not start or not key.startswith(start) or parent is None or parent.tag not in ("p", "div"):
            continue
        tried += 1
        text = block_text(parent) or ""
        if compact(text) == key:
            return clean_text(text)
    return None


def _titles_shown(page: Page) -> dict[str, str]:
    """The texts the page shows as a title or in bold, by their compact form (kept a page: the tab's
    title is sought twice, for a heading and for the body's record)."""
    key = "titles shown"
    if key not in page.worked_out:
        shown: dict[str, str] = {}
        for node in page.tree.css(_TITLE_SHOWN):
            if short_text(node, _LONGEST_SHOWN_TITLE) is None:
                continue
            whole_text = block_text(node)
            shown |= {compact(text): text for text in (without_closing_mark(whole_text), whole_text) if text}
            # "P2-04: <title>": the title after its session's code.
            if coded := after_session_code(page, whole_text):
                shown.setdefault(compact(coded), coded)
        page.worked_out[key] = shown
    return page.worked_out[key]


# A <title> that is the paper's citation line quotes the title between its people and its venue
# (Math-Net.Ru, 2025: 'В. И. Богачев, С. В. Шапошников, “Регулярность решений …”, УМН, 80:6(486) (2025)').
_QUOTES = (("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"))


def _quoted(text: str) -> list[str]:
    """What a text quotes between typographic quotation marks, each pair once, left to right."""
    found = []
    for opening, closing in _QUOTES:
        start = text.find(opening)
        while start >= 0 and (end := text.find(closing, start + 1)) > start:
            found.append(text[start + 1 : end])
            start = text.find(opening, end + 1)
    return found


def _headings(page: Page, selector: str, key: str = "") -> list[str]:
    """The headings `selector` finds that may be a title; `key`, the compacted <title>, which keeps a
    closing mark it shows too."""
    found = []
    for node, shown in page_headings(page, selector):
        classes = (node.attributes.get("class") or "").lower()
        # arXiv's heading opens with a descriptor: <h1 class="title"><span>Title:</span> …</h1>; a
        # footnote mark may close it ("… of late M dwarfs*", "… azodicarboxylates†").
        text = clean_text(_TITLE_DESCRIPTOR.sub("", shown or "", count=1))
        if not (key and text and compact(text) in key):
            text = without_closing_mark(text)
        # A talk's title set whole in quotation marks that the <title> leaves out (EvoLang XI's workshop
        # pages, round 73: <h3 id="papertitle">"Lip-smacking, …" </h3>): the title is what they enclose.
        unquoted = _unquoted(text) if key and text and compact(text) not in key else None
        if unquoted and compact(unquoted) in key:
            text = unquoted
        if text and "logo" not in classes and words_in(text) >= 2 and len(text) <= _LONGEST_TITLE:
            # A subtitle set apart beside the heading is part of the title.
            found.append(with_subtitle(text, subtitle_beside(node)))
    return found


def _unquoted(text: str) -> str | None:
    """The text inside the quotation marks that open and close it, or None when it is not so enclosed."""
    plain = text.translate(PLAIN_QUOTES)
    if len(plain) > 2 and plain[0] == plain[-1] == '"' and '"' not in plain[1:-1]:
        return clean_text(text[1:-1])
    return None


def _slug(text: str) -> bool:
    """Words joined by hyphens and no space: three words at least ("a-b" is a hyphenated word)."""
    return " " not in text and text.count("-") >= 2 and all(part for part in text.strip("-").split("-"))
