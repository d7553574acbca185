"""A web page saved from the browser (File → Save Page As, SingleFile, a publisher page kept on
disk), imported as a file: read by the same normalisers as a capture of the page, at the address
the page itself names. Without this, `papershelf import page.html` fell through to the dump
reader, which made a "paper" of every pair of lines of its markup."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from ...identity import clean_text, identity_key
from ...records import ImportedRecord
from .. import finished
from ..pages import normalise_page
from .common import NotTheFormat

_MARKUP_TAGS = ("<html", "<head", "<body")
# Chrome's and Internet Explorer's "Mark of the Web", `<!-- saved from url=(0045)http://… -->`,
# and SingleFile's `url: https://…` line: where the browser had the page from.
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)")
_SINGLEFILE_URL = re.compile(r"^\s*url:\s*(\S+)\s*$", re.MULTILINE)
# The marks sit before <html> or at the top of <html> or <head>: only the first nodes of each are
# looked at, so a page's size never matters.
_FIRST_NODES = 8


def is_saved_page(head: str) -> bool:
    """Whether a file is an HTML page: markup from its first character, an <html>, <head> or <body>
    among its first bytes (the XML formats, EndNote's and arXiv's Atom, are told first)."""
    window = head[:65536].lower()
    return window.lstrip().startswith("<") and any(tag in window for tag in _MARKUP_TAGS)


def _web_address(value: str | None) -> str | None:
    address = clean_text(value)
    if address is None:
        return None
    parts = urlsplit(address)
    return address if parts.scheme in ("http", "https") and parts.netloc else None


def _first_comments(tree: LexborHTMLParser) -> Iterator[str]:
    document = tree.root.parent if tree.root is not None else None
    for parent in (document, tree.root, tree.head):
        node = parent.child if parent is not None else None
        for _ in range(_FIRST_NODES):
            if node is None:
                break
            if node.is_comment_node:
                yield node.comment_content or ""
            node = node.next


def saved_page_address(tree: LexborHTMLParser) -> str | None:
    """The address the page was saved from (the browser's or SingleFile's mark), else the one it
    names as its own (its canonical link, then og:url); None when it names none."""
    for comment in _first_comments(tree):
        found = _SAVED_FROM.search(comment) or ("SingleFile" in comment and _SINGLEFILE_URL.search(comment))
        if found and (address := _web_address(found.group(1))):
            return address
    for selector, attribute in (('link[rel~="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        if node is not None and (address := _web_address(node.attributes.get(attribute))):
            return address
    return None


def parse_saved_page(text: str) -> Iterator[ImportedRecord]:
    """The papers of a saved page, each at its position on the page; NotTheFormat when the page
    holds none."""
    address = saved_page_address(LexborHTMLParser(text))
    found = normalise_page(address or "", text)
    papers = [paper for paper in (found.papers if found is not None else [])
              if identity_key(paper) is not None]
    if not papers:
        where = f"saved from {address}" if address else "which names no address of its own"
        raise NotTheFormat(f"a web page ({where}) on which no paper was found: papershelf reads "
                           "paper, listing and scholarly pages; add its paper by its DOI or arXiv id "
                           "(papershelf add) or capture the page in the browser")
    for position, paper in enumerate(finished(papers), 1):
        if paper.url is not None and _web_address(paper.url) is None:
            paper.url = None  # a relative link, with no address to read it against
        yield ImportedRecord(paper=paper, line=position)
