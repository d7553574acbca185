"""Who checkpoints the library's WAL: papershelf's writers, or Litestream while it replicates.

Debian's SQLite 3.40.1 has the WAL-reset race (fixed in 3.51.3): it needs a checkpoint
running in one connection while another commits the transaction that resets the WAL.
Litestream writes too (its `_litestream_seq` bookkeeping) and checkpoints, so papershelf
checkpointing beside it would meet the race's conditions with 3.40.1's code on our side.
While Litestream runs, papershelf therefore leaves every checkpoint to it (its SQLite is
3.53, and it runs them one at a time, holding the write lock for its PASSIVE ones):
docs/durability.md has the whole argument and what was measured.

The signal is a lock file beside the library, `<library>-replicating`:

- `papershelf serve --replicate` holds an exclusive flock on it while Litestream runs,
  and Litestream inherits the descriptor, so the lock lasts until both are gone;
- every papershelf writer transaction first asks for a shared lock, which it keeps until
  its commit: refused, Litestream runs and owns checkpoints.

A library that has never been replicated (no lock file) checkpoints as SQLite does by
default. One that has (the file exists) is never checkpointed by papershelf, even while
Litestream is down between two runs: Litestream resumes from the last frame it read, and
a checkpoint in between copies frames it never read into the file, after which the next
write restarts the WAL in place. If the frame it read last is still there, nothing tells
it what it missed, and the replica silently keeps the old pages (CI, stop 20:
tests/test_replication_downtime.py). Two exceptions, both leaving a WAL Litestream sees
was replaced, so that it takes a snapshot: a WAL grown past DOWNTIME_WAL_LIMIT while
Litestream is not running is checkpointed with TRUNCATE, and the server truncates a WAL
restarted since Litestream last read it before starting one (store/litestream.py).
So a checkpoint by papershelf and Litestream's running never overlap: the server waits
for a writer's transaction to end before it starts Litestream.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from weakref import WeakKeyDictionary

from sqlite_utils import Database

# SQLite's default auto-checkpoint (pages in the WAL), for a library never replicated.
AUTOCHECKPOINT_PAGES = 1000
# A replicated library's WAL while Litestream is not running: past this it is truncated
# (Litestream then snapshots when it starts) rather than grow without end, as it would under
# a long import with the server stopped. Litestream's own emergency TRUNCATE is the same.
DOWNTIME_WAL_LIMIT = 512 * 2**20


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.name}-replicating")


class ReplicationLock:
    """The exclusive side, held by the process that runs Litestream for the library."""

    def __init__(self, db_path: str | Path):
        self.path = lock_path(db_path)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        self.held = False

    def try_acquire(self) -> bool:
        """True once held; False while a papershelf writer is in a transaction that may
        checkpoint, or another Litestream replicates this library."""
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        self.held = True
        return True

    def release(self) -> None:
        if self.held:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            self.held = False

    def close(self) -> None:
        self.release()
        os.close(self.fd)


def replication_running(db_path: str | Path) -> bool:
    """Whether a Litestream started by papershelf replicates the library now."""
    try:
        fd = os.open(lock_path(db_path), os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing the descriptor drops a shared lock it got
    return False


def wal_bytes(db_path: Path) -> int:
    try:
        return os.path.getsize(f"{db_path}-wal")
    except FileNotFoundError:
        return 0


class CheckpointGate:
    """The shared side, one per writer connection (see the module's docstring)."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.fd: int | None = None
        self.pages: int | None = None  # the connection's wal_autocheckpoint, as last set

    def _descriptor(self) -> int | None:
        # The file appears the first time a server replicates the library; until then
        # nothing else can be checkpointing it.
        if self.fd is None:
            try:
                self.fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
            except FileNotFoundError:
                return None
        return self.fd

    def _set(self, conn: sqlite3.Connection, pages: int) -> None:
        if self.pages != pages:
            conn.execute(f"PRAGMA wal_autocheckpoint = {pages}")
            self.pages = pages

    @contextmanager
    def transaction(self, conn: sqlite3.Connection) -> Iterator[None]:
        fd = self._descriptor()
        if fd is None:
            self._set(conn, AUTOCHECKPOINT_PAGES)
            yield
            return
        self._set(conn, 0)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:  # Litestream runs
            yield
            return
        try:
            yield
            if wal_bytes(self.db_path) > DOWNTIME_WAL_LIMIT:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def __del__(self) -> None:  # the connection's Database went away
        if self.fd is not None:
            os.close(self.fd)


# Keyed by the writer's Database (sqlite3 connections take no weak references).
_gates: WeakKeyDictionary[Database, CheckpointGate] = WeakKeyDictionary()


def attach_gate(db: Database, db_path: Path) -> None:
    """Make a writer checkpoint only as the gate allows; it starts with none."""
    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    gate = CheckpointGate(db_path)
    gate.pages = 0
    _gates[db] = gate


def gate_of(db: Database) -> CheckpointGate | None:
    return _gates.get(db)
