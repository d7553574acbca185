"""`sync`: 100,000 changes (papers and notes) from one real server's library to another's.

Two `papershelf serve` processes over their own files; library A gets 50,000 papers and
50,000 notes, then, once both servers are idle (past the start-up work of their discover
threads), A's side runs a sync against server B (in a child process, so its peak RSS is its
own) while A's server keeps running on the same file; then an empty library pulls all of A's
(a new machine's first sync), and A pushes all of it to a third server through a
link of 100 Mbit/s and 10 ms each way (benchmarks/link.py: on one machine the network
is otherwise free). Measured: seconds, bytes on the wire each way, peak RSS of the
syncing process and of the receiving server, bytes per change at two sizes (they should be
the same: proportional), and the time of a sync with nothing to do.
Targets: 100,000 changes ≤ 20 s and at ≥ 0.6× the import ceiling's rows/s (measured in the
same run: import_bench.run_ceiling, papershelf's settings; the push, the pull and the
ceiling each three times, alternated, the fastest of each), the syncing process ≤ 200 MB,
a no-op sync ≤ 100 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

from benchmarks import import_bench
from benchmarks.common import free_port, settle
from benchmarks.link import Link
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note
from papershelf.store.papers import save_paper
from papershelf.store.tokens import create_token
from papershelf.store.tx import write

FULL, QUICK = 100_000, 10_000
PAIRS = 3  # pushes, pulls and ceilings measured per run, alternated (fastest_of_each)
# Two machines on a fast home or office network.
LINK_RATE, LINK_LATENCY = 100e6 / 8, 0.010  # bytes/s, s each way
CHILD = """
import json, sys, time
from papershelf.cli.common import tune_collector
from papershelf.store.db import open_writer
from papershelf.sync.client import sync_with


def peak_mb():
    # This process's own high-water mark. Not ru_maxrss: Linux carries the spawning
    # process's over exec, so a child of a bench that had built a ceiling's rows
    # reported the bench's 291 MB as its own.
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


tune_collector()  # as `papershelf sync` does
db = open_writer(sys.argv[1], create=True)
started = time.perf_counter()
report = sync_with(db, sys.argv[2], sys.argv[3], timeout=120)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "pushed": report.pushed, "pulled": report.pulled,
                  "sent": report.bytes_sent, "received": report.bytes_received,
                  "rss_mb": peak_mb()}))
"""


class Served:
    """`papershelf serve` over a file, with its peak RSS sampled."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        db = open_writer(db_path, create=True)
        self.token = create_token(db, "bench")
        db.close()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "papershelf", "serve", "--db", str(db_path),
                   "--port", str(self.port), "--no-datasette"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        self.peak_rss = 0
        self._stop = threading.Event()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/status", timeout=2,
                             headers={"Authorization": f"Bearer {self.token}"}).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise RuntimeError("papershelf serve did not start")
        threading.Thread(target=self._sample, daemon=True).start()

    def settle(self, timeout: float = 60.0) -> None:
        """Wait until the server and its discover process are idle: at start that one
        imports scikit-learn and takes its first pass (seconds of CPU), which a sync from
        a server that has been up a while never meets."""
        settle(self.process.pid, limit_s=timeout)

    def _sample(self) -> None:
        proc = psutil.Process(self.process.pid)
        while not self._stop.is_set():
            try:
                self.peak_rss = max(self.peak_rss, proc.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.02)

    def stop(self) -> None:
        self._stop.set()
        self.process.terminate()
        self.process.wait(10)


def fill(db_path: Path, changes: int) -> None:
    """Half papers, half notes (one per paper), in one transaction."""
    db = open_writer(db_path, create=True)
    try:
        with write(db) as tx:
            for i in range(changes // 2):
                pid, _ = save_paper(
                    tx, Paper(title=f"Benchmark paper number {i} on sync",
                              abstract=f"An abstract of paper {i}. " * 8,
                              authors=[f"Author {i}", "Second Author"], published="2025-05-20",
                              url=f"https://example.org/papers/{i}"),
                    rank=Rank.PAGE, hlc=tx.now(),
                )
                create_note(tx, pid, f"A note on paper {i}: worth reading for the method.")
    finally:
        db.close()


def sync_child(db_path: Path, server: Served, url: str | None = None) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(db_path), url or server.url,
                          server.token],
                         capture_output=True, text=True, check=False, timeout=600)
    if out.returncode != 0:
        raise RuntimeError(f"sync failed: {out.stderr.strip().splitlines()[-1:]}")
    return json.loads(out.stdout)


def noop_ms(db_path: Path, server: Served, runs: int = 7) -> float:
    from papershelf.sync.client import sync_with

    db = open_writer(db_path, create=True)
    try:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            report = sync_with(db, server.url, server.token)
            times.append((time.perf_counter() - started) * 1000)
            assert report.pulled == report.pushed == 0, report.line()
        return statistics.median(times)
    finally:
        db.close()


def transfer(base: Path, changes: int) -> tuple[dict, Served, Served, Path]:
    a_path, b_path = base / f"a{changes}.db", base / f"b{changes}.db"
    fill(a_path, changes)
    a, b = Served(a_path), Served(b_path)
    a.settle()
    b.settle()
    return sync_child(a_path, b), a, b, a_path


def fastest_of_each(base: Path, a: Served, changes: int, first_push_s: float,
                    first_pull_s: float) -> tuple[list[float], list[float], list[float]]:
    """The import's ceiling (in the same run, on the same disk, as many of its rows), the
    push to an empty library and an empty library's pull, PAIRS times each, alternated: a
    shared machine's speed moves by a quarter within minutes, and a ratio of one push to
    one ceiling measured a minute apart carried that. The fastest of each side is its
    cost (issue 18)."""
    a_path = a.db_path
    pushes, pulls, ceilings = [first_push_s], [first_pull_s], []
    for n in range(PAIRS):
        ceiling_db = base / f"ceiling{n}.db"
        ceilings.append(import_bench.run_ceiling(changes, ceiling_db, tuned=True))
        for stale in base.glob(f"{ceiling_db.name}*"):
            stale.unlink()
        if len(pushes) < PAIRS:
            receiver = Served(base / f"e{changes}_{n}.db")
            receiver.settle()
            again = sync_child(a_path, receiver)
            receiver.stop()
            assert again["pushed"] == changes, again
            pushes.append(again["seconds"])
        if len(pulls) < PAIRS:
            puller = base / f"c{changes}_{n}.db"
            pulled = sync_child(puller, a)
            assert pulled["pulled"] == changes, pulled
            pulls.append(pulled["seconds"])
            for done in base.glob(f"{puller.name}*"):
                done.unlink()
    return pushes, pulls, ceilings


def run(quick: bool) -> list[dict]:
    changes = QUICK if quick else FULL
    with tempfile.TemporaryDirectory(prefix="papershelf-sync-bench-",
                                     dir="/dev/shm" if os.path.isdir("/dev/shm") else None) as d:
        base = Path(d)
        small, a0, b0, _ = transfer(base, changes // 10)
        a0.stop()
        b0.stop()
        result, a, b, a_path = transfer(base, changes)
        try:
            assert result["pushed"] == changes, result
            noop = noop_ms(a_path, b)
            # The other way: a new machine's empty library pulls the whole of A's.
            pulled = sync_child(base / f"c{changes}.db", a)
            assert pulled["pulled"] == changes, pulled
            # Between two machines: A pushes all of it to a new one over a real link's pace.
            d = Served(base / f"d{changes}.db")
            d.settle()
            with Link(d.port, LINK_RATE, LINK_LATENCY) as url:
                linked = sync_child(a_path, d, url=url)
            d.stop()
            assert linked["pushed"] == changes, linked
            pushes, pulls, ceilings = fastest_of_each(base, a, changes, result["seconds"],
                                                      pulled["seconds"])
        finally:
            a.stop()
            b.stop()
    seconds, pull_s, ceiling_s = min(pushes), min(pulls), min(ceilings)
    wire = result["sent"] + result["received"]
    per_change = wire / changes
    per_change_small = (small["sent"] + small["received"]) / (changes // 10)
    target_s = 20.0 * changes / FULL
    return [
        row(f"{changes:,} changes", seconds, "s", f"≤ {target_s:g}", seconds <= target_s),
        row("changes/s", changes / seconds, "1/s", None, None),
        row("import ceiling (executemany + FTS after, papershelf's settings)",
            changes / ceiling_s, "rows/s", None, None),
        row("changes/s / import ceiling's rows/s", ceiling_s / seconds, "×", "≥ 0.6",
            ceiling_s / seconds >= 0.6),
        row(f"pull of {changes:,} changes by an empty library", pull_s, "s", None, None),
        row("pull: changes/s / import ceiling's rows/s", ceiling_s / pull_s, "×", "≥ 0.6",
            ceiling_s / pull_s >= 0.6),
        row(f"push of {changes:,} over a {LINK_RATE * 8 / 1e6:g} Mbit/s link, "
            f"{LINK_LATENCY * 1000:g} ms each way", linked["seconds"], "s", None, None),
        row("link: push / the longer of the local push and the link's transfer",
            linked["seconds"] / max(seconds, linked["sent"] / LINK_RATE), "×", None, None),
        row("peak RSS, pulling process", pulled["rss_mb"], "MB", "≤ 200",
            pulled["rss_mb"] <= 200),
        row("bytes on the wire", wire / 1e6, "MB", None, None),
        row("bytes per change", per_change, "B", f"≈ {per_change_small:,.0f} (at 1/10 size)",
            abs(per_change - per_change_small) <= 0.1 * per_change_small),
        row("peak RSS, syncing process", result["rss_mb"], "MB", "≤ 200", result["rss_mb"] <= 200),
        row("peak RSS, receiving server", b.peak_rss / 2**20, "MB", None, None),
        row("no-op sync (median of 7)", noop, "ms", "≤ 100", noop <= 100),
    ]


def row(metric: str, value: float, unit: str, target, ok) -> dict:
    return {"case": "sync", "metric": metric, "value": value, "unit": unit, "target": target,
            "ok": ok}


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        print(r)
