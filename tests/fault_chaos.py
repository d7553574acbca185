"""The faults of the fault-injection scenario and what their threads share (Chaos).

`papershelf sync` between random pairs (a third killed mid-way; every sync that exits 0
checked on the spot for what it left out), SIGKILLs of servers that then start again on the
same file, and bulk imports killed mid-way then run again. A thread that crashes is a
problem of the harness, reported with the run's problems.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from fault_findings import Figures, Problems
from fault_ledger import AckedImport, Ledger
from fault_machines import START_TIMEOUT, Command, Machine, start_import, start_sync
from fault_pages import dump_fingerprints
from papershelf.identity import title_fingerprint

SYNC_TIMEOUT = 120.0
IMPORT_TIMEOUT = 180.0
# Either side's library held too long: the local file (cli/common.py) or the peer's (a 503, sync/peer.py).
BUSY = re.compile(r"^papershelf: \S+ is busy[:( ]")
# A sync that fails because its peer was killed says so in one of these ways (sync/peer.py).
UNREACHABLE = re.compile(r"^papershelf: (cannot reach |\S+ did not answer |\S+: (GET|POST) \S+ failed: )")


@dataclass
class Chaos:
    """What the fault threads share."""

    workdir: Path
    machines: list[Machine]
    ledger: Ledger
    problems: Problems
    figures: Figures
    stop: threading.Event
    seed: int
    seconds: float
    orphaned: dict[int, str] = field(default_factory=dict)  # children of killed processes
    left_behind: set[tuple[str, str]] = field(default_factory=set)  # (library, id) syncs left out

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")


def judge_sync(chaos: Chaos, local: Machine, peer: Machine, sync: Command) -> None:
    """A sync that finished: 0, or one line saying its peer could not be reached."""
    what = f"sync {local.name}→{peer.name}"
    lines = sync.err.strip().splitlines()
    if sync.returncode == 0:
        chaos.figures.syncs_ok += 1
    elif len(lines) != 1 or not lines[0].startswith("papershelf: "):
        chaos.problems.add("sync errors", f"{what} exited {sync.returncode} with "
                           f"{len(lines)} lines: {' | '.join(lines[-3:])[:400]}", timed=True)
    elif UNREACHABLE.match(lines[0]):
        chaos.figures.syncs_failed += 1
    elif BUSY.match(lines[0]) and any(machine.held_by_another_writer(sync.started, besides=sync)
                                      for machine in (local, peer)):
        # The designed answer to a library held past the write deadline by an import or another
        # sync (seed 570930 at load 5: an import held `local` that long).
        chaos.figures.busy_while_held += 1
    else:
        chaos.problems.add("sync errors", f"{what} exited {sync.returncode}: {lines[0][:400]}", timed=True)


@dataclass
class HeldIds:
    """The papers (with the aliases that lead to them) and notes a library holds."""

    papers: set[str]
    aliases: dict[str, str]
    notes: set[str]

    def resolves(self, pid: str) -> bool:
        for _ in range(16):
            if pid in self.papers:
                return True
            if pid not in self.aliases:
                return False
            pid = self.aliases[pid]
        return False


def held_ids(machine: Machine) -> HeldIds | None:
    """What `machine`'s file holds now; None when it cannot be read at this moment."""
    try:
        conn = sqlite3.connect(f"file:{machine.db_path}?mode=ro", uri=True, timeout=30)
        try:
            return HeldIds({pid for (pid,) in conn.execute("SELECT id FROM papers")},
                           dict(conn.execute("SELECT alias, paper_id FROM paper_aliases").fetchall()),
                           {nid for (nid,) in conn.execute("SELECT id FROM notes")})
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return None


def check_sync_complete(chaos: Chaos, local: Machine, peer: Machine,
                        before: tuple[HeldIds | None, HeldIds | None]) -> None:
    """A sync that exited 0 left each side holding every paper and note the other held when
    it began (later syncs may fill a gap it left: this sees it where it happens)."""
    after = held_ids(peer), held_ids(local)
    for (source, held), target, has in zip(((local, before[0]), (peer, before[1])), (peer, local),
                                           after, strict=True):
        if held is None or has is None:
            continue
        papers = sorted(pid for pid in held.papers if not has.resolves(pid))
        notes = sorted(held.notes - has.notes)
        chaos.left_behind.update((target.name, record) for record in [*papers, *notes])
        if papers or notes:
            first = f"paper {papers[0]}" if papers else f"note {notes[0]}"
            chaos.problems.add("sync gaps", f"sync {local.name}→{peer.name} exited 0, yet {target.name} "
                               f"lacks {len(papers)} papers and {len(notes)} notes that {source.name} "
                               f"held before it began (first: {first})", timed=True)


def run_syncs(chaos: Chaos, name: str) -> None:
    """`papershelf sync` between random pairs at random moments, a third killed mid-way."""
    rng = chaos.rng(name)
    while not chaos.stop.wait(rng.uniform(0.2, 1.5)):
        local, peer = rng.sample(chaos.machines, 2)
        before = held_ids(local), held_ids(peer)
        sync = start_sync(chaos.workdir, local, peer)
        # Until one sync was killed, every one is, early: a short run under load has few syncs,
        # and the test asserts a kill (with a third, 6 syncs missed it about 1 run in 11).
        if not chaos.figures.sync_kills:
            kill_after = rng.uniform(0.05, 0.3)
        else:
            kill_after = rng.uniform(0.05, 2.0) if rng.random() < 0.35 else None
        if sync.wait(timeout=kill_after or SYNC_TIMEOUT):
            judge_sync(chaos, local, peer, sync)
            if sync.returncode == 0:
                check_sync_complete(chaos, local, peer, before)
            continue
        sync.kill()
        if kill_after is None:
            chaos.problems.add("sync errors", f"sync {local.name}→{peer.name} still ran after "
                               f"{SYNC_TIMEOUT:g} s", timed=True)
        else:
            chaos.figures.sync_kills += 1


def run_server_kills(chaos: Chaos) -> None:
    """SIGKILL a random server every few seconds and start it again on the same file."""
    rng = chaos.rng("server-kills")
    while not chaos.stop.wait(rng.uniform(2.0, 6.0)):
        machine = rng.choice(chaos.machines)
        machine.kill()
        chaos.figures.server_kills += 1
        time.sleep(rng.uniform(0.1, 1.0))
        machine.start()


def library_counts(machine: Machine, fingerprints: set[str], capture_id: str) -> tuple[int, bool]:
    """How many of a dump's papers a library holds, and whether it holds the dump's capture row."""
    conn = sqlite3.connect(f"file:{machine.db_path}?mode=ro", uri=True, timeout=30)
    try:
        held = sum(title_fingerprint(title) in fingerprints
                   for (title,) in conn.execute("SELECT title FROM papers"))
        row = conn.execute("SELECT 1 FROM captures WHERE id = ?", [capture_id]).fetchone()
        return held, row is not None
    finally:
        conn.close()


def dump_capture_id(path: Path) -> str:
    return f"dump:{hashlib.sha256(path.read_bytes()).hexdigest()[:32]}"


def run_imports(chaos: Chaos, plan: list[tuple[Machine, list[Path]]], generated: Path) -> None:
    """Bulk imports into libraries whose servers run; half are killed mid-way, then run again."""
    rng = chaos.rng("imports")
    expected = {path: dump_fingerprints(path) for _, files in plan for path in files}
    for machine, files in plan:
        chaos.stop.wait(rng.uniform(0.5, chaos.seconds / (2 * len(plan))))
        command = start_import(chaos.workdir, machine, files)
        if generated in files:
            # Killed while it stores the big file: its reader child has started by then.
            wait_for_child(command, timeout=START_TIMEOUT)
            delay: float | None = rng.uniform(0.0, 0.8)
        else:
            delay = rng.uniform(0.3, 1.5) if rng.random() < 0.5 else None
        if delay is not None and not command.wait(delay):
            kill_import(chaos, machine, command, files, generated, expected)
            command = start_import(chaos.workdir, machine, files)  # the user runs it again
        if not command.wait(IMPORT_TIMEOUT):
            command.kill()
            chaos.problems.add("import errors", f"import into {machine.name} still ran after "
                               f"{IMPORT_TIMEOUT:g} s", timed=True)
            continue
        if command.returncode != 0:
            chaos.problems.add("import errors", f"import into {machine.name} exited "
                               f"{command.returncode}: {command.err.strip()[-400:]}", timed=True)
            continue
        for path in files:
            chaos.ledger.record("imports", AckedImport(machine.name, path.name, expected[path]))


def wait_for_child(command: Command, timeout: float) -> None:
    """Until the command has started a child process (or ended, or `timeout` passed)."""
    deadline = time.monotonic() + timeout
    while command.returncode is None and time.monotonic() < deadline:
        with contextlib.suppress(psutil.NoSuchProcess):
            if psutil.Process(command.process.pid).children():
                return
        time.sleep(0.02)


def kill_import(chaos: Chaos, machine: Machine, command: Command, files: list[Path],
                generated: Path, expected: dict[Path, set[str]]) -> None:
    """SIGKILL an import: its file is all there or not at all (and its children are noted:
    the end of the run checks that none of them stays)."""
    try:
        children = psutil.Process(command.process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    command.kill()
    chaos.figures.import_kills += 1
    if generated in files:
        held, has_capture = library_counts(machine, expected[generated], dump_capture_id(generated))
        if held not in (0, len(expected[generated])) or has_capture != (held > 0):
            chaos.problems.add("import errors", f"import killed: {machine.name} holds {held} of the "
                               f"{len(expected[generated])} papers of {generated.name} "
                               f"(capture row: {has_capture})", timed=True)
    for child in children:
        chaos.orphaned[child.pid] = f" (a child of `papershelf import` into {machine.name}, " \
                                    "which was killed with SIGKILL)"


def guarded(chaos: Chaos, name: str, target: Callable[[], None]) -> threading.Thread:
    """A thread whose crash is a problem of the harness, reported rather than lost."""

    def run() -> None:
        try:
            target()
        except Exception as error:  # reported with the run's problems
            chaos.problems.add("harness", f"{name}: {type(error).__name__}: {error}", timed=True)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread
