"""Imports as processes: killed with SIGKILL, or two of one file at once.

Regression test for issue 9 item 13: after `kill -9` of `papershelf import`, its reader
child stayed blocked forever, holding the library's files.
"""

from __future__ import annotations

import multiprocessing
import signal
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

import psutil

from helpers import papershelf_command
from papershelf import dump_reader
from papershelf.store.db import LibraryError, open_writer

HEADER = "new\n\nDaily Papers\n\nbyAK and the research community\n\nNov 6\n\n"


def write_big_dump(path, count: int) -> None:
    words = ["sparse", "autoencoder", "quantised", "attention", "diffusion", "retrieval", "graph", "kernel"]
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for n in range(count):
            title = f"{words[n % 8].capitalize()} {words[(n * 3) % 8]} study number {n}"
            abstract = " ".join(words[(n + i) % 8] for i in range(150)).capitalize() + "."
            out.write(f"{title}\n\n{abstract}\n\n  • 3 authors\n·\nMay {n % 28 + 1}, 2024 {n % 50}\n\n")


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (value := predicate()):
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def test_killing_the_importer_kills_its_reader_and_frees_the_library(tmp_path):
    dump = tmp_path / "big.txt"
    write_big_dump(dump, 60_000)
    db = tmp_path / "library.db"
    importer = subprocess.Popen([*papershelf_command(), "import", str(dump), "--db", str(db)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        reader = wait_for(lambda: psutil.Process(importer.pid).children(), 30, "the reader child")[0]
        time.sleep(0.5)  # both busy: the reader ahead, its pipe filling
        importer.send_signal(signal.SIGKILL)
        importer.wait(10)
        _gone, alive = psutil.wait_procs([reader], timeout=10)
        assert not alive, "the reader outlived its importer"
    finally:
        importer.kill()
    conn = sqlite3.connect(db, timeout=5, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")  # nobody holds the library any more
    conn.execute("ROLLBACK")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM papers").fetchone()[0] == 0  # one transaction: none


def test_the_importers_reader_yields_the_cpu_to_the_librarys_readers(tmp_path):
    """Regression (issue 18): the import's parsing child ran at the server's priority; on two
    cores, pages read during a 200,000-paper import waited 0.8–1.1 s (p99). The importer
    itself (the writer) keeps its priority."""
    dump = tmp_path / "big.txt"
    write_big_dump(dump, 20_000)
    command = [*papershelf_command(), "import", str(dump), "--db", str(tmp_path / "library.db")]
    importer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ours = psutil.Process().nice()
    try:
        reader = wait_for(lambda: psutil.Process(importer.pid).children(), 30, "the reader child")[0]
        wait_for(lambda: reader.nice() != ours, 10, "the reader to lower its priority")
        assert reader.nice() == min(19, ours + dump_reader.READER_NICENESS)
        assert psutil.Process(importer.pid).nice() == ours
    finally:
        importer.kill()
        importer.wait(10)


def test_the_same_file_imported_twice_at_once_is_stored_once(tmp_path):
    # Small enough that the second import's wait for the first stays well inside the busy
    # timeout on a loaded machine (20,000 papers took past it beside the parallel suite,
    # and the second import then rightly gave up "busy").
    dump = tmp_path / "big.txt"
    write_big_dump(dump, 5_000)
    db = tmp_path / "library.db"
    command = [*papershelf_command(), "import", str(dump), "--db", str(db)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(run.wait(120), *run.communicate()) for run in runs]
    assert [code for code, _, _ in results] == [0, 0], results
    summaries = [out.splitlines()[0] for _, out, _ in results]
    assert sum("5,000 papers new" in line for line in summaries) == 1
    assert sum("1 file already imported" in line for line in summaries) == 1
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM papers").fetchone()[0] == 5_000
    assert conn.execute("SELECT count(*) FROM captures").fetchone()[0] == 1


def _open_new_library_at_once(path, barrier, failures) -> None:
    barrier.wait()
    try:
        open_writer(path, create=True).close()
    except LibraryError as error:
        failures.put(str(error))


def test_two_processes_starting_the_same_new_library_at_once_both_open_it():
    """Two imports (or an import and a server) that start a new library together: SQLite
    answered the second one's switch to WAL "database is locked" at once, without waiting,
    in about one pair of ten."""
    context = multiprocessing.get_context("fork")
    failures = context.Queue()
    with tempfile.TemporaryDirectory() as folder:
        for attempt in range(40):
            barrier = context.Barrier(2)
            openers = [context.Process(target=_open_new_library_at_once,
                                       args=(Path(folder) / f"library-{attempt}.db", barrier,
                                             failures)) for _ in range(2)]
            for opener in openers:
                opener.start()
            for opener in openers:
                opener.join(60)
                assert opener.exitcode == 0
    found = []
    while not failures.empty():
        found.append(failures.get())
    assert found == []
