"""Readers of other tools' export files, one module per format, each a pure function from
the file's text to `ImportedRecord`s and `RecordProblem`s; `detect_format` tells which
format a file is from its first bytes (its content, not its name)."""

from __future__ import annotations

import re

from .arxiv_snapshot import is_snapshot_line
from .endnote_xml import is_endnote_xml
from .medline import is_medline
from .pocket import is_pocket_header
from .refer import is_refer
from .scopus_csv import is_scopus_header
from .wos import is_wos

# Every format `papershelf import` reads. "dump": Hugging Face Papers listing text.
FORMATS = ("dump", "arxiv-snapshot", "bibtex", "ris", "medline", "wos", "endnote", "endnote-xml",
           "scopus-csv", "csl-json", "hypothesis", "pocket", "omnivore", "zotero")
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
        if '"collections"' in window and '"items"' in window:
            return "zotero"
        return "csl-json"
    if text.startswith("["):
        return "csl-json"
    if is_endnote_xml(text):
        return "endnote-xml"
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
