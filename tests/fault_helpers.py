"""The fault-injection scenario behind tests/test_fault_injection.py and scripts/soak.

Three real libraries, each served by a real `papershelf serve` on a fixed port (so a
server killed with SIGKILL restarts on the same file at the same URL), each with
capture clients (threads speaking HTTP as the browser extension does, each with its
own token), bulk imports, `papershelf sync` runs between random pairs, and SIGKILLs
of servers, syncs and imports at random moments. Every write that was acknowledged
(a 2xx answer; an import that exited 0) goes into a ledger with what it must leave
behind. At the end everything restarts, syncs until a round moves nothing, and every
library is checked against the ledger and the invariants: identical libraries, no
acknowledged write lost, no duplicated paper or note, no orphan, integrity ok (SQLite's,
FTS5's own check of each index, the overview counts against a recount), no
leftover process. Every sync that exits 0 is also checked on the spot: each side must
then hold every paper and note the other held when it began (with three libraries a
gap one sync leaves is often filled through the third, so the end state alone would
not show it). No answer is ever a 5xx.

Each thread draws from its own generator seeded from the run's seed, so a seed replays
the same choices (pages, edits, pairs, kill delays), though not the same interleaving.
Writes that got no answer are not counted, and only captures are retried (with the
same capture_id, as the extension's offline queue does).

The parts live beside this file, each importing only those above it: fault_findings
(figures and problems), fault_pages (pages and dumps), fault_machines (servers and
commands), fault_ledger (acknowledged writes), fault_chaos (the fault threads),
fault_clients (the capture clients), fault_checks (the final checks). This module runs
them and is the one the test and scripts/soak import from.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

from fault_chaos import (
    IMPORT_TIMEOUT,
    SYNC_TIMEOUT,
    Chaos,
    check_sync_complete,
    guarded,
    held_ids,
    run_imports,
    run_server_kills,
    run_syncs,
)
from fault_checks import (
    Library,
    differences,
    duplicated_rows,
    index_problems,
    leftover_processes,
    lost_writes,
    orphans,
)
from fault_clients import CaptureClient
from fault_findings import Figures, Problems
from fault_ledger import Ledger
from fault_machines import Machine, make_machine, server_log_errors, start_sync
from fault_pages import fixture_pages, write_generated_dump
from helpers import DUMPS

__all__ = ["Figures", "Outcome", "index_problems", "run_scenario"]  # what the test and scripts/soak use

MACHINES = ("a", "b", "c")
CLIENTS_PER_MACHINE = 4
FIXTURE_DUMPS = ("000_286d48ef37147b1c.txt", "001_6f96a1003d4bdb3d.txt", "002_116e930042b20998.txt")
SYNC_LINE = re.compile(r"synced with \S+: pulled (\d+), pushed (\d+),")
SETTLE_ROUNDS = 6


@dataclass
class Outcome:
    seed: int
    seconds: float
    figures: Figures
    problems: Problems
    server_log_errors: Counter  # "ExceptionType: message" from the servers' logs

    @property
    def clean(self) -> bool:
        return not self.problems

    def line(self) -> str:
        return f"fault seed {self.seed}, {self.seconds:g} s: {self.figures.line()}"

    def report(self) -> str:
        lines = [self.line(), f"replay: PAPERSHELF_FAULT_SEED={self.seed} "
                              f"PAPERSHELF_FAULT_SECONDS={self.seconds:g}"]
        if self.problems:
            lines.append(self.problems.report())
        if self.server_log_errors:
            lines.append("errors in the servers' logs:")
            lines += [f"    {n} × {kind}" for kind, n in self.server_log_errors.most_common(8)]
        return "\n".join(lines)


# ---------------------------------------------------------------- the whole run


def run_scenario(workdir: Path, *, seed: int, seconds: float, log: Callable[[str], None] = print
                 ) -> Outcome:
    """Build three libraries, fault them for `seconds`, settle, and check them all."""
    figures, problems, ledger, stop = Figures(), Problems(), Ledger(), threading.Event()
    machines = [make_machine(workdir, name, [peer for peer in MACHINES if peer != name],
                             CLIENTS_PER_MACHINE) for name in MACHINES]
    chaos = Chaos(workdir, machines, ledger, problems, figures, stop, seed, seconds)
    generated = write_generated_dump(workdir / "generated.txt", seed)
    imports = [(machines[0], [generated, DUMPS / FIXTURE_DUMPS[0]]),
               (machines[1], [DUMPS / FIXTURE_DUMPS[1]]), (machines[2], [DUMPS / FIXTURE_DUMPS[2]])]
    pages = fixture_pages()
    clients: list[CaptureClient] = []
    for machine in machines:
        for n, token in enumerate(machine.client_tokens):
            clients.append(CaptureClient(f"{machine.name}{n}", len(clients), machine, token, chaos, pages))
    try:
        for machine in machines:
            machine.launch()
        for machine in machines:
            machine.wait_until_up()
        log(f"fault seed {seed}: {len(machines)} servers up, faulting for {seconds:g} s")
        threads = [guarded(chaos, f"client-{client.name}", client.run) for client in clients]
        threads += [guarded(chaos, f"syncs-{n}", lambda n=n: run_syncs(chaos, f"syncs-{n}"))
                    for n in range(2)]
        threads.append(guarded(chaos, "server-kills", lambda: run_server_kills(chaos)))
        importer = guarded(chaos, "imports", lambda: run_imports(chaos, imports, generated))
        stop.wait(seconds)
        stop.set()
        for thread in [*threads, importer]:
            thread.join(timeout=IMPORT_TIMEOUT + SYNC_TIMEOUT)
            if thread.is_alive():
                problems.add("harness", f"{thread.name} did not stop")
        settle(chaos, clients, log)
    finally:
        stop.set()
        for machine in machines:
            machine.stop()
    check_libraries(machines, ledger, problems, figures, log)
    for process, cmdline in leftover_processes(workdir):
        known = chaos.orphaned.get(process.pid, "")
        problems.add("leftover processes", f"pid {process.pid} still runs after the run{known}: "
                     f"{cmdline[:200]}")
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()  # it is this run's own: leave nothing behind
    fill_figures(chaos)
    return Outcome(seed, seconds, figures, problems, server_log_errors(machines))


def check_libraries(machines: list[Machine], ledger: Ledger, problems: Problems, figures: Figures,
                    log: Callable[[str], None]) -> None:
    """Every library against the ledger and the invariants; the figures count writes lost
    anywhere, and the duplicates and orphans of the worst library."""
    libraries = [Library(machine) for machine in machines]
    log("libraries at the end: " + ", ".join(
        f"{lib.name} {len(lib.papers)} papers, {len(lib.notes)} notes, {len(lib.aliases)} aliases"
        for lib in libraries))
    lost: set[str] = set()
    for library in libraries:
        if library.integrity != ["ok"]:
            problems.add("integrity", f"{library.name}: {'; '.join(library.integrity[:5])}")
        for write, why in lost_writes(library, ledger):
            lost.add(write)
            problems.add("lost", f"{write}, on {library.name}: {why}")
        duplicated, orphaned = duplicated_rows(library), orphans(library)
        for line in duplicated:
            problems.add("duplicated", line)
        for line in orphaned:
            problems.add("orphans", line)
        figures.duplicated = max(figures.duplicated, len(duplicated))
        figures.orphans = max(figures.orphans, len(orphaned))
    figures.lost = len(lost)
    for line in differences(libraries):
        problems.add("divergent", line)


def fill_figures(chaos: Chaos) -> None:
    figures, ledger, problems = chaos.figures, chaos.ledger, chaos.problems
    figures.captures, figures.notes = len(ledger.captures), len(ledger.notes)
    figures.edits, figures.imports = ledger.edits, len(ledger.imports)
    figures.unacknowledged, figures.stored_despite_5xx = ledger.unacknowledged, ledger.stored_despite_5xx
    figures.busy_while_held += ledger.busy_while_held  # a sync's busy exits are counted already
    figures.sync_gaps = len(chaos.left_behind)
    figures.server_errors = problems.count("server errors")
    figures.leftover_processes = problems.count("leftover processes")


# ---------------------------------------------------------------- settling


def settle(chaos: Chaos, clients: list[CaptureClient], log: Callable[[str], None]) -> None:
    """Every server up, every queued capture sent, then sync until nothing moves."""
    for machine in chaos.machines:
        if machine.process is None or machine.process.poll() is not None:
            machine.start()
    for client in clients:
        client.drain_queue()
        chaos.ledger.count("unacknowledged", len(client.queue))
    rounds = sync_until_quiet(chaos)
    log(f"settled in {rounds} rounds of syncs between every pair")


def sync_until_quiet(chaos: Chaos) -> int:
    """Every ordered pair syncs, round after round, until a round moves nothing."""
    for round_number in range(1, SETTLE_ROUNDS + 1):
        moved = 0
        for local in chaos.machines:
            for peer in chaos.machines:
                if local is not peer:
                    moved += final_sync(chaos, local, peer)
        if moved == 0:
            return round_number
    chaos.problems.add("unsettled", f"the libraries still moved changes after {SETTLE_ROUNDS} rounds")
    return SETTLE_ROUNDS


def final_sync(chaos: Chaos, local: Machine, peer: Machine) -> int:
    """One sync with nothing else running: it must succeed (one retry allowed) and carry all
    either side holds. How many changes it moved."""
    problems = chaos.problems
    for _ in range(2):
        before = held_ids(local), held_ids(peer)
        sync = start_sync(chaos.workdir, local, peer)
        if not sync.wait(SYNC_TIMEOUT):
            sync.kill()
        elif sync.returncode == 0 and (match := SYNC_LINE.search(sync.out)):
            check_sync_complete(chaos, local, peer, before)
            return int(match[1]) + int(match[2])
        problems.add("unsettled", f"final sync {local.name}→{peer.name} exited "
                     f"{sync.returncode}: {sync.err.strip()[-300:]}")
    return 0
