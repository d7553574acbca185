"""Dates a page's own citation gives, read without knowing its publisher: its citation line (NLM
style, or with volume, pages and year before its DOI, or with the issue's date in brackets), the
volume and issue with their day or month, the BibTeX entry it shows for itself, the proceedings it is
part of. A citation of another work (one whose title or DOI is not the page's) dates nothing.
`shown_dates.py` reads the other dates a page shows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import chain, islice
from typing import Any

from ..identity import clean_text, doi_key, normalise_doi
from .anonymous_bylines import names_no_one
from .dates import dates_in_text, english_month, partial_date
from .entry_dashes import plain_dashes
from .html_meta import Page, nearest_answer, next_element, past_blank_text, short_text
from .places import (
    HEADING_TAGS,
    HEADINGS,
    OTHER_PAPERS,
    OWN_TITLE,
    REFERENCES_WORDS,
    above_references,
    compact,
    in_another_entry,
    text_above_references,
    title_heading,
)
from .title_emoji import without_emoji

# An APA-style citation's year in brackets after the authors: "Vannobel, J.M., … (2022). Towards …".
_CITATION_YEAR = re.compile(r"\(((?:1[89]|20)\d\d)\)\.")


# The year a citation gives right before the title it cites, ending with a full stop: APA's
# "(2016). " and the "2016. " of author-year styles ("… and M.L. Truong-Loi. 2016. AirMOSS: …").
# Stricter than a byline's reading of the same line (bylines.py): a date read from running text
# needs the stop.
_YEAR_ENDING_THE_NAMES = re.compile(
    r"(?:\(((?:1[89]|20)\d\d)[a-z]?\)|(?<![\d.])((?:1[89]|20)\d\d)[a-z]?)\.\s*$")


def own_citation_line_year(text: str, title: str | None) -> list[str]:
    """The year of the citation a page asks for itself in its text ("CITATION Schmidt, F. L., & Oh,
    I.-S. (2016). The crisis of confidence …", APA PsycNET; a data centre's "Cite this data set"),
    read where the paper's own title follows the year."""
    if not title or len(title) < OWN_TITLE:
        return []
    folded, key = text.casefold(), title.casefold()
    at = folded.find(key)
    while at >= 0:
        if at and (found := _YEAR_ENDING_THE_NAMES.search(text[max(0, at - 12): at])):
            return [found.group(1) or found.group(2)]
        at = folded.find(key, at + 1)
    return []


def own_popover_citation_year(page: Page, title: str | None) -> list[str]:
    """The year of the citation a page offers for itself in a pop-over (IIETA's "Citation" button:
    data-content="Vannobel, J.M., Bekaert, M.H., Baumann, J. (2022). Towards a GUI gesture control
    …"), its title the paper's; not one of a cited work."""
    key = compact(title or "")
    for node in page.tree.css("[data-content]") if key else ():
        citation = node.attributes.get("data-content") or ""
        found = _CITATION_YEAR.search(citation)
        if found and key in compact(citation[found.end():]):
            return [found.group(1)]
    return []


# A BibTeX entry the page shows (USENIX's and CiteSeerX's citation boxes): its fields run to the next.
_BIBTEX_ENTRY = re.compile(r"@[a-z]+\s*\{\s*[^,{}\s]*\s*,(.*?)(?=@[a-z]+\s*\{|$)", re.IGNORECASE | re.DOTALL)


_BIBTEX_TITLE = re.compile(r"\btitle\s*=\s*[{\"](.+?)[}\"]\s*(?:,|$)", re.IGNORECASE | re.DOTALL)


_BIBTEX_YEAR = re.compile(r"\byear\s*=\s*[{\"]?((?:1[89]|20)\d\d)\b", re.IGNORECASE)


_BIBTEX_DOI = re.compile(
    r"\bdoi\s*=\s*[{\"]?\s*(?:https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^}\",\s]+)", re.IGNORECASE
)


def own_bibtex_doi(page: Page, title: str | None) -> str | None:
    """The DOI of the BibTeX entry the page shows for itself (its title the paper's): SciTePress
    names its DOI nowhere else ("@conference{biosignals22, … doi={10.5220/0010819500003123}, …"),
    Quarto only in its appendix after the references, a "BibTeX citation:" block (Computo, 2023)."""
    blocks = (_own_bibtex_entries(text, title, subtitled=cites) for text, cites in _bibtex_blocks(page))
    entries = chain(_own_bibtex_entries(text_above_references(page), title), *blocks)
    return next((found.group(1) for fields in entries if (found := _BIBTEX_DOI.search(fields))), None)


def bibtex_block_dois(page: Page) -> set[str]:
    """The DOIs, casefolded, that the BibTeX entries of the page's preformatted blocks give (a resolver's
    address written into the field, 'doi.org/10.1145/…', read as the DOI), whoever the entries cite."""
    return {found.group(1).rstrip(".").casefold() for text, _ in _bibtex_blocks(page)
            for field in _BIBTEX_DOI_FIELD.finditer(text) if (found := _DOI_IN_FIELD.search(field.group(1)))}


# A BibTeX entry's doi field, whatever it holds (a DOI, a resolver's address with or without its scheme), and
# the DOI in it.
_BIBTEX_DOI_FIELD = re.compile(r"\bdoi\s*=\s*[{\"]?([^}\"\n]*)", re.IGNORECASE)
_DOI_IN_FIELD = re.compile(r"\b(10\.\d{4,9}/[^\s}\",]+)")


# The arXiv id an entry names as its preprint: 'journal={arXiv preprint arXiv:2401.15318}', or an
# 'eprint={2401.00834}' beside archivePrefix={arXiv}.
_BIBTEX_ARXIV_JOURNAL = re.compile(r"\b(?:journal|booktitle)\s*=\s*[{\"]\s*arXiv\s+preprint\s+arXiv:\s*"
                                   r"(\d{4}\.\d{4,5})\b", re.IGNORECASE)
_BIBTEX_EPRINT = re.compile(r"\beprint\s*=\s*[{\"]?\s*(\d{4}\.\d{4,5})\b", re.IGNORECASE)
_BIBTEX_ARXIV_PREFIX = re.compile(r"\barchivePrefix\s*=\s*[{\"]?\s*arXiv\b", re.IGNORECASE)


# How many preformatted blocks are read for a BibTeX entry (the page's last: a paper's own code comes
# before its appendix), and how much of each.
_BIBTEX_BLOCKS = 50
_BIBTEX_BLOCK_TEXT = 5000


# A division its style sets as preformatted text, as a <pre> is ('white-space: pre-wrap' in a monospace box:
# ECCentric's benchmark page, round 227, its BibTeX entry under 'Cite ECCentric' in such a div, no <pre>).
_STYLED_AS_PRE = 'div[style*="white-space"]'
_PREFORMATTED = re.compile(r"white-space\s*:\s*pre", re.IGNORECASE)


def _bibtex_blocks(page: Page) -> list[tuple[str, bool]]:
    """The text of the page's preformatted blocks that open with a BibTeX entry, wherever they stand, and
    of the read-only boxes a project page shows its entry in to be copied (<textarea id="bibtex">), each
    with whether the label or heading right before it, or before the blocks beside it, says it is the
    page's citation (Quarto's "BibTeX citation:"):
    an entry of a publications list or a related-work block that shares the title's words before its
    colon ("Round things" beside "Round things: a study of curvature") is another paper's."""
    blocks = []
    nodes = [node for node in page.tree.css(f"pre, textarea, {_STYLED_AS_PRE}, code")
             if node.tag != "code" or _an_entry_in_code_of_its_own(node)]
    for node in nodes[-_BIBTEX_BLOCKS:]:
        if node.tag == "div" and not _PREFORMATTED.search(node.attributes.get("style") or ""):
            continue
        text = clean_text(short_text(node, _BIBTEX_BLOCK_TEXT))
        if text and text.startswith("@"):
            # A comment between them is no label a reader sees (LT-Mem's, round 217: a TODO note on the
            # entry between 'please cite our paper:' and the block).
            label = past_blank_text(node.prev, "prev", comments=True)
            for _ in range(_BIBTEX_BLOCKS):  # past the blocks of other formats beside it (RIS, EndNote)
                if label is None or label.tag not in ("pre", "textarea"):
                    break
                label = past_blank_text(label.prev, "prev", comments=True)
            said = None if label is None else clean_text(
                label.text_content if label.tag == "-text" else short_text(label, _CITATION_LABEL))
            blocks.append((text, bool(said and _CITES_ITSELF.search(said))))
    return blocks


def _an_entry_in_code_of_its_own(node: Any) -> bool:
    """Whether a <code> element outside any <pre> holds a BibTeX entry whole, its lines parted by <br> in a
    paragraph of its own (COOLL's dataset page, round 237: '<code><p>@Article{picon2016cooll,<br>author
    ={…},<br>title = {{COOLL}: …},<br>journal = {arXiv preprint arXiv:1611.05803 [cs.OH]},<br>year =
    {2016}}</p></code>' under 'Please cite the following paper:'): an entry set as a block, as a <pre> sets
    one. A <code> inside a <pre> is read with its <pre>; a word of code in a sentence opens with no '@'."""
    parent = node.parent
    if parent is None or parent.tag == "pre":
        return False
    return (clean_text(short_text(node, _BIBTEX_BLOCK_TEXT)) or "").startswith("@")


# How many entries of a block are read for their titles (a block holds one entry, or a few formats of it).
_BLOCK_ENTRIES = 5


def bibtex_block_titles(page: Page) -> list[str]:
    """The titles of the BibTeX entries the page shows in blocks of their own (a benchmark's or project's
    page citing its paper under its leaderboard), as written, the braces that keep capitals dropped: the
    paper's whole title where the page's headings show it in parts (project_subtitles)."""
    titles = []
    for text, _ in _bibtex_blocks(page):
        for entry in islice(_BIBTEX_ENTRY.finditer(text), _BLOCK_ENTRIES):
            named = _BIBTEX_TITLE.search(entry.group(1))
            if named and (title := clean_text(named.group(1).replace("{", "").replace("}", ""))):
                titles.append(title)
    return titles


# How long a label before a block may be, and what it says of a citation of the page's own.
_CITATION_LABEL = 100
_CITES_ITSELF = re.compile(r"\bcit(?:e|ation)\b", re.IGNORECASE)


# An article opening the subtitle after the name's colon, which an entry may write and the page's heading
# not ('BioKGBench: A Knowledge Graph …' for the description's 'BioKGBench: Knowledge Graph …', round 183):
# the same title either way. The article in either case: a heading may write it in small letters where its
# entry capitalises it (M4Singer's demo page, round 212: the h1 'M4Singer: a Multi-Style, …', its entry's
# title 'M4Singer: A Multi-Style, …'), as the titles are compared case-folded.
_SUBTITLES_ARTICLE = re.compile(r":\s+(?:[Aa]n?|[Tt]he)\s+(?=[A-Z])")


def _own_bibtex_entries(text: str, title: str | None, subtitled: bool = False) -> Iterator[str]:
    """The fields of each BibTeX entry the page shows for itself: those whose title is the
    paper's, not entries of works it cites; `subtitled`, also the title less its subtitle (Quarto's
    entry leaves out the subtitle its heading shows) or less its name before the colon."""
    # A heading's emoji are no part of the title the entry names (round 161: 'Catastrophic (😔) Jailbreak').
    # Its dashes folded: an entry writes a hyphen or TeX's '--' for the heading's en dash (SFI-Bench's, round
    # 257: entry_dashes).
    key = plain_dashes(compact(_SUBTITLES_ARTICLE.sub(": ", without_emoji(title) or "", count=1)))
    for entry in _BIBTEX_ENTRY.finditer(text) if key else ():
        named = _BIBTEX_TITLE.search(entry.group(1))
        entry_key = plain_dashes(compact(_SUBTITLES_ARTICLE.sub(
            ": ", named.group(1).replace("{", "").replace("}", ""), count=1))) if named else ""
        # Or the entry names the title less the project's name its colon follows (LT-Mem's, round 217:
        # the page's 'LT-Mem: Volatility-Aware …', the entry it asks to cite 'Volatility-Aware …').
        if entry_key and (entry_key == key or (subtitled and (key.startswith(f"{entry_key}:")
                                                              or key.endswith(f":{entry_key}")))):
            yield entry.group(1)


# The proceedings a paper is part of, with the conference's name and year in brackets: "Part of:
# Advances in Neural Information Processing Systems 32 (NIPS 2019)" (the NeurIPS proceedings).
_PART_OF = re.compile(r"\bPart of:?\s+[^()]{5,200}\(\s*[A-Z][\w-]*\s+((?:19|20)\d\d)\s*\)")


def own_citation_year(text: str, title: str | None) -> list[str]:
    """The year of the BibTeX entry the page shows for itself, else of the proceedings it is
    part of."""
    for fields in _own_bibtex_entries(text, title):
        if year := _BIBTEX_YEAR.search(fields):
            return [year.group(1)]
    found = _PART_OF.search(text)
    return [found.group(1)] if found else []


# A BibTeX entry's month: BibTeX's three-letter macro (month = jul), a month's name or its number, one alone
# ("oct # "-" # nov", a conference's two months, is none).
_BIBTEX_MONTH = re.compile(r"\bmonth\s*=\s*[{\"]?([a-z]{3,9}|\d{1,2})[}\"]?\s*(?:,|$)",
                           re.IGNORECASE | re.MULTILINE)


def own_bibtex_block_month(page: Page, title: str | None) -> list[str]:
    """The month and year of the BibTeX entry for the page's paper in a block of its own, where it names
    one month (VSTAR's dataset page, round 177, after its final held-out figure: 'month = jul, year =
    "2023"', ACL 2023, the page's only date): as precise as the page dates the paper."""
    for text, cites in _bibtex_blocks(page):
        for fields in _own_bibtex_entries(text, title, subtitled=cites):
            year, month = _BIBTEX_YEAR.search(fields), _BIBTEX_MONTH.search(fields)
            if year and month and (number := _month_number(month.group(1))):
                return [f"{year.group(1)}-{number:02d}"]
            return []
    return []


# A biblatex entry's date field written as a whole day ('date = {2018-05-01}'), where BibTeX writes a year.
_BIBLATEX_DAY = re.compile(r"\bdate\s*=\s*[{\"]?((?:1[89]|20)\d\d-[01]\d-[0-3]\d)[}\"]?\s*(?:,|$)",
                           re.IGNORECASE | re.MULTILINE)


def own_bibtex_block_day(page: Page, title: str | None) -> list[str]:
    """The day of the biblatex entry for the page's paper in a block of its own, its date field a whole day
    (the Carter Lab's Quarto page, round 245, pending93: 'date = {2018-05-01}' beside an APA line of the year
    alone): as precise as the page dates the paper. A date field of a year or a month is left to the rest."""
    for text, cites in _bibtex_blocks(page):
        for fields in _own_bibtex_entries(text, title, subtitled=cites):
            found = _BIBLATEX_DAY.search(fields)
            return [found.group(1)] if found else []
    return []


# A BibTeX entry's abstract field, up to its closing quote or brace before the next field or the entry's end.
_BIBTEX_ABSTRACT = re.compile(r"\babstract\s*=\s*[{\"](.+?)[}\"]\s*(?:,\s*\w+\s*=|,?\s*\}?\s*$)",
                              re.IGNORECASE | re.DOTALL)


def own_bibtex_block_abstract(page: Page, title: str | None) -> str | None:
    """The abstract field of the BibTeX entry for the page's paper in a block of its own (the ACL Anthology's
    entries carry one), its LaTeX markup's braces and commands dropped."""
    for text, cites in _bibtex_blocks(page):
        for fields in _own_bibtex_entries(text, title, subtitled=cites):
            if found := _BIBTEX_ABSTRACT.search(fields):
                return clean_text(_LATEX_COMMAND.sub("", found.group(1)).replace("{", "").replace("}", ""))
            return None
    return None


_LATEX_COMMAND = re.compile(r"\\[a-zA-Z]+")


# An arXiv entry's fields: its eprint with archivePrefix={arXiv} (as arXiv's own export writes them), or its
# url to the abstract. Each field's value is bounded, so the patterns run in linear time.
_BIBTEX_ARXIV_URL = re.compile(r"\burl\s*=\s*[{\"]\s*https?://arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})\b",
                               re.IGNORECASE)


def own_bibtex_block_eprint(page: Page, title: str | None) -> str | None:
    """The arXiv id of the BibTeX entry for the page's paper in a block of its own: its 'arXiv preprint'
    journal, its eprint under archivePrefix={arXiv}, or its arXiv url (a benchmark's page that cites its paper
    under its leaderboard and links it nowhere else: Oolong's, round 183, eprint={2511.02817}; a project page
    whose arXiv button is left in an HTML comment: Gaussian Splashing's, round 185, 'journal={arXiv preprint
    arXiv:2401.15318}')."""
    for text, cites in _bibtex_blocks(page):
        for fields in _own_bibtex_entries(text, title, subtitled=cites):
            found = (_BIBTEX_ARXIV_JOURNAL.search(fields)
                     or (_BIBTEX_EPRINT.search(fields) if _BIBTEX_ARXIV_PREFIX.search(fields) else None)
                     or _BIBTEX_ARXIV_URL.search(fields))
            return found.group(1) if found else None
    return None


# A BibTeX entry's author field, up to its closing brace or quote.
_BIBTEX_AUTHOR = re.compile(r"\bauthor\s*=\s*[{\"]([^{}\"]{1,5000})[}\"]", re.IGNORECASE)


def own_bibtex_block_authors(page: Page, title: str | None) -> list[str]:
    """The author field of the BibTeX entry for the page's paper in a block of its own, split at its 'and's,
    as written ('Amanda Bertsch and …', or 'Bertsch, Amanda and …'), a closing 'and others' left out; none
    when the field holds anything else but names (an 'others' before the last, a group)."""
    for text, cites in _bibtex_blocks(page):
        for fields in _own_bibtex_entries(text, title, subtitled=cites):
            found = _BIBTEX_AUTHOR.search(fields)
            if not found:
                return []
            if names_no_one(found.group(1)):
                return []  # an anonymous submission's placeholder, no one's name (anonymous_bylines.py)
            parts = [" ".join(part.split()) for part in re.split(r"\s+and\s+", found.group(1).strip())]
            # A list cut short closes with BibTeX's 'and others' (Google Scholar's entries, CODA's page of
            # round 204): the names before it are the authors it names, as the BibTeX import reads them.
            if len(parts) > 1 and parts[-1] == "others":
                parts = parts[:-1]
            return parts if all(parts) and "others" not in parts else []
    return []


def companion_entry_year(page: Page, authors: list[str]) -> list[str]:
    """The year of the one BibTeX entry a page shows, under a label asking to cite it, where every person it
    names is among the page's own byline (GOBY's dataset page, round 227: 'If you use this dataset, cite our
    companion CIDR 2025 paper:' over an entry titled otherwise than the page's heading, its four authors four
    of the hero's six): the paper the page's record comes with, by the same people, dates it. An entry naming
    anyone else, two entries, or one under no such label dates nothing so."""
    blocks = _bibtex_blocks(page)
    entries = [(fields, cites) for text, cites in blocks for fields in
               (entry.group(1) for entry in islice(_BIBTEX_ENTRY.finditer(text), _BLOCK_ENTRIES))]
    if len(entries) != 1 or not entries[0][1] or len(authors) < 2:
        return []
    fields = entries[0][0]
    named, year = _BIBTEX_AUTHOR.search(fields), _BIBTEX_YEAR.search(fields)
    if named is None or year is None:
        return []
    people = {_unaccented(name) for name in authors}
    parts = [" ".join(part.split()) for part in re.split(r"\s+and\s+", named.group(1).strip())]
    # 'Family, Given' as the entry may write a name is the byline's 'Given Family'.
    shown = [" ".join(reversed(part.split(",", 1))) if "," in part else part for part in parts]
    return [year.group(1)] if len(shown) > 1 and all(_unaccented(name) in people for name in shown) else []


def _unaccented(name: str) -> str:
    """A name compared without its accents, as an entry may write it in ASCII ('Cagatay Demiralp' for the
    byline's 'Çağatay Demiralp')."""
    letters = unicodedata.normalize("NFKD", name)
    return compact("".join(char for char in letters if not unicodedata.combining(char)))


def _month_number(word: str) -> int | None:
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    return english_month(word)


def own_bibtex_block_year(page: Page, title: str | None) -> list[str]:
    """The year of the BibTeX entry for the page's paper in a block or box of its own, which the text
    above the references leaves out (a textarea's entry is not shown text there)."""
    for text, cites in _bibtex_blocks(page):
        for fields in _own_bibtex_entries(text, title, subtitled=cites):
            if year := _BIBTEX_YEAR.search(fields):
                return [year.group(1)]
    return []


def bibtex_year_of_its_preprint(page: Page, arxiv_id: str | None) -> str | None:
    """The year of the BibTeX block's entry that names the page's own preprint ('journal={arXiv preprint
    arXiv:2306.12360}'), where its title is another spelling of the paper's than the heading's (Walk-Jump
    Sampling's page, round 161: the entry's 'Protein discovery with discrete walk-jump sampling', the arXiv
    title, under the h1 'Walk-Jump Sampling for Protein Discovery')."""
    if not arxiv_id:
        return None
    named = re.compile(rf"(?<![\d.]){re.escape(arxiv_id)}(?![\d])")
    for text, _ in _bibtex_blocks(page):
        for entry in _BIBTEX_ENTRY.finditer(text):
            if named.search(entry.group(1)) and (year := _BIBTEX_YEAR.search(entry.group(1))):
                return year.group(1)
    return None


# A journal's volume and issue with the day the issue came out after them: "Vol. 14, No. 6, June 30,
# 2020" (KSII TIIS under its byline), "Volume 25, Number 10 - 5 October 2020" (First Monday's citation),
# or the article's number and its day after them (the Journal of Digital Information, 2001: "Volume 1
# Issue 8<br>Article No. 42, 2001-02-08" above the title).
_VOLUME_AND_ISSUE = re.compile(
    r"\bVol(?:ume|\.)?\s*\d+\s*,?\s*(?:No\.?|Number|Issue)\s*\d+[A-Za-z]?"
    r"(?:\s*,?\s*Article\s+(?:No\.?\s*)?\d+)?\s*[,\-\u2013\u2014]\s*"
)


def volume_and_issue_date(page: Page) -> list[str]:
    """The full date right after the page's first volume and issue that has one, or right before it
    ("Sci. Signal., 19 November 2013 Vol. 6, Issue 302, p. ra100": HighWire's first platform); a month
    or year alone there is the issue's, not the paper's day."""
    text = text_above_references(page)
    for found in _VOLUME_AND_ISSUE.finditer(text):
        dates = dates_in_text(text[found.end(): found.end() + 30])
        if dates and dates[0][0] == 0 and len(dates[0][2]) == len("2020-06-30"):
            return [dates[0][2]]
        before = text[max(0, found.start() - 30): found.start()]
        dates = dates_in_text(before)
        if dates and not before[dates[-1][1]:].strip(" ,") and len(dates[-1][2]) == len("2020-06-30"):
            return [dates[-1][2]]
    return []


# An issue with its month after a slash: "Issue: Volume 9, Numbers 1-2 / February, 1996" (MetaPress,
# the platform of SpringerLink, Taylor & Francis and SAGE before 2010), or after a comma: "Volume 134,
# Number 6, December 2012" (Project MUSE's article summary, 2013). A day there is the issue's full date,
# which volume_and_issue_date reads.
_ISSUE = r"\bVol(?:ume|\.)?\s*\d+\s*,\s*(?:No\.?|Numbers?|Issues?)\s*\d+(?:\s*[-\u2013]\s*\d+)?\s*"
_MONTH_YEAR = r"([A-Z][a-z]+\.?,?\s+(?:19|20)\d\d)\b"
_ISSUE_MONTH = re.compile(rf"{_ISSUE}/\s*{_MONTH_YEAR}")
_ISSUE_MONTH_AFTER_COMMA = re.compile(rf"{_ISSUE},\s*{_MONTH_YEAR}")
# The elements a line's text runs through: the line is the block that holds them.
_INLINE = frozenset(("a", "span", "em", "i", "b", "strong", "small", "font", "cite", "sup", "sub"))


def issue_month(page: Page) -> list[str]:
    """The month (or season's year) of the first issue so written above the references. After a comma,
    the form a citation of another work takes in a sentence or a list of references, only a line of its
    own counts: a short block, not in a list's item, an aside, a nav or a footer, above a label of the
    references however the page sets it."""
    found = _ISSUE_MONTH.search(text_above_references(page, OTHER_PAPERS))
    if found is None:
        found = next((match for node in _above_references_label(page) if node.tag == "-text"
                      and (match := _ISSUE_MONTH_AFTER_COMMA.search(node.text_content or ""))
                      and _a_line_of_its_own(page, node)), None)
    date = partial_date(found.group(1)) if found else None
    return [date] if date else []


# The words a page labels its references with, in English and the languages of the corpus's pages and
# their neighbours': the words its headings of them say (places.REFERENCES_WORDS). Not "Notes" or
# "Citations", which a record's field or a metric's box may be labelled with too: as headings they end the
# article (places.END_OF_ARTICLE).
_REFERENCES_LABELS = REFERENCES_WORDS


def _above_references_label(page: Page) -> Iterator[Any]:
    """The page's nodes down to the label of its references, a heading or not: a word processor's
    <p><b>REFERENCES</b></p>, "Literatur", "Références" head the works the page cites, each a line of its
    own. The label is the whole of a line, in no link (a menu's "References") and no list's item."""
    for node in above_references(page, OTHER_PAPERS):
        if node.tag == "-text" and (clean_text(node.text_content) or "").rstrip(":").casefold() in \
                _REFERENCES_LABELS and _labels_its_line(page, node):
            return
        yield node


def _labels_its_line(page: Page, text: Any) -> bool:
    links = page.worked_out.setdefault("in a link within its line", {})
    if nearest_answer(text, lambda parent: True if parent.tag == "a" else None if parent.tag in _INLINE
                      else False, links):
        return False
    return _line_text(page, text) == clean_text(text.text_content) and not in_another_entry(page, text)


def _line_block(page: Page, text: Any) -> Any:
    """The block a text's line is: its nearest ancestor that is no inline element. Each element of a
    nest is walked once: a deep nest of spans, each opening with a cited issue, climbed it once a text."""
    known = page.worked_out.setdefault("line blocks", {})
    walked: list[int] = []
    block = text.parent
    while block is not None and block.tag in _INLINE:
        if block.mem_id in known:
            block = known[block.mem_id]
            break
        walked.append(block.mem_id)
        block = block.parent
    for mem_id in walked:
        known[mem_id] = block
    return block


def _line_text(page: Page, text: Any) -> str | None:
    """What the block of a text's line shows, read only as far as a line runs: a page's citations set
    as lines of one block (<br> between them) each match, and reading the whole block for each was
    quadratic in their number. None past that length."""
    block = _line_block(page, text)
    raw = short_text(block, _RAW_LINE) if block is not None else None
    return clean_text(raw) if raw is not None else None


def _a_line_of_its_own(page: Page, text: Any) -> bool:
    shown = _line_text(page, text)
    return (bool(shown) and len(shown) < VENUE_LINE and not _CITES_OTHERS.search(shown)
            and not in_another_entry(page, text))


# How a line cites a work by others: its authors cut short ("Vaswani et al., NeurIPS 30:5998-6008, 2017."
# under a reading group's notes). The page's own record line names its authors in full (JMLR W&CP's) or
# none (Project MUSE's issue line).
_CITES_OTHERS = re.compile(r"\bet\.?\s*al\b", re.IGNORECASE)


# A journal's citation line with its volume, pages and year and the DOI right after it: "Acta
# Palaeontologica Polonica 68 (4), 2023: 709-718 doi:10.4202/…", "Atmos. Chem. Phys., 13, 1689-1712,
# 2013 www.atmos-chem-phys.net/13/1689/2013/ doi:10.5194/…" (a link to the paper between them).
_VOLUME_PAGES_YEAR = re.compile(
    r"\b\d{1,4}\s*(?:\(\d{1,4}\))?,\s*(?:((?:19|20)\d\d)\s*:\s*\d+\s*[-\u2013]\s*\d+"
    r"|\d+\s*[-\u2013]\s*\d+,\s*((?:19|20)\d\d))\b[\s.,;]*(?:\S{1,80}\s+)?doi:?\s*(10\.\d{4,9}/\S+)",
    re.IGNORECASE,
)


def volume_pages_year(page: Page) -> list[str]:
    """The year of the first citation line with volume, pages and year that the page's DOI
    follows, above its references and lists of other papers."""
    # A page whose meta states its DOI may cite another paper so (a data set's or a software's page,
    # "please cite: … 12, 100-110, 2019 doi:10.…"): that line dates the other paper.
    own = doi_key(normalise_doi(page.first("citation_doi", "prism.doi")))
    for found in _VOLUME_PAGES_YEAR.finditer(text_above_references(page, OTHER_PAPERS)):
        # The page's text may run the DOI into the next element's words: it need only begin with it.
        if own is None or found.group(3).lower().startswith(own):
            return [found.group(1) or found.group(2)]
    return []


# A venue's line, not a paragraph that happens to end with a year.
VENUE_LINE = 200
# The most raw text (its markup's spaces and all) the block of such a line may hold.
_RAW_LINE = 4 * VENUE_LINE
# A venue's citation line that ends with the volume, its pages and the year, nothing after but a full
# stop: "JMLR W&CP 1:33-57, 2007.", "JMLR W&CP 22: 1350-1357, 2012.", "JMLR W&CP 28 (3) : 657–665, 2013";
# or with the proceedings' pages and year: "Proceedings of The 32nd International Conference on Machine
# Learning, pp. 2463–2472, 2015".
_VOLUME_COLON_PAGES_YEAR = re.compile(
    r"(?:\b\d{1,4}\s*(?:\(\d{1,4}\)\s*)?:|\bpp\.)\s*\d+\s*[-\u2013]\s*\d+\s*,\s*((?:19|20)\d\d)\.?$")
# How many elements under the title's heading may hold its citation line (the byline's may be the first).
_LINES_UNDER_TITLE = 3


def citation_line_under_heading(page: Page, title: str | None) -> list[str]:
    """The year of the citation line that one of the few elements right under the title's heading ends
    with, for a page without a DOI to tie a citation to (JMLR W&CP, 2007-2012: <h2>title</h2><p><i><b>Tobias
    Jung, Daniel Polani</b></i>; JMLR W&CP 1:33-57, 2007.</p>). A heading ends the search: below it the
    lines are the paper's sections, not its record."""
    heading = title_heading(page, title, HEADINGS)
    after = next_element(heading) if heading is not None else None
    for _ in range(_LINES_UNDER_TITLE):
        if after is None or after.tag in HEADING_TAGS:
            break
        text = clean_text(after.text(deep=True)) or ""
        if len(text) < VENUE_LINE and (found := _VOLUME_COLON_PAGES_YEAR.search(text)) \
                and not _CITES_OTHERS.search(text):
            return [found.group(1)]
        after = next_element(after)
    return []


# A citation's month and year right before its DOI: "… pages 17.1-17.6. BMVA Press, September 1990.
# doi:10.5244/C.4.17." (the BMVA's proceedings pages, whose BibTeX beside it gives the year only).
_MONTH_YEAR_DOI = re.compile(
    r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d)\.\s*doi:?\s*(10\.\d{4,9}/\S+)")
# How far before the date the cited title may end (the venue, its editors, pages and publisher between), and
# how many such dates are tried: the first few are the page's own citation or none is.
_OWN_CITATION_SPAN = 300
_FIRST_DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>]+")
_OWN_CITATION_TRIES = 5


def own_citation_month(page: Page, title: str | None) -> list[str]:
    """The month and year that a citation of the page's own title gives right before the page's DOI
    (its meta's, else the first the page shows): a month the BibTeX entry beside it leaves out ("Z. Zhang
    and O. D. Faugeras. Determining motion …. In Andrew Sleigh, editors, Proceedings …, pages 17.1-17.6.
    BMVA Press, September 1990. doi:10.5244/C.4.17."). A cited work's date, before another DOI or far
    from the title, is not read."""
    if not title or len(title) < OWN_TITLE:
        return []
    text = text_above_references(page, OTHER_PAPERS)
    # The page's DOI: its meta's, else the first the text shows (the record's DOI row above its citation).
    shown = _FIRST_DOI.search(text)
    stated = page.first("citation_doi", "prism.doi") or (shown.group(0) if shown else None)
    own = doi_key(normalise_doi(stated))
    if own is None:
        return []
    folded, key = text.casefold(), title.casefold()
    for found in islice(_MONTH_YEAR_DOI.finditer(text), _OWN_CITATION_TRIES):
        if not found.group(2).lower().startswith(own):
            continue  # a work the page cites, under its own DOI
        start = max(0, found.start() - _OWN_CITATION_SPAN - len(key))
        if folded.rfind(key, start, found.start()) >= 0 and (date := partial_date(found.group(1))):
            return [date]
    return []


# A citation line's volume and issue with the issue's date in brackets after them, ending with a full
# stop: "Journal of Chemical Information and Computer Sciences, Vol. 43, No. 2. (1 March 2003), pp.
# 493-500, doi:10.1021/ci025584y" (CiteULike's citation line under the byline).
_BRACKETED_ISSUE_DATE = re.compile(
    r"\bVol(?:ume|\.)?\s*\d+\s*,?\s*(?:No\.?|Number|Issue)\s*\d+[A-Za-z]?\.?\s*\(([^()]{4,30})\)"
)


def bracketed_issue_date(page: Page) -> list[str]:
    """The date in brackets after the page's first volume and issue that has one ("Vol. 43, No. 2.
    (1 March 2003)"): the issue's, as precise as the line gives it, a first of the month standing for
    the month (as an issue's meta date does)."""
    for found in _BRACKETED_ISSUE_DATE.finditer(text_above_references(page)):
        if date := partial_date(found.group(1).strip()):
            return [date[:7] if len(date) == 10 and date.endswith("-01") else date]
    return []


# A journal's issue written the Chinese way, the year and the issue's number: "2016年02期", "2016年第2期"
# (CNKI's record page beside the journal's name, Wanfang's and CQVIP's citation lines).
# The spaces around an optional 第 are read by one group: two runs of optional spaces side by side would
# split a long run of spaces every way there is before failing.
# The volume may come between the year and the issue: "1999年21卷01期" (Wanfang Med Online).
_CHINESE_ISSUE = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)\s*年\s*(?:\d{1,4}\s*卷\s*)?(?:第\s*)?\d{1,3}\s*期")


def chinese_issue_year(page: Page) -> list[str]:
    """The year of the first issue so written above the references: an issue's number is no month (a
    bimonthly's second issue comes out in spring), so the year alone dates the paper. An issue in a
    list's item or an aside is another paper's (a sidebar of related articles, each with its issue)."""
    for node in above_references(page, OTHER_PAPERS):
        if node.tag != "-text" or "\u5e74" not in (text := node.text_content or ""):
            continue
        if (found := _CHINESE_ISSUE.search(text)) and not in_another_entry(page, node):
            return [found.group(1)]
    return []


# An NLM-style citation of the page's own paper, its DOI right after it: "Open Life Sci. 2023 Jul
# 6;18(1):20220611. doi: 10.1515/…", "Nat Genet. 2012 Sep 2;44(10):1104–1110. doi: 10.1038/…", a
# volume without an issue or with a named one ("Sci Rep . 2024 Jul 16;14:16343. doi: …", "Nucleic
# Acids Res . 2012 Nov 26;41(Database issue):D36–D42. doi: …").
# An "Epub 2012 Nov 21" after it is when it appeared online, before its issue.
_CITATION_LINE = re.compile(
    r"\b((?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?)\s*;\s*\d+\s*(?:\([^()]{1,30}\))?\s*:\s*[^\s;]+?\.\s*"
    r"doi:?\s*\S+\s*(?:Epub\s+((?:19|20)\d\d\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?))?"
)


_CITATION_LINE_ABOVE = re.compile(
    r"\b((?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?)\s*;\s*\d+\s*(?:\([^()]{1,30}\))?\s*:\s*[^\s;]+?\.\s*$"
)


# A journal's citation line with the date in brackets before the DOI: "ZooKeys 470: 1-16 (12 Jan 2015)
# doi: 10.3897/zookeys.470.8582" (Pensoft).
_BRACKETED_DATE_LINE = re.compile(r"\d\s*\(([^()]{4,30})\)\s*doi:?\s*10\.\d{4,9}/", re.IGNORECASE)


def citation_line_date(page: Page, title: str | None = None) -> list[str]:
    """The dates of the page's own citation line, NLM style, with its DOI after it (PubMed and
    PubMed Central cite the article so above its title), above the lists of other papers; without
    a DOI, the line right above the title ("Front Horm Res. 1975;3:94-104. The effect of …")."""
    text = text_above_references(page, OTHER_PAPERS)
    found = _CITATION_LINE.search(text)
    if found is not None and title and not _cites_the_page(text, title, found.start()):
        found = None
    if found is None and title and (at := text.find(title)) > 0:
        found = _CITATION_LINE_ABOVE.search(text[:at])
    if found is None and (bracketed := _BRACKETED_DATE_LINE.search(text)):
        return [date] if (date := partial_date(bracketed.group(1))) else []
    return [date for part in (found.groups() if found else ()) if (date := _nlm_date(part))]


# How far before its year a citation line names the title it cites: "Smith J. <title>. Nat Genet. 2012…".
_CITED_TITLE_GAP = 100


def _cites_the_page(text: str, title: str, start: int) -> bool:
    """Whether a citation line at `start` is the page's own: above its title's heading (PubMed, Europe
    PMC), or citing that title again right before it ("Cite this: …"). One below the heading that does
    not is a work the text cites (a blog post's "LeCun Y, … Deep learning. Nature. 2015;521:436-44. doi:
    …")."""
    at = text.find(title)
    if at < 0 or start < at:
        return True
    again = text.rfind(title, at + len(title), start)
    return again >= 0 and start - (again + len(title)) <= _CITED_TITLE_GAP


def _nlm_date(part: str | None) -> str | None:
    # NLM writes the year first, the day may be left out: "1975 Mar" is March 1975.
    year_month = re.fullmatch(r"(\d{4})\s+([A-Z][a-z]{2})", part or "")
    return partial_date(f"{year_month[2]} {year_month[1]}" if year_month else part)
