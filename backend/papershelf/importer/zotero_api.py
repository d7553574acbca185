"""Reading a library from Zotero's local API (on while Zotero runs: Settings → Advanced →
"Allow other applications on this computer to communicate with Zotero"). Its answers are
the web API's JSON; they are kept together as the capture's raw payload."""

from __future__ import annotations

import httpx
import msgspec

DEFAULT_URL = "http://localhost:23119/api"
PAGE = 100


class ZoteroUnavailable(Exception):
    """Zotero did not answer, or refused: the one line the user reads."""


def _pages(http: httpx.Client, path: str) -> list:
    found: list = []
    while True:
        response = http.get(path, params={"format": "json", "limit": PAGE, "start": len(found)})
        if response.status_code in (403, 404):
            raise ZoteroUnavailable(
                f"Zotero's local API answered {response.status_code} for {path}: turn it on in "
                "Zotero (Settings → Advanced → Allow other applications on this computer to "
                "communicate with Zotero)")
        if response.status_code != 200:
            raise ZoteroUnavailable(f"Zotero's local API answered {response.status_code} for {path}")
        try:
            page = msgspec.json.decode(response.content)
        except msgspec.DecodeError:
            raise ZoteroUnavailable(f"Zotero's local API answered {path} with something that is "
                                    "not JSON") from None
        if not isinstance(page, list):
            raise ZoteroUnavailable(f"Zotero's local API answered {path} with no list of items")
        found.extend(page)
        total = response.headers.get("Total-Results")
        if not page or not total or not total.isdigit() or len(found) >= int(total):
            return found


def fetch_library(base_url: str = DEFAULT_URL) -> bytes:
    """Every collection and item of the local library (user 0), as one JSON payload."""
    base = base_url.rstrip("/")
    try:
        with httpx.Client(base_url=base, timeout=60, headers={"Zotero-API-Version": "3"}) as http:
            collections = _pages(http, "/users/0/collections")
            items = _pages(http, "/users/0/items")
    except httpx.TransportError as error:
        raise ZoteroUnavailable(f"Zotero's local API at {base} does not answer ({type(error).__name__}): "
                                "is Zotero running?") from None
    return msgspec.json.encode({"source": base, "collections": collections, "items": items})
