"""Datasette over the library, read-only, for `papershelf serve` to mount under /data/.

The configuration lives in the repository's `datasette/` folder (metadata, plugins,
templates) so that plain `datasette library.db --metadata datasette/metadata.yml ...`
serves the same pages; this module only adds what a mounted, possibly non-loopback,
instance needs on top.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

import yaml

from ..store.db import open_reader
from ..store.tokens import cookie_secret
from .datasette_db import LibraryDatasette, ReadOnlyDatabase
from .library_pages import BASE_URL, DB_NAME, is_loopback
from .page_edits import PLUGIN as EDIT_PLUGIN
from .page_edits import edit_config

# The methods Datasette's views know (those it does not serve, it answers 405 itself).
DATASETTE_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

# Suggested facets are most of the time of a table search (perf_baselines.md §2b: 22 of
# 34 queries, 590 of 669 ms); the configured facets stay. The file holds the private
# tables, so it is never offered for download.
SETTINGS = {
    "suggest_facets": False,
    "allow_download": False,
    "default_page_size": 50,
    "facet_time_limit_ms": 200,
    "sql_time_limit_ms": 3000,
}


def datasette_dir() -> Path:
    """The datasette/ folder: the package's `datasette_config`, which is a link to the
    repository's datasette/ in a checkout and that folder's copy in a wheel, so both find it
    the same way. PAPERSHELF_DATASETTE_DIR points at another (tests use one with a plugin
    added)."""
    override = os.environ.get("PAPERSHELF_DATASETTE_DIR")
    return Path(override) if override else Path(__file__).resolve().parents[1] / "datasette_config"


def build_datasette(db_path: Path, *, base_url: str = BASE_URL, require_token: bool = False,
                    show_taste: bool = True, edits: bool = False) -> LibraryDatasette:
    folder = datasette_dir()
    metadata = yaml.safe_load((folder / "metadata.yml").read_text(encoding="utf-8"))
    db_path = Path(db_path).resolve()
    secret = None
    if require_token:
        # Turns the sign-in plugin on (datasette/plugins/papershelf_signin.py); its signed
        # cookies outlive a restart.
        metadata.setdefault("plugins", {})["papershelf-signin"] = {"library": str(db_path)}
        reader = open_reader(db_path)
        try:
            secret = cookie_secret(reader)
        finally:
            reader.close()
    if edits:
        metadata.setdefault("plugins", {})[EDIT_PLUGIN] = edit_config(library=str(db_path),
                                                                      signin=require_token)
    if not show_taste:
        # The reader's suggestions ("For you", its feed) stay off a server open to anyone
        # (datasette/plugins/papershelf_discover.py).
        metadata.setdefault("plugins", {})["papershelf-discover"] = {"hidden": True}
    ds = LibraryDatasette(
        [],
        metadata=metadata,
        plugins_dir=str(folder / "plugins"),
        template_dir=str(folder / "templates"),
        settings={**SETTINGS, "base_url": base_url},
        secret=secret,
    )
    ds.remove_database("_memory")  # Datasette adds it when started without files
    ds.add_database(ReadOnlyDatabase(ds, path=str(db_path), is_mutable=True), name=DB_NAME)
    return ds


def strip_prefix(app, prefix: str = BASE_URL.rstrip("/")):
    """Hand Datasette paths without the mount prefix, which is what its base_url expects:
    it adds the prefix to every link it makes, so a path that still carries it (as
    uvicorn's raw_path does behind a mount) would give links under /data/data/. Litestar
    also rewrites `path` with a trailing slash; raw_path is the request as sent."""
    raw_prefix = prefix.encode()

    async def asgi(scope, receive, send):
        if scope["type"] == "http" and scope["method"] not in DATASETTE_METHODS:
            # Datasette's views look a handler up by method name and fail on any other
            # (TRACE, PROPFIND, …) with a TypeError.
            await _plain(send, 405, b"Method not allowed", [(b"allow", b"GET, HEAD, POST, OPTIONS")])
            return
        if scope["type"] == "http":
            raw = (scope.get("raw_path") or scope["path"].encode()).partition(b"?")[0]
            if raw == raw_prefix or raw.startswith(raw_prefix + b"/"):
                raw = raw[len(raw_prefix):] or b"/"
                if raw != b"/" and raw.endswith(b"/"):
                    # Datasette answers a trailing slash with a redirect that forgets base_url.
                    query = scope.get("query_string") or b""
                    location = raw_prefix + raw.rstrip(b"/") + (b"?" + query if query else b"")
                    await _redirect(send, location)
                    return
                scope = dict(scope, raw_path=raw, path=unquote(raw.decode("ascii")))
        await app(scope, receive, send)

    return asgi


async def _redirect(send, location: bytes) -> None:
    await send({"type": "http.response.start", "status": 302,
                "headers": [(b"location", location), (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})


async def _plain(send, status: int, text: bytes, headers: list) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(text)).encode()),
        *headers]})
    await send({"type": "http.response.body", "body": text})


class MountedDatasette(NamedTuple):
    app: Any  # the ASGI app to mount at /data/
    datasette: LibraryDatasette  # signs the pages' forms and sign-in cookies
    edits: bool  # the paper pages' forms save (publish/page_edits.py)
    signin: bool  # the pages ask for a token: a form saves only for one with the write scope


def make_datasette(settings) -> MountedDatasette:
    """Datasette as `papershelf serve` mounts it; `settings` needs db_path, host, public. The
    pages' forms save on loopback, and for a signed-in token with the write scope where the pages
    ask for one; never on a server open to anyone."""
    local = is_loopback(settings.host)
    require_token = not settings.public and not local
    edits = local or require_token
    ds = build_datasette(settings.db_path, require_token=require_token,
                         show_taste=local or not settings.public, edits=edits)
    return MountedDatasette(strip_prefix(ds.app()), ds, edits, require_token)
