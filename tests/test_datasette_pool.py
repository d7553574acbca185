"""What Datasette's thread pool runs for a search (issue 18): only the queries over the
papers. Catalogue look-ups run on the event loop (publish/datasette_db.py), and a search's
facets start beside its rows (papershelf_search.py, papershelf_facets.py). Real Datasette in
process over a real library file."""

from __future__ import annotations

import asyncio
import gc
import json
import re
import sqlite3
import threading
import time

import pytest
from datasette.database import Database

from helpers import off_loop
from papershelf.publish.datasette_app import build_datasette
from papershelf.store.db import open_writer

PAPERS = 1_200
TAGS = ("nlp", "vision", "rl", "theory")
STATUSES = ("unread", "reading", "read", "skipped")


def build(path) -> None:
    """`common` in every paper, `half` in every other, with tags, statuses and years to facet."""
    db = open_writer(path, create=True)
    rows = [(f"{n:016x}", f"Paper {n}", f"common {'half ' if n % 2 else ''}words {n % 17}",
             "[]", 0, f"20{10 + n % 12}-03-01", STATUSES[n % 4],
             json.dumps(sorted({TAGS[n % 4], TAGS[n % 3]})), "2026-01-01T00:00:00Z",
             "2026-01-01T00:00:00Z") for n in range(PAPERS)]
    with db.conn:
        db.conn.executemany(
            "INSERT INTO papers (id, title, abstract, authors, authors_count, published, status, "
            "tags, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    db.close()


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "library.db"
    build(path)
    return path


@pytest.fixture
def pool_statements(monkeypatch):
    """Every statement a pool thread runs, in the order they start."""
    started: list[str] = []
    lock = threading.Lock()
    run_in_pool = Database.execute_fn

    def note(sql: str) -> None:
        with lock:
            started.append(" ".join(sql.split()))

    async def traced(self, fn):
        def run(conn):
            conn.set_trace_callback(note)
            try:
                return fn(conn)
            finally:
                conn.set_trace_callback(None)

        return await run_in_pool(self, run)

    monkeypatch.setattr(Database, "execute_fn", traced)
    return started


@pytest.fixture
def unhurried(monkeypatch):
    """Brief queries with a limit no loaded test machine reaches: these tests are about
    where a query runs, not about the limit (tested on its own below)."""
    from papershelf.publish import datasette_db
    monkeypatch.setattr(datasette_db, "BRIEF_MS", 60_000)


def get(ds, path: str):
    return off_loop(asyncio.run, ds.client.get(path))


def test_a_search_page_sends_no_catalogue_lookup_to_the_pool(library, pool_statements):
    ds = build_datasette(library, base_url="/")
    assert get(ds, "/library/papers.json?_size=1").status_code == 200
    pool_statements.clear()  # the first request fills Datasette's own catalogue, once
    for path in ("/library/papers?_search=half", "/library/papers.json?_search=half"):
        assert get(ds, path).status_code == 200
    assert any("papers_fts match" in sql for sql in pool_statements)
    # (FTS5 asks `PRAGMA 'main'.data_version` inside a search: that is the search's own.)
    catalogue = [sql for sql in pool_statements if "sqlite_master" in sql or re.match(
        r"PRAGMA (schema_version|table_x?info|foreign_key_list|index_x?info|index_list)", sql)]
    assert catalogue == []


def statement_kind(sql: str) -> str:
    """Which of a search's statements `sql` is (papershelf_search.py writes them)."""
    marks = (("papershelf_facet_rows", "facets"), ("papershelf_match", "rows"),
             ("max(rowid)", "ranking"), ("offset", "floors"), ("select count(*)", "count"))
    return next((kind for mark, kind in marks if mark in sql), "other")


def test_a_search_asks_its_floors_and_ranking_on_the_loop_and_its_facets_beside_its_rows(
        library, monkeypatch, pool_statements, unhurried):
    """The facets' query is sent while the rows' query runs (Datasette sends them one after
    the other: rows, count, facets); the window's floors and how the search ranks, each a
    few hundred microseconds, are asked on the event loop, not sent to the pool and back;
    and the count comes with the floors (no query of its own)."""
    events: list[tuple[str, str]] = []
    execute = Database.execute

    async def noted(self, sql, *args, **kwargs):
        kind = statement_kind(sql)
        events.append(("sent", kind))
        try:
            return await execute(self, sql, *args, **kwargs)
        finally:
            events.append(("done", kind))

    monkeypatch.setattr(Database, "execute", noted)
    ds = build_datasette(library, base_url="/")
    data = get(ds, "/library/papers.json?_search=half").json()
    order = [event for event in events if event[1] != "other"]
    assert order.index(("sent", "rows")) < order.index(("sent", "facets")) \
        < order.index(("done", "rows"))
    assert order.count(("sent", "facets")) == 1 and ("sent", "count") not in order
    assert data["filtered_table_rows_count"] == PAPERS // 2
    assert data["facet_results"]["status"]["results"]
    pooled = {statement_kind(sql) for sql in pool_statements}
    assert {"rows", "facets"} <= pooled and not {"floors", "ranking", "count"} & pooled


def test_only_a_search_of_one_word_asks_its_floors_on_the_loop(library, pool_statements,
                                                               unhurried):
    """Regression (review): SQLite checks a brief query's time limit between its steps, and
    FTS5 can do a whole search inside one step (two words seldom together, a prefix, a
    phrase), holding the event loop past any limit. Only one word's floors and spread, whose
    doclist is walked a step a row, are asked on the loop."""
    ds = build_datasette(library, base_url="/")
    for path in ("/library/papers.json?_search=half+words", "/library/papers.json?_search=hal*"
                 "&_searchmode=raw", "/library/papers.json?_search=half-words"):
        pool_statements.clear()
        assert get(ds, path).status_code == 200, path
        assert "floors" in {statement_kind(sql) for sql in pool_statements}, path
    pool_statements.clear()
    assert get(ds, "/library/papers.json?_search=half").status_code == 200
    assert "floors" not in {statement_kind(sql) for sql in pool_statements}


# Far past a 2 ms limit (~30 ms), far inside the pool's 3 s sql_time_limit even on a loaded
# machine (3,000,000 rows took more than 3 s there, and the pool interrupted it).
SLOW = ("with recursive n(i) as (select 1 union all select i + 1 from n where i < 300000) "
        "select count(*) from n")


def test_a_brief_query_that_runs_long_is_stopped_on_the_loop_and_answered_by_the_pool(
        library, pool_statements):
    """execute_brief holds the event loop no longer than its limit: a query past it is
    interrupted there and runs on the pool, with the same answer; the loop's connection
    keeps no time limit for the catalogue's look-ups after it."""
    ds = build_datasette(library, base_url="/")
    db = ds.get_database("library")

    async def ask():
        started = time.perf_counter()
        slow = await db.execute_brief(SLOW, {}, limit_ms=2)
        brief = await db.execute_brief("select count(*) from papers where status = :s",
                                       {"s": "read"}, limit_ms=60_000)
        return slow.first()[0], brief.first()[0], time.perf_counter() - started

    slow, brief, _ = off_loop(asyncio.run, ask())
    assert (slow, brief) == (300_000, PAPERS // 4)
    assert [" ".join(SLOW.split())] == [sql for sql in pool_statements if "recursive" in sql]
    # One that ran long sends the next ones to the pool for a while.
    assert any("status" in sql for sql in pool_statements)
    assert db._loop_connection().execute(SLOW).fetchone()[0] == 300_000  # no limit left
    db._brief_paused_until = 0.0
    pool_statements.clear()
    assert off_loop(asyncio.run, db.execute_brief("select count(*) from papers", {},
                                                  limit_ms=60_000)).first()[0] \
        == PAPERS
    assert pool_statements == []  # a brief one stays on the loop


def test_a_brief_querys_own_error_is_raised_as_executes_is(library):
    ds = build_datasette(library, base_url="/")
    db = ds.get_database("library")
    with pytest.raises(sqlite3.OperationalError, match="no such table: nowhere"):
        off_loop(asyncio.run, db.execute_brief("select * from nowhere", {}))


def counts(data: dict) -> dict[str, list[tuple]]:
    return {name: [(r["value"], r["count"]) for r in facet["results"]]
            for name, facet in data["facet_results"].items()}


def test_facets_started_early_count_what_datasette_counts_after_the_rows(library):
    ds = build_datasette(library, base_url="/")
    ranked = get(ds, "/library/papers.json?_search=half").json()
    # A sort the reader picks is Datasette's own query: no early start.
    picked = get(ds, "/library/papers.json?_search=half&_sort=id&_papershelf_sorted=1").json()
    assert counts(ranked) == counts(picked)
    assert ranked["filtered_table_rows_count"] == PAPERS // 2
    statuses = {r["value"]: r["count"] for r in ranked["facet_results"]["status"]["results"]}
    assert statuses == {"reading": PAPERS // 4, "skipped": PAPERS // 4}


def test_a_search_that_fails_reports_its_own_error_and_leaves_none_unread(library):
    ds = build_datasette(library, base_url="/")

    async def search():
        unread = []
        asyncio.get_running_loop().set_exception_handler(lambda loop, context: unread.append(
            context))
        response = await ds.client.get("/library/papers.json?_search=%22unclosed&_searchmode=raw")
        await asyncio.sleep(0.05)  # the facets' query, started beside the rows, ends too
        gc.collect()  # asyncio reports an error nobody read when its task is collected
        return response, unread

    response, unread = off_loop(asyncio.run, search())
    gc.collect()
    assert response.status_code == 400
    assert response.json()["error"] == "unterminated string"
    assert unread == []


def test_a_catalogue_lookup_that_meets_a_lock_waits_in_the_pool_not_on_the_loop(library):
    """A reader meets a lock only in rare moments (a WAL reset); one held here: the loop's
    short wait gives up, the pool's longer one outlasts the lock, and the page is served."""
    ds = build_datasette(library, base_url="/")
    holder = sqlite3.connect(library, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    released = threading.Event()

    def release() -> None:
        time.sleep(0.3)
        holder.execute("COMMIT")
        holder.close()
        released.set()

    threading.Thread(target=release).start()
    response = get(ds, "/library/papers.json?_search=half")
    assert released.is_set()
    assert response.status_code == 200, response.text[:300]
    assert response.json()["filtered_table_rows_count"] == PAPERS // 2


def test_a_table_made_while_serving_reaches_datasettes_catalogue(library):
    ds = build_datasette(library, base_url="/")
    internal = ds.databases["_internal"]

    def tables() -> set[str]:
        async def read():
            return {r[0] for r in await internal.execute("select table_name from tables")}
        return off_loop(asyncio.run, read())

    assert get(ds, "/library/papers.json?_size=1").status_code == 200
    assert "papers" in tables() and "made_later" not in tables()
    with sqlite3.connect(library) as conn:
        conn.execute("CREATE TABLE made_later (x)")
    assert get(ds, "/library/papers.json?_size=1").status_code == 200
    assert "made_later" in tables()


def test_a_second_search_reads_only_the_schemas_version_of_the_catalogue(library):
    ds = build_datasette(library, base_url="/")
    assert get(ds, "/library/papers.json?_search=half").status_code == 200
    on_loop: list[str] = []
    ds.get_database("library")._loop_connection().set_trace_callback(on_loop.append)
    assert get(ds, "/library/papers.json?_search=common").status_code == 200
    # (The loop also asks the search's floors and ranking: execute_brief.)
    catalogue = {sql for sql in on_loop if "sqlite_master" in sql or re.match(
        r"PRAGMA (schema_version|table_x?info|foreign_key_list|index_x?info|index_list)", sql)}
    assert catalogue == {"PRAGMA schema_version"}


def test_a_column_added_while_serving_is_on_the_next_page(library):
    ds = build_datasette(library, base_url="/")
    assert "series" not in get(ds, "/library/papers.json?_search=half").json()["columns"]
    with sqlite3.connect(library) as conn:
        conn.execute("ALTER TABLE papers ADD COLUMN series TEXT")
    assert "series" in get(ds, "/library/papers.json?_search=half").json()["columns"]


def test_tables_a_url_names_in_vain_are_not_all_remembered(library):
    ds = build_datasette(library, base_url="/")
    for n in range(1_100):
        assert get(ds, f"/library/nothing_{n}.json").status_code == 404
    assert len(ds.get_database("library")._kept_answers) < 1_000
