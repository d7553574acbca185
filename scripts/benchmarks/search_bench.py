"""`search`: full-text search over a 200,000-paper library, through Datasette and the API.

A synthetic library (Zipf-distributed pseudo-words, ~1.2 KB abstracts) is written
straight into a file made by the real schema, with FTS built in one statement as the
bulk importer does, and cached in ./bench-out/. A real `papershelf serve` then
answers `?_search=` on /data/library/papers.json (the table page's JSON, configured
facets and count included) and `q=` on /api/papers; the bare FTS5 query runs in the
same process for comparison. The reading pages (issue 12) are timed as a reader gets
them, HTML: a paper's page, the overview (`/data/`: its counts come from
library_counts, never a scan) and the `?_search=` table page in relevance order.
Target: p50 ≤ 50 ms each through Datasette.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(os.environ.get("PAPERSHELF_BENCH_OUT", ROOT / "bench-out"))
TARGET_P50_MS = 50.0
STATUSES = ("unread", "reading", "read", "skipped")
TAGS = ("nlp", "vision", "rl", "theory", "systems", "audio", "robotics", "graphs", "llm", "bio")


def vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    letters = "etaoinshrdlcumwfgypbvkjxqz"
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choices(letters, k=rng.randint(3, 10))))
    return sorted(words, key=lambda w: (len(w), w))  # short words are the common ones


def build_library(path: Path, count: int, seed: int = 5) -> list[str]:
    """Write `count` papers into `path` (real schema); answers the vocabulary by rank."""
    sys.path.insert(0, str(ROOT / "backend"))
    from papershelf.store.db import open_writer

    rng = random.Random(seed)
    words = vocabulary(rng)
    cum = []
    total = 0.0
    for rank in range(len(words)):
        total += 1 / (rank + 1) ** 1.05
        cum.append(total)
    db = open_writer(path, create=True)
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    # Triggers skip rows at or after from_rowid; one 'rebuild' indexes them all at the end.
    conn.execute("INSERT INTO fts_deferred (table_name, from_rowid) VALUES ('papers', 1)")

    def rows():
        for n in range(count):
            title = " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(6, 12))).capitalize()
            abstract = " ".join(rng.choices(words, cum_weights=cum, k=190)).capitalize() + "."
            year = rng.randint(2015, 2026)
            published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            tags = json.dumps(sorted(rng.sample(TAGS, rng.randint(0, 3))))
            authors = json.dumps([f"Author {rng.randint(1, 50_000)}" for _ in range(3)])
            stamp = f"2026-01-01T00:00:{n % 60:02d}Z"
            yield (f"{n:016x}", title, abstract, authors, 3, published,
                   f"{year % 100:02d}{rng.randint(1, 12):02d}.{n:05d}",
                   rng.choice((None, None, 1, 2, 3, 4, 5)), rng.choice(STATUSES), tags,
                   stamp, stamp)

    conn.executemany(
        "INSERT INTO papers (id, title, abstract, authors, authors_count, published, arxiv_id, "
        "rating, status, tags, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows(),
    )
    conn.execute("INSERT INTO papers_fts(papers_fts) VALUES ('rebuild')")
    conn.execute("DELETE FROM fts_deferred WHERE table_name = 'papers'")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    db.close()
    return words


def queries(words: list[str], n: int, seed: int = 9) -> dict[str, list[str]]:
    """1-word queries from the top-3000 words past the 100 most common (the words people
    search for, not "the"), and 3-word queries whose words come from the top 2000."""
    rng = random.Random(seed)
    return {
        "1-word": [rng.choice(words[100:3000]) for _ in range(n)],
        "3-word": [" ".join(rng.sample(words[50:2000], 3)) for _ in range(n)],
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def papershelf(*args: str) -> list[str]:
    exe = Path(sys.executable).with_name("papershelf")
    return [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else [
        "-m", "papershelf"]), *args]


def serve(db_path: Path, port: int) -> subprocess.Popen:
    log = open(db_path.with_suffix(".serve.log"), "w")  # noqa: SIM115 - lives with the server
    proc = subprocess.Popen(papershelf("serve", "--db", str(db_path), "--port", str(port)),
                            stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/data/-/versions.json").status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError(f"papershelf serve did not start: {db_path.with_suffix('.serve.log')}")


def timed(call, reps: int) -> list[float]:
    call()  # warm-up
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(metric: str, samples: list[float], target: float | None) -> list[dict]:
    p50 = statistics.median(samples)
    return [{"case": "search", "metric": f"{metric} p50", "value": p50, "unit": "ms",
             "target": target, "ok": None if target is None else p50 <= target},
            {"case": "search", "metric": f"{metric} p99", "value": percentile(samples, 0.99),
             "unit": "ms", "target": None, "ok": None}]


def reading_pages(client: httpx.Client, words: list[str], count: int, n: int,
                  reps: int) -> list[dict]:
    """The HTML pages a reader opens: a paper's page, the overview, a search in relevance
    order (issue 12)."""
    rng = random.Random(11)

    def page(path: str, **params) -> None:
        response = client.get(path, params=params, headers={"accept": "text/html"})
        response.raise_for_status()
        assert "<html" in response.text[:500].lower(), path

    samples: dict[str, list[float]] = {"paper page": [], "overview": [], "search page": []}
    for _ in range(n):
        paper = f"{rng.randrange(count):016x}"
        samples["paper page"] += timed(lambda p=paper: page(f"/data/library/papers/{p}"), reps)
        samples["overview"] += timed(lambda: page("/data/"), reps)
        q = rng.choice(words[100:3000])
        samples["search page"] += timed(lambda q=q: page("/data/library/papers", _search=q), reps)
    rows = []
    for metric, values in samples.items():
        rows += summary(metric, values, TARGET_P50_MS)
    return rows


def run(quick: bool) -> list[dict]:
    count, n_queries, reps = (20_000, 10, 3) if quick else (200_000, 30, 5)
    OUT.mkdir(parents=True, exist_ok=True)
    db_path = OUT / f"search-{count}.db"
    words_path = db_path.with_suffix(".words.json")
    rows = [{"case": "search", "metric": "papers", "value": count, "unit": "rows",
             "target": None, "ok": None}]
    if not (db_path.exists() and words_path.exists()):
        for stale in OUT.glob(f"search-{count}.db*"):
            stale.unlink()
        start = time.perf_counter()
        words = build_library(db_path, count)
        words_path.write_text(json.dumps(words))
        rows.append({"case": "search", "metric": "build library", "value": time.perf_counter()
                     - start, "unit": "s", "target": None, "ok": None})
    words = json.loads(words_path.read_text())
    token = subprocess.run(papershelf("token", "create", f"bench-{time.time_ns()}", "--db",
                                      str(db_path)), capture_output=True, text=True,
                           check=True).stdout.strip().splitlines()[-1]
    port = 8700 + os.getpid() % 200
    proc = serve(db_path, port)
    fts = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for kind, qs in queries(words, n_queries).items():
                results: dict[str, list[float]] = {"datasette": [], "api": [], "fts5": []}
                for q in qs:
                    results["datasette"] += timed(lambda q=q: client.get(
                        "/data/library/papers.json", params={"_search": q}
                    ).raise_for_status(), reps)
                    results["api"] += timed(lambda q=q: client.get(
                        "/api/papers", params={"q": q},
                        headers={"Authorization": f"Bearer {token}"},
                    ).raise_for_status(), reps)
                    match = " ".join(f'"{w}"' for w in q.split())
                    results["fts5"] += timed(lambda m=match: fts.execute(
                        "SELECT papers.id, papers.title FROM papers_fts JOIN papers ON "
                        "papers.rowid = papers_fts.rowid WHERE papers_fts MATCH ? "
                        "ORDER BY papers_fts.rank LIMIT 20", [m]).fetchall(), reps)
                for where, samples in results.items():
                    rows += summary(f"{where} {kind}", samples,
                                    TARGET_P50_MS if where == "datasette" else None)
            rows += reading_pages(client, words, count, n_queries, reps)
    finally:
        fts.close()
        proc.terminate()
        proc.wait(10)
    return rows
