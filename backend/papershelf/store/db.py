"""Opening the library file.

One writer connection per process serialises writes; readers open read-only.
Debian's SQLite 3.40.1 carries the WAL-reset corruption race that is fixed only
in 3.51.3. The race needs two connections checkpointing or writing while a
third resets the WAL, so papershelf writes, and checkpoints, through a single
writer connection per process (readers never checkpoint: they are read-only),
which keeps clear of it. While Litestream replicates the library, papershelf leaves
checkpoints to it (store/checkpoints.py, docs/durability.md).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from operator import itemgetter
from pathlib import Path
from weakref import WeakSet

from sqlite_utils import Database

from .checkpoints import attach_gate, gate_of
from .search_text import register_search_text

BUSY_TIMEOUT_MS = 10_000
# Identity lookups and the random-looking primary keys touch index pages all over
# the file; SQLite's default 2 MB cache turns each into a read syscall.
WRITER_CACHE_KIB = 32 * 1024
# The server's readers map the file (the API's and Datasette's): a search's facets and counts
# read rows all over it, and through the map those page reads cost no system call (3-4x
# faster on a 200k-paper library, search_bench). The price: should something outside SQLite
# shrink the file under a reading statement (a copy written over the live library), the
# process dies of SIGBUS where an unmapped reader gets "database disk image is malformed".
# papershelf never shrinks the live file (no VACUUM; a restore renames and refuses a library
# in use), so the long-running server maps it, and the one-shot commands (backup, export,
# status) do not.
READER_MMAP_BYTES = 1 << 30
# 16 KiB pages hold ~1.3 KB rows with far less overflow: measured +26–52% insert speed.
PAGE_SIZE = 16384


class LibraryError(Exception):
    """A file that cannot be used as the library; the message is one line for the user."""


def primary_code(error: BaseException) -> int:
    """SQLite's primary result code of an error (SQLITE_BUSY for SQLITE_BUSY_SNAPSHOT, …);
    0 for an error that carries none."""
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def busy_message(path: Path | str) -> str:
    """What to tell the user of a library another process held past the busy timeout."""
    return (f"{path} is busy: another program (a running import, sync or server) held it too long; "
            "try again when it is done")


def _describe_open_error(path: Path, error: sqlite3.Error) -> LibraryError:
    code = primary_code(error)
    if code == sqlite3.SQLITE_NOTADB:
        return LibraryError(f"{path} is not a papershelf library (not an SQLite database)")
    if code == sqlite3.SQLITE_READONLY:
        return LibraryError(f"{path} is read-only: papershelf needs to write to it "
                            "(check the file's and its folder's permissions)")
    if code == sqlite3.SQLITE_CANTOPEN:
        return LibraryError(f"cannot open {path}: check that its folder exists and is writable")
    if code == sqlite3.SQLITE_CORRUPT:
        return damaged_library(path, "SQLite reports it corrupt")
    if code == sqlite3.SQLITE_FULL:
        return LibraryError(f"the disk that holds {path} is full")
    if code in BUSY_CODES:
        return LibraryError(busy_message(path))
    return LibraryError(f"cannot open the library {path}: {error}")


def check_library(db: Database, path: Path, *, may_be_new: bool) -> None:
    """Refuse a file that is not a papershelf library, or one written by a newer papershelf."""
    from .schema import KNOWN_MIGRATIONS, applied_migrations

    applied = applied_migrations(db)
    if not applied:
        if db.table_names():
            raise LibraryError(f"{path} is an SQLite database but not a papershelf library")
        if not may_be_new:
            raise missing_library(path)
        return
    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    if unknown:
        raise LibraryError(f"{path} was written by a newer papershelf (its schema has {unknown[0]}): "
                           "upgrade papershelf to open it")


# ---- damage ------------------------------------------------------------------------
# A file cut off (a full disk, a bad copy) fails SQLite's first read on open: the header
# counts more pages than the file holds, SQLITE_CORRUPT, said as damage naming restore.
# A page overwritten further in is found only by reading it: `papershelf serve` runs
# PRAGMA quick_check at start (docs/durability.md has what it costs).
# Never open and close the library file itself here to look at it: closing any descriptor
# of a file drops every POSIX lock this process's SQLite connections hold on it.


def damaged_library(path: Path, why: str) -> LibraryError:
    return LibraryError(f"{path} is damaged ({why}): bring it back from a backup or replica "
                        "with `papershelf restore`")


def quick_check(db: Database, path: Path) -> None:
    """PRAGMA quick_check: every page read and its structure checked (not the indexes'
    agreement with their tables, which integrity_check adds)."""
    try:
        problems = [row[0] for row in db.conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as error:
        raise damaged_library(path, str(error)) from None
    if problems != ["ok"]:
        raise damaged_library(path, problems[0])


def missing_library(path: Path) -> LibraryError:
    return LibraryError(f"no library at {path} (check --db; `papershelf import` or "
                        "`papershelf serve` starts a new one)")


def library_exists(path: str | Path) -> bool:
    path = Path(path)
    return path.is_file() and path.stat().st_size > 0


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Debian's build defaults WAL connections to FULL; NORMAL is durable against
    # application crashes and only syncs at checkpoints.
    conn.execute("PRAGMA synchronous = NORMAL")


def open_writer(path: str | Path, *, create: bool = False,
                before_upgrade: Callable[[int], None] | None = None) -> Database:
    """The one read-write connection of this process, schema migrated.

    Only `create=True` (serve, import) may start a new library; anything else that is
    not a papershelf library this version understands raises LibraryError. An existing
    library that a newer papershelf upgrades calls `before_upgrade` with the number of
    steps first: rebuilding an index over 200,000 papers takes most of a minute."""
    from .schema import migrate, pending_migrations

    path = Path(path)
    if path.is_dir():
        raise LibraryError(f"{path} is a folder: give the library's file (e.g. {path / 'library.db'})")
    is_new = not library_exists(path)
    if is_new and not create:
        raise missing_library(path)
    if is_new:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise _describe_open_error(path, error) from None
    try:
        # The busy timeout first: a second process opening the file at the same moment (two
        # imports of a new library) waits for the first's WAL switch and migration.
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db = Database(conn)
        # Checked before anything is set: another program's database is left as it was.
        # With `create`, a file another process is making a library of right now (its
        # migration not committed yet: no tables) is new to us too; migrate() then waits
        # for that process's migration and finds nothing left to do.
        check_library(db, path, may_be_new=is_new or create)
        # No checkpoint but those the gate allows, from the migration on (store/checkpoints.py).
        attach_gate(db, path)
        if is_new:
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        _switch_to_wal(conn)
        conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        _configure(conn)
        register_search_text(conn)  # the full-text triggers call it
        if before_upgrade and not is_new and (steps := len(pending_migrations(db))):
            before_upgrade(steps)
        migrate(db)
    except sqlite3.Error as error:
        conn.close()
        raise _describe_open_error(path, error) from None
    except BaseException:
        conn.close()
        raise
    return db


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """WAL mode, waiting as the busy timeout does for another process switching the same new
    file: SQLite answers the second of two such switches "database is locked" at once,
    without its busy handler (two imports starting a new library together, 3 in 150)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if primary_code(error) != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.005)



def open_reader(path: str | Path, *, mapped: bool = False) -> Database:
    """A read-only connection (it can neither write nor checkpoint) to an existing library;
    `mapped`: reading the file through a map (READER_MMAP_BYTES says when)."""
    path = Path(path)
    if not library_exists(path):
        raise LibraryError(f"{path} is a folder, not a library file") if path.is_dir() \
            else missing_library(path)
    try:
        conn = sqlite3.connect(
            f"file:{path.resolve()}?mode=ro", uri=True, isolation_level=None,
            check_same_thread=False,
        )
        _configure(conn)
        if mapped:
            conn.execute(f"PRAGMA mmap_size = {READER_MMAP_BYTES}")
        db = Database(conn)
        check_library(db, path, may_be_new=False)
    except sqlite3.Error as error:
        raise _describe_open_error(path, error) from None
    return db


# SQLite binds at most 32,766 values a statement; far fewer keep each lookup quick.
LOOKUP_BATCH = 500


def in_chunks(values: list, size: int = LOOKUP_BATCH) -> Iterator[tuple[list, str]]:
    """`values` a chunk at a time, with the chunk's `?, ?, …` for an IN list."""
    for start in range(0, len(values), size):
        chunk = values[start:start + size]
        yield chunk, ", ".join("?" * len(chunk))


def insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                rows: list[tuple]) -> None:
    """INSERT `rows` (values of `columns`) into `table` with one executemany, leaving out
    every column that is NULL in all of them and whose default is NULL anyway: binding a
    NULL is not free, and a dump's papers row leaves 20 of its 30 columns empty (the
    insert of 50,000 such rows took 1.18 s with them, 0.61 s without)."""
    if not rows:
        return
    empty = {index for index, values in enumerate(zip(*rows, strict=True))
             if values.count(None) == len(rows)}
    if empty:
        schema, _, name = table.rpartition(".")
        defaulted = {column for _, column, _, _, default, _ in conn.execute(
            f"PRAGMA {schema or 'main'}.table_info({name})") if default is not None}
        empty = {index for index in empty if columns[index] not in defaulted}
    if not empty:
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                         f"VALUES ({', '.join('?' * len(columns))})", rows)
        return
    keep = [index for index in range(len(columns)) if index not in empty]
    pick = itemgetter(*keep) if len(keep) > 1 else lambda row: (row[keep[0]],)
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns[index] for index in keep)}) "
                     f"VALUES ({', '.join('?' * len(keep))})", map(pick, rows))


# Writer connections inside a group commit (`group_commit`): their transactions are savepoints.
_grouped: WeakSet[Database] = WeakSet()


@contextmanager
def group_commit(db: Database) -> Iterator[None]:
    """One transaction around several jobs that each open their own (`transaction`):
    inside it, each of theirs is a savepoint, so a job that fails undoes only its own
    changes, and what the others did lands with one commit (the server's writer
    commits queued captures together: store/library.py)."""
    with transaction(db):
        _grouped.add(db)
        try:
            yield
        finally:
            _grouped.discard(db)


@contextmanager
def savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A savepoint inside the open transaction: what runs in it is undone alone if it fails."""
    conn.execute("SAVEPOINT job")
    try:
        yield
    except BaseException:
        # An error SQLite answers by rolling back the whole transaction (SQLITE_FULL) took
        # the savepoint with it: the group's commit then fails with the group's error.
        if conn.in_transaction:
            conn.execute("ROLLBACK TO job")
            conn.execute("RELEASE job")
        raise
    else:
        conn.execute("RELEASE job")


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write transaction; everything inside it lands together or not at all."""
    conn = db.conn
    if db in _grouped:
        with savepoint(conn):
            yield db
        return
    gate = gate_of(db)
    with gate.transaction(conn) if gate is not None else nullcontext():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            # SQLite rolls back by itself on some errors (SQLITE_FULL, SQLITE_IOERR): a second
            # ROLLBACK would fail and hide the error that says what happened.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")  # SQLite's auto-checkpoint, when allowed, runs in here


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
