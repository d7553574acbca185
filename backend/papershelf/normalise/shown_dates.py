"""Dates most pages show, read without knowing their publisher: a "Published" label and its date, a
time marked as the post's or shown under the heading, a record's month and year fields, a thesis's
defence, and the dates the page's own citation gives (its citation line, its BibTeX entry: read in
`cited_dates.py`); for pages whose meta states none (or only a year)."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .citation_days import own_citation_day
from .cited_dates import (
    VENUE_LINE,
    bracketed_issue_date,
    chinese_issue_year,
    citation_line_date,
    citation_line_under_heading,
    issue_month,
    own_bibtex_block_day,
    own_bibtex_block_month,
    own_bibtex_block_year,
    own_citation_line_year,
    own_citation_month,
    own_citation_year,
    own_popover_citation_year,
    volume_and_issue_date,
    volume_pages_year,
)
from .data_block_days import labelled_day_under_heading
from .datelines import SHORT, day_of_the_line
from .dates import dates_in_text, figures_date, first_day, labelled_dates, partial_date, whole_date
from .dates_after_labels import LABEL_GAP, dates_after, in_cites_or_other_papers, whole_element_date
from .html_meta import Page, block_text, next_element, short_text
from .label_holders import in_lower_case, label_holders, page_has_words
from .meta_timestamps import window_dates
from .places import (
    HEADING_TAGS,
    HEADINGS,
    PROSE,
    UNSHOWN,
    after_heading,
    below_heading,
    heading_nodes,
    in_another_entry,
    text_above_references,
    title_heading,
    title_or_first_heading,
    venue_line,
)
from .sites import DAY_FIRST_DEGREE_DATE_LABELS, DEGREE_DATE_LABELS

_DATE_LABEL = re.compile(
    r"\b(?:date of publication|publication date|date published|first published|e-?published|published"
    # A catalogue's row of the year alone: "Publication year | 1971" (ProQuest's dissertations, 2020).
    r"|publication year|year of publication"
    # DSpace's full item record names its rows by their Dublin Core fields: "dc.date.issued | 2018".
    r"|dc\.date\.issued"
    # "Publish Date : 2015-09-06" (a journal on a WordPress theme). Not a data set's "Release Date":
    # that is its version's, a revision's release beside the year its citation gives it.
    r"|publish date"
    # WRAP, Warwick's EPrints (2026): "Official Date: 6 August 2025", the item's date of record (its
    # "Dates" row pairs it with its event, "Published"), not the "Date of first compliant deposit".
    r"|official date"
    # A preprint's "Posted March 27, 2020." (bioRxiv), not an "Accepted author version posted online".
    r"|(?<![\w ])posted"
    # Wiley's publication history and ScienceDirect's dates: "Version of Record online: 17 MAR
    # 2016", "Accepted manuscript online: 19 JAN 2016", "Available online 21 April 2023".
    r"|(?:available|version of record|accepted manuscript|issue) online"
    # ECS on HighWire (2006): "Available electronically June 5, 2006."
    r"|available electronically"
    # SpringerLink (2017): "First Online: 08 July 2011", its publication history's first entry.
    r"|first online"
    # Web of Science's record (2024): "Early Access MAY 2021", when the paper appeared ahead of its issue.
    r"|early access"
    # Project Euclid: "First available in Project Euclid: 30 January 2014" (its issue: "March/April 2014").
    r"|first available(?: in [^:\n]{1,40}(?=:))?"
    # The CDC's journal pages (Emerging Infectious Diseases, 2012): "Page created: April 12, 2012" at the
    # foot, the day the article's page went online ahead of its issue (then "Page updated", "Page reviewed").
    r"|page created"
    # The same labels in Chinese, Japanese and Korean, their words unspaced: Wanfang Data's
    # "在线出版日期：" (the day the paper went online), "出版日期", "发表日期"; "公開日" (J-STAGE),
    # "発行日", "掲載日", "발행일". A Korean newspaper's posted line, "입력 : 2009.09.25 03:03"
    # (Chosun Ilbo's 2015 template): its "입력" (input, posted) the story's publication as English's
    # "Posted"; its "수정" the update's, no label here.
    r"|在线出版日期|网络出版日期|出版日期|发表日期|发布日期|公開日|発行日|掲載日|발행일|입력"
    # Russian and Ukrainian: "Дата публикации: 02.12.2025" (Math-Net.Ru), "Опубликовано", "Дата публікації".
    r"|дата публикации|дата публікації|опубликовано|опубліковано"
    # The same in the languages of Europe's, Turkey's and Indonesia's journals: "Publié le 12 mars 2019",
    # OpenEdition's "Mis en ligne le", "Veröffentlicht", "Pubblicato il", "Gepubliceerd op", "Publicado
    # el", "Opublikowano", "Publikováno", "Yayın Tarihi", "Diterbitkan", "Publicerad".
    r"|publié(?:e)? le|mis en ligne le|date de publication|veröffentlicht|erschienen(?: am)?"
    r"|veröffentlichungsdatum|publikationsdatum|pubblicato(?: il)?|data di pubblicazione|gepubliceerd(?: op)?"
    r"|publicatiedatum|publicado(?: el| em)?|fecha de publicación|data de publicação|opublikowano"
    r"|data publikacji|publikováno|datum publikace|yayın tarihi|yayımlanma tarihi|diterbitkan|tanggal terbit"
    r"|publicerad|publiceringsdatum"
    # Greek: "ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17" (ΤΟ ΒΗΜΑ, 2011; publication), "Δημοσίευση:" in lower case, its
    # accent dropped in capitals; not the update's "ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ".
    r"|δημοσ[ιί]ευση)\b",
    re.IGNORECASE,
)


# A details box may set its labels as small headings over their values (DergiPark, 2026: <h3>Publication
# Date</h3><p>January 30, 2026</p>); an h1 or h2 is the title's or a section's, no label.
# A word every label of _DATE_LABEL holds.
_LABEL_WORDS = re.compile(
    r"publi|posted|online|available|issued|early access|official|page created"
    r"|出版|发表|发布|公開|発行|掲載|발행|입력"
    r"|публи|публі|mis en ligne|veröffentl|erschienen|pubbl|yayın|yayım|terbit|δημοσ[ιί]ευ",
    re.IGNORECASE,
)


_DEGREE_LABEL = re.compile("|".join(re.escape(label) for label in DEGREE_DATE_LABELS), re.IGNORECASE)
_DAY_FIRST_DEGREE_LABEL = re.compile(
    "|".join(re.escape(label) for label in DAY_FIRST_DEGREE_DATE_LABELS), re.IGNORECASE
)


def opens_with_a_publication_label(text: str) -> bool:
    """Whether a line opens with a publication label ('ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17', 'Published: …'):
    its day the piece's publication."""
    return _DATE_LABEL.match(text.strip()) is not None


def publication_labelled_dates(page: Page) -> list[str]:
    """The dates right after a publication label ("First published 20 Jan 2023"), sought only on a
    page whose text has such a label's words somewhere. Words, not labels: the page's text runs its
    elements together ("Round thingsPublished: 12 March 2019"), where a label that opens its element's own
    text has no word boundary before it; each element's own text is read for the label itself."""
    return dates_after(page, _DATE_LABEL, _LABEL_WORDS) if page_has_words(page, _LABEL_WORDS) else []


# How long before the date meta states a paper may appear online first: a labelled date earlier still
# is another paper's (PMC: "Published online Mar 27, 2013" for its issue of January 2015).
_ONLINE_FIRST_YEARS = 3


# An e-pub, opening its element ("Epub 2022 Feb 28.", PubMed under its citation line), beside the issue
# its meta dates. Not read on a page without meta dates, where an "Epub" anywhere may be a sidebar's.
_OPENING_LABEL = re.compile(rf"{_DATE_LABEL.pattern}|\bepub\b", re.IGNORECASE)
_OPENING_WORDS = re.compile(rf"{_LABEL_WORDS.pattern}|epub", re.IGNORECASE)


def labels_opening_their_text(page: Page, stated: list[str]) -> list[str]:
    """The dates of publication labels that open their element's own text ("Published Online First
    23 October 2012", "Version of Record online: 17 MAR 2016", "Published online 2005 Apr 21."), for a
    page whose meta states a date (often its issue's, which comes later): never inside a cited work's
    <cite>, and not years before the meta's date. Not only above the references: publishers lay out
    their dates' box after them (Atypon, HighWire). A label inside a sentence ("Note that a preprint
    also exists, first published August 2, 2017.") names another version or work."""
    # Words, not labels: the page's text runs its elements together ("Published19 June 2013").
    if not stated or not page_has_words(page, _OPENING_WORDS):
        return []
    opening = dates_after(page, _OPENING_LABEL, _OPENING_WORDS, opening=True)
    labelled = _not_years_before(page, opening, stated)
    # "First published 2010" says when the work first appeared, however long before the edition or the
    # reprint the meta dates ("Second edition 2020"): `published` is that first appearance, as a paper's
    # is its first version's. Only other labels years before the meta's date are another work's. On a
    # page that names no edition or ISBN, a journal's info box ("First published: 1965") is the journal's
    # first appearance, not the article's: the window holds there too.
    if page_has_words(page, _FIRST_WORDS):
        first = dates_after(page, _FIRST_PUBLISHED, _FIRST_WORDS, opening=True)
        labelled += first if _a_books_page(page) else _not_years_before(page, first, stated)
    return labelled


# What tells a book's page (or a chapter's) from an article's: its ISBN, in meta or shown, or an
# edition it names.
_BOOK_WORDS = re.compile(r"\bISBN|edition\b", re.IGNORECASE)
_BOOK_META = ("citation_isbn", "citation_book_title", "books:isbn", "book:isbn")


def _a_books_page(page: Page) -> bool:
    return page.first(*_BOOK_META) is not None or _BOOK_WORDS.search(page.whole_text(" ")) is not None


_FIRST_PUBLISHED = re.compile(r"\bfirst published\b", re.IGNORECASE)
# The words alone: the page's text runs its elements together ("Round thingsFirst published 2010").
_FIRST_WORDS = re.compile(r"first published", re.IGNORECASE)


def _not_years_before(page: Page, dates: list[str], stated: list[str]) -> list[str]:
    # A meta date stated only with its time of day is a record's timestamp: it sets no window.
    anchors = window_dates(page, stated)
    earliest = int(min(anchors)[:4]) if anchors else 0
    return [date for date in dates if int(date[:4]) >= earliest - _ONLINE_FIRST_YEARS]


# A label of a date that is not the paper's publication: "Received: 01 November 2012; Accepted: 06
# May 2013;". Wiley's "Accepted manuscript online" is a publication label too, and dates the paper
# whatever this reads. "Date Written" (SSRN) is when the author wrote it, before it appeared; "Written"
# alone opens bylines ("Written on … by …"), so only the whole label counts.
_NOT_PUBLISHED_LABEL = re.compile(
    r"\b(?:received|revised|submitted|accepted|date\s+written)\b", re.IGNORECASE
)
_NOT_PUBLISHED_WORDS = re.compile(r"receiv|revis|submit|accept|date\s+written", re.IGNORECASE)


def history_dates_not_published(page: Page) -> list[str]:
    """The dates of received, revised and accepted labels that open their element's text, the date
    right after the label or in the text after its element (a history line: <span>Received:</span>
    01 November 2012; <span>Accepted:</span> 06 May 2013;): a meta date that is one of them
    (Frontiers' citation_online_date, the acceptance) does not date the paper. Not "Accepted author
    version posted online: 15 Apr 2013", whose words run on to another label."""
    if not page_has_words(page, _NOT_PUBLISHED_WORDS):
        return []
    in_cites = in_cites_or_other_papers(page)
    found = []
    words = in_lower_case(_NOT_PUBLISHED_WORDS)
    for node, raw, lowered in label_holders(page):
        if not words.search(lowered) or node.mem_id in in_cites:
            continue
        own = clean_text(raw) or ""
        label = _NOT_PUBLISHED_LABEL.match(own)
        if label is None or len(own) > 80:
            continue
        rest = own[label.end():]
        after = node.next
        while not rest.strip(" :") and after is not None and after.tag == "-text":
            rest, after = after.text_content or "", after.next
        dates = dates_in_text(rest)
        if dates and LABEL_GAP.fullmatch(rest[: dates[0][0]]):
            found.append(dates[0][2])
        elif not rest.strip(" :") and after is not None and (date := whole_element_date(after)):
            found.append(date)  # <p class="h5">Accepted</p><p>02 July 2014</p>
    return found


# A heading over a journal's history of the paper: its dates' labels tell which is the publication.
_HISTORY_HEADINGS = {"history", "publication history", "article history"}


def history_block_dates(page: Page, stated: list[str]) -> tuple[list[str], list[str]]:
    """(publication dates, received and accepted dates) of the short lines under a history heading,
    read by their labels: "History Received: 14 July 2009 Accepted: 31 August 2009 8 October 2009"
    (Science, whose last date, unlabelled, is when the paper appeared online; its meta dates the
    issue). For a page whose meta states a date; not years before it."""
    published: list[str] = []
    other: list[str] = []
    for heading in heading_nodes(page, HEADINGS) if stated else ():
        if (clean_text(heading.text()) or "").rstrip(":").casefold() not in _HISTORY_HEADINGS:
            continue
        lines = _under_heading(heading)
        # A paper's history labels its received or accepted day; a "History" of something else
        # ("Project started 12 January 2021", a software's releases) dates other events.
        if _NOT_PUBLISHED_LABEL.search(lines) is None:
            continue
        for is_publication, iso in labelled_dates(lines):
            (published if is_publication else other).append(iso)
    return _not_years_before(page, published, stated), other


# A history is a few short lines: what runs longer under its heading is the page's other matter.
_HISTORY_LINES = 8
_HISTORY_LINE = 120


def _under_heading(heading: Any) -> str:
    """The short lines that follow a heading, up to the next heading."""
    lines: list[str] = []
    node = heading.next
    while node is not None and len(lines) < _HISTORY_LINES and node.tag not in HEADING_TAGS:
        text = (clean_text(node.text_content) if node.tag == "-text" else block_text(node)) or ""
        if len(text) > _HISTORY_LINE:
            break
        if text:
            lines.append(text)
        node = node.next
    return " ".join(lines)


def labelled_dates_anywhere(page: Page, title: str | None = None) -> list[str]:
    """Dates right after a publication label ("Date of Publication (online): 2021/12/13",
    "…, Published online: 2016"), for a page that states no date anywhere else: in the label's
    own text or the element after it; else a time marked or shown as the post's. A thesis page
    without one is dated by its defence."""
    return (
        dates_after(page, _DATE_LABEL, _LABEL_WORDS)
        or _marked_publication_time(page)
        or article_date(page)
        or _time_under_heading(page, title)
        or _dateline_under_heading(page, title)
        or _classed_day_under_heading(page, title)
        # …or the day after the label "Datum" in a release's data block under it (the BfS's, 2022).
        or labelled_day_under_heading(page, title)
        or _venue_line_date(page, title)
        or citation_line_date(page, title)
        or volume_and_issue_date(page)
        or bracketed_issue_date(page)
        or chinese_issue_year(page)
        or issue_month(page)
        or volume_pages_year(page)
        or citation_line_under_heading(page, title)
        or own_citation_month(page, title)
        or _month_and_year_fields(page)
        or own_bibtex_block_day(page, title)
        or own_bibtex_block_month(page, title)
        or own_citation_year(text_above_references(page), title)
        or own_bibtex_block_year(page, title)
        or own_citation_day(text_above_references(page), title)
        or own_citation_line_year(text_above_references(page), title)
        or own_popover_citation_year(page, title)
        or _venue_row_year(page)
        or dates_after(page, _DEGREE_LABEL, day_first=_DAY_FIRST_DEGREE_LABEL)
    )


# A record's row of the venue, its label alone in its element: "Publication" (Hugo's Academic theme and
# its successors: div.pub-row-heading "Publication", then the venue), "Published in", "Venue".
_VENUE_LABEL = re.compile(r"(?:publication|published in|venue)\s*:?", re.IGNORECASE)
# The year that ends a venue written with it: "International Conference on Computer Vision (ICCV) 2017",
# "ICCV 2017)", "Proc. ICML, 2019".
_VENUE_YEAR = re.compile(r"(?:^|[\s,(])((?:1[89]|20)\d\d)\)?\.?$")


def _venue_row_year(page: Page) -> list[str]:
    """The year that ends the venue a labelled row gives, for a page that shows no other date (a
    researcher's site's page of a conference paper: "Publication | International Conference on Computer
    Vision (ICCV) 2017"). The label's own text alone is read, and only the first few labels' values (a
    value may hold the rest of the page, labels and all); a label in a list, a sidebar, a menu or a
    footer is another paper's."""
    values = 0
    for label in page.tree.css("div, dt, th, td, span, strong, b"):
        if not _VENUE_LABEL.fullmatch(clean_text(label.text(deep=False)) or ""):
            continue
        if next(label.iter(), None) is not None or in_another_entry(page, label):
            continue  # a block that holds more than the label; another paper's row in a list or sidebar
        values += 1
        if values > _VENUE_ROWS:
            break
        value = next_element(label)
        text = clean_text(value.text(deep=True)) if value is not None else None
        if text and len(text) < VENUE_LINE and (found := _VENUE_YEAR.search(text)):
            return [found.group(1)]
    return []


# How many labelled rows are read.
_VENUE_ROWS = 3


def _month_and_year_fields(page: Page) -> list[str]:
    """The date of a record's "Month: June Year: 2021" fields (the ACL Anthology's dl of a paper; the
    rows of a table whose first cell is the label, jekyll-scholar's entry page: <td><b>Year:</b></td>
    <td>2022</td>, <td><b>Month:</b></td><td>may</td>, ReScience C's)."""
    fields: dict[str, str] = {}
    for label in page.tree.css("dt,th,td"):
        if label.tag == "td":
            # A plain cell is read only when its text is short enough for a label and it opens its row
            # (a data table's cells further along are no labels): each cell's text is bounded, so the
            # page is read once.
            raw = short_text(label, _LABEL_CELL)
            name = (clean_text(raw) or "").rstrip(":").strip().casefold() if raw is not None else ""
            if name not in ("month", "year") or _opened_by_another_cell(label):
                continue
        else:
            name = (clean_text(label.text()) or "").rstrip(":").strip().casefold()
        value = next_element(label)
        if name in ("month", "year") and value is not None and value.tag in ("dd", "td"):
            fields.setdefault(name, clean_text(value.text()) or "")
    year, month = fields.get("year", ""), fields.get("month", "")
    if not re.fullmatch(r"(?:1[89]|20)\d\d", year):
        return []
    # A month named alone; "May 2 - May 7" are the days of a conference, not of the paper.
    date = partial_date(f"{month} {year}" if re.fullmatch(r"[A-Za-z]+\.?", month) else year)
    return [date] if date else []


# The most characters (and nodes) a table cell holds to be read as a "Month" or "Year" label.
_LABEL_CELL = 12


def _opened_by_another_cell(cell: Any) -> bool:
    """Whether an element cell comes before `cell` in its row."""
    sibling = cell.prev
    while sibling is not None and sibling.tag not in ("td", "th"):
        sibling = sibling.prev
    return sibling is not None


# A <time> marked as the publication of the post it belongs to: HTML5's pubdate attribute, hAtom's
# class "published" (on the time or the element holding it), WordPress themes' "entry-date".
_PUBLICATION_TIMES = (
    'time[pubdate][datetime],time[class~="published"][datetime],time[class~="entry-date"][datetime],'
    '[class~="published"] > time[datetime]'
)


def article_date(page: Page) -> list[str]:
    """The date the element classed as the article's date shows, when it is a date and nothing else:
    Hugo's Academic theme and its successors set it under the byline (<span class="article-date">March
    2023</span>) while their article:published_time and JSON-LD datePublished are the day the page was
    made, years after the paper at times. "Last updated on …" there is no date of the paper. One in a
    list, a sidebar, a menu or a footer is another post's (a theme's "Recent posts" with their dates). Where
    some stand under the page's heading, those above it are other stories' (a news site's strip of trending
    stories, each a card and a date); a page may set its own date above its title (Silverchair)."""
    # …or PaperMod's: div.post-meta's first span, its title the front matter's datetime, its words the date as
    # the page shows it ('August 2022' for a paper dated by its month: the Computational Uncertainty Lab's).
    nodes = page.tree.css('[class~="article-date"]') or page.tree.css(_PAPERMOD_DATE)[:1]
    above = _above_the_heading(page) if nodes else set()
    nodes = [node for node in nodes if node.mem_id not in above] or nodes
    for node in nodes[:_ARTICLE_DATES]:
        if in_another_entry(page, node):
            continue
        date = whole_date(_in_english(page, node.text(deep=True)))
        return [date] if date else []
    return []


def _above_the_heading(page: Page) -> set[int]:
    """The elements before the page's first h1 in page order (none when it has no h1)."""
    heading, body = page.tree.css_first("h1"), page.tree.body
    above: set[int] = set()
    for node in body.traverse() if heading is not None and body is not None else ():
        if node.mem_id == heading.mem_id:
            return above
        above.add(node.mem_id)
    return set()


# PaperMod's date in its post's meta line.
_PAPERMOD_DATE = 'div[class~="post-meta"] > span[title]'
# How many elements classed as an article's date are looked at: the page's own is among the first.
_ARTICLE_DATES = 3
# The months as a page in French writes them ("février, 2015": Hugo Blox Builder's date line on a
# French site), read only on a page whose <html lang> is French: "Mars 2020" in English is a mission.
_FRENCH_MONTHS = {
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March", "avril": "April",
    "mai": "May", "juin": "June", "juillet": "July", "août": "August", "aout": "August",
    "septembre": "September", "octobre": "October", "novembre": "November", "décembre": "December",
    "decembre": "December",
}
_FRENCH_MONTH = re.compile(r"\b(" + "|".join(_FRENCH_MONTHS) + r")\b", re.IGNORECASE)


def _in_english(page: Page, text: str) -> str:
    """The text with the months of the page's language in English, for a French page."""
    root = page.tree.css_first("html")
    language = (root.attributes.get("lang") or "") if root is not None else ""
    if not language.casefold().startswith("fr"):
        return text
    return _FRENCH_MONTH.sub(lambda found: _FRENCH_MONTHS[found.group(1).casefold()], text)


def _marked_publication_time(page: Page) -> list[str]:
    """The first time marked as a publication: the post's; its comments mark theirs further down.
    Else the date of the first block classed "published" (OJS 3's div.item.published: a heading in
    the journal's language, "Published", "Megjelent", "Đã Xuất bản", over <span>2022-12-29</span>)."""
    node = page.tree.css_first(_PUBLICATION_TIMES)
    date = partial_date(node.attributes.get("datetime")) if node is not None else None
    if date is None and (block := page.tree.css_first('[class~="published"]')) is not None:
        date = next((found for part in block.css("*") if (found := whole_element_date(part))), None)
    return [date] if date else []


# A label that makes the date after it another than the paper's publication (NBER's "Issue Date").
_OTHER_DATE_LABEL = re.compile(
    r"\b(?:issue|received|revised|accepted|submitted|updated|modified|created)\b", re.IGNORECASE
)


def _time_under_heading(page: Page, title: str | None) -> list[str]:
    """The first <time> between the heading of the paper's title and its text (a blog's byline:
    "Ada Lovelace · Aug 24, 2021 · 3 min"), or an element classed "date" that is a date and nothing
    else (the DataCite Blog of 2023: <span class="date">December 20th, 2016</span>), unless a label
    before it names another date. The heading is the title's h1, else a heading of another level that
    shows it (eScholarship, 2022: <h2>…</h2><div><time>2015</time><ul>Author(s): …</ul></div>)."""
    heading = title_heading(page, title) or title_heading(page, title, HEADINGS)
    for node in below_heading(page, heading) if heading is not None else ():
        dated = "date" in (node.attributes.get("class") or "").split() if node.tag != "-text" else False
        if node.tag != "time" and not (dated and whole_element_date(node)):
            continue
        label = _label_before(node)
        if label is not None and _OTHER_DATE_LABEL.search(clean_text(label.text(deep=True)) or ""):
            continue
        # A time element's text is short: one holding more (a nest of them, each holding the rest) is
        # not read whole, each one over.
        shown = block_text(node) if short_text(node, PROSE) is not None else None
        if date := partial_date(node.attributes.get("datetime")) or partial_date(shown):
            return [date]
    return []


def _dateline_under_heading(page: Page, title: str | None) -> list[str]:
    """The line right under the heading of the paper's title when it is a date and nothing else (a
    hand-made page's <p><small>4th September 2015</small></p> above its byline), past a few headings and
    links between them (an AT&T technical report of 1999: <H3>… Technical Report TR 99.4.3</H3>, the
    report's address as a link, then <P><I>14 April 1999</I>); the first line is the date or none is."""
    heading = title_heading(page, title)
    after = next_element(heading) if heading is not None else None
    for _ in range(_ELEMENTS_BEFORE_DATELINE):
        if after is None or (after.tag not in HEADING_TAGS and after.tag != "a"):
            break
        after = next_element(after)
    if after is not None and after.tag in ("p", "div") and (date := whole_element_date(after)):
        return [date]
    # …or a dateline, the place the item was issued in and the day (Jugend forscht, 2021: 'Hamburg, 2.
    # November 2021' under the h1, its release read by the subtitle under that line).
    line = short_text(after, 2 * SHORT) if after is not None and after.tag in ("p", "div") else None
    return [day] if line and (day := day_of_the_line(line)) else []


def _classed_day_under_heading(page: Page, title: str | None) -> list[str]:
    """The day of the first element classed as a date in a compound word ("field--name-field-publishing-date")
    among the lines between the heading of the title and the text's first paragraph of prose, where its
    whole text is that day (the BfN's press release, 2022, Drupal: its collaboration line and topics under
    the h1, then <div class="field field--name-field-publishing-date">13.01.2022</div> and the place). Not
    one in a list, an aside or a footer (another story's)."""
    heading = title_heading(page, title)
    for node in below_heading(page, heading) if heading is not None else ():
        if node.tag.startswith("-") or not _classed_as_a_day(node) or in_another_entry(page, node):
            continue
        line = short_text(node, 2 * SHORT)
        return [day] if line and (day := day_of_the_line(line)) else []
    return []


def _classed_as_a_day(node: Any) -> bool:
    """Whether one of the element's compound classes ends in the word "date" (or "datum")."""
    return any(_CLASS_JOINS.search(word) and _CLASS_JOINS.split(word)[-1] in ("date", "datum")
               for word in (node.attributes.get("class") or "").casefold().split())


# How a compound class joins its words ("field--name-field-publishing-date").
_CLASS_JOINS = re.compile(r"[-_]+")


# What names the venue in a line set in italics under a title: a kind of meeting or of periodical, or a
# meeting's initials with its year ("MICRO 2024", "NeurIPS'23").
_NAMES_A_VENUE = re.compile(
    r"(?i:\b(?:proceedings|proc\.|conference|symposium|workshop|congress|meeting|colloquium|journal"
    r"|transactions|letters|annals|bulletin|review|magazine|summit|forum|seminar)\b)"
    r"|\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s*[\u2019']?(?:\d{2}|(?:19|20)\d\d)\b"
    # … or a periodical cited with its volume before the year, however it is called ("Nature
    # Communications 6, 2015", "Neural Computation 9(8):1735-1780, 1997", "Nature 521, 436–444 (2015)").
    r"|\b[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|of|and|&|in|for|on|the)){0,8},?\s+(?:[Vv]ol\.\s*)?\d{1,4}\b"
    r"(?:\s*\(\d+(?:[-\u2013]\d+)?\))?(?:\s*[:,]\s*(?:pp?\.\s*)?[A-Za-z]?\d+(?:[-\u2013][A-Za-z]?\d+)?)?"
    r",?\s*\(?(?:19|20)\d\d\b"
)


def _venue_line_date(page: Page, title: str | None) -> list[str]:
    """The date of the venue line right under the heading of the paper's title, set wholly in italics (a
    lab's abstract page, Carnegie Mellon's Parallel Data Lab, 2026: <h3>…</h3><p><i>2024 57th IEEE/ACM
    International Symposium on Microarchitecture (MICRO), November 2-6, 2024, Austin, TX.</i></p>): the
    paper appeared at the meeting, read as its days say it, a span of days as their month (a proceedings
    row's "September 1990" is read so); the year alone when it names no month."""
    heading = title_heading(page, title, HEADINGS)
    after = next_element(heading) if heading is not None else None
    if after is None or after.tag not in ("p", "div") or not venue_line(after):
        return []
    line = clean_text(after.text(deep=True)) or ""
    if not _NAMES_A_VENUE.search(line):
        return []  # an epigraph's "— Albert Einstein, 1929", a post's "Updated for the 2024 season"
    dates = [date for _, _, date in dates_in_text(line) if date]
    return [next((date for date in dates if len(date) > len("2024")), dates[0])] if dates else []


# The headings and links a report sets between its title and its date line: its number, its address.
_ELEMENTS_BEFORE_DATELINE = 3


def _label_before(node: Any) -> Any:
    """The element or text before a date, or before the wrapper that holds nothing but it (SpringerLink,
    2017: <span class="article-dates__label">Received: </span><span><time datetime=…>…</time></span>)."""
    for _ in range(3):
        label = node.prev
        while label is not None and label.tag in ("-text", "-comment") and not clean_text(label.text_content):
            label = label.prev
        parent = node.parent
        if label is not None or parent is None or parent.tag in ("body", "html"):
            return label
        if clean_text(parent.text(deep=True)) != clean_text(node.text(deep=True)):
            return None
        node = parent
    return None


# The headings over a versioned document's log of its issues, a row a version with its date (a projects'
# technical document: "Document Log", Issue | Date | Comment), as such documents title it.
_ISSUE_LOGS = frozenset((
    "document log", "document history", "revision history", "version history", "change log",
    "release history",
))
# A date written in figures that may be day or month first: "31/01/2018", "05/02/2018".
_FIGURES_DATE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2((?:1[89]|20)\d\d)")


def first_issue_date(page: Page) -> list[str]:
    """When a versioned document first appeared, by the log of its issues under a heading of its own:
    the earliest date of the table after the heading. Dates in figures are read day first when one of
    them can only be so (31/01/2018), month first when one can only be so, and not at all when every one
    could be either."""
    for heading in heading_nodes(page, HEADINGS):
        if (clean_text(heading.text()) or "").rstrip(":").strip().casefold() not in _ISSUE_LOGS:
            continue
        table = next_element(heading)
        if table is None or table.tag != "table":
            continue
        written, figures = [], []
        for cell in table.css("td"):
            text = clean_text(cell.text()) or ""
            if (found := _FIGURES_DATE.fullmatch(text)) is not None:
                figures.append((int(found.group(1)), int(found.group(3)), int(found.group(4))))
            elif date := whole_date(text):
                written.append(date)
        day_first = any(first > 12 for first, _, _ in figures)
        month_first = any(second > 12 for _, second, _ in figures)
        if day_first != month_first:
            written += [date for first, second, year in figures
                        if (date := figures_date(year, first, second, day_first=day_first))]
        return [min(written, key=first_day)] if written else []
    return []


# A note under a paper's title that it was published, in the languages of the corpus's notes: "This study
# was published in eLife on 9 February 2018", "Este estudio fue publicado en eLife el 9 de febrero de 2018
# en https://doi.org/…", "originally published by Satoshi Nakamoto on October 31, 2008"; or that this
# version of it was built, a manuscript's dateline ("This manuscript (permalink) was automatically generated
# from lab/paper@336ceda on November 1, 2022.", Manubot's, the version the page shows).
# The note speaks of the work itself ("This study", "Este estudio", "Cet article"): "Effects of this size were
# first published by Richard et al. (2003)" cites another.
_PUBLISHED_NOTE = re.compile(
    r"\b(?:this|the present|este|esta|cet|cette|ce)\s+[^\W\d_]+\s+(?:\([^()]{0,40}\)\s+)?"
    r"(?:was|has been|fue|foi|a été)\s+(?:(?:originally|first|previously|automatically|automaticamente)\s+)?"
    r"(?:published|publicad[oa]|publiée?|generated|generad[oa]|gerad[oa]|généré)\b",
    re.IGNORECASE,
)
# How many paragraphs after the title such a note may stand in (a link to the report's copy, then the build's
# dateline).
_NOTE_PARAGRAPHS = 3


def published_note_dates(page: Page, title: str | None) -> list[str]:
    """The date the first paragraphs after the title's heading give after saying the paper was published
    (a translation's or a reproduction's note of when and where the work itself came out; Manubot sets it
    in one paragraph with the build's own line, longer than a dateline), or that this version was built."""
    heading = title_or_first_heading(page, title)
    paragraphs = 0
    for node in after_heading(page, heading) if heading is not None else ():
        if node.tag in HEADING_TAGS or paragraphs == _NOTE_PARAGRAPHS:
            return []
        if node.tag == "p":
            paragraphs += 1
            text = (clean_text(node.text()) or "")[:_NOTE]
            found = _PUBLISHED_NOTE.search(text)
            if found is not None and (date := _the_notes_date(text[found.end() :])):
                return [date]
    return []


# What opens a note's date ("… on November 1, 2022", "… el 9 de febrero de 2018", "… in March 2018").
_BEFORE_NOTES_DATE = re.compile(r"\b(?:on|in|el|em|en|le|am|il)\s+$", re.IGNORECASE)
# The end of the note's sentence: a semicolon, or a stop after a word of five letters or more (not an
# abbreviation's: "Proc. Natl. Acad. Sci.") and before a capital.
_NOTES_END = re.compile(r";|[^\W\d_]{5}[.!?]\s+[A-Z\u00c0-\u00de]")


def _the_notes_date(rest: str) -> str | None:
    """The date the note's own words give after saying the work was published or built: in its sentence,
    after a preposition; a later date is another thing's (the years its data were collected, a review the
    next sentence names)."""
    end = _NOTES_END.search(rest)
    rest = rest[: end.start() if end is not None else len(rest)]
    return next((date for start, _, date in dates_in_text(rest)
                 if date and _BEFORE_NOTES_DATE.search(rest[:start])), None)


# How much of a paragraph after the title a note of its publication is looked for in.
_NOTE = 2 * PROSE


# A book's own site says which press published it, and when: "Published by MIT Press Dec 5th 2023."
# (Understanding Deep Learning's page, 2024), "A hardcover print edition has been published by MIT Press in
# 2023." (Fairness and Machine Learning's). The publisher's name is capitalised words closing with the
# kind of house it is: a copyright line's "Published by Elsevier B.V." names no press, and its
# "Published by Cambridge University Press on behalf of …" no date after it.
_BY_A_PRESS = re.compile(
    r"(?i:\bpublished\s+by\s+(?:the\s+)?)(?:[A-Z][\w&.'\u2019-]*\s+){0,5}?(?:Press|Publishers|Publishing|Media)\b"
)
# What may stand between the press's name and the date that follows it: "in 2023", ", 2019", "Dec 5th 2023".
_PRESS_DATE_GAP = re.compile(r"[\s,]*(?:(?:in|on)\s+)?", re.IGNORECASE)
# How far after the press's name its date is looked for.
_PRESS_DATE_WITHIN = 40


# A sentence that says the press published the book, or an edition of it, speaks of the page's own work
# wherever it stands ("The second edition of the book has been published by CRC Press", "This is the website
# for the book …, published by O'Reilly Media"); another, only as the imprint line right under the heading
# ("Published by MIT Press Dec 5th 2023."). A blog's "First on my list is …, published by MIT Press", a news
# story's "originally published by the Associated Press", a catalogue's entries each under its own heading
# and a footer's "Published by …" name another work, or the site's publisher.
# A book goes by its kind too ("This textbook, published by MIT Press in 2016, …", a handbook, a monograph).
_A_BOOK_OR_EDITION = re.compile(
    r"\b(?:(?:text|hand|work|e-?)?book|edition|monograph)\b|\bthis\s+work\b", re.IGNORECASE
)
# Where a sentence ends in the page's text.
_SENTENCE_END = re.compile(r"[.!?]\s")


def press_notes(page: Page) -> list[tuple[int, str]]:
    """Where the page's text above its references says a press published the work, with the text after
    the press's name; worked out once a page."""
    key = "press notes"
    if key not in page.worked_out:
        text = "" if _a_review(page) else text_above_references(page)
        imprint = _under_the_heading(page) if text else ""
        page.worked_out[key] = [
            (found.start(), text[found.end() : found.end() + _PRESS_DATE_WITHIN])
            for found in _BY_A_PRESS.finditer(text)
            if _A_BOOK_OR_EDITION.search(_sentence_at(text, found.start(), found.end()))
            or imprint.startswith(found.group(0))
        ]
    return page.worked_out[key]


# What a review's heading or <title> says it is: "Review: …", "Book review: …", "A review of …", "… reviewed".
_A_REVIEW = re.compile(
    r"^\s*(?:book\s+)?review\b|\bbook\s+review\b|\breview\s+of\b|\breviewed\b", re.IGNORECASE
)


def _a_review(page: Page) -> bool:
    """Whether the page says it reviews a work ("Review: The Book of Round Things"): the press it names
    ("The book, published by Example University Press in 2020, …") published the reviewed book, not the
    page."""
    heading = page.tree.css_first("h1")
    lines = (page.node_text("title") or "", (short_text(heading, PROSE) or "") if heading is not None else "")
    return any(_A_REVIEW.search(line) for line in lines)


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of the text that holds text[start:end] (a paragraph's worth either side at most)."""
    opening = max((found.end() for found in _SENTENCE_END.finditer(text, max(0, start - PROSE), start)),
                  default=max(0, start - PROSE))
    closing = _SENTENCE_END.search(text, end, end + PROSE)
    return text[opening : closing.start() if closing is not None else end + PROSE]


# How many lines right under the heading may stand before its imprint (a byline, a subtitle), and how
# many words make a line prose (the page's own text has begun: a post's first sentence).
_LINES_TO_THE_IMPRINT = 3
_PROSE_WORDS = 6


def _under_the_heading(page: Page) -> str:
    """The line right under the page's h1 that says a press published it, among the first few lines
    before the next heading or any prose; empty without one."""
    heading = page.tree.css_first("h1")
    lines = 0
    for count, node in enumerate(below_heading(page, heading) if heading is not None else ()):
        if (count and node.tag in HEADING_TAGS) or lines > _LINES_TO_THE_IMPRINT:
            break
        parent = node.parent
        unshown = parent is None or parent.mem_id == heading.mem_id or parent.tag in UNSHOWN
        if node.tag != "-text" or unshown or not (line := clean_text(node.text_content)):
            continue
        if _BY_A_PRESS.match(line) is not None:
            return line
        if line.endswith((".", "!", "?")) and len(line.split()) >= _PROSE_WORDS:
            break
        lines += 1
    return ""


# A sentence about an edition before the page's own: "The first edition was published by Academic Press
# in 1990." on the second edition's page dates that edition, not the book the page is.
_EARLIER_EDITION = re.compile(r"\b(?:first|original|previous|earlier|older)\s+edition\b", re.IGNORECASE)


def press_dates(page: Page) -> list[str]:
    """The dates a book's page gives right after the press that published it."""
    dates = []
    text = text_above_references(page)
    for start, after in press_notes(page):
        if _EARLIER_EDITION.search(_sentence_at(text, start, start)):
            continue
        found = dates_in_text(after)
        gap = _PRESS_DATE_GAP.match(after)
        if found and found[0][2] and gap is not None and gap.end() == found[0][0]:
            dates.append(found[0][2])
    return dates
