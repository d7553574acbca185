"""`papershelf publish`: a copy of the library for the public.

The copy is built table by table into a fresh file instead of copying the library and
deleting from it: rows that were never written cannot linger in free pages, so token
hashes, sync state and raw captures are not in the file at all, not even as garbage.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..store.db import open_reader
from ..store.overview import create_overview_counts
from ..store.search_text import INDEXED_COLUMNS, ranking_config_sql

PUBLIC_TABLES = ("papers", "paper_aliases", "captures", "paper_captures")
NOTE_TABLES = ("notes",)
# When the reader captured what (upvotes over time): left out unless asked for.
OBSERVATION_TABLES = ("observations",)

# The library's FTS triggers consult fts_deferred (a private bulk-import table); the copy
# gets plain ones so that someone editing it with sqlite-utils keeps search in step.
_FTS = {table: (f"{table}_fts", columns) for table, columns in INDEXED_COLUMNS.items()}


@dataclass
class Published:
    path: Path
    counts: dict[str, int]

    def line(self) -> str:
        counts = ", ".join(f"{n} {t}" for t, n in self.counts.items())
        return f"published {counts} to {self.path}"


# A deleted paper keeps its state for a restore, and its notes, captures and observations stay
# in their tables; none of it is the library's to publish.
_HELD = "(SELECT id FROM src.papers)"
_OF_HELD_PAPERS = {
    "paper_aliases": f"WHERE paper_id IN {_HELD}",
    "paper_captures": f"WHERE paper_id IN {_HELD}",
    "captures": f"WHERE id IN (SELECT capture_id FROM src.paper_captures WHERE paper_id IN {_HELD})",
    "notes": f"WHERE paper_id IN {_HELD}",
    "observations": f"WHERE paper_id IN {_HELD}",
}


def _fts_sql(table: str) -> list[str]:
    fts, cols = _FTS[table]
    names, new, old = ", ".join(cols), ", ".join(f"new.{c}" for c in cols), ", ".join(
        f"old.{c}" for c in cols)
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.rowid, {old});"
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {new});"
    return [
        # content=[table] is the spelling Datasette's detect_fts recognises (as sqlite-utils
        # writes it), so plain `datasette OUT.db` offers search without any metadata.
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content=[{table}], content_rowid='rowid')",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        *filter(None, [ranking_config_sql(table)]),  # ranked as the library ranks
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
    ]


def publish(source: Path, out: Path, *, with_notes: bool = False,
            with_observations: bool = False) -> Published:
    source, out = Path(source).resolve(), Path(out).resolve()
    open_reader(source).close()  # LibraryError, one line, unless it is a library we can read
    if out == source:
        raise ValueError("the public copy must not overwrite the library")
    tables = (PUBLIC_TABLES + (NOTE_TABLES if with_notes else ())
              + (OBSERVATION_TABLES if with_observations else ()))
    tmp = out.with_name(out.name + ".publishing")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        # WAL readers need the -shm file, which mode=ro may create: it never writes the data.
        conn.execute("ATTACH DATABASE ? AS src", [f"file:{source}?mode=ro"])
        conn.execute("BEGIN")
        counts = {}
        for table in tables:
            (create,) = conn.execute(
                "SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?", [table]
            ).fetchone()
            conn.execute(create)
            held = _OF_HELD_PAPERS.get(table, "")
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table} {held}")
            counts[table] = conn.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0]
            for (index_sql,) in conn.execute(
                "SELECT sql FROM src.sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL", [table]
            ).fetchall():
                conn.execute(index_sql)
            if table in _FTS:
                for statement in _fts_sql(table):
                    conn.execute(statement)
        # The overview's counts of what this copy holds (its notes only when it has them).
        create_overview_counts(conn, notes=with_notes, triggers=False)
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to hand out
        conn.execute("ANALYZE")
        conn.execute("VACUUM")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, out)
    return Published(out, counts)

