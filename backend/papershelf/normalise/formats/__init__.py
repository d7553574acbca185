"""Readers of other tools' export files, one module per format, each a pure function from
the file's text to `ImportedRecord`s and `RecordProblem`s; `detect_format` tells which
format a file is from its first bytes (its content, not its name). `FORMATS` is every
format `papershelf import` reads, one row each: a new format is a reader module, a row
here and a branch of `detect_format`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from ...records import ImportedRecord, Rank, RecordProblem
from . import bibtex, csl, hypothesis, pocket, ris, zotero
from .arxiv_atom import is_arxiv_atom, parse_arxiv_atom
from .arxiv_snapshot import is_snapshot_line
from .endnote_xml import is_endnote_xml, parse_endnote_xml
from .medline import is_medline, parse_medline
from .pocket import is_pocket_header
from .refer import is_refer, parse_refer
from .saved_page import is_saved_page, parse_saved_page
from .scopus_csv import is_scopus_header, parse_scopus_csv
from .wos import is_wos, parse_wos

Read = Callable[[str], Iterable[ImportedRecord | RecordProblem | None]]


class ImportFormat(NamedTuple):
    name: str  # the capture's kind, as an import report names the file's format
    shown: str  # as the import's help and the refusal of an unknown file name it
    raw_type: str  # the media type of the copy of the file the library keeps
    # What its fields weigh (merge.py): reference managers keep curated, structured records;
    # read-later tools and Hypothesis know a page's address and title, no more than a text
    # capture.
    rank: Rank
    # The file's text to records, problems and (None) saved links that are no paper; None
    # where the importer reads the file itself: line by line (a dump, the snapshot) or
    # unpacked (Omnivore's zip).
    read: Read | None = None


FORMATS = {fmt.name: fmt for fmt in (
    ImportFormat("bibtex", "BibTeX", "application/x-bibtex", Rank.PAGE, bibtex.parse_bibtex),
    ImportFormat("ris", "RIS", "application/x-research-info-systems", Rank.PAGE, ris.parse_ris),
    ImportFormat("endnote", "EndNote (.enw)", "application/x-endnote-refer", Rank.PAGE, parse_refer),
    ImportFormat("endnote-xml", "EndNote XML", "application/xml", Rank.PAGE, parse_endnote_xml),
    ImportFormat("medline", "PubMed (.nbib)", "application/nbib", Rank.PAGE, parse_medline),
    ImportFormat("wos", "Web of Science plain text or tab-delimited", "text/x-web-of-science", Rank.PAGE,
                 parse_wos),
    ImportFormat("scopus-csv", "Scopus CSV", "text/csv", Rank.PAGE, parse_scopus_csv),
    ImportFormat("csl-json", "CSL-JSON", "application/vnd.citationstyles.csl+json", Rank.PAGE,
                 csl.parse_csl),
    ImportFormat("zotero", "a Zotero export", "application/json", Rank.PAGE, zotero.parse_zotero_export),
    ImportFormat("hypothesis", "a Hypothesis export", "application/json", Rank.TEXT,
                 hypothesis.parse_hypothesis),
    ImportFormat("pocket", "a Pocket export", "text/csv", Rank.TEXT, pocket.parse_pocket),
    ImportFormat("omnivore", "an Omnivore export", "application/zip", Rank.TEXT),
    ImportFormat("arxiv-atom", "an arXiv API answer (Atom)", "application/atom+xml", Rank.PAGE,
                 parse_arxiv_atom),
    ImportFormat("arxiv-snapshot", "an arXiv metadata snapshot", "application/x-ndjson", Rank.PAGE),
    ImportFormat("saved-page", "an HTML page saved from the browser", "text/html", Rank.PAGE,
                 parse_saved_page),
    ImportFormat("dump", "a Hugging Face Papers listing", "text/plain; charset=utf-8", Rank.TEXT),
)}
STREAMED = frozenset(("dump", "arxiv-snapshot"))  # read line by line, never held whole


def formats_read() -> str:
    """Every format as a sentence names them: "BibTeX, RIS, … or a Hugging Face Papers listing"."""
    *most, last = (fmt.shown for fmt in FORMATS.values())
    return f"{', '.join(most)} or {last}"


HEAD_BYTES = 1 << 16
_ZIP = b"PK\x03\x04"
_RIS = re.compile(r"^\s*(?:\d+\.\s*\n\s*)?TY  - ", re.MULTILINE)
_BIBTEX = re.compile(r"^\s*@[A-Za-z]+\s*[{(]", re.MULTILINE)


def detect_format(head: bytes) -> str:
    """The format of a file from its first HEAD_BYTES; "dump" when nothing else fits
    (the dump reader then says what is wrong with it)."""
    if head.startswith(_ZIP):
        return "omnivore"
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    first_line, _, rest = text.partition("\n")
    if text.startswith("{"):
        # A snapshot whose first line is broken (cut, hand-edited) is still a snapshot: that
        # line is then reported and skipped, not the whole file refused as broken JSON.
        if is_snapshot_line(first_line) or is_snapshot_line(rest.lstrip().partition("\n")[0]):
            return "arxiv-snapshot"
        window = text[:4096]
        if '"annotations"' in window and ('"export_' in text or '"client_version"' in text):
            return "hypothesis"
        # `import --from zotero` keeps Zotero's answers as {"source", "collections", "items"}:
        # a library's collections alone may fill the window, so its items are not looked for.
        if '"collections"' in window:
            return "zotero"
        return "csl-json"
    if text.startswith("["):
        return "csl-json"
    if is_arxiv_atom(text):
        return "arxiv-atom"
    if is_endnote_xml(text):
        return "endnote-xml"
    # Before the line formats: a publisher's page may show its own RIS or BibTeX in a <pre>.
    if is_saved_page(text):
        return "saved-page"
    if is_medline(first_line):
        return "medline"
    if is_wos(first_line):
        return "wos"
    if is_refer(first_line):
        return "endnote"
    if _RIS.search(text[:4096]):
        return "ris"
    if is_scopus_header(first_line):
        return "scopus-csv"
    if is_pocket_header(first_line):
        return "pocket"
    if _BIBTEX.search(text):
        return "bibtex"
    return "dump"
