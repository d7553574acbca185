"""Keep the library's private tables private, Datasette read-only, and its queries
within bounds.

Hiding tables in metadata only removes them from the index. Here SQLite itself refuses:
every Datasette connection gets an authorizer that denies reading the private tables,
so neither a table page, a canned query nor `?sql=` can show a token hash or sync state.

`?sql=` also lets anyone who can load a page — any web page, with a plain link to
127.0.0.1 — make results of any size: `select zeroblob(1000000000)` took the server to
11 GB. A value is held to VALUE_BYTES and a query's rows to RESULT_BYTES; past either
the query fails as a 400 (datasette/plugins/papershelf_errors.py).
"""

from __future__ import annotations

import sqlite3
import weakref

from datasette import hookimpl

from papershelf.publish.math_text import math_as_text
from papershelf.store.db import READER_MMAP_BYTES
from papershelf.store.schema import PRIVATE_TABLES
from papershelf.store.search_snippets import search_snippet, written_snippet
from papershelf.store.search_text import SEARCH_TEXT
from papershelf.store.word_forms import as_indexed, typed_phrases

_PRIVATE = frozenset(name.lower() for name in PRIVATE_TABLES)
# Far above any value the library stores (a note is at most 100,000 characters; a
# capture's body at most 10 MiB, kept out of Datasette's reach).
VALUE_BYTES = 8 * 1024 * 1024
# Enough for a .bib of 100,000 papers (papershelf_bibtex.py MAX_ENTRIES), at some
# 2.5 KB a row; a CSV stream (`_stream=on`) is read a page at a time, each its own query.
RESULT_BYTES = 256 * 1024 * 1024


def _authorizer(action, arg1, _arg2, _db_name, _source):
    # SQLITE_READ's arg1 is the table; `select count(*)` reads it with an empty column name.
    if action == sqlite3.SQLITE_READ and arg1 and arg1.lower() in _PRIVATE:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def fts_query(text: str | None) -> str:
    """What a person types, as a safe FTS5 query: each word or quoted stretch a phrase (an English
    word with its plural or singular, a pasted identifier as indexed: store/word_forms.py), all of
    them required."""
    return as_indexed(typed_phrases(text or ""), spaced=False) or '""'


def spaced_fts_query(text: str | None) -> str:
    """fts_query for an index that holds Chinese, Japanese and Korean a character a token."""
    return as_indexed(typed_phrases(text or "")) or '""'


def word_forms_escape_fts(text: str) -> str:
    """Datasette's escape_fts (its `?_search=`): the phrases typed (store/word_forms.py, as
    Datasette reads them, a run without a letter left out), an English word with its other form."""
    return as_indexed(typed_phrases(text), spaced=False)


def spaced_escape_fts(text: str) -> str:
    return as_indexed(typed_phrases(text))


def _math_text(text):
    return math_as_text(text) if isinstance(text, str) else text


def indexes_spaced(conn) -> bool:
    """Whether the library's full-text triggers space CJK text (store/search_text.py): a
    library from m009 on; not a public copy, whose triggers index text as typed."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND "
                        "name = 'papers_fts_ai' AND instr(sql, ?)", [SEARCH_TEXT]).fetchone() \
        is not None


# Last: Datasette's own plugin registers escape_fts, which a spaced index needs replaced.
@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette):
    db = datasette.databases.get(database)
    if db is None or db.is_memory:  # Datasette's own _internal and _memory databases
        return
    conn.execute("PRAGMA query_only = 1")  # the API is the one writer
    # Debian's build defaults WAL connections to FULL: say what we mean on every connection.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA mmap_size = {READER_MMAP_BYTES}")
    spaced = indexes_spaced(conn)
    conn.create_function("papershelf_fts_query", 1, spaced_fts_query if spaced else fts_query,
                         deterministic=True)
    conn.create_function("escape_fts", 1, spaced_escape_fts if spaced else word_forms_escape_fts,
                         deterministic=True)
    conn.create_function("papershelf_snippet", 6, search_snippet if spaced else written_snippet,
                         deterministic=True)
    # The tag and search feeds' titles and abstracts, TeX math as it prints (the pages' filter).
    conn.create_function("papershelf_math_text", 1, _math_text, deterministic=True)
    conn.set_authorizer(_authorizer)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, VALUE_BYTES)
    conn.row_factory = _budgeted(conn.row_factory)


class ResultTooLarge(sqlite3.OperationalError):
    pass


def _budgeted(row_factory):
    """The connection's row factory, counting the bytes of text and blobs each cursor
    has returned and refusing rows past RESULT_BYTES."""
    spent: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def budgeted_row(cursor, row):
        size = spent.get(cursor, 0)
        for value in row:
            if isinstance(value, str | bytes):
                size += len(value)
        if size > RESULT_BYTES:
            raise ResultTooLarge(f"the result is larger than {RESULT_BYTES >> 20} MiB: "
                                 "ask for fewer rows or columns")
        spent[cursor] = size
        return row_factory(cursor, row) if row_factory else row

    return budgeted_row


@hookimpl
def permission_allowed(action, resource):
    if action == "view-table" and resource and resource[1].lower() in _PRIVATE:
        return False  # 403 on the table page, and left out of every listing
    if action == "view-database-download":
        return False  # the file holds the private tables
    return None
