"""The server's discover refresh runs in a child process of its own, at a lower priority
(discover/worker.py): analysing a freshly imported library's text held the server's GIL
against every request (issue 14: a search page over a million papers took 140 ms instead
of 20 while it ran). The child ends with the server, stopped or killed."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from datetime import date

import httpx
import psutil

from helpers import (
    DUMPS,
    START_TIMEOUT,
    Server,
    _wait_until_up,
    create_token,
    free_port,
    papershelf_command,
    running_server,
)
from papershelf.discover.refresh import refresh
from papershelf.discover.worker import INTERVAL
from papershelf.importer import import_dump
from papershelf.store.db import open_writer
from papershelf.store.papers import edit_paper
from papershelf.store.tx import write

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
        # It lowers its priority first thing once started, by NICENESS from the server's own (a
        # server run under `nice` has a child lower still, at most 19).
        lowered = min(19, psutil.Process(server.process.pid).nice() + NICENESS)
        deadline = time.monotonic() + 30
        while child.nice() != lowered and time.monotonic() < deadline:
            time.sleep(0.1)
        assert child.nice() == lowered
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


def test_a_library_without_a_paper_starts_its_refresh_child_with_the_first_paper(tmp_path):
    """Nothing to analyse, no child: it cost every first run of a new library (and every server
    a test starts) half a second of CPU and a process."""
    with running_server(tmp_path / "library.db") as server:
        assert refresh_child(server.process.pid, seconds=3 * INTERVAL) is None
        page = ("<html><head><meta name='citation_title' content='A paper on lattices'></head>"
                "<body><h1>A paper on lattices</h1></body></html>")
        response = httpx.post(f"{server.base_url}/api/captures", headers=server.headers, timeout=30,
                              json={"url": "https://example.org/paper/1", "capture_id": "first-paper",
                                    "html": page})
        assert response.status_code == 201, response.text
        child = refresh_child(server.process.pid)
        assert child is not None, "no discover process once the library held a paper"
    assert gone(child)


def test_the_discover_process_ends_when_its_server_is_killed(tmp_path):
    db_path = library(tmp_path)
    with running_server(db_path) as server:
        child = refresh_child(server.process.pid)
        assert child is not None
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait()
        assert gone(child), "the discover process outlived its killed server"


def test_a_stop_signal_to_the_servers_whole_group_logs_no_error(tmp_path):
    """Service managers (and `kill -- -PGID`) stop a server by signalling its whole process
    group: the refresh child ends a moment before the server does, which is a stop, not a
    failure to report."""
    db_path = library(tmp_path)
    token = create_token(db_path)
    port = free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [*papershelf_command(), "serve", "--db", str(db_path), "--host", "127.0.0.1",
             "--port", str(port), "--no-datasette"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_until_up(Server(base_url=f"http://127.0.0.1:{port}", token=token, db_path=db_path,
                              process=process, log_path=log_path,
                              headers={"Authorization": f"Bearer {token}"}), START_TIMEOUT)
        child = refresh_child(process.pid)
        assert child is not None
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        assert gone(child)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    log = log_path.read_text()
    assert "listening on" in log
    assert "ERROR" not in log and "Traceback" not in log, log


def test_a_refresh_process_that_dies_while_its_server_serves_is_reported(tmp_path):
    with running_server(library(tmp_path)) as server:
        child = refresh_child(server.process.pid)
        assert child is not None
        child.kill()
        deadline = time.monotonic() + 30
        while "the background refresh stopped" not in server.log():
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.2)
        assert "ERROR papershelf.discover.worker" in server.log()


def test_a_refresh_that_fails_is_reported_and_tried_again_at_the_next_change(tmp_path):
    # One paper the scoring could not read (a paper all stop words, at stop 58) stopped the child
    # for good: suggestions stale until the server was restarted.
    db_path = library(tmp_path)
    db = open_writer(db_path)
    refresh(db, lambda fn, *args: fn(db, *args))  # analysed, as the child would have
    db.execute("UPDATE discover_features SET terms = x'010203' "
               "WHERE rowid = (SELECT min(rowid) FROM discover_features)")  # a row no reader can read
    first, second = [pid for (pid,) in db.execute("SELECT id FROM papers ORDER BY id LIMIT 2")]
    with write(db) as tx:
        edit_paper(tx, first, {"rating": 5})  # a model to train, and every paper to score
    db.close()
    with running_server(db_path) as server:
        deadline = time.monotonic() + 60
        while server.log().count("a background refresh failed") < 1:
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.2)
        httpx.patch(f"{server.base_url}/api/papers/{second}", json={"rating": 4},
                    headers=server.headers).raise_for_status()
        while server.log().count("a background refresh failed") < 2:
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.2)
        assert "the background refresh stopped" not in server.log()
        assert refresh_child(server.process.pid) is not None


def test_the_refresh_child_leaves_when_its_server_ends_even_mid_pass(tmp_path):
    """Regression: the child saw its server gone only through the closed pipe, between
    passes. Killed outright under load, a server left its child importing scikit-learn
    (a pass over a million papers would take minutes) long after it was gone. Here the pipe
    stays open and the child waits out a long interval: only its watch can end it."""
    import multiprocessing

    from papershelf.discover.worker import refresh_forever

    db_path = library(tmp_path)
    server = subprocess.Popen(["sleep", "600"])
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(target=refresh_forever, args=(str(db_path), theirs, 600.0, server.pid),
                            daemon=True)
    child.start()
    try:
        deadline = time.monotonic() + 120
        while not ours.poll(0.2):  # its first pass over the library asks the server to write
            assert child.is_alive() and time.monotonic() < deadline
        server.kill()
        server.wait()
        child.join(10)
        assert not child.is_alive(), "the refresh child outlived its server"
    finally:
        ours.close()
        if child.is_alive():
            child.kill()
        server.kill()
        server.wait()
