"""A web page saved from the browser (File → Save Page As, as HTML or as Chrome's single-file
MHTML; SingleFile; a publisher page kept on disk), imported as a file: read by the same normalisers
as a capture of the page, at the address the page itself names. Without this, `papershelf import
page.html` fell through to the dump reader, which made a "paper" of every pair of its lines."""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from ...identity import clean_text, identity_key
from ...records import ImportedRecord
from .. import finished
from ..page_bytes import page_text
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
    among its first bytes (the XML formats, EndNote's and arXiv's Atom, are told first); or a page
    saved as MHTML."""
    window = head[:65536].lower()
    return is_mhtml(head) or (window.lstrip().startswith("<") and any(tag in window for tag in _MARKUP_TAGS))


def is_mhtml(head: str) -> bool:
    """Chrome's "Webpage, Single File" (and Edge's, Opera's, Blink's captureSnapshot): a MIME
    message whose headers, before the first blank line, say multipart/related."""
    headers = head[:8192].replace("\r\n", "\n").partition("\n\n")[0].lower()
    return headers.startswith(("from:", "mime-version:", "content-type:", "subject:", "date:")) \
        and "multipart/related" in headers


def _mhtml_page(text: str) -> tuple[str, str | None]:
    """The HTML of an MHTML file's page (its first text/html part, decoded from quoted-printable or
    base64 and read in its charset) and the address it was saved from."""
    message = email.message_from_string(text, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            body = part.get_payload(decode=True) or b""
            address = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            return page_text(body), _web_address(address)
    raise NotTheFormat("an MHTML file that holds no HTML page")


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
    html, address = _mhtml_page(text) if is_mhtml(text) else (text, None)
    address = address or saved_page_address(LexborHTMLParser(html))
    found = normalise_page(address or "", html)
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
