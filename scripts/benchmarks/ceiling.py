"""The machine's ceilings for a bulk load: plain `executemany` into a bare table and its FTS5
index built after the load, in one transaction, with papershelf's page size, WAL and
synchronous setting. Two of them: SQLite's defaults otherwise, and `tuned`, with the page
cache and FTS5 hash size a papershelf library's writer has (store/db.py, store/schema.py).
The targets are set against `tuned`: a fair ceiling has the same settings as what it
judges (with SQLite's defaults the ceiling is about a third slower, which flattered the
import's ratio), and the same rows (the callers pass every value papershelf stores)."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path

from papershelf.store.db import WRITER_CACHE_KIB
from papershelf.store.search_text import INDEXED_COLUMNS

FTS_HASHSIZE = 16 << 20  # what store/schema.py sets on a library's papers_fts
_INDEXED = ", ".join(INDEXED_COLUMNS["papers"])  # what a library's papers_fts indexes


def load_seconds(db: Path, columns: tuple[str, ...], rows: list[tuple], *, tuned: bool = False
                 ) -> float:
    """Seconds to insert `rows` (values of `columns`, the first being `id`) and index them."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA page_size = 16384")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if tuned:
        conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
    # Every indexed column is indexed whether or not the rows carry it (a dump names no authors).
    indexed = ", ".join(f"{name} TEXT" for name in INDEXED_COLUMNS["papers"])
    others = "".join(f", {name} {'INTEGER' if name.endswith(('count', 'version')) else 'TEXT'}"
                     for name in columns[1:] if name not in INDEXED_COLUMNS["papers"])
    conn.execute(f"CREATE TABLE papers (id TEXT PRIMARY KEY, {indexed}{others})")
    conn.execute(f"CREATE VIRTUAL TABLE papers_fts USING fts5({_INDEXED}, "
                 "content='papers', content_rowid='rowid')")
    if tuned:
        conn.execute("INSERT INTO papers_fts (papers_fts, rank) VALUES ('hashsize', ?)",
                     [FTS_HASHSIZE])
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO papers ({', '.join(columns)}) "
                     f"VALUES ({', '.join('?' * len(columns))})", rows)
    index_and_commit(conn)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def index_and_commit(conn) -> None:
    """The full-text index of every row in one statement, after the load, then the commit."""
    conn.execute(f"INSERT INTO papers_fts (rowid, {_INDEXED}) SELECT rowid, {_INDEXED} FROM papers")
    conn.execute("COMMIT")


def same_writes_seconds(db: Path, source: Path, fmt: str,
                        captured: date = date(2025, 11, 22)) -> float:
    """Seconds for plain `executemany` to write, into a new library's own schema, the rows
    `papershelf import` writes for `source` (a dump or an arXiv snapshot) when every paper in
    it is new: the papers rows, their merge state, the links to the file and line each came
    from and (a dump's) upvote observations, each table in one statement, then the full-text
    index in one statement, all in one transaction. The rows are papershelf's own, read and
    prepared by its reader beforehand (off the clock). The import's ratio to this is what its
    code costs beyond those writes: reading the file beside them, duplicate checks, counts,
    the raw file kept; its ratio to `load_seconds` also counts the tables a library keeps
    and a bare table does not."""
    from papershelf.clock import hlc_for_date
    from papershelf.dump_reader import read_dump
    from papershelf.importer.files import dump_observations
    from papershelf.store.bulk import BULK_DROPPED_TRIGGERS, insert_new_papers, new_paper_rows
    from papershelf.store.db import insert_rows, open_writer
    from papershelf.store.observations import OBSERVATION_COLUMNS
    from papershelf.store.papers import Outcome

    capture_id, machine, now = "bench-ceiling", "bench", "2025-11-22T00:00:00Z"
    records = [item for batch in read_dump(source, captured, hlc_for_date(captured, machine),
                                           batch_records=500, fmt=fmt)
               for item in batch.records]
    observed = dump_observations(capture_id, fmt, captured, records,
                                 [(item.pid, Outcome.NEW) for item in records])
    database = open_writer(db, create=True)
    conn = database.conn
    for trigger in BULK_DROPPED_TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    rows = new_paper_rows(records, capture_id=capture_id, now=now, version_before=0,
                          machine=machine)
    observation_states = [(row[0], number, machine) for number, row in enumerate(observed, 1)]
    started = time.perf_counter()
    conn.execute("BEGIN")
    insert_new_papers(conn, *rows)
    insert_rows(conn, "observations", OBSERVATION_COLUMNS, observed)
    conn.executemany("INSERT INTO observation_state (id, version, origin) VALUES (?, ?, ?)",
                     observation_states)
    index_and_commit(conn)
    elapsed = time.perf_counter() - started
    database.close()
    return elapsed
