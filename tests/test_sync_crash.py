"""`papershelf sync` killed with SIGKILL at random points, and the server it talks to
killed mid-sync too, again and again: both files stay sound, nothing is lost or
duplicated, and the next sync completes and leaves them in step."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from datetime import date
from pathlib import Path

import pytest

from helpers import DUMPS, create_token, papershelf_command, running_server
from papershelf.importer import import_dump
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note
from papershelf.store.tx import write
from sync_helpers import snapshot

pytestmark = pytest.mark.slow

NOTES_FIRST = 3000
NOTES_BETWEEN = 1500  # new on each side before every sync, so each has work to die in
# Each round: syncs killed mid-run, then the server killed under one. scripts/soak runs 12.
ROUNDS = int(os.environ.get("PAPERSHELF_CRASH_ROUNDS", "2"))
KILLS_PER_ROUND = 3


def add_notes(path: Path, tag: str, start: int, n: int) -> list[str]:
    """Notes written into the file directly (beside a running server, as a second writer)."""
    db = open_writer(path, create=True)
    try:
        ids = [r[0] for r in db.execute("SELECT id FROM papers ORDER BY id")]
        bodies = [f"{tag} note {i}" for i in range(start, start + n)]
        with write(db) as tx:
            for i, body in enumerate(bodies):
                create_note(tx, ids[i % len(ids)], body)
        return bodies
    finally:
        db.close()


def make_library(path: Path, dump: str, tag: str) -> list[str]:
    db = open_writer(path, create=True)
    try:
        import_dump(db, DUMPS / dump, captured_at=date(2025, 5, 20))
    finally:
        db.close()
    return add_notes(path, tag, 0, NOTES_FIRST)


def start_sync(local: Path, url: str, token: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*papershelf_command(), "sync", url, "--token", token, "--db", str(local),
         "--timeout", "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def read(path: Path) -> tuple[str, dict]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], snapshot(conn)
    finally:
        conn.close()


def test_killed_syncs_lose_and_duplicate_nothing(tmp_path):
    rng = random.Random(int(os.environ.get("PAPERSHELF_CRASH_SEED", "6")))
    a_path, b_path = tmp_path / "a" / "library.db", tmp_path / "b" / "library.db"
    written = make_library(a_path, "000_286d48ef37147b1c.txt", "a")
    written += make_library(b_path, "001_6f96a1003d4bdb3d.txt", "b")
    token = create_token(b_path, "crash")
    killed_mid_run = 0

    # How long a sync of one step's new notes takes here, to aim the kills inside one.
    with running_server(b_path, token=token) as server:
        start_sync(a_path, server.base_url, token).communicate(timeout=120)
        for path, tag in ((a_path, "a"), (b_path, "b")):
            written += add_notes(path, tag, len(written), NOTES_BETWEEN)
        started = time.monotonic()
        start_sync(a_path, server.base_url, token).communicate(timeout=120)
        span = time.monotonic() - started

    for _ in range(ROUNDS):
        with running_server(b_path, token=token) as server:
            for _ in range(KILLS_PER_ROUND):
                for path, tag in ((a_path, "a"), (b_path, "b")):
                    written += add_notes(path, tag, len(written), NOTES_BETWEEN)
                sync = start_sync(a_path, server.base_url, token)
                time.sleep(rng.uniform(0.2, 0.95) * span)
                running = sync.poll() is None
                killed_mid_run += running
                # A sync timed on a busy machine may run faster later (a full suite beside it): aim the
                # next kill earlier when this one came after the sync had ended.
                span = span if running else span * 0.7
                sync.send_signal(signal.SIGKILL)
                sync.wait()
            # Now the server dies under a running sync; the sync fails with one line.
            sync = start_sync(a_path, server.base_url, token)
            time.sleep(rng.uniform(0.2, 0.95) * span)
            server.process.send_signal(signal.SIGKILL)
            server.process.wait()
            _, err = sync.communicate(timeout=120)
            assert sync.returncode == 0 or err.startswith("papershelf: "), err
            assert len(err.strip().splitlines()) <= 1, err

    landed = f"only {killed_mid_run} kills landed inside running syncs"
    assert killed_mid_run >= ROUNDS * KILLS_PER_ROUND // 2, landed
    for path in (a_path, b_path):
        assert read(path)[0] == "ok"

    with running_server(b_path, token=token) as server:
        done = start_sync(a_path, server.base_url, token)
        out, err = done.communicate(timeout=120)
        assert done.returncode == 0, err
        again = start_sync(a_path, server.base_url, token)
        out, err = again.communicate(timeout=120)
        assert out.strip().endswith("pulled 0, pushed 0, merged 0, conflicts kept 0"), out + err

    (check_a, state_a), (check_b, state_b) = read(a_path), read(b_path)
    assert check_a == check_b == "ok"
    assert state_a == state_b
    bodies = sorted(n[2] for n in state_a["notes"])
    assert bodies == sorted(written)  # every note, once, and no conflict copies
    fingerprints = [p[1].casefold() for p in state_a["papers"]]
    assert len(fingerprints) == len(set(fingerprints))  # no paper twice
