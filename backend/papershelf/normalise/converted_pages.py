"""The title page a LaTeX-to-HTML converter writes for a paper or report, as authors' and departments' sites
serve it with no scholarly meta (round 75).

LaTeX2HTML (1996-2024) puts \\title in <TITLE>, META description and an H1, then \\maketitle's lines as
centred paragraphs in <STRONG> (DIV.author_info from 2002): the \\author line (\\and set as " - ", a journal
class's capitals kept, the affiliation after a <BR>), and the \\date line if there is one; it signs the page
with an <ADDRESS> of the translating user and the day of the translation, the day the paper went on the web.
TeX4ht writes \\maketitle as div.maketitle: h2.titleHead, div.author (a <br /> between people) and div.date;
a paper's supplementary-material page titles itself 'Supplementary Material for “<the paper>”' and cites the
paper in its date line, its reference's row holding the year and the DOI link.
HeVeA writes \\maketitle as table.title: h1.titlemain, then an h3.titlerest for the \\author block (the
affiliation after a <br>, \\and as \\quad's two no-break spaces, a tabular as a table) and one for the \\date
line.
LaTeXML, outside arXiv's HTML view, writes an article.ltx_document: h1.ltx_title_document, a
span.ltx_personname for each \\author block (the affiliation after a <br class="ltx_break">, several people a
comma apart in one block as some authors write them) and div.ltx_dates, its date in brackets (before 0.8.5
div.ltx_date.ltx_role_creation).
Org mode's export names its authors in an author meta and its postamble's "Author:" line, under "Date:" (the
file's #+DATE) and over "Created:" (the day of the export); h1.title its title, div.abstract its abstract.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text, normalise_doi
from .arxiv_views import latexml_text, people_in_personname
from .body import BodyRecord
from .dates import dates_in_text, label_says_published
from .html_meta import Page, abstract_text, block_text, next_element, select_all, select_first, text_lines
from .names import a_persons_name, display_name
from .places import compact
from .shown import abstract_after_heading

# LaTeX2HTML's marks in the body, which stay when the head's meta are gone: its anchors are named
# tex2html<n>, and the title page lists its sections under CHILD_LINKS.
_LATEX2HTML_MARKS = 'a[name^="tex2html"], a[id^="tex2html"], a[name="CHILD_LINKS"], a[id="CHILD_LINKS"]'
# What ends \maketitle's lines under the H1: the abstract's heading, a rule, the child links.
_BLOCK_ENDS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "hr", "ul", "ol", "table", "address", "dl"))
# \and as LaTeX2HTML sets it between two authors of one \author line.
_AND = re.compile(r"\s+-\s+")
_PARTS = re.compile(r"\s*,\s*|\s+and\s+")
# A \date line may carry its label ("Version: February 2019", "Draft of May 2003"): a few words before the
# date, no sentence.
_DATE_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?\s*:?")
# A supplement's page names its paper in quotes after what it is: 'Supplementary Material for “…”'.
_SUPPLEMENT = re.compile(r"supplement\w*(?: \w+){0,3}\s+(?:for|to|of)\s+[“\"](.+)[”\"]", re.IGNORECASE)
_YEAR_IN_BRACKETS = re.compile(r"\(((?:1[89]|20)\d\d)\)")


def converted_title_page(page: Page) -> BodyRecord | None:
    """The record of a converter's title page: its title, its byline, its date and (a supplement's) the
    DOI of the paper it supplements; None for any other page, a section's page among them (no byline)."""
    return (_tex4ht_title_page(page) or _latex2html_title_page(page) or _hevea_title_page(page)
            or _latexml_document(page) or _org_export(page))


def _latexml_document(page: Page) -> BodyRecord | None:
    document = page.tree.css_first(".ltx_document")
    heading = document.css_first(".ltx_title_document") if document is not None else None
    title = clean_text(latexml_text(heading, whole=True)) if heading is not None else None
    if not title:
        return None
    authors = [name for node in select_all(document, ".ltx_authors .ltx_personname")
               for person in people_in_personname(node) for name in _people(clean_text(person) or "")]
    if not authors:
        return None
    dated = document.css_first(".ltx_dates, .ltx_date.ltx_role_creation")
    date = _latexml_day((clean_text(dated.text(deep=True)) or "").strip("() ")) if dated is not None else None
    summary = document.css_first(".ltx_abstract")
    return BodyRecord(title=title, authors=authors, known=True, shown=[date] if date else [],
                      abstract=abstract_text(block_text(summary)) if summary is not None else None)


def _latexml_day(text: str) -> str | None:
    """The day LaTeXML's dates block gives. It holds every date of the front matter a semicolon apart, each
    after its name if the class names it ("Received 3 January 2025; Accepted 2 March 2025; Published 20 March
    2025", or bare "3 January 2025; 2 March 2025"): the one labelled a publication, else the first that no
    received, revised or accepted label names and that reads as a \\date line does."""
    published: list[str] = []
    others: list[str] = []
    for part in text.split(";"):
        found = dates_in_text(part)
        if len(found) != 1 or found[0][2] is None or part[found[0][1]:].strip(" ."):
            continue  # a part is one date, nothing after it
        start, _, iso = found[0]
        says = label_says_published(part[:start])
        if says:
            published.append(iso)
        elif says is None and _date_line(part.strip()):
            others.append(iso)
    return (published or others or [None])[0]


def _hevea_title_page(page: Page) -> BodyRecord | None:
    # HeVeA's own classes, which stay when the generator meta is gone.
    heading = select_first(page.tree, "table.title h1.titlemain")
    title = clean_text(heading.text(deep=True)) if heading is not None else None
    if not title:
        return None
    authors: list[str] = []
    dates: list[str] = []
    for block in select_all(page.tree, "table.title .titlerest"):
        line = _first_line(block) or ""
        if date := _date_line(line):
            dates.append(date)
        elif not authors and not dates:
            authors = [name for person in _hevea_people_lines(block) for name in _people(person)]
    if not authors:
        return None
    return BodyRecord(title=title, authors=authors, known=True, shown=dates[:1])


# HeVeA's \and is a \quad, two no-break spaces or more (a "~" beside it adds one): one person's block
# ends there and the next one's begins.
_HEVEA_AND = re.compile("\u00a0{2,}")


def _hevea_people_lines(block: Any) -> list[str]:
    """The line of each person HeVeA's \\author block sets apart: the first row of each of its tabulars, a
    cell a person (\\begin{tabular}{c}Ada Lovelace\\\\INRIA\\end{tabular}, or one tabular of a column
    each), else the first line of each stretch its \\and sets apart, the affiliation under a <br> no name
    ("Ada Lovelace<br>INRIA&#XA0;&#XA0;Charles Babbage<br>Cambridge")."""
    tables = [table for table in block.css("table") if not _inside_a_table(table, block)]
    if tables:
        rows = [table.css_first("tr") for table in tables]
        return [line for row in rows if row is not None
                for cell in row.iter() if cell.tag in ("td", "th") and (line := _first_line(cell))]
    # The source's own line ends are spaces; a <br> ends a line.
    text = "".join("\n" if node.tag == "br" else (node.text_content or "").replace("\n", " ")
                   if node.tag == "-text" else "" for node in block.traverse(include_text=True))
    return [line for stretch in _HEVEA_AND.split(text)
            if (line := clean_text(next((part for part in stretch.split("\n") if part.strip()), "")))]


def _inside_a_table(table: Any, block: Any) -> bool:
    """Whether a table sits in another table of the block (a cell's own tabular)."""
    node = table.parent
    while node is not None and node.mem_id != block.mem_id:
        if node.tag == "table":
            return True
        node = node.parent
    return False


def _latex2html_title_page(page: Page) -> BodyRecord | None:
    if not _by_latex2html(page):
        return None
    heading = select_first(page.tree, "body h1")
    title = clean_text(heading.text(deep=True)) if heading is not None else None
    tab = page.head_title
    if not title or tab is None or compact(clean_text(tab.text()) or "") != compact(title):
        return None  # \title goes to <TITLE> and the H1 alike; a page whose H1 is another's is not its
    authors: list[str] = []
    dates: list[str] = []
    for line in _lines_of_maketitle(heading):
        if date := _date_line(line):
            dates.append(date)
        elif not authors and not dates:
            authors = _people(line)
    if not authors:
        return None
    return BodyRecord(title=title, authors=authors, known=True, shown=(dates or _address_day(page))[:1])


def _by_latex2html(page: Page) -> bool:
    generator = (page.first("generator") or "").casefold()
    return ("latex2html" in generator
            or (page.first("resource-type") == "document" and page.first("distribution") == "global")
            or page.tree.css_first(_LATEX2HTML_MARKS) is not None)


def _lines_of_maketitle(heading: Any) -> list[str]:
    """The first line of each paragraph under the H1 that opens in <STRONG> (an author's or the date's);
    the lines after a <BR> (the affiliation) and paragraphs in <I> or <SMALL> (affiliations, mailboxes)
    are no part of the byline."""
    lines = []
    node = heading.next
    while node is not None and node.tag not in _BLOCK_ENDS:
        if node.tag == "a" and "CHILD_LINKS" in (node.attributes.get("name"), node.attributes.get("id")):
            break
        paragraphs = [node] if node.tag == "p" else node.css("p") if node.tag == "div" else []
        lines += [line for paragraph in paragraphs if (line := _strong_first_line(paragraph))]
        node = node.next
    return lines


def _strong_first_line(paragraph: Any) -> str | None:
    first = _first_line(paragraph)
    strong = paragraph.css_first("strong, b")
    if not first or strong is None or first not in (clean_text(strong.text(deep=True)) or ""):
        return None
    return first


def _first_line(element: Any) -> str | None:
    parts: list[str] = []
    for node in element.traverse(include_text=True):
        if node.tag == "br" and clean_text("".join(parts)):
            break
        if node.tag == "-text":
            parts.append(node.text_content or "")
    return clean_text("".join(parts))


def _date_line(line: str) -> str | None:
    """The date a \\date line gives, alone or after a short label; None for any other line."""
    found = dates_in_text(line)
    if len(found) != 1 or found[0][2] is None:
        return None
    start, end, iso = found[0]
    before, after = line[:start].strip(), line[end:].strip(" .")
    return iso if not after and (not before or _DATE_LABEL.fullmatch(before)) else None


def _address_day(page: Page) -> list[str]:
    """The day of the translation LaTeX2HTML signs the page with (<ADDRESS>user<BR>1999-03-14</ADDRESS>)."""
    address = page.tree.css_first("address")
    found = dates_in_text(clean_text(address.text(deep=True)) or "") if address is not None else []
    days = [iso for _, _, iso in found if iso and len(iso) == len("1999-03-14")]
    return days[-1:] if len(days) == 1 else []


def _people(line: str) -> list[str]:
    """The people of an \\author line: parted at LaTeX2HTML's " - ", then at commas and "and" when every part
    is a person's name; a part that is not (a facility's 'Research Facility, EOL/NCAR') is one name as
    written, a group's."""
    people = []
    for piece in _AND.split(line):
        parts = [part for part in _PARTS.split(piece) if part]
        if parts and all(a_persons_name(part) for part in parts):
            people += [name for part in parts if (name := display_name(part))]
        elif name := clean_text(piece):
            people.append(name)
    return people


def _tex4ht_title_page(page: Page) -> BodyRecord | None:
    block = page.tree.css_first("div.maketitle")
    heading = block.css_first(".titleHead") if block is not None else None
    heading_text = clean_text(block_text(heading)) if heading is not None else None
    if not heading_text:
        return None
    supplement = _SUPPLEMENT.fullmatch(heading_text)
    title = clean_text(supplement.group(1)) if supplement else heading_text
    author = block.css_first(".author")
    authors = [name for line in text_lines(author) if line for name in _people(line)
               if a_persons_name(line) or "," in line] if author is not None else []
    if not title or not authors:
        return None
    date_line = block.css_first(".date")
    date = _date_line(clean_text(date_line.text(deep=True)) or "") if date_line is not None else None
    cited = _cited_reference(page, date_line) if date_line is not None else None
    year = _YEAR_IN_BRACKETS.search(clean_text(cited.text(deep=True)) or "") if cited is not None else None
    doi_link = cited.css_first('a[href*="doi.org/10."]') if cited is not None else None
    return BodyRecord(
        title=title,
        authors=authors,
        known=True,
        shown=[date] if date else [year.group(1)] if year else [],
        doi=normalise_doi(doi_link.attributes.get("href")) if doi_link is not None else None,
        abstract=_tex4ht_abstract(page),
    )


def _cited_reference(page: Page, date_line: Any) -> Any:
    """The row of the reference a date line cites ('Results and data in [1]'), a supplement's paper."""
    link = date_line.css_first('a[href^="#"]')
    target = (link.attributes.get("href") or "")[1:] if link is not None else ""
    if not target or '"' in target:
        return None
    anchor = page.tree.css_first(f'[id="{target}"]')
    row = anchor
    while row is not None and row.tag != "tr":
        row = row.parent
    return row


def _tex4ht_abstract(page: Page) -> str | None:
    abstract = page.tree.css_first("div.abstract")
    if abstract is None:
        return None
    # Its heading ("Abstract") opens the block; read past it, the page's tree left as every reader finds it.
    text = clean_text(block_text(abstract)) or ""
    for label in abstract.css(".abstracttitle"):
        heading = clean_text(block_text(label)) or ""
        if heading and text.startswith(heading):
            text = text[len(heading):].strip()
    return text or None


def _org_export(page: Page) -> BodyRecord | None:
    """An Org file exported as a page is a paper's when it shows an abstract (a note, a tutorial or a
    README is one as often); its byline is the author meta or else the postamble's "Author:" line."""
    heading = page.tree.css_first("h1.title")
    postamble = page.tree.css_first("#postamble")
    by_org = (page.first("generator") or "").casefold().startswith("org")
    if heading is None or not (by_org or postamble is not None):
        return None
    summary = page.tree.css_first("div.abstract")
    abstract = clean_text(block_text(summary)) if summary is not None else abstract_after_heading(page)
    title = _first_line(heading)  # a #+SUBTITLE follows a <br>
    author_line = postamble.css_first("p.author") if postamble is not None else None
    byline = page.first("author") or (_past_label(_text_but_mailboxes(author_line)) if author_line else None)
    authors = _people(byline) if byline else []
    if not title or not authors or not abstract:
        return None
    # "Date:" (#+DATE) comes before "Created:", the day of the export, which dates it where nothing else does
    # (as LaTeX2HTML's signature does); a subtitle that is a date line ("#+SUBTITLE: Draft of 3 March 2021")
    # dates the paper before the export does.
    own, later = _postamble_days(postamble) if postamble is not None else ([], [])
    subtitle = _org_subtitle(heading)
    shown = _date_line(clean_text(subtitle.text(deep=True)) or "") if subtitle is not None else None
    days = own + ([shown] if shown else []) + later
    return BodyRecord(title=title, authors=authors, known=True, shown=days[:1], abstract=abstract)


def _postamble_days(postamble: Any) -> tuple[list[str], list[str]]:
    """The days of an Org postamble's date lines: (those before its author line, the rest). Org's own
    postamble writes "Date:" (#+DATE, in the document's language) first, then the author, then "Created:",
    the export's stamp; an older layout, the author then "Date:", gives its dates to the rest."""
    own: list[str] = []
    later: list[str] = []
    past_author = False
    for line in postamble.css("p"):
        classes = (line.attributes.get("class") or "").split()
        past_author = past_author or "author" in classes
        if "date" in classes:
            days = dates_in_text(_past_label(clean_text(line.text(deep=True))))
            (later if past_author else own).extend(iso for _, _, iso in days if iso)
    return own, later


def _org_subtitle(heading: Any) -> Any:
    """Org's #+SUBTITLE: a span.subtitle inside h1.title after a <br />, or with html5-fancy the p.subtitle
    after it in their <header>."""
    inside = heading.css_first(".subtitle")
    if inside is not None:
        return inside
    after = next_element(heading)
    classes = (after.attributes.get("class") or "").split() if after is not None else []
    return after if "subtitle" in classes else None


def _past_label(text: str | None) -> str:
    """A postamble line past its label, which Org writes in the document's language ("Author:", "Autor:")."""
    label, colon, rest = (text or "").partition(":")
    return rest.strip() if colon and len(label.split()) <= 2 else (text or "").strip()


def _text_but_mailboxes(element: Any) -> str:
    """Org 7 links the author's mailbox beside the name (<a href="mailto:…">&lt;…&gt;</a>)."""
    text = element.text(deep=True)
    for mailbox in element.css('a[href^="mailto:"]'):
        text = text.replace(mailbox.text(deep=True), " ")
    return clean_text(text) or ""
