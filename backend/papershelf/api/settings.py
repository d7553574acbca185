"""Everything the API app needs to know, passed to `create_app`; nothing is read at import."""

from __future__ import annotations

from pathlib import Path

import msgspec

from ..importer.identifiers import SERVICES, Registries
from ..store.db import BUSY_TIMEOUT_MS
from ..store.litestream import ReplicaConfig

MIB = 1024 * 1024


class Settings(msgspec.Struct, kw_only=True):
    db_path: Path
    host: str = "127.0.0.1"
    port: int = 8000
    # Serve the Datasette pages without asking for a token on a non-local address.
    public: bool = False
    # Mount Datasette under /data (when papershelf.publish provides it).
    datasette: bool = True
    # Keep recommendations up to date in a background thread (discover/worker.py).
    discover: bool = True
    # Capture bodies carry whole pages; anything bigger is refused before it is read.
    max_body_bytes: int = 10 * MIB
    # How long a write may wait for the library (another program, such as an import,
    # holding its lock) before it is answered 503 with Retry-After.
    write_timeout_ms: int = BUSY_TIMEOUT_MS
    # Worker processes that read captured pages (capture_pool.ParsePool): None, one per core;
    # 0, none (pages are read on threads of the server process).
    capture_workers: int | None = None
    # Fill a paper saved from its address alone (a PDF) from arXiv's API and doi.org, and add papers
    # by identifier (api/registries.py), asked where `registries` says (a proxy or a mirror may
    # stand in). `papershelf serve` turns it on unless --offline.
    ask_registries: bool = False
    registries: Registries = SERVICES
    debug: bool = False
    # Litestream beside the server (--replicate URL, or the config file's [replicate]).
    replicate: ReplicaConfig | None = None
    # --- HTTP exposure (api/http_guard.py, api/server.py) ---
    # Host names answered besides loopback and the listening address (--allowed-host).
    allowed_hosts: tuple[str, ...] = ()
    # Seconds for a request head to arrive whole (also the idle time allowed between
    # keep-alive requests), and for a body (plus a second per 500 bytes received).
    head_timeout: float = 10.0
    body_timeout: float = 20.0
    # Open connections at most; more are closed at once (each one is a descriptor).
    max_connections: int = 1000

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"
