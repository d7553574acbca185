"""Keep the library's private tables private and Datasette read-only.

Hiding tables in metadata only removes them from the index. Here SQLite itself refuses:
every Datasette connection gets an authorizer that denies reading the private tables,
so neither a table page, a canned query nor `?sql=` can show a token hash or sync state.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl
from datasette.utils import escape_fts

from papershelf.store.schema import PRIVATE_TABLES

_PRIVATE = frozenset(name.lower() for name in PRIVATE_TABLES)
MMAP_BYTES = 1 << 30


def _authorizer(action, arg1, arg2, db_name, source):
    # SQLITE_READ's arg1 is the table; `select count(*)` reads it with an empty column name.
    if action == sqlite3.SQLITE_READ and arg1 and arg1.lower() in _PRIVATE:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def fts_query(text: str | None) -> str:
    """What a person types, as a safe FTS5 query: each word quoted, all of them required."""
    return escape_fts(text or "") or '""'


@hookimpl
def prepare_connection(conn, database, datasette):
    db = datasette.databases.get(database)
    if db is None or db.is_memory:  # Datasette's own _internal and _memory databases
        return
    conn.execute("PRAGMA query_only = 1")  # the API is the one writer
    # Debian's build defaults WAL connections to FULL: say what we mean on every connection.
    conn.execute("PRAGMA synchronous = NORMAL")
    # Facets and counts re-run the search and fetch every matching row; through mmap those
    # page reads cost no system call: 3-4x faster on a 200k-paper library (search_bench).
    # Safe for readers as long as nothing shrinks the file under them (the API never
    # VACUUMs the live library).
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.create_function("papershelf_fts_query", 1, fts_query, deterministic=True)
    conn.set_authorizer(_authorizer)


@hookimpl
def permission_allowed(action, resource):
    if action == "view-table" and resource and resource[1].lower() in _PRIVATE:
        return False  # 403 on the table page, and left out of every listing
    if action == "view-database-download":
        return False  # the file holds the private tables
    return None
