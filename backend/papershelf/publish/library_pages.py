"""Where the library's own pages are, and telling one from a paper's page on the web.

A reader browsing the library clicks the extension on the page papershelf serves for a
paper: that is the paper, not a new place it was seen (stored as one, the library's page
became the paper's address and a "where you saw it" of its own). A capture's address is
the library's when it names this server, as the request reached it (its Host), or both are
loopback names of one port (the tab on localhost, the extension set to 127.0.0.1).
"""

from __future__ import annotations

import ipaddress
import re
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

BASE_URL = "/data/"
DB_NAME = "library"  # the metadata and row template are written for this name

_PAPER_PATH = re.compile(rf"^{re.escape(BASE_URL)}{DB_NAME}/papers/([^/.]+)$")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class LibraryPage(NamedTuple):
    paper_id: str | None  # the paper the page is about; None: a table, a search, the overview…


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def library_page(url: str, host_header: str | None) -> LibraryPage | None:
    """The library page `url` is, for a server reached as `host_header`; None when it is not
    one of this server's pages (or either is malformed)."""
    if not host_header:
        return None
    try:
        page = urlsplit(url)
        server = urlsplit(f"//{host_header}")
        # A Host without a port is the default one of the scheme the client used: the page's
        # own, behind a proxy that speaks TLS to the browser and plain HTTP to papershelf.
        default = _DEFAULT_PORTS.get(page.scheme)
        if not _same_server(page.hostname, page.port or default, server.hostname,
                            server.port or default):
            return None
    except ValueError:
        return None
    if not (page.path == BASE_URL.rstrip("/") or page.path.startswith(BASE_URL)):
        return None  # the API's own paths, the schema viewer: not pages a reader saves
    shown = _PAPER_PATH.match(page.path)
    return LibraryPage(unquote(shown[1]) if shown else None)


def _same_server(page_host: str | None, page_port: int | None,
                 host: str | None, port: int | None) -> bool:
    if not page_host or not host or page_port != port:
        return False
    return page_host == host or (is_loopback(page_host) and is_loopback(host))
