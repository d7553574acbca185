"""The fault-injection scenario's machines and the commands run against them.

A machine is one library file with a real `papershelf serve` over it on a fixed port, so a
server killed with SIGKILL restarts on the same file at the same URL; `papershelf sync` and
`papershelf import` run in the background with their output in files.
"""

from __future__ import annotations

import itertools
import re
import signal
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from fault_pages import CAPTURED_AT
from helpers import create_token, free_port, papershelf_command

START_TIMEOUT = 60.0  # a loaded 2-core machine can take a while to import Litestar


@dataclass
class Machine:
    """One library file and the `papershelf serve` over it, on a port of its own."""

    name: str
    db_path: Path
    port: int
    log_path: Path
    probe_token: str  # for readiness checks only: the clients' tokens stay unused until they start
    sync_tokens: dict[str, str]  # scope sync, one per peer (by name) that syncs with this machine
    client_tokens: list[str]  # one per browser
    process: subprocess.Popen | None = None
    starts: int = 0
    # The imports and syncs run on this library file: while one holds its write lock past the
    # server's write deadline, the server answers writes 503 library_busy, by design.
    writers: list[Command] = field(default_factory=list)

    def held_by_another_writer(self, since: float, besides: Command | None = None) -> bool:
        """Whether an import or sync (other than `besides`) wrote to this library at some time
        from `since` (monotonic) until now."""
        return any(command.ran_after(since) for command in self.writers if command is not besides)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def launch(self) -> None:
        self.starts += 1
        with self.log_path.open("a") as log:
            log.write(f"--- start {self.starts} ---\n")
            log.flush()
            self.process = subprocess.Popen(
                [*papershelf_command(), "serve", "--db", str(self.db_path), "--host", "127.0.0.1",
                 "--port", str(self.port), "--no-datasette"],
                stdout=log, stderr=subprocess.STDOUT)

    def wait_until_up(self, timeout: float = START_TIMEOUT) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        headers = {"Authorization": f"Bearer {self.probe_token}"}
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server {self.name} exited ({self.process.returncode}):\n"
                                   f"{self.log_tail()}")
            try:
                if httpx.get(f"{self.base_url}/api/status", headers=headers, timeout=5).is_success:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"server {self.name} did not answer in {timeout:g} s:\n{self.log_tail()}")

    def start(self) -> None:
        self.launch()
        self.wait_until_up()

    def kill(self) -> None:
        """SIGKILL: no shutdown, no checkpoint, requests cut off mid-way."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self, lines: int = 30) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def make_machine(workdir: Path, name: str, peers: list[str], clients: int) -> Machine:
    """A new library with its tokens (made by `papershelf token create`, which creates the file)."""
    db_path = workdir / name / "library.db"
    db_path.parent.mkdir(parents=True)
    return Machine(
        name=name, db_path=db_path, port=free_port(), log_path=db_path.with_name("serve.log"),
        probe_token=create_token(db_path, "probe", ("read",)),
        sync_tokens={peer: create_token(db_path, f"sync-{peer}", ("sync",)) for peer in peers},
        client_tokens=[create_token(db_path, f"browser-{name}{i}", ("read", "write"))
                       for i in range(clients)],
    )


class Command:
    """A `papershelf` command in the background. Its output goes to files, not pipes: a
    child process it leaves behind would hold a pipe open, and reading it would never end."""

    numbers = itertools.count(1)

    def __init__(self, workdir: Path, label: str, args: list[str]):
        self.started, self.ended = time.monotonic(), None
        folder = workdir / "commands"
        folder.mkdir(exist_ok=True)
        stem = folder / f"{next(self.numbers):04d}-{label}"
        self.out_path, self.err_path = stem.with_suffix(".out"), stem.with_suffix(".err")
        with self.out_path.open("w") as out, self.err_path.open("w") as err:
            self.process = subprocess.Popen([*papershelf_command(), *args], stdout=out, stderr=err)

    def wait(self, timeout: float) -> bool:
        """Whether it ended within `timeout` seconds."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return False
        self.ended = self.ended or time.monotonic()
        return True

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.ended = self.ended or time.monotonic()

    def ran_after(self, since: float) -> bool:
        """Whether it was still running at `since` or later (an end not yet waited for counts
        as now: a little late, never early)."""
        if self.ended is None and self.process.poll() is not None:
            self.ended = time.monotonic()
        return self.ended is None or self.ended >= since

    @property
    def returncode(self) -> int | None:
        return self.process.poll()

    @property
    def out(self) -> str:
        return self.out_path.read_text(errors="replace")

    @property
    def err(self) -> str:
        return self.err_path.read_text(errors="replace")


def start_sync(workdir: Path, local: Machine, peer: Machine) -> Command:
    """`papershelf sync` run on `local`'s file against `peer`'s server."""
    command = Command(workdir, f"sync-{local.name}-{peer.name}", [
        "sync", peer.base_url, "--token", peer.sync_tokens[local.name], "--db", str(local.db_path),
        "--timeout", "10"])
    local.writers.append(command)
    return command


def start_import(workdir: Path, machine: Machine, files: list[Path]) -> Command:
    command = Command(workdir, f"import-{machine.name}", [
        "import", *map(str, files), "--captured-at", CAPTURED_AT, "--db", str(machine.db_path)])
    machine.writers.append(command)
    return command


def server_log_errors(machines: list[Machine]) -> Counter:
    """The exceptions the servers logged ("Type: message"), counted."""
    found: Counter = Counter()
    exception_line = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception)): (.*)$")
    for machine in machines:
        if machine.log_path.exists():
            for line in machine.log_path.read_text(errors="replace").splitlines():
                if match := exception_line.match(line):
                    found[f"{match[1]}: {match[2][:100]}"] += 1
    return found
