"""`import`: a synthetic format-C dump through `papershelf import`, against the ceiling (and
the arXiv metadata snapshot case, arxiv_snapshot.py).

The ceiling is the same rows inserted with plain `sqlite3.executemany` into a
bare table, with its FTS5 index built after the load, in the same run, same
pragmas (papershelf's page cache and FTS5 hash size: ceiling.py's `tuned`; the one
with SQLite's defaults is printed beside). papershelf must reach 90% of its
records/s with peak RSS ≤ 200 MB.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from benchmarks import ceiling
from benchmarks.common import free_port, rows_for
from papershelf.identity import paper_id
from papershelf.records import Paper

_row = rows_for("import")

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HEADER = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n" \
    "byAK and the research community\n\nNov 6\n\n"


def word_stream(seed: int = 7, vocabulary: int = 30_000, length: int = 3_000_000) -> list[str]:
    """Zipf-distributed pseudo-words, so FTS posting lists have a realistic shape."""
    rng = random.Random(seed)
    letters = "etaoinshrdlcumwfgypbvkjxqz"
    words = sorted(
        {"".join(rng.choices(letters, k=rng.randint(2, 11))) for _ in range(vocabulary * 2)}
    )[:vocabulary]
    weights = [1 / (rank + 1) ** 1.07 for rank in range(len(words))]
    return rng.choices(words, weights=weights, k=length)


def synthetic_records(count: int, seed: int = 11):
    """(title, abstract, authors, published_line) tuples; titles are unique."""
    rng = random.Random(seed)
    stream = word_stream()
    span = len(stream) - 400
    for number in range(count):
        start = rng.randrange(span)
        title = " ".join(stream[start : start + rng.randint(6, 11)]).capitalize()
        title = f"{title} {number}"
        start = rng.randrange(span)
        abstract = " ".join(stream[start : start + 190]).capitalize() + "."
        month, day = rng.choice(MONTHS), rng.randint(1, 28)
        year = f", {rng.randint(2015, 2024)}" if rng.random() < 0.5 else ""
        date_line = f"{month} {day}{year}"
        if rng.random() < 0.6:
            date_line += f" {rng.randint(1, 300)}"
        yield title, abstract, rng.randint(1, 12), date_line


def write_dump(path: Path, count: int, seed: int = 11) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for title, abstract, authors, date_line in synthetic_records(count, seed):
            out.write(f"{title}\n\n{abstract}\n\n  • {authors} authors\n·\n{date_line}\n\n")


def run_papershelf_import(dump: Path, db: Path) -> tuple[float, float]:
    """Seconds and peak memory in MB: the proportional set size (PSS) of the process and
    its dump-reader child together, so pages the forked child shares are counted once."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "papershelf", "import", str(dump), "--db", str(db),
         "--captured-at", "2025-11-22"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    peak = 0
    tree = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            members = [tree, *tree.children(recursive=True)]
            peak = max(peak, sum(member.memory_full_info().pss for member in members))
        except psutil.Error:
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    output, errors = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"papershelf import failed: {errors.decode()}")
    print(output.decode().strip().splitlines()[0], file=sys.stderr)
    return elapsed, peak / 2**20


def upvotes_of(date_line: str) -> int | None:
    """The upvote count a format-C date line ends with (`Nov 6 12`, `Nov 6, 2024 12`)."""
    words = date_line.split()
    return int(words[-1]) if len(words) == 4 or (len(words) == 3 and "," not in words[1]) \
        else None


def run_ceiling(count: int, db: Path, *, tuned: bool = False) -> float:
    """The same rows, ids computed beforehand (off the clock), at the machine's ceiling:
    every value a papers row of papershelf's gets from a format-C record (its upvotes too)."""
    rows = [
        (paper_id(Paper(title=title)), title, abstract, authors, date_line, upvotes_of(date_line))
        for title, abstract, authors, date_line in synthetic_records(count)
    ]
    return ceiling.load_seconds(
        db, ("id", "title", "abstract", "authors_count", "published", "upvotes"), rows, tuned=tuned)


def run(quick: bool = False) -> list[dict]:
    from benchmarks import arxiv_snapshot

    return [*run_dump(quick), *arxiv_snapshot.run(quick)]


def run_dump(quick: bool) -> list[dict]:
    count = 20_000 if quick else 200_000
    with tempfile.TemporaryDirectory(prefix="papershelf-bench-") as scratch:
        folder = Path(scratch)
        dump = folder / "synthetic_c.txt"
        write_dump(dump, count)
        size_mb = dump.stat().st_size / 1e6
        # papershelf first: the ceiling holds its rows in this process's memory. Each
        # starts with the page cache's dirty data written out, so neither pays for the
        # other's (or the dump's) writeback.
        os.sync()
        ours_s, peak_mb = run_papershelf_import(dump, folder / "library.db")
        os.sync()
        ceiling_s = run_ceiling(count, folder / "ceiling.db")
        os.sync()
        tuned_s = run_ceiling(count, folder / "tuned.db", tuned=True)
        os.sync()
        same_s = ceiling.same_writes_seconds(folder / "same.db", dump, "dump")
        during = pages_during_import(folder / "library.db", folder / "second.txt", count)
    our_rate = count / ours_s
    ratio = tuned_s / ours_s
    return [
        _row("dump size", size_mb, "MB"),
        _row("records", count, "records"),
        _row("ceiling, SQLite's default cache and FTS5 hash size", count / ceiling_s,
             "records/s"),
        _row("ceiling, papershelf's cache and FTS5 hash size (the target's)", count / tuned_s,
             "records/s"),
        _row("papershelf import (whole process)", our_rate, "records/s"),
        _row("papershelf / ceiling with SQLite's defaults", ceiling_s / ours_s * 100, "%"),
        _row("papershelf / ceiling with papershelf's settings", ratio * 100, "%", "≥ 90",
             ratio >= 0.90),
        _row("the same writes done bare (the library's tables, FTS5 after)", count / same_s,
             "records/s"),
        _row("papershelf / the same writes done bare", same_s / ours_s * 100, "%"),
        _row("papershelf import peak memory (PSS, with its reader)", peak_mb, "MB", "≤ 200",
             peak_mb <= 200),
        *during,
    ]


PAGES_DURING_IMPORT = ("/data/library/papers", "/data/library/papers?_search=model",
                       "/api/papers?limit=20")


def pages_during_import(library: Path, second_dump: Path, count: int) -> list[dict]:
    """A served library of `count` papers while `papershelf import` adds `count` more in one
    transaction: what a reader's pages (Datasette, the API) cost meanwhile, and what
    captures get (they wait for the importer's lock up to the write deadline, then 503)."""
    import httpx

    write_dump(second_dump, count, seed=12)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "papershelf", "serve", "--db", str(library), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        token = next(line.strip() for line in server.stdout if line.startswith("ps_"))
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=60,
                          headers={"Authorization": f"Bearer {token}"}) as http:
            _wait_up(http)
            for path in PAGES_DURING_IMPORT:  # warm: the first page of a process is no sample
                http.get(path).raise_for_status()
            importer = subprocess.Popen(
                [sys.executable, "-m", "papershelf", "import", str(second_dump), "--db",
                 str(library), "--captured-at", "2025-11-23"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            captures: dict[int, int] = {}
            # Captures on a thread of their own, one a second: each waits for the
            # importer's lock (up to the write deadline) while the pages go on being read.
            capturing = threading.Thread(target=_capture_each_second,
                                         args=(base, token, importer, captures))
            capturing.start()
            latencies: list[float] = []
            while importer.poll() is None:
                for path in PAGES_DURING_IMPORT:
                    started = time.perf_counter()
                    response = http.get(path)
                    latencies.append(time.perf_counter() - started)
                    response.raise_for_status()
            capturing.join()
            if importer.returncode != 0:
                raise RuntimeError("the second import failed")
    finally:
        server.terminate()
        server.wait(30)
    latencies.sort()
    p50 = latencies[len(latencies) // 2] * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    answered = ", ".join(f"{n}×{status}" for status, n in sorted(captures.items()))
    return [
        _row("pages read during a 2nd import (Datasette table, search, API)", len(latencies),
             "requests"),
        _row("page latency during the import, p50", p50, "ms"),
        _row("page latency during the import, p99", p99, "ms", "≤ 1000", p99 <= 1000),
        _row(f"captures during the import (one a second): {answered}",
             captures.get(500, 0), "500s", "0", not captures.get(500)),
    ]


def _capture_each_second(base: str, token: str, importer, captures: dict[int, int]) -> None:
    import httpx

    with httpx.Client(base_url=base, timeout=60,
                      headers={"Authorization": f"Bearer {token}"}) as http:
        while importer.poll() is None:
            started = time.monotonic()
            html = ('<meta name="citation_title" content="Captured during an import '
                    f'{started}"><meta name="citation_doi" content="10.5555/during.{started}">')
            status = http.post("/api/captures", json={
                "capture_id": f"during-{time.monotonic_ns()}", "url": "https://example.org/x",
                "html": html}).status_code
            captures[status] = captures.get(status, 0) + 1
            time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))


def _wait_up(http) -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if http.get("/api/status").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("papershelf serve did not start")


