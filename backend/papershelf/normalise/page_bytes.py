"""A saved page's bytes as the text a browser shows (issue 11): the corpus keeps each page as its site
served it, whatever the encoding (round 92's CLEANEVAL pages are in ISO-8859-1 and windows-1252).

A byte order mark names the encoding; a page that is UTF-8 is read as UTF-8 (every page the corpus held
before, so their reading is unchanged); otherwise the charset the page declares in a meta element (the
HTML prescan's place: its head, read here from the first PRESCAN bytes) and, without one, windows-1252,
a browser's fallback for a Western page. The labels ASCII and ISO-8859-1 mean windows-1252, as in the
Encoding Standard (0x80-0x9F are its curly quotes and dashes, not C1 controls)."""

from __future__ import annotations

import codecs

from selectolax.lexbor import LexborHTMLParser

PRESCAN = 4096
FALLBACK = "windows-1252"
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Encoding Standard labels Python's codecs name otherwise.
_AS_WINDOWS_1252 = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp819",
                    "iso-ir-100", "ibm819", "x-cp1252", "cp1252", "windows-1252"}


def page_text(data: bytes) -> str:
    """The text of a page kept as bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return data.decode(declared_encoding(data[:PRESCAN]) or FALLBACK, "replace")


def declared_encoding(head: bytes) -> str | None:
    """The Python codec of the charset a page's meta elements declare, if it names one Python knows."""
    # Latin-1 keeps every byte as one character, so the markup (ASCII) reads right whatever follows.
    tree = LexborHTMLParser(head.decode("latin-1"))
    for meta in tree.css("meta"):
        label = meta.attributes.get("charset")
        if label is None and (meta.attributes.get("http-equiv") or "").strip().lower() == "content-type":
            _, found, rest = (meta.attributes.get("content") or "").lower().partition("charset=")
            label = rest.split(";")[0] if found else None
        if label:
            return codec_of(label)
    return None


def codec_of(label: str) -> str | None:
    label = label.strip().strip("\"'").lower()
    if label in _AS_WINDOWS_1252:
        return FALLBACK
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
