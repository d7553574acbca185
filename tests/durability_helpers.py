"""Replication under crashes: a real `papershelf serve --replicate` with real Litestream,
clients whose every acknowledged write is in a ledger, SIGKILLs, restores elsewhere.

Used by tests/test_replication_crash.py, scripts/soak (longer) and the durability
benchmark. The checks:

- no hole: a restored library is a state the library was in at some moment, so a write
  acknowledged before another was sent is there whenever the later one is;
- nothing lost: once the server and Litestream ran again and the replica caught up,
  a library restored from it has every acknowledged capture, note and edit;
- integrity_check is ok on every restored library.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from helpers import free_port, papershelf_command, run_cli

START_TIMEOUT = 60.0


def scholarly_page(n: int, prefix: str = "durable") -> str:
    return (f'<html><head><meta name="citation_title" content="Durable paper {prefix} {n}">'
            f'<meta name="citation_doi" content="10.5555/{prefix}.{n}"></head><body></body></html>')


def capture_body(n: int, prefix: str = "durable") -> dict:
    return {"capture_id": uuid.uuid4().hex, "url": f"https://example.org/{prefix}/{n}",
            "html": scholarly_page(n, prefix)}


@dataclass
class Op:
    """One acknowledged write and what it leaves behind."""

    kind: str  # capture | note | edit
    key: str  # capture: the DOI; note: its body; edit: the tag it set
    sent: float
    acked: float


@dataclass
class Ledger:
    ops: list[Op] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, op: Op) -> None:
        with self.lock:
            self.ops.append(op)

    def snapshot(self) -> list[Op]:
        with self.lock:
            return list(self.ops)


def _token(db_path: Path) -> str:
    """A token made in process (the command line's start costs a second a server)."""
    from papershelf.store.db import open_writer
    from papershelf.store.tokens import create_token as make_token

    db = open_writer(db_path, create=True)
    try:
        return make_token(db, "durability")
    finally:
        db.close()


class ReplicatedServer:
    """`papershelf serve --replicate` on a fixed port, killed and started again at will."""

    def __init__(self, db_path: Path, replica_url: str, *, extra_args: tuple[str, ...] = ()):
        self.db_path = db_path
        self.replica_url = replica_url
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.token = _token(db_path)
        self.headers = {"Authorization": f"Bearer {self.token}"}
        self.extra_args = extra_args
        self.process: subprocess.Popen | None = None
        self.log_path = db_path.with_name("serve.log")
        self.starts = 0

    def start(self) -> None:
        command = [*papershelf_command(), "serve", "--db", str(self.db_path), "--port",
                   str(self.port), "--no-datasette", "--replicate", self.replica_url,
                   *self.extra_args]
        with self.log_path.open("a") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        self.starts += 1
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve exited ({self.process.returncode}):\n{self.log()[-3000:]}")
            try:
                if httpx.get(f"{self.base_url}/api/status", headers=self.headers,
                             timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"serve did not answer in {START_TIMEOUT}s:\n{self.log()[-3000:]}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def status(self) -> dict:
        return httpx.get(f"{self.base_url}/api/status", headers=self.headers, timeout=10).json()

    def litestream_pid(self) -> int | None:
        try:
            state = json.loads(self.db_path.with_name(f"{self.db_path.name}-replication.json").read_text())
        except (OSError, ValueError):
            return None
        return state.get("litestream_pid")

    def kill(self, *, server: bool, litestream: bool) -> None:
        """SIGKILL the server, its Litestream, or both at the same moment."""
        pids = []
        if litestream and (pid := self.litestream_pid()):
            pids.append(pid)
        if server and self.process is not None:
            pids.append(self.process.pid)
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if server and self.process is not None:
            self.process.wait()
            self.process = None

    def wait_litestream_gone(self, timeout: float = 30.0) -> None:
        """Until no Litestream holds the library (a killed server's one stops by itself)."""
        from papershelf.store.checkpoints import replication_running

        deadline = time.monotonic() + timeout
        while replication_running(self.db_path) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not replication_running(self.db_path), "a Litestream outlived its server"

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(60)
            self.process = None

    def replica_advanced(self, since: int, timeout: float = 15.0) -> int:
        """Wait until the replica holds a transaction after `since`; its position then."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            replicated = (self.status().get("replication") or {}).get("replicated_txid") or 0
            if replicated > since:
                return replicated
            time.sleep(0.1)
        raise AssertionError(f"the replica did not move past {since}: {self.status()}")

    def caught_up(self, timeout: float = 30.0) -> dict:
        """Wait until the replica holds everything written so far; the status then."""
        deadline = time.monotonic() + timeout
        wanted = None
        while time.monotonic() < deadline:
            replication = self.status().get("replication") or {}
            local, replicated = replication.get("local_txid"), replication.get("replicated_txid")
            if wanted is None and local is not None and replication.get("state") == "replicating":
                wanted = local  # Litestream has read the whole WAL when it answers /sync
            if wanted is not None and replicated is not None and replicated >= wanted:
                return replication
            time.sleep(0.1)
        raise AssertionError(f"the replica did not catch up: {self.status()}\n{self.log()[-2000:]}")


class Writer:
    """A client that captures, writes notes and edits, one at a time, into the ledger."""

    def __init__(self, server: ReplicatedServer, ledger: Ledger, name: str, seed: int,
                 pause: float = 0.0):
        self.server, self.ledger, self.name, self.pause = server, ledger, name, pause
        self.random = random.Random(seed)
        self.papers: list[str] = []  # ids of papers this writer captured and may note or edit
        self.count = 0
        self.stop = threading.Event()

    def run(self) -> None:
        with httpx.Client(base_url=self.server.base_url, headers=self.server.headers,
                          timeout=10) as http:
            while not self.stop.is_set():
                try:
                    self.one(http)
                    self.stop.wait(self.pause)
                except httpx.TransportError:
                    time.sleep(0.05)  # the server is down: not acknowledged, not counted

    def one(self, http: httpx.Client) -> None:
        self.count += 1
        n, roll = self.count, self.random.random()
        sent = time.monotonic()
        if roll < 0.6 or len(self.papers) < 3:
            doi = f"10.5555/{self.name}.{n}"
            response = http.post("/api/captures", json=capture_body(n, self.name))
            if response.status_code == 201:
                self.ledger.add(Op("capture", doi.lower(), sent, time.monotonic()))
                self.papers.append(response.json()["papers"][0]["id"])
        elif roll < 0.8:
            body = f"note {self.name} {n}"
            paper = self.random.choice(self.papers)
            if http.post(f"/api/papers/{paper}/notes", json={"body": body}).status_code == 201:
                self.ledger.add(Op("note", body, sent, time.monotonic()))
        else:
            tag = f"edit-{self.name}-{n}"
            paper = self.papers.pop(self.random.randrange(len(self.papers)))  # each edited once
            if http.patch(f"/api/papers/{paper}", json={"tags": [tag], "rating": 4}).status_code == 200:
                self.ledger.add(Op("edit", tag, sent, time.monotonic()))


def present(db_path: Path, ops: list[Op]) -> set[int]:
    """Which of the ops the library at db_path holds (their indexes)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dois = {row[0].lower() for row in conn.execute("SELECT doi FROM papers WHERE doi IS NOT NULL")}
        notes = {row[0] for row in conn.execute("SELECT body FROM notes")}
        tags = {tag for (raw,) in conn.execute("SELECT tags FROM papers") for tag in json.loads(raw)}
    finally:
        conn.close()
    held = {"capture": dois, "note": notes, "edit": tags}
    return {i for i, op in enumerate(ops) if op.key in held[op.kind]}


def holes(ops: list[Op], held: set[int]) -> list[str]:
    """Writes missing although a write sent after they were acknowledged is there."""
    latest_sent = max((ops[i].sent for i in held), default=float("-inf"))
    return [f"{op.kind} {op.key} (acknowledged {latest_sent - op.acked:.2f} s before a present "
            f"write was sent)" for i, op in enumerate(ops)
            if i not in held and op.acked < latest_sent
            and any(ops[j].sent > op.acked for j in held)]


def integrity(db_path: Path) -> str:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def restore_elsewhere(replica_url: str, machine: Path) -> Path:
    """`papershelf restore --from URL` on a new machine (an empty folder)."""
    machine.mkdir(parents=True, exist_ok=True)
    target = machine / "library.db"
    run_cli("restore", "--from", replica_url, db_path=target)
    return target


@dataclass
class CrashOutcome:
    kills: dict[str, int]
    restores: int
    restored_mid_run: int  # acknowledged writes found by the restores made between kills
    acknowledged: int
    problems: list[str]
    final: Path


def crash_scenario(workdir: Path, *, seed: int, rounds: int, writers: int = 2,
                   log=print) -> CrashOutcome:
    """Write while killing the server, Litestream or both (SIGKILL) `rounds` times, restoring
    the replica on a new machine after each kill of both; at the end let it catch up and
    restore once more, which must hold every acknowledged write."""
    rng = random.Random(seed)
    log(f"seed {seed} (PAPERSHELF_CRASH_SEED replays it)")
    library = workdir / "machine-a" / "library.db"
    library.parent.mkdir(parents=True)
    replica_url = f"file://{workdir / 'replica'}"
    server = ReplicatedServer(library, replica_url)
    ledger, problems = Ledger(), []
    kills = {"server": 0, "litestream": 0, "both": 0}
    restores = restored_mid_run = replicated = 0
    server.start()
    # Paced (about 100 writes/s in all): the machine's two cores also start servers.
    clients = [Writer(server, ledger, f"w{seed}x{i}", seed * 100 + i, pause=0.015)
               for i in range(writers)]
    threads = [threading.Thread(target=client.run, daemon=True) for client in clients]
    for thread in threads:
        thread.start()
    try:
        for round_ in range(rounds):
            # Once the replica holds some of this round's writes (a restore then has
            # something to show), at a random moment of the next second.
            server.replica_advanced(replicated)
            time.sleep(rng.uniform(0.0, 1.2))
            # Where the replica is now (as of Litestream's last answer): the next round
            # waits for it to move past this.
            replicated = (server.status().get("replication") or {}).get("replicated_txid") or 0
            what = "both" if round_ == 0 else rng.choice(("server", "litestream", "both", "both"))
            kills[what] += 1
            server.kill(server=what != "litestream", litestream=what != "server")
            if what == "litestream":
                continue  # the server starts it again by itself
            if what == "both":
                # Both gone, mid-write: the replica is what a dead machine leaves behind.
                ops = ledger.snapshot()
                restored = restore_elsewhere(replica_url, workdir / f"machine-r{round_}")
                restores += 1
                check = integrity(restored)
                if check != "ok":
                    problems.append(f"round {round_}: restored library integrity: {check}")
                held = present(restored, ops)
                found = holes(ops, held)
                restored_mid_run += len(held)
                problems += [f"round {round_}: hole: {line}" for line in found[:5]]
                log(f"round {round_}: killed both; restored {len(held)} of "
                    f"{len(ops)} acknowledged writes, {len(found)} holes")
            server.wait_litestream_gone()
            server.start()
        time.sleep(rng.uniform(0.3, 1.0))
    finally:
        for client in clients:
            client.stop.set()
        for thread in threads:
            thread.join(30)
    try:
        server.caught_up()
    finally:
        server.stop()
    ops = ledger.snapshot()
    final = restore_elsewhere(replica_url, workdir / "machine-final")
    restores += 1
    check = integrity(final)
    if check != "ok":
        problems.append(f"final restore integrity: {check}")
    held = present(final, ops)
    problems += [f"lost after catching up: {ops[i].kind} {ops[i].key}"
                 for i in range(len(ops)) if i not in held][:10]
    log(f"seed {seed}: {len(ops)} acknowledged writes, kills {kills}, {restores} restores, "
        f"{len(problems)} problems")
    return CrashOutcome(kills, restores, restored_mid_run, len(ops), problems, final)
