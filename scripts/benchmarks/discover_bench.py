"""`discover`: recommendations and "papers like this" over a 200,000-paper library.

The synthetic library of the search case (Zipf pseudo-words, ~1.2 KB abstracts: no stop
words, so more distinct terms per paper than real abstracts) gets paper_state rows, as
every stored paper has, and a reader: 200 papers rated 5, 100 rated 1 or 2, 50 skipped,
300 tagged with one of 5 tags. Measured: `papershelf recommend` from nothing (features
and 6 models; peak memory is the command's PSS), after 1,000 new papers arrive, after one
more rating; then `similar_papers` and `recommendations` on a read-only connection, as the
API's reader threads call them. Targets: p50 ≤ 50 ms each, peak ≤ 500 MB.
"""

from __future__ import annotations

import contextlib
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil

from .common import rows_for
from .search_bench import OUT, ROOT, build_library

_row = rows_for("discover")

TARGET_P50_MS = 50.0
TARGET_PEAK_MB = 500.0
TAGS = ("alpha", "beta", "gamma", "delta", "epsilon")


def prepare(path: Path, count: int) -> None:
    """The search case's library, with paper_state rows and a reader's labels."""
    build_library(path, count)
    conn = sqlite3.connect(path, isolation_level=None)
    rng = random.Random(13)
    ids = [pid for (pid,) in conn.execute("SELECT id FROM papers ORDER BY rowid")]
    conn.execute("BEGIN")
    conn.execute("UPDATE papers SET rating = NULL, status = 'unread', tags = '[]'")
    conn.execute("INSERT INTO paper_state (paper_id, clocks, tag_set, version) "
                 "SELECT id, '{}', '{}', rowid FROM papers")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'version'", [str(len(ids))])
    chosen = rng.sample(ids, 650)
    conn.executemany("UPDATE papers SET rating = 5 WHERE id = ?", [(p,) for p in chosen[:200]])
    conn.executemany("UPDATE papers SET rating = ? WHERE id = ?",
                     [(rng.choice((1, 2)), p) for p in chosen[200:300]])
    conn.executemany("UPDATE papers SET status = 'skipped' WHERE id = ?", [(p,) for p in chosen[300:350]])
    conn.executemany("UPDATE papers SET tags = ? WHERE id = ?",
                     [(f'["{TAGS[i % len(TAGS)]}"]', p) for i, p in enumerate(chosen[350:])])
    conn.execute("COMMIT")
    conn.close()


def recommend(db_path: Path) -> tuple[float, float]:
    """`papershelf recommend`: seconds and peak PSS in MB."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "papershelf", "recommend", "--limit", "1",
                                "--db", str(db_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    tree = psutil.Process(process.pid)
    while process.poll() is None:
        with contextlib.suppress(psutil.Error):
            peak = max(peak, tree.memory_full_info().pss)
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    _, errors = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"papershelf recommend failed: {errors.decode()}")
    print(errors.decode().strip().splitlines()[-1], file=sys.stderr)
    return elapsed, peak / 2**20


def add_papers(db_path: Path, count: int) -> None:
    """New papers through the store, as captures and imports add them."""
    sys.path.insert(0, str(ROOT / "backend"))
    from papershelf.records import Paper, Rank
    from papershelf.store.db import open_writer
    from papershelf.store.papers import save_paper
    from papershelf.store.tx import write

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    texts = conn.execute("SELECT title, abstract FROM papers ORDER BY random() LIMIT ?", [count]).fetchall()
    conn.close()
    db = open_writer(db_path)
    with write(db) as tx:
        for n, (title, abstract) in enumerate(texts):
            save_paper(tx, Paper(title=f"{title} revisited {n}", abstract=abstract[::-1]),
                       rank=Rank.PAGE, hlc=tx.now())
    db.close()


def rate_one(db_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "backend"))
    from papershelf.store.db import open_writer
    from papershelf.store.papers import edit_paper
    from papershelf.store.tx import write

    db = open_writer(db_path)
    pid = db.execute("SELECT id FROM papers WHERE rating IS NULL AND status = 'unread' LIMIT 1").fetchone()[0]
    with write(db) as tx:
        edit_paper(tx, pid, {"rating": 5})
    db.close()


def query_times(db_path: Path, n: int) -> dict[str, list[float]]:
    sys.path.insert(0, str(ROOT / "backend"))
    from papershelf.discover.queries import recommendations
    from papershelf.discover.similar import similar_papers
    from papershelf.store.db import open_reader

    db = open_reader(db_path)
    rng = random.Random(3)
    ids = [pid for (pid,) in db.execute("SELECT id FROM papers")]
    found: dict[str, list[float]] = {"similar": [], "recommendations": [], "recommendations (tag)": []}
    similar_papers(db, ids[0], 10)  # the idf table, read once per change of the features
    for pid in rng.sample(ids, n):
        start = time.perf_counter()
        similar_papers(db, pid, 10)
        found["similar"].append((time.perf_counter() - start) * 1000)
    for _ in range(n):
        start = time.perf_counter()
        recommendations(db, None, 20)
        found["recommendations"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        recommendations(db, rng.choice(TAGS), 20)
        found["recommendations (tag)"].append((time.perf_counter() - start) * 1000)
    db.close()
    return found


def run(quick: bool) -> list[dict]:
    count, queries = (20_000, 20) if quick else (200_000, 60)
    OUT.mkdir(parents=True, exist_ok=True)
    db_path = OUT / f"discover-{count}.db"
    for stale in OUT.glob(f"discover-{count}.db*"):
        stale.unlink()
    prepare(db_path, count)
    rows = [_row("papers", count, "rows")]
    seconds, peak = recommend(db_path)
    rows.append(_row("build from nothing (features + 6 models)", seconds, "s"))
    rows.append(_row("peak memory while building (PSS)", peak, "MB", f"≤ {TARGET_PEAK_MB:.0f}",
                     peak <= TARGET_PEAK_MB))
    size = sqlite3.connect(db_path).execute(
        "SELECT sum(length(terms)) FROM discover_features").fetchone()[0] / 2**20
    rows.append(_row("stored terms", size, "MB"))
    add_papers(db_path, 1000)
    seconds, peak = recommend(db_path)
    rows.append(_row("after 1,000 new papers (analysed, scored by the stored models)", seconds, "s"))
    rows.append(_row("peak memory, incremental (PSS)", peak, "MB", f"≤ {TARGET_PEAK_MB:.0f}",
                     peak <= TARGET_PEAK_MB))
    rate_one(db_path)
    seconds, _ = recommend(db_path)
    rows.append(_row("after one more rating (the liked model trained again)", seconds, "s"))
    for name, samples in query_times(db_path, queries).items():
        p50 = statistics.median(samples)
        rows.append(_row(f"{name} p50", p50, "ms", f"≤ {TARGET_P50_MS:.0f}", p50 <= TARGET_P50_MS))
        rows.append(_row(f"{name} p90", sorted(samples)[int(0.9 * (len(samples) - 1))], "ms"))
    return rows
