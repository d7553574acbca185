"""Writes made while Litestream is down reach the replica intact.

Regression for stop 20's CI failure (test_replication_crash, 2 runs in 6 here): a papershelf
checkpoint while Litestream was down (killed, waiting to be started again) copied frames
Litestream had not read into the file, and the next write restarted the WAL in place. The
restarted Litestream found the last frame it had read still in the file, carried on from
the new WAL's start without a snapshot, and the replica lost those pages: its restore failed
integrity_check ("Rowid out of order"). Real Litestream, driven step by step.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from papershelf.store.checkpoints import ReplicationLock
from papershelf.store.db import open_writer, transaction
from papershelf.store.litestream import (
    ReplicaConfig,
    ask_sync,
    config_yaml,
    litestream_binary,
    prepare_wal_for_litestream,
)

ROW_BYTES = 7000  # two rows to a 16 KiB page: a row count says how many frames a write makes


def write_rows(db, start: int, count: int) -> int:
    for first in range(start, start + count, 50):
        with transaction(db):
            db.conn.executemany("INSERT INTO filler (id, body) VALUES (?, randomblob(?))",
                                [(i, ROW_BYTES) for i in range(first, min(first + 50, start + count))])
    return start + count


def wal_frames(library: Path) -> int:
    return max(0, os.path.getsize(f"{library}-wal") - 32) // (16384 + 24)


class Litestream:
    """`litestream replicate` started as the server starts it: the replication lock held."""

    def __init__(self, library: Path, replica: Path, workdir: Path):
        self.library, self.workdir = library, workdir
        self.socket = workdir / "control.sock"
        self.config = workdir / "litestream.yml"
        self.config.write_text(config_yaml(library, ReplicaConfig(url=f"file://{replica}"),
                                           self.socket))
        self.lock = ReplicationLock(library)
        self.process: subprocess.Popen | None = None

    def start(self, db) -> None:
        assert self.lock.try_acquire()
        prepare_wal_for_litestream(db, self.library)  # what the server does before it starts one
        self.socket.unlink(missing_ok=True)
        with open(self.workdir / "litestream.log", "a") as log:
            self.process = subprocess.Popen(
                [litestream_binary(), "replicate", "-config", str(self.config), "-no-expand-env"],
                stdout=subprocess.DEVNULL, stderr=log, pass_fds=(self.lock.fd,))

    def synced(self, timeout: float = 20.0) -> None:
        """Until Litestream read the whole WAL and pushed it to the replica."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                answer = ask_sync(self.socket, self.library, timeout=5)
                if answer.txid and answer.replicated_txid >= answer.txid:
                    return
            except (OSError, ValueError):
                pass
            time.sleep(0.2)
        raise AssertionError((self.workdir / "litestream.log").read_text()[-2000:])

    def snapshotted(self, replica: Path, timeout: float = 20.0) -> None:
        """Until the replica holds Litestream's first snapshot (it takes it a moment after
        its first sync); a restore starts from it."""
        deadline = time.monotonic() + timeout
        while not any((replica / "ltx" / "9").glob("*.ltx")):
            assert time.monotonic() < deadline, "no snapshot in the replica"
            time.sleep(0.1)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(10)
        self.lock.release()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)
        self.lock.close()


def table_digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        for row_id, body in conn.execute("SELECT id, body FROM filler ORDER BY id"):
            digest.update(row_id.to_bytes(8, "big") + body)
        return digest.hexdigest()
    finally:
        conn.close()


def restored(replica: Path, out: Path) -> tuple[str, str]:
    """The replica restored from its first snapshot and every change after it.

    Litestream also takes snapshots of its own (a read of the whole file, always right) and
    a restore starts from the latest; these are set aside so the changes are what is tested,
    as they are on the day a restore has no later snapshot."""
    chain = out.with_name("replica-changes-only")
    shutil.copytree(replica, chain)
    for later in sorted((chain / "ltx" / "9").iterdir())[1:]:
        later.unlink()
    subprocess.run([litestream_binary(), "restore", "-o", str(out), f"file://{chain}"],
                   check=True, capture_output=True, timeout=60)
    conn = sqlite3.connect(out)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return check, table_digest(out) if check == "ok" else ""


@pytest.mark.parametrize("who_checkpoints", ["nobody", "another program"])
def test_writes_made_while_litestream_was_down_reach_the_replica_intact(tmp_path, who_checkpoints):
    library, replica = tmp_path / "library.db", tmp_path / "replica"
    db = open_writer(library, create=True)
    with transaction(db):
        db.conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)")
    litestream = Litestream(library, replica, tmp_path)
    litestream.start(db)
    written = write_rows(db, 0, 1000)  # ~500 frames: short of Litestream's own checkpoint
    litestream.synced()
    litestream.snapshotted(replica)
    litestream.kill()
    read_up_to = wal_frames(library)

    # Down: the server goes on writing, old pages and new, past SQLite's auto-checkpoint
    # of 1000 pages.
    with transaction(db):
        db.conn.execute("UPDATE filler SET body = randomblob(?) WHERE id < 400", (ROW_BYTES,))
    written = write_rows(db, written, 1200)
    if who_checkpoints == "another program":  # e.g. sqlite3 opened on the file meanwhile
        other = sqlite3.connect(library)
        assert other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[0] == 0
        other.close()
    written = write_rows(db, written, 100)  # restarts the WAL in place if all was copied back
    assert wal_frames(library) >= read_up_to  # the frame Litestream read last is still there

    litestream.start(db)
    written = write_rows(db, written, 100)
    litestream.synced()
    litestream.stop()
    db.close()
    assert restored(replica, tmp_path / "restored.db") == ("ok", table_digest(library))
