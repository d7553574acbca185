"""The library's metadata (facets, queries, search, column notes) for a database of any name.

metadata.yml describes the database `library`, the name `papershelf serve` gives it and
plain `datasette library.db` takes from the file. `papershelf publish OUT.db` makes a
file served as `OUT`: every other database that holds a papers table gets the same
section here, less the queries on notes when the file has none (a copy published
without --with-notes).
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

import yaml
from datasette import hookimpl

LIBRARY = "library"
_METADATA = Path(__file__).resolve().parents[1] / "metadata.yml"


@cache
def library_section() -> dict:
    return yaml.safe_load(_METADATA.read_text(encoding="utf-8"))["databases"][LIBRARY]


@cache
def _tables(path: str, _mtime_ns: int) -> frozenset[str]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return frozenset()
    try:
        return frozenset(name for (name,) in conn.execute(
            "select name from sqlite_master where type = 'table'"))
    except sqlite3.Error:
        return frozenset()
    finally:
        conn.close()


@cache
def _without_notes() -> dict:
    section = dict(library_section())
    section["queries"] = {name: query for name, query in section.get("queries", {}).items()
                          if " notes" not in query["sql"]}
    section["tables"] = {name: table for name, table in section.get("tables", {}).items()
                         if name != "notes"}
    return section


def section_for(datasette, name: str) -> dict | None:
    """The library section for database `name`, or None when it is no papershelf library."""
    db = datasette.databases.get(name)
    if db is None or db.is_memory or not db.path or name == LIBRARY:
        return None
    try:
        mtime = Path(db.path).stat().st_mtime_ns
    except OSError:
        return None
    tables = _tables(db.path, mtime)
    if "papers" not in tables:
        return None
    return library_section() if "notes" in tables else _without_notes()


@hookimpl
def get_metadata(datasette, key, database, table):
    names = [database] if database else list(datasette.databases)
    sections = {name: s for name in names if (s := section_for(datasette, name)) is not None}
    return {"databases": sections} if sections else {}
