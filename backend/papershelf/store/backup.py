"""Backups and restores of the library file.

- `backup_library`: an online copy while the server runs: SQLite's backup API copies every
  page inside one read transaction (a snapshot: writes go on meanwhile and are not in it),
  from a read-only connection, which never checkpoints. The copy is integrity-checked, then
  renamed into place, so OUT is never a half-written file.
- `install_restored`: puts a restored file where the library is, after checking that
  nothing has the library open and that it is not newer than what replaces it; the
  replaced library is kept aside, its WAL with it, and Litestream's local state for it
  (which describes the old file) moves aside too.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..clock import parse_hlc
from ..wording import counted
from .checkpoints import lock_path, replication_running
from .db import LibraryError, check_library, library_exists, open_reader
from .litestream import local_state

# The byte of the -shm file every connection to a WAL database holds a shared lock on
# for as long as it is open (SQLite's "dead-man switch", os_unix.c UNIX_SHM_DMS).
SHM_DMS_BYTE = 128


@dataclass
class Copied:
    path: Path
    size: int
    papers: int
    notes: int
    seconds: float

    def line(self, verb: str = "backed up") -> str:
        return (f"{verb} {counted(self.papers, 'paper')} and {counted(self.notes, 'note')} to {self.path} "
                f"({self.size / 1e6:,.1f} MB, integrity ok, {self.seconds:.1f} s)")


def integrity_problem(path: Path) -> str | None:
    """None when PRAGMA integrity_check says ok, else its first complaint."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        first = conn.execute("PRAGMA integrity_check(5)").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        conn.close()
    return None if first == "ok" else first


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("papers", "notes"))
    finally:
        conn.close()


def _fsync_into_place(temporary: Path, path: Path) -> None:
    with temporary.open("rb+") as file:
        os.fsync(file.fileno())
    temporary.replace(path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def backup_library(db_path: Path, out: Path) -> Copied:
    """A consistent, integrity-checked copy of the library at `out` (replaced if there)."""
    started = time.monotonic()
    source = open_reader(db_path)
    temporary = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        target = sqlite3.connect(temporary)
        try:
            source.conn.backup(target)  # all pages in one step: one snapshot
            # A file of its own: no WAL beside it, whatever mode the library uses.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        problem = integrity_problem(temporary)
        if problem:
            raise LibraryError(f"the copy failed its integrity check ({problem}); {db_path} "
                               "itself may be damaged: run `papershelf status`")
        _fsync_into_place(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    papers, notes = counts(out)
    return Copied(out, out.stat().st_size, papers, notes, time.monotonic() - started)


# ---- restoring ---------------------------------------------------------------------------


def library_in_use(db_path: Path) -> str | None:
    """What has the library open (a sentence), or None when nothing does.

    Call it with no connection of this process open on the file: POSIX locks belong to
    the process, and closing the descriptor used here drops all of its locks on the file.
    """
    if replication_running(db_path):
        return "Litestream replicates it (a `papershelf serve --replicate` is running)"
    shm = db_path.with_name(db_path.name + "-shm")
    try:
        fd = os.open(shm, os.O_RDWR | os.O_CLOEXEC)
    except FileNotFoundError:
        return None  # no connection in WAL mode has it open
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, SHM_DMS_BYTE)
    except OSError:
        return "another program has it open (a running `papershelf serve`, import or sync?)"
    finally:
        os.close(fd)  # and with it the lock just taken
    return None


def last_change(db_path: Path) -> int:
    """Milliseconds since the epoch of the library's last write (its clock), 0 if none."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
    except sqlite3.DatabaseError:
        return 0
    finally:
        conn.close()
    try:
        return parse_hlc(row[0])[0] if row and row[0] else 0
    except ValueError:
        return 0


def _when(millis: int) -> str:
    return datetime.fromtimestamp(millis / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def check_restorable(restored: Path, label: str) -> None:
    """The restored file is a whole papershelf library, or LibraryError says why not."""
    problem = integrity_problem(restored)
    if problem:
        raise LibraryError(f"{label} is damaged ({problem}): nothing was replaced")
    db = open_reader(restored)
    try:
        check_library(db, restored, may_be_new=False)
    finally:
        db.close()


def install_restored(restored: Path, db_path: Path, *, force: bool, label: str) -> Path | None:
    """Move `restored` (a checked file in db_path's folder) to db_path. Refuses a library
    in use, and, unless `force`, one whose last change is newer than the restored one's.
    Returns where the replaced library was kept, None when there was none."""
    if not library_exists(db_path):
        _fsync_into_place(restored, db_path)
        return None
    busy = library_in_use(db_path)
    if busy:
        raise LibraryError(f"{db_path} is in use: {busy}; stop it, then restore")
    current, incoming = last_change(db_path), last_change(restored)
    if current > incoming and not force:
        raise LibraryError(
            f"{db_path} is newer than {label} (last change {_when(current)}, against "
            f"{_when(incoming)}): --force replaces it anyway (it is kept aside)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
    db_path.replace(aside)
    # The WAL goes with its file (SQLite would replay it onto the restored one otherwise);
    # the -shm is rebuilt from the WAL by whoever opens next.
    for suffix in ("-wal", "-journal"):
        sidecar = db_path.with_name(db_path.name + suffix)
        if sidecar.exists():
            sidecar.replace(aside.with_name(aside.name + suffix))
    db_path.with_name(db_path.name + "-shm").unlink(missing_ok=True)
    litestream_state = local_state(db_path)
    if litestream_state.exists():  # positions in the old file's WAL: a new file starts afresh
        litestream_state.replace(local_state(aside))
    lock_path(db_path).unlink(missing_ok=True)
    _fsync_into_place(restored, db_path)
    return aside
