"""Reading papers and their notes for the exports (read-only; exports never write the library)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from ..records import LIST_FIELDS
from ..store.db import open_reader
from ..store.papers import names_from_column

# Columns the exports read as text (a Datasette query may hand over anything under these names).
_TEXT_COLUMNS = ("id", "title", "abstract", "summary", "published", "arxiv_id", "primary_category",
                 "doi", "url", "pdf_url", "code_url", "project_url")


def paper_dict(row: dict) -> dict:
    """A papers row with its JSON columns decoded (Datasette and sqlite hand them over as
    text), as the exports expect it: authors (and every list field) a list or None, tags a list of
    names, text columns text. A row stored before peers' changes were checked, or a query
    that names a number `title`, is read as names_from_column says, never crashing them."""
    paper = dict(row)
    for name in LIST_FIELDS:  # authors, AI keywords, linked models, …
        if name in paper:
            paper[name] = names_from_column(paper[name])
    if "tags" in paper:
        paper["tags"] = names_from_column(paper["tags"]) or []
    for name in _TEXT_COLUMNS:
        value = paper.get(name)
        if value is not None and not isinstance(value, str):
            paper[name] = str(value)
    if paper.get("id") is None:
        paper["id"] = ""  # every export keys its entries by id
    return paper


def load_papers(db_path: Path, *, tag: str | None = None, status: str | None = None) -> list[dict]:
    """Every paper (or those with `tag` / `status`), oldest first so exports are stable."""
    where, params = [], []
    if tag is not None:
        # A row whose tags are not JSON (a hand edit) would fail the whole query.
        where.append("exists (select 1 from json_each(case when json_valid(papers.tags) "
                     "then papers.tags else '[]' end) where json_each.value = ?)")
        params.append(tag)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    sql = "select * from papers" + (f" where {' and '.join(where)}" if where else "")
    sql += " order by created_at, id"
    db = open_reader(db_path)
    try:
        db.conn.row_factory = sqlite3.Row
        return [paper_dict(dict(row)) for row in db.conn.execute(sql, params)]
    finally:
        db.conn.close()


def load_notes(db_path: Path, paper_ids: list[str]) -> dict[str, list[dict]]:
    """Notes by paper id, oldest first."""
    notes: dict[str, list[dict]] = defaultdict(list)
    db = open_reader(db_path)
    try:
        db.conn.row_factory = sqlite3.Row
        wanted = set(paper_ids)
        rows = db.conn.execute("select * from notes order by created_at, id")
        for row in rows:
            if row["paper_id"] in wanted:
                notes[row["paper_id"]].append(dict(row))
    finally:
        db.conn.close()
    return notes
