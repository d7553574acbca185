"""Durability: what replication costs and how fast a library comes back.

- capture throughput of a real `papershelf serve`, without and with `--replicate file://…`
  (the capture case's 8 clients and ~300 KB paper page); target: with >= 90% of without;
  with the CPU time per capture of the server and of Litestream (on a machine others
  load, the steadier figure);
- replication lag under a paced stream of 100 captures/s: the server's own lag figure
  (/api/status, the age of the oldest change the replica lacks; Litestream is asked once
  a second, so it errs long by up to a second), sampled 10 times a second, p50 and p99;
- for a large library (1 GB; --quick: ~60 MB) built by `papershelf import`: `papershelf
  backup`, the PRAGMA quick_check `serve` runs at start, Litestream's first replication of
  it (`replicate -once`) and `papershelf restore --from` the replica.
"""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

from .capture_bench import load, paper_page
from .common import papershelf_command, rows_for, start_server
from .import_bench import write_dump

_row = rows_for("durability")

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 0.90
STREAM_RATE = 100.0  # captures/s for the lag figure
PAPER_URL = "https://huggingface.co/papers/1810.04805"
# Records of the import case's synthetic dump per MB of library, measured (~3.2 KB each).
RECORDS_PER_MB = 310


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=60)


def throughput(folder: Path, seconds: float, page: str, replicate: bool) -> tuple[float, float, float]:
    """Captures/s, and CPU ms per capture of the server and of Litestream (the share of a
    shared machine's cores each takes: steadier than the rate when others load it)."""
    import psutil

    db = folder / ("replicated" if replicate else "plain") / "library.db"
    db.parent.mkdir()
    extra = ("--replicate", f"file://{folder / 'replica-throughput'}") if replicate else ()
    process, base, token = start_server(db, *extra)
    try:
        litestream = _wait_replicating(base, token) if replicate else None
        load(base, token, PAPER_URL, page, 1.0)  # warm up
        watched = [psutil.Process(pid) for pid in (process.pid, litestream) if pid]
        before = [sum(p.cpu_times()[:2]) for p in watched]
        result = load(base, token, PAPER_URL, page, seconds)
        used = [sum(p.cpu_times()[:2]) - b for p, b in zip(watched, before, strict=True)]
        captures = result["rate"] * seconds
        per_capture = [u * 1000 / captures for u in used] + [0.0]
        return result["rate"], per_capture[0], per_capture[1]
    finally:
        _stop(process)


def _wait_replicating(base: str, token: str) -> int:
    """Litestream's process id, once it replicates."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        state = httpx.get(f"{base}/api/status", headers={"Authorization": f"Bearer {token}"}
                          ).json().get("replication") or {}
        if state.get("state") == "replicating":
            return state["litestream_pid"]
        time.sleep(0.1)
    raise RuntimeError("Litestream did not start replicating")


def lag_under_stream(folder: Path, seconds: float) -> tuple[list[float], int]:
    """Lag samples (s) while one client captures at STREAM_RATE; failed captures."""
    db = folder / "stream" / "library.db"
    db.parent.mkdir()
    process, base, token = start_server(db, "--replicate", f"file://{folder / 'replica-stream'}")
    headers = {"Authorization": f"Bearer {token}"}
    samples: list[float] = []
    failed = 0
    stop = threading.Event()

    def stream() -> None:
        nonlocal failed
        with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
            n, started = 0, time.monotonic()
            while not stop.is_set():
                n += 1
                body = {"capture_id": uuid.uuid4().hex, "url": f"https://example.org/lag/{n}",
                        "html": f'<meta name="citation_title" content="Lag paper {n}">'
                                f'<meta name="citation_doi" content="10.5555/lag.{n}">'}
                if http.post("/api/captures", json=body).status_code != 201:
                    failed += 1
                stop.wait(max(0.0, started + n / STREAM_RATE - time.monotonic()))

    try:
        _wait_replicating(base, token)
        writer = threading.Thread(target=stream)
        writer.start()
        time.sleep(2.0)  # the stream settles
        with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                lag = (http.get("/api/status").json().get("replication") or {}).get("lag_seconds")
                if lag is not None:
                    samples.append(lag)
                time.sleep(0.1)
        stop.set()
        writer.join()
    finally:
        _stop(process)
    return samples, failed


def big_library(folder: Path, megabytes: int) -> Path:
    dump = folder / "dump.txt"
    write_dump(dump, megabytes * RECORDS_PER_MB)
    db = folder / "big" / "library.db"
    db.parent.mkdir()
    subprocess.run([*papershelf_command(), "import", str(dump), "--db", str(db),
                    "--captured-at", "2025-11-22"], check=True, capture_output=True)
    dump.unlink()
    return db


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def big_library_figures(folder: Path, megabytes: int) -> list[dict]:
    from papershelf.store.litestream import ReplicaConfig, config_yaml, litestream_binary

    db = big_library(folder, megabytes)
    size = db.stat().st_size / 1e6
    backup = _timed([*papershelf_command(), "backup", str(folder / "backup.db"), "--db", str(db)])
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    started = time.perf_counter()
    conn.execute("PRAGMA quick_check").fetchall()
    quick_check = time.perf_counter() - started
    conn.close()
    url = f"file://{folder / 'replica-big'}"
    config = folder / "litestream.yml"
    config.write_text(config_yaml(db, ReplicaConfig(url=url)))
    first = _timed([litestream_binary(), "replicate", "-once", "-config", str(config),
                    "-no-expand-env"])
    restored = folder / "new-machine" / "library.db"
    restore = _timed([*papershelf_command(), "restore", "--from", url, "--db", str(restored)])
    assert restored.stat().st_size > 0.9 * db.stat().st_size
    return [
        _row("large library size", size, "MB"),
        _row("papershelf backup of it (integrity check included)", backup, "s"),
        _row("PRAGMA quick_check of it (serve, at start)", quick_check, "s"),
        _row("Litestream's first replication of it (replicate -once)", first, "s"),
        _row("papershelf restore --from the replica (integrity check included)", restore, "s"),
    ]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else float("nan")


def run(quick: bool) -> list[dict]:
    sys.path.insert(0, str(ROOT / "backend"))
    seconds = 3.0 if quick else 10.0
    page = paper_page()
    with tempfile.TemporaryDirectory(prefix="papershelf-bench-") as scratch:
        folder = Path(scratch)
        plain, plain_cpu, _ = throughput(folder, seconds, page, replicate=False)
        replicated, server_cpu, litestream_cpu = throughput(folder, seconds, page, replicate=True)
        samples, failed = lag_under_stream(folder, seconds * 2)
        ratio = replicated / plain
        rows = [
            _row("captures/s without replication (8 clients)", plain, "captures/s"),
            _row("captures/s with replication to file://", replicated, "captures/s"),
            _row("with / without", ratio * 100, "%", f">= {TARGET_RATIO:.0%}",
                 ratio >= TARGET_RATIO),
            _row("server CPU per capture without replication", plain_cpu, "ms"),
            _row("server CPU per capture with replication", server_cpu, "ms"),
            _row("Litestream CPU per capture", litestream_cpu, "ms"),
            _row(f"replication lag p50 at {STREAM_RATE:.0f} captures/s", statistics.median(samples)
                 if samples else float("nan"), "s"),
            _row(f"replication lag p99 at {STREAM_RATE:.0f} captures/s",
                 _percentile(samples, 0.99), "s"),
            _row("failed captures in the stream", failed, "", "0", failed == 0),
        ]
        rows += big_library_figures(folder, 60 if quick else 1024)
    return rows
