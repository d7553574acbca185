"""The server's discover refresh runs in a child process of its own, at a lower priority
(discover/worker.py): analysing a freshly imported library's text held the server's GIL
against every request (issue 14: a search page over a million papers took 140 ms instead
of 20 while it ran). The child ends with the server, stopped or killed."""

from __future__ import annotations

import os
import signal
import time
from datetime import date

import httpx
import psutil

from helpers import DUMPS, running_server
from papershelf.importer import import_dump
from papershelf.store.db import open_writer

NICENESS = 10


def refresh_child(server_pid: int, seconds: float = 60) -> psutil.Process | None:
    """The server's discover child, once it has started (None if it never does)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for child in psutil.Process(server_pid).children():
            try:
                if "spawn_main" in " ".join(child.cmdline()):
                    return child
            except psutil.NoSuchProcess:
                pass
        time.sleep(0.2)
    return None


def gone(process: psutil.Process, seconds: float = 30) -> bool:
    try:
        process.wait(seconds)
    except psutil.TimeoutExpired:
        return False
    return True


def library(tmp_path):
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    import_dump(db, sorted(DUMPS.glob("*.txt"))[0], captured_at=date(2025, 11, 6))
    db.close()
    return db_path


def test_discover_analyses_in_a_lower_priority_child_and_its_results_reach_the_library(tmp_path):
    db_path = library(tmp_path)
    with running_server(db_path) as server:
        child = refresh_child(server.process.pid)
        assert child is not None, "no discover process beside the server"
        deadline = time.monotonic() + 30  # it lowers its priority first thing once started
        while child.nice() != NICENESS and time.monotonic() < deadline:
            time.sleep(0.1)
        assert child.nice() == NICENESS
        # The child's analysis is written by the server's writer: the similar papers answer.
        with httpx.Client(base_url=server.base_url, headers=server.headers, timeout=30) as client:
            pid = client.get("/api/papers", params={"limit": 1}).json()["papers"][0]["id"]
            deadline = time.monotonic() + 60
            while not (similar := client.get(f"/api/papers/{pid}/similar").json()["papers"]):
                if time.monotonic() > deadline:
                    break
                time.sleep(0.3)
        assert similar and pid not in [p["id"] for p in similar]
    assert gone(child), "the discover process outlived its stopped server"


def test_the_discover_process_ends_when_its_server_is_killed(tmp_path):
    db_path = library(tmp_path)
    with running_server(db_path) as server:
        child = refresh_child(server.process.pid)
        assert child is not None
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait()
        assert gone(child), "the discover process outlived its killed server"
