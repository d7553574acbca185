"""`trajectories` (issue 16): what keeping observations costs, and how fast they are read.

- import: a synthetic format-C dump (every record an upvote count, so an observation)
  imported in this process with observations kept, and again with them switched off
  (alternately, twice, the best of each); the difference is their cost (target: at
  most 15% of the import).
- renormalise: the same library with its observations removed, read again from its
  stored dump (records/s; one transaction per capture).
- rising: the Datasette "rising" query over 30 days when every paper has two counts in
  that window (a second dump of the same papers a day old): p50 of 5 runs.
"""

from __future__ import annotations

import asyncio
import random
import re
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import rows_for
from benchmarks.import_bench import HEADER, synthetic_records
from papershelf.importer import files as importer_files
from papershelf.importer import import_dump
from papershelf.publish.datasette_app import build_datasette
from papershelf.renormalise import renormalise_library
from papershelf.store.db import open_writer

_row = rows_for("trajectories")

_DATE_LINE = re.compile(r"(\w{3} \d+(?:, \d{4})?)(?: (\d+))?")


def write_dump(path: Path, count: int, *, later: bool = False) -> None:
    """The import benchmark's records; `later`: the same papers, more upvotes on each."""
    rng = random.Random(5)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for title, abstract, authors, date_line in synthetic_records(count):
            if later:
                day, upvotes = _DATE_LINE.fullmatch(date_line).groups()
                date_line = f"{day} {int(upvotes or 0) + rng.randint(1, 500)}"
            out.write(f"{title}\n\n{abstract}\n\n  • {authors} authors\n·\n{date_line}\n\n")


def timed_import(dump: Path, db_path: Path, day: date) -> float:
    db = open_writer(db_path, create=True)
    try:
        started = time.perf_counter()
        import_dump(db, dump, captured_at=day)
        return time.perf_counter() - started
    finally:
        db.close()


def run(quick: bool = False) -> list[dict]:
    count = 20_000 if quick else 200_000
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="papershelf-bench-") as scratch:
        folder = Path(scratch)
        first, second = folder / "first.txt", folder / "second.txt"
        write_dump(first, count)
        write_dump(second, count, later=True)
        # Without observations and with them, alternately, twice: the best of each (a
        # shared machine's load moves single runs by tens of percent).
        kept = importer_files.stage_observations
        without, with_ = [], []
        for run in range(2):
            importer_files.stage_observations = lambda conn, rows: None
            try:
                without.append(timed_import(first, folder / f"without-{run}.db",
                                            today - timedelta(days=20)))
            finally:
                importer_files.stage_observations = kept
            path = folder / ("library.db" if run == 0 else f"with-{run}.db")
            with_.append(timed_import(first, path, today - timedelta(days=20)))
        without_s, with_s = min(without), min(with_)
        overhead = (with_s - without_s) / without_s

        db = open_writer(folder / "library.db")
        try:
            db.execute("DELETE FROM observations")
            db.execute("DELETE FROM observation_state")
            started = time.perf_counter()
            report = renormalise_library(db)
            renormalise_s = time.perf_counter() - started
            assert report.observations == count, report.line()
        finally:
            db.close()

        timed_import(second, folder / "library.db", today - timedelta(days=1))
        rising_ms = _rising_p50(folder / "library.db", count)
    return [
        _row("records", count, "records"),
        _row("import without observations", count / without_s, "records/s"),
        _row("import keeping observations", count / with_s, "records/s"),
        _row("observations' share of the import", overhead * 100, "%", "≤ 15", overhead <= 0.15),
        _row("renormalise (dump read again, observations added)", count / renormalise_s,
             "records/s"),
        _row(f"rising over 30 days, {count:,} papers with 2 counts each (p50)", rising_ms, "ms",
             "≤ 1000", rising_ms <= 1000),
    ]


def _rising_p50(path: Path, count: int) -> float:
    datasette = build_datasette(path)

    async def runs() -> list[float]:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            response = await datasette.client.get("/library/rising.json?days=30&_shape=array")
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.text[:300]
            assert len(response.json()) == min(count, 100)
        return times

    return statistics.median(asyncio.run(runs()))


