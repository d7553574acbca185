"""The machine's ceilings for a bulk load: plain `executemany` into a bare table and its FTS5
index built after the load, in one transaction, with papershelf's page size, WAL and
synchronous setting. Two of them: SQLite's defaults otherwise, and `tuned`, with the page
cache and FTS5 hash size a papershelf library's writer has (store/db.py, store/schema.py).
The targets are set against `tuned`: a fair ceiling has the same settings as what it
judges (with SQLite's defaults the ceiling is about a third slower, which flattered the
import's ratio), and the same rows (the callers pass every value papershelf stores)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from papershelf.store.db import WRITER_CACHE_KIB

FTS_HASHSIZE = 16 << 20  # what store/schema.py sets on a library's papers_fts


def load_seconds(db: Path, columns: tuple[str, ...], rows: list[tuple], *, tuned: bool = False
                 ) -> float:
    """Seconds to insert `rows` (values of `columns`, the first being `id`) and index them."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA page_size = 16384")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if tuned:
        conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
    others = ", ".join(f"{name} {'INTEGER' if name.endswith(('count', 'version')) else 'TEXT'}"
                       for name in columns[1:] if name != "summary")
    conn.execute(f"CREATE TABLE papers (id TEXT PRIMARY KEY, summary TEXT, {others})")
    conn.execute("CREATE VIRTUAL TABLE papers_fts USING fts5(title, abstract, summary, "
                 "content='papers', content_rowid='rowid')")
    if tuned:
        conn.execute("INSERT INTO papers_fts (papers_fts, rank) VALUES ('hashsize', ?)",
                     [FTS_HASHSIZE])
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO papers ({', '.join(columns)}) "
                     f"VALUES ({', '.join('?' * len(columns))})", rows)
    conn.execute("INSERT INTO papers_fts (rowid, title, abstract, summary) "
                 "SELECT rowid, title, abstract, summary FROM papers")
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed
