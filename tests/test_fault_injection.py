"""Fault injection: three real servers with concurrent capture clients, a bulk import,
syncs in every direction at random moments, SIGKILL of servers, syncs and imports,
then a final sync. Every acknowledged write must be on every library, the libraries
identical, nothing duplicated or orphaned, the files sound, no process left behind.

`PAPERSHELF_FAULT_SEED` replays a run's choices (the seed is printed), and
`PAPERSHELF_FAULT_SECONDS` sets how long the faults go on (the default, 20 s, is a
smoke run that fits the suite's budget: about 40 s in all on a 2-core machine, with every
kind of fault struck; at 20 s a run still acknowledged 1,758 writes, 3 server kills and 4
sync kills). `scripts/soak` runs the same scenario
again and again. The scenario lives in tests/fault_helpers.py (its parts in tests/fault_*.py).
"""

from __future__ import annotations

import os
import random
import threading
import time

import pytest

from fault_chaos import Chaos
from fault_clients import CaptureClient
from fault_findings import Figures, Problems
from fault_helpers import index_problems, run_scenario
from fault_ledger import Ledger
from fault_machines import Machine
from fault_pages import fixture_pages
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.papers import save_paper
from papershelf.store.tx import write

pytestmark = pytest.mark.slow

DEFAULT_SECONDS = 20.0


def test_acknowledged_writes_survive_kills_and_every_library_ends_identical(tmp_path, capsys):
    seed = int(os.environ.get("PAPERSHELF_FAULT_SEED") or random.SystemRandom().randrange(10**6))
    seconds = float(os.environ.get("PAPERSHELF_FAULT_SECONDS") or DEFAULT_SECONDS)
    with capsys.disabled():  # the seed and the figures show in every run's output, passed or not
        print(f"\nfault seed {seed} (replay: PAPERSHELF_FAULT_SEED={seed})")
    outcome = run_scenario(tmp_path, seed=seed, seconds=seconds)  # its progress shows on failure
    with capsys.disabled():
        print(outcome.line())

    # The run did what it is for: writes were acknowledged while every kind of fault struck.
    figures = outcome.figures
    assert figures.captures >= 50 and figures.notes >= 10 and figures.edits >= 10, outcome.report()
    assert figures.imports >= 4, outcome.report()
    assert figures.server_kills >= 1 and figures.sync_kills >= 1 and figures.syncs_ok >= 1, outcome.report()
    # What the faults must not break: see Outcome.report for every kind of problem.
    assert outcome.clean, outcome.report()


def test_the_final_check_sees_an_index_or_counts_behind_their_rows(tmp_path):
    """PRAGMA integrity_check passes a file whose FTS5 index or overview counts lag its
    rows; the scenario's check asks FTS5 and recounts (fault_checks.index_problems)."""
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    with write(db) as tx:
        save_paper(tx, Paper(title="A paper on lattices"), rank=Rank.PAGE, hlc=tx.now())
    assert index_problems(path) == []
    db.conn.execute("UPDATE library_counts SET count = count + 1 WHERE facet = 'papers'")
    db.conn.execute("DROP TRIGGER papers_fts_au")
    db.conn.execute("UPDATE papers SET title = 'A paper on meshes'")
    db.close()
    problems = index_problems(path)
    assert any(p.startswith("papers_fts:") for p in problems), problems
    assert "library_counts ('papers', ''): 2 held, 1 counted" in problems


def test_a_capture_is_ledgered_under_the_fixture_page_it_sent_when_two_share_a_url(tmp_path):
    """dataverse_NJ7XSO.html and dataverse_NJ7XSO_2023.html were captured from one URL: the
    ledger named a capture of either after the first, so a rating sent with the second
    looked never sent and the run reported it lost (fault seed 198068)."""
    pages = [page for page in fixture_pages() if page.name.startswith("dataverse_NJ7XSO")]
    assert len(pages) == 2 and pages[0].url == pages[1].url
    machine = Machine(name="a", db_path=tmp_path / "library.db", port=1, log_path=tmp_path / "serve.log",
                      probe_token="", sync_tokens={}, client_tokens=[])
    chaos = Chaos(tmp_path, [machine], Ledger(), Problems(), Figures(), threading.Event(), seed=1, seconds=0)
    client = CaptureClient("a0", 0, machine, "token", chaos, pages)
    answer = {"papers": [{"id": "p1", "doi": "10.7910/DVN/NJ7XSO", "title": "A dataset",
                          "rating": 4, "status": "unread", "tags": []}]}
    for page in pages:
        client.acknowledge_capture({"capture_id": f"cap-{page.name}", "url": page.url,
                                    "html": page.html, "rating": 4}, answer, owned=False)
    client.http.close()
    assert [capture.page for capture in chaos.ledger.captures] == [page.name for page in pages]


def test_library_busy_is_a_fault_only_when_no_import_or_sync_held_the_library(tmp_path):
    """503 library_busy is the server's designed answer to a write lock held past its write
    deadline: a loaded run's import held it so, and the run reported the answers as server
    errors (fault seed 947399 at load 8). Still a fault when nothing else wrote to the file."""
    import httpx

    from fault_machines import start_import

    machine = Machine(name="a", db_path=tmp_path / "library.db", port=1, log_path=tmp_path / "serve.log",
                      probe_token="", sync_tokens={}, client_tokens=[])
    chaos = Chaos(tmp_path, [machine], Ledger(), Problems(), Figures(), threading.Event(), seed=1, seconds=0)
    client = CaptureClient("a0", 0, machine, "token", chaos, [])
    busy = httpx.Response(503, json={"error": "library_busy", "message": "busy"})
    client.http.close()

    client.sent_at = time.monotonic()
    assert not client.accepted(busy, "capture c1")
    assert chaos.problems.count("server errors") == 1  # nothing held the library

    command = start_import(tmp_path, machine, [tmp_path / "missing.txt"])  # runs, then exits 1
    assert command.wait(60)
    assert not client.accepted(busy, "capture c2")  # sent while the import ran
    assert chaos.problems.count("server errors") == 1 and chaos.ledger.busy_while_held == 1

    client.sent_at = time.monotonic()
    assert not client.accepted(busy, "capture c3")  # sent after it ended
    assert chaos.problems.count("server errors") == 2
    other = httpx.Response(503, json={"error": "unavailable", "message": "reader died"})
    client.sent_at = command.started
    assert not client.accepted(other, "capture c4")  # only library_busy is the lock's answer
    assert chaos.problems.count("server errors") == 3


def test_a_sync_that_exits_busy_is_a_fault_only_when_another_import_or_sync_held_a_library(tmp_path):
    """`papershelf sync` gives up on a library held past its busy timeout with one line saying
    so; a loaded run's import held it that long and the run called the exit a sync error (fault
    seed 570930 at load 5). A busy exit with nothing else writing is still one."""
    from fault_chaos import judge_sync
    from fault_machines import start_import
    from papershelf.store.db import busy_message

    def machine(name: str) -> Machine:
        return Machine(name=name, db_path=tmp_path / f"{name}.db", port=1,
                       log_path=tmp_path / f"{name}.log", probe_token="", sync_tokens={}, client_tokens=[])

    local, peer = machine("a"), machine("b")
    chaos = Chaos(tmp_path, [local, peer], Ledger(), Problems(), Figures(), threading.Event(), seed=1,
                  seconds=0)

    def busy_sync() -> None:  # a command that exits 1 with the sync's busy line
        command = start_import(tmp_path, local, [tmp_path / "missing.txt"])
        local.writers.remove(command)  # it stands for the sync, not for another writer
        assert command.wait(60)
        command.err_path.write_text(f"papershelf: {busy_message(local.db_path)}\n")
        judge_sync(chaos, local, peer, command)

    busy_sync()
    assert chaos.problems.count("sync errors") == 1 and chaos.figures.busy_while_held == 0
    importing = start_import(tmp_path, local, [tmp_path / "missing.txt"])
    busy_sync()  # began while the import ran
    assert chaos.problems.count("sync errors") == 1 and chaos.figures.busy_while_held == 1
    assert importing.wait(60)
