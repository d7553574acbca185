"""store/db.insert_rows: many rows in one statement, without the columns none of them fills."""

import sqlite3

from papershelf.store.db import insert_rows


def table(conn):
    conn.execute("CREATE TABLE t (a TEXT, b TEXT DEFAULT 'x', c INTEGER, d TEXT)")
    return conn


def test_rows_come_back_as_given_whichever_columns_are_empty():
    conn = table(sqlite3.connect(":memory:"))
    rows = [("1", "y", None, None), ("2", "z", 3, None), ("3", "w", None, None)]
    insert_rows(conn, "t", ("a", "b", "c", "d"), rows)
    assert conn.execute("SELECT a, b, c, d FROM t ORDER BY rowid").fetchall() == rows


def test_an_empty_column_with_a_default_is_still_written_as_null():
    # Leaving it out would store its default ('x'), not the NULL the rows hold.
    conn = table(sqlite3.connect(":memory:"))
    insert_rows(conn, "t", ("a", "b", "c", "d"), [("1", None, None, None)])
    assert conn.execute("SELECT a, b, c, d FROM t").fetchall() == [("1", None, None, None)]


def test_a_temp_table_is_looked_up_in_its_own_schema():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TEMP TABLE s (a TEXT, b TEXT DEFAULT 'x')")
    insert_rows(conn, "temp.s", ("a", "b"), [("1", None)])
    assert conn.execute("SELECT a, b FROM temp.s").fetchall() == [("1", None)]


def test_a_row_with_one_column_filled():
    conn = table(sqlite3.connect(":memory:"))
    insert_rows(conn, "t", ("a", "c"), [("1", None), ("2", None)])
    assert conn.execute("SELECT a, b, c FROM t ORDER BY rowid").fetchall() == [
        ("1", "x", None), ("2", "x", None)]


def test_no_rows_is_no_statement():
    # The table does not exist: any statement would raise.
    conn = sqlite3.connect(":memory:")
    insert_rows(conn, "missing", ("a",), [])
