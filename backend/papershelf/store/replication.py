"""`papershelf serve --replicate`: Litestream runs beside the server, watched.

The Replicator starts Litestream with the server and stops it after the library closed
(Litestream then pushes what is left). A Litestream that exits is started again, after
1, 2, 4 … 60 s; its failure is reported (the log, `papershelf status`, /api/status) and
never stops the server. While it runs, it owns the library's checkpoints
(store/checkpoints.py): the lock it holds for that is taken before it starts, and
Litestream inherits it. If the server dies without stopping it (SIGKILL), Litestream's
watchdog child sees that and Litestream stops too, pushing what it has.

State is polled once a second through Litestream's control socket: its local position
(the WAL read into its own files; the ask makes it read the WAL now) and the replica's.
The lag is the age of the oldest change the replica lacks, counted from when Litestream
first reported it (within a poll of its commit); 0 when the replica holds everything.
"""

from __future__ import annotations

import logging
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from .checkpoints import ReplicationLock
from .litestream import (
    ReplicaConfig,
    ReplicationError,
    ask_sync,
    config_yaml,
    litestream_binary,
    prepare_wal_for_litestream,
    redact,
    scrub,
)

log = logging.getLogger("papershelf.replication")

POLL_SECONDS = 1.0
BACKOFF_FIRST, BACKOFF_MAX = 1.0, 60.0
# A Litestream that ran this long before exiting starts again without waiting.
HEALTHY_SECONDS = 60.0
STOP_TIMEOUT = 15.0
# Litestream's -exec child: exits when the server (its argument) or Litestream (its parent)
# does, so that Litestream stops, pushing what it has, when the server dies, and no
# watchdog outlives a Litestream that was killed.
WATCHDOG = ("import os,select,sys\n"
            "try:\n fds = [os.pidfd_open(int(sys.argv[1])), os.pidfd_open(os.getppid())]\n"
            "except ProcessLookupError:\n sys.exit(0)\n"
            "select.select(fds, [], [])\n")


class ReplicationStatus(msgspec.Struct, kw_only=True):
    """What /api/status and `papershelf status` show of replication."""

    state: str  # starting | replicating | restarting | waiting | stopped
    replica: str  # the URL, any password hidden
    lag_seconds: float | None = None  # None until Litestream first answered
    local_txid: int | None = None
    replicated_txid: int | None = None
    last_replicated_at: str | None = None  # when the replica last held everything read
    restarts: int = 0
    error: str | None = None  # the last problem, in one line
    litestream_pid: int | None = None
    server_pid: int = 0
    updated_at: str = ""


def status_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}-replication.json")


def read_status(db_path: Path) -> ReplicationStatus | None:
    """The state the last replicating server wrote, None if none ever did."""
    try:
        return msgspec.json.decode(status_path(db_path).read_bytes(), type=ReplicationStatus)
    except (OSError, msgspec.DecodeError):
        return None


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Replicator:
    """`on_writer` (the server's `Library.submit_write`) runs a function on the writer
    thread: the lock Litestream needs is taken there, between two write transactions,
    which otherwise hold its shared side nearly all the time under a stream of writes."""

    def __init__(self, db_path: Path, config: ReplicaConfig, *, poll: float = POLL_SECONDS,
                 on_writer: Callable[..., Future]):
        self.db_path = Path(db_path).resolve()
        self.config = config
        self.poll = poll
        self._on_writer = on_writer
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._status = ReplicationStatus(state="starting", replica=redact(config.url),
                                         server_pid=os.getpid(), updated_at=_now())
        self._stderr: deque[str] = deque(maxlen=20)
        self._seen: deque[tuple[int, float]] = deque()  # (local txid, read after)
        self._answered_at: float | None = None
        self._workdir = Path(tempfile.mkdtemp(prefix="papershelf-litestream-"))
        self._socket = self._workdir / "control.sock"
        self._config_path = self._workdir / "litestream.yml"
        self._replication_lock = ReplicationLock(self.db_path)
        self._thread = threading.Thread(target=self._run, name="papershelf-replication", daemon=True)

    # ---- what the server calls ---------------------------------------------------------

    def start(self) -> None:
        self._config_path.write_text(config_yaml(self.db_path, self.config, self._socket),
                                     encoding="utf-8")
        self._thread.start()

    def status(self) -> ReplicationStatus:
        with self._lock:
            return msgspec.structs.replace(self._status)

    def stop(self) -> None:
        """Stop Litestream (it pushes what is left, for up to its shutdown timeout)."""
        self._stopping.set()
        self._thread.join(STOP_TIMEOUT + 5)
        self._replication_lock.close()
        for leftover in self._workdir.iterdir():
            leftover.unlink(missing_ok=True)
        self._workdir.rmdir()

    # ---- the watching thread ------------------------------------------------------------

    def _run(self) -> None:
        backoff = BACKOFF_FIRST
        while not self._stopping.is_set():
            if not self._acquire():
                # A papershelf command is in a transaction (it may checkpoint), or the
                # Litestream of a server that died is still pushing what it had.
                self._update(state="waiting")
                self._stopping.wait(0.02)
                continue
            started = time.monotonic()
            try:
                self._process = self._spawn()
            except (OSError, ReplicationError) as error:
                self._replication_lock.release()
                self._failed(f"cannot start litestream: {error}", backoff)
                backoff = min(backoff * 2, BACKOFF_MAX)
                continue
            self._watch(self._process)
            code = self._process.wait()
            self._replication_lock.release()
            self._update(litestream_pid=None)
            if self._stopping.is_set():
                break
            if time.monotonic() - started > HEALTHY_SECONDS:
                backoff = BACKOFF_FIRST
            last = self._stderr[-1] if self._stderr else ""
            self._failed(f"litestream exited ({code})" + (f": {last}" if last else ""), backoff)
            backoff = min(backoff * 2, BACKOFF_MAX)
        self._update(state="stopped")

    def _acquire(self) -> bool:
        """The replication lock taken and the WAL made safe to resume (on the writer, between
        two transactions); False to try again shortly."""
        try:
            return self._on_writer(self._take_lock).result(30)
        except Exception:  # the library is closing: the loop ends with the server
            return False

    def _take_lock(self, db) -> bool:
        if not self._replication_lock.try_acquire():
            return False
        if not prepare_wal_for_litestream(db, self.db_path):
            self._replication_lock.release()
            return False
        return True

    def _spawn(self) -> subprocess.Popen:
        self._socket.unlink(missing_ok=True)
        watchdog = shlex.join([sys.executable, "-c", WATCHDOG, str(os.getpid())])
        process = subprocess.Popen(
            [litestream_binary(), "replicate", "-config", str(self._config_path),
             "-no-expand-env", "-exec", watchdog],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            text=True, errors="replace", pass_fds=(self._replication_lock.fd,),
            # Its own session: a Ctrl-C at the terminal reaches the server, which stops it
            # after the library closed, not Litestream first.
            start_new_session=True,
        )
        threading.Thread(target=self._read_stderr, args=(process,), daemon=True,
                         name="papershelf-litestream-log").start()
        log.info("litestream %s started for %s", process.pid, redact(self.config.url))
        self._update(state="starting", litestream_pid=process.pid)
        return process

    def _watch(self, process: subprocess.Popen) -> None:
        while process.poll() is None:
            if self._stopping.wait(self.poll):
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    process.kill()
                return
            self._ask(process)

    def _ask(self, process: subprocess.Popen) -> None:
        try:
            answer = ask_sync(self._socket, self.db_path, timeout=max(self.poll * 4, 2.0))
        except Exception as error:  # any way it cannot answer: the next poll asks again
            if process.poll() is None and self._status.state == "replicating":
                self._update(error=f"litestream does not answer: {type(error).__name__}")
            return
        now = time.monotonic()
        if not self._seen or answer.txid > self._seen[-1][0]:
            # Read since the last answer: counted from then, so the lag errs long, by a poll.
            self._seen.append((answer.txid, self._answered_at or now))
        self._answered_at = now
        while self._seen and self._seen[0][0] <= answer.replicated_txid:
            self._seen.popleft()
        changes = {"state": "replicating", "local_txid": answer.txid,
                   "replicated_txid": answer.replicated_txid,
                   "lag_seconds": round(now - self._seen[0][1], 1) if self._seen else 0.0}
        if not self._seen:
            changes["last_replicated_at"] = _now()
        self._update(**changes)

    def _failed(self, message: str, backoff: float) -> None:
        message = scrub(message)
        with self._lock:
            restarts = self._status.restarts + 1
        log.warning("%s; starting it again in %g s", message, backoff)
        self._update(state="restarting", error=message, restarts=restarts, lag_seconds=None)
        self._stopping.wait(backoff)

    def _read_stderr(self, process: subprocess.Popen) -> None:
        for raw in process.stderr:
            line = scrub(raw.strip())
            if not line:
                continue
            self._stderr.append(_message_of(line))
            if " level=ERROR " in f" {line} " or " level=WARN " in f" {line} ":
                log.warning("litestream: %s", line)
                self._update(error=_message_of(line))

    def _update(self, **changes) -> None:
        with self._lock:
            self._status = msgspec.structs.replace(self._status, **changes, updated_at=_now())
            data = msgspec.json.encode(self._status)
        path = status_path(self.db_path)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        try:
            temporary.write_bytes(data)
            temporary.replace(path)
        except OSError as error:  # the status file is for `papershelf status`: never fatal
            log.debug("cannot write %s: %s", path, error)


def _message_of(line: str) -> str:
    """Litestream's `time=… level=… msg="…" key=value…` line without its time stamp."""
    return " ".join(word for word in line.split(" ") if not word.startswith("time="))
