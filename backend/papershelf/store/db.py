"""Opening the library file.

One writer connection per process serialises writes; readers open read-only.
Debian's SQLite 3.40.1 carries the WAL-reset corruption race that is fixed only
in 3.51.3. The race needs two connections checkpointing or writing while a
third resets the WAL, so papershelf writes, and checkpoints, through a single
writer connection per process (readers never checkpoint: they are read-only),
which keeps clear of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

BUSY_TIMEOUT_MS = 10_000
# Identity lookups and the random-looking primary keys touch index pages all over
# the file; SQLite's default 2 MB cache turns each into a read syscall.
WRITER_CACHE_KIB = 32 * 1024
# 16 KiB pages hold ~1.3 KB rows with far less overflow: measured +26–52% insert speed.
PAGE_SIZE = 16384


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Debian's build defaults WAL connections to FULL; NORMAL is durable against
    # application crashes and only syncs at checkpoints.
    conn.execute("PRAGMA synchronous = NORMAL")


def open_writer(path: str | Path) -> Database:
    """The one read-write connection of this process, schema migrated."""
    from .schema import migrate

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    is_new = not path.exists() or path.stat().st_size == 0
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    if is_new:
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
    _configure(conn)
    db = Database(conn)
    migrate(db)
    return db


def open_reader(path: str | Path) -> Database:
    """A read-only connection (it can neither write nor checkpoint)."""
    conn = sqlite3.connect(
        f"file:{Path(path).resolve()}?mode=ro", uri=True, isolation_level=None,
        check_same_thread=False,
    )
    _configure(conn)
    return Database(conn)


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write transaction; everything inside it lands together or not at all."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


@contextmanager
def read_transaction(db) -> Iterator[sqlite3.Connection]:
    """Every read inside sees one snapshot of the file, whatever commits meanwhile.

    A deferred BEGIN takes no write lock, so it works on a read-only connection and on
    the writer when no write is open; inside a transaction this connection already
    has open, that transaction is the snapshot and is left for its owner to end."""
    conn = getattr(db, "conn", db)
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
