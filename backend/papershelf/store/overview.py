"""The library's overview counts, kept in step by triggers (`library_counts`).

The overview page (datasette/templates/papershelf_overview.html) shows how many papers
there are by status, rating, year, tag and category, notes, and papers captured per
week. Counting those over the papers table on every view is a scan of the whole library
(200,000 papers: far over the page's 50 ms); these triggers keep one small table of
counts instead, so the page reads a few hundred rows whatever the library's size.

Every write path (captures, imports, edits, sync, id merges) changes papers, notes and
paper_captures through SQL, so triggers see them all. A value whose count drops to 0
keeps its row; readers ask for `count > 0`.
"""

from __future__ import annotations

import sqlite3

# facet -> the SQL expression of a papers row's value (`{row}` is new or old).
_PAPER_FACETS = {
    "papers": "''",
    "status": "{row}.status",
    "rating": "coalesce(CAST({row}.rating AS TEXT), 'unrated')",
    "year": "CASE WHEN {row}.published GLOB '[0-9][0-9][0-9][0-9]*' "
            "THEN substr({row}.published, 1, 4) ELSE 'undated' END",
    "category": "{row}.primary_category",
}
# A hand-edited row whose tags are not JSON must not fail the write that changes it.
_TAGS = ("SELECT DISTINCT value FROM json_each(CASE WHEN json_valid({row}.tags) "
         "THEN {row}.tags ELSE '[]' END) WHERE typeof(value) = 'text'")
# Monday of the capture's week.
_WEEK = "date({captured_at}, 'weekday 0', '-6 days')"

TABLE_SQL = """
CREATE TABLE library_counts (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (facet, value)
) WITHOUT ROWID"""


def _bump(facet: str, value_sql: str, delta: int, source: str = "") -> str:
    """One upsert adding `delta` to (facet, value) for each row `value_sql` selects."""
    select = f"SELECT '{facet}', value, {delta} FROM ({value_sql})" if source else (
        f"SELECT '{facet}', {value_sql}, {delta}")
    # `WHERE true`: SQLite's parser needs it between a SELECT and ON CONFLICT.
    return (f"INSERT INTO library_counts (facet, value, count) {select} "
            f"WHERE {'value' if source else value_sql} IS NOT NULL "
            f"ON CONFLICT (facet, value) DO UPDATE SET count = count + excluded.count;")


def _paper_bumps(row: str, delta: int) -> str:
    """One upsert for all of a row's facets: one statement costs less than six."""
    values = " UNION ALL ".join(f"SELECT '{facet}' AS facet, {sql.format(row=row)} AS value"
                                for facet, sql in _PAPER_FACETS.items())
    tags = f"SELECT 'tag', value FROM ({_TAGS.format(row=row)})"
    return (f"INSERT INTO library_counts (facet, value, count) SELECT facet, value, {delta} "
            f"FROM ({values} UNION ALL {tags}) WHERE value IS NOT NULL "
            "ON CONFLICT (facet, value) DO UPDATE SET count = count + excluded.count;")


_COUNTED = ("status", "rating", "published", "primary_category", "tags")
_CHANGED = " OR ".join(f"old.{c} IS NOT new.{c}" for c in _COUNTED)
# A bulk import or a large sync batch (store/bulk.py) marks the rows it adds as deferred
# (fts_deferred): from m006 on the insert triggers leave them alone, as the full-text ones
# do, and the transaction counts them in one statement per batch (count_new_papers,
# count_new_notes) and its capture links at its end (count_capture_papers; it drops
# paper_captures' insert trigger meanwhile). A row is counted exactly when the full-text
# index holds it, so the update and delete triggers ask the index (from m007): a deferred
# row, wherever its rowid fell, is in neither yet.
INDEXED = "EXISTS (SELECT 1 FROM {table}_fts_docsize WHERE id = old.rowid)"
_INDEXED_PAPER = INDEXED.format(table="papers")

INSERT_TRIGGERS = {
    "library_counts_papers_ai":
        f"CREATE TRIGGER library_counts_papers_ai AFTER INSERT ON papers BEGIN\n"
        f"{_paper_bumps('new', 1)}\nEND",
    "library_counts_paper_captures_ai":
        "CREATE TRIGGER library_counts_paper_captures_ai AFTER INSERT ON paper_captures BEGIN\n"
        + _bump("week", f"SELECT {_WEEK.format(captured_at='captured_at')} AS value "
                "FROM captures WHERE id = new.capture_id", 1, source="captures") + "\nEND",
}
TRIGGERS_SQL = [
    *INSERT_TRIGGERS.values(),
    f"CREATE TRIGGER library_counts_papers_ad AFTER DELETE ON papers WHEN {_INDEXED_PAPER} "
    f"BEGIN\n{_paper_bumps('old', -1)}\nEND",
    f"CREATE TRIGGER library_counts_papers_au AFTER UPDATE OF {', '.join(_COUNTED)} ON papers "
    f"WHEN ({_CHANGED}) AND {_INDEXED_PAPER} "
    f"BEGIN\n{_paper_bumps('old', -1)}\n{_paper_bumps('new', 1)}\nEND",
    "CREATE TRIGGER library_counts_paper_captures_ad AFTER DELETE ON paper_captures BEGIN\n"
    + _bump("week", f"SELECT {_WEEK.format(captured_at='captured_at')} AS value "
            "FROM captures WHERE id = old.capture_id", -1, source="captures") + "\nEND",
    # A dump's capture row is written after its papers: their week is counted then.
    "CREATE TRIGGER library_counts_captures_ai AFTER INSERT ON captures BEGIN\n"
    "INSERT INTO library_counts (facet, value, count) SELECT 'week', week, n FROM (SELECT "
    f"{_WEEK.format(captured_at='new.captured_at')} AS week, (SELECT count(*) FROM paper_captures "
    "WHERE capture_id = new.id) AS n) WHERE week IS NOT NULL AND n > 0 "
    "ON CONFLICT (facet, value) DO UPDATE SET count = count + excluded.count;\nEND",
    f"CREATE TRIGGER library_counts_notes_ai AFTER INSERT ON notes BEGIN\n"
    f"{_bump('notes', chr(39) * 2, 1)}\nEND",
    f"CREATE TRIGGER library_counts_notes_ad AFTER DELETE ON notes WHEN "
    f"{INDEXED.format(table='notes')} BEGIN\n"
    f"{_bump('notes', chr(39) * 2, -1)}\nEND",
]
TRIGGERS = {sql.split()[2]: sql for sql in TRIGGERS_SQL}  # by name


def count_new_papers(conn: sqlite3.Connection, from_rowid: int) -> None:
    """Count the papers a bulk import added from `from_rowid` on (their trigger was held).
    The new rows are read once, only the counted columns (not their abstracts)."""
    values = " UNION ALL ".join(f"SELECT '{facet}' AS facet, {sql.format(row='r')} AS value FROM r"
                                for facet, sql in _PAPER_FACETS.items())
    tags = ("SELECT 'tag', tags.value FROM r, json_each(CASE WHEN json_valid(r.tags) "
            "THEN r.tags ELSE '[]' END) AS tags WHERE typeof(tags.value) = 'text'")
    conn.execute(
        f"WITH r AS MATERIALIZED (SELECT {', '.join(_COUNTED)} FROM papers WHERE rowid >= ?) "
        f"INSERT INTO library_counts (facet, value, count) SELECT facet, value, count(*) "
        f"FROM ({values} UNION ALL {tags}) WHERE value IS NOT NULL GROUP BY facet, value "
        "ON CONFLICT (facet, value) DO UPDATE SET count = count + excluded.count",
        [from_rowid])


def count_new_notes(conn: sqlite3.Connection, from_rowid: int) -> None:
    """Count the notes a large sync batch added from `from_rowid` on (store/bulk.py)."""
    conn.execute(
        "INSERT INTO library_counts (facet, value, count) SELECT 'notes', '', count(*) "
        "FROM notes WHERE rowid >= ? ON CONFLICT (facet, value) DO UPDATE "
        "SET count = count + excluded.count", [from_rowid])


def count_capture_papers(conn: sqlite3.Connection, capture_id: str, from_rowid: int) -> None:
    """Count a bulk import's paper_captures rows (rowid from `from_rowid` on) into the week
    of their capture, when that row is there already (else its trigger counts them)."""
    conn.execute(
        f"INSERT INTO library_counts (facet, value, count) SELECT 'week', "
        f"{_WEEK.format(captured_at='captures.captured_at')} AS week, count(*) "
        "FROM paper_captures JOIN captures ON captures.id = paper_captures.capture_id "
        "WHERE paper_captures.capture_id = ? AND paper_captures.rowid >= ? AND week IS NOT NULL "
        "GROUP BY week ON CONFLICT (facet, value) DO UPDATE SET count = count + excluded.count",
        [capture_id, from_rowid])


# The same counts from scratch: a new library's backfill, the public copy's, and the check.
_RECOUNT = [
    *(f"SELECT '{facet}', v, count(*) FROM (SELECT {sql.format(row='papers')} AS v FROM papers) "
      "WHERE v IS NOT NULL GROUP BY v" for facet, sql in _PAPER_FACETS.items()),
    "SELECT 'tag', tags.value, count(*) FROM papers, json_each(CASE WHEN json_valid(papers.tags) "
    "THEN papers.tags ELSE '[]' END) AS tags WHERE typeof(tags.value) = 'text' GROUP BY tags.value",
    "SELECT 'notes', '', count(*) FROM notes",
    f"SELECT 'week', {_WEEK.format(captured_at='captures.captured_at')} AS week, count(*) "
    "FROM paper_captures JOIN captures ON captures.id = paper_captures.capture_id "
    "WHERE week IS NOT NULL GROUP BY week",
]


def recount(conn: sqlite3.Connection, *, notes: bool = True) -> dict[tuple[str, str], int]:
    """What library_counts should hold (non-zero counts), counted from the tables."""
    return {(facet, value): n for statement in _RECOUNT
            if notes or " FROM notes" not in statement
            for facet, value, n in conn.execute(statement) if n}


def create_overview_counts(conn: sqlite3.Connection, *, notes: bool = True,
                           triggers: bool = True) -> None:
    """Create library_counts, counting what the file holds now (inside the caller's
    transaction), and its triggers. `notes=False`: a file without a notes table;
    `triggers=False`: a snapshot (the public copy has no fts_deferred to consult)."""
    conn.execute(TABLE_SQL)
    for statement in TRIGGERS_SQL if triggers else ():
        if notes or " ON notes " not in statement:
            conn.execute(statement)
    conn.executemany("INSERT INTO library_counts (facet, value, count) VALUES (?, ?, ?)",
                     [(*key, n) for key, n in recount(conn, notes=notes).items()])
