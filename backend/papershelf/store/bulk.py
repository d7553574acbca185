"""Saving many records at once (dump imports): the rules of `save_paper`, batched.

A record that is new — no stored paper shares its id, fingerprint, arXiv id or
DOI, and no earlier record of its batch does either — is inserted with
`executemany`; any other goes through `save_paper` one by one. The rows added
are full-text indexed in a few large statements instead of by the per-row
trigger, which costs more than the insert itself: FTS5 flushes its pending terms
at every statement, so large statements build few, large segments; smaller ones
fill the time the importer would spend waiting for its reader.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import msgspec

from ..identity import doi_key, fingerprint_key, paper_id, record_fingerprint
from ..merge import state_from_record
from ..records import LIST_FIELDS, PAPER_FIELDS, Paper
from .db import insert_rows
from .overview import count_capture_papers, count_new_notes, count_new_papers
from .papers import _INSERT_NEW_STATE, ROW_COLUMNS, Outcome, _row_values, encode_clocks, save_paper
from .search_text import index_rows_sql
from .tx import Tx

_encode = msgspec.json.Encoder().encode


class Prepared(msgspec.Struct, array_like=True):
    """A record made ready to insert, off the writer's process: the `papers` row
    (PAPER_FIELDS, READER_FIELDS, tags) and the clocks of the fields it knows."""

    line: int
    pid: str
    fingerprint_key: int | None
    row: list
    clocks: str

    def paper(self) -> Paper:
        """The record again, for the slow path (row values are in PAPER_FIELDS order)."""
        values = dict(zip(PAPER_FIELDS, self.row, strict=False))
        for name in LIST_FIELDS:
            if values[name] is not None:
                values[name] = _decode_names(values[name])
        return Paper(**values)

    @property
    def arxiv_id(self) -> str | None:
        return self.row[_ARXIV]

    @property
    def doi(self) -> str | None:
        return self.row[_DOI]


_ARXIV, _DOI = PAPER_FIELDS.index("arxiv_id"), PAPER_FIELDS.index("doi")
_decode_names = msgspec.json.Decoder(list[str]).decode


def prepare(paper: Paper, *, rank: int, hlc: str, line: int) -> Prepared:
    state = state_from_record(paper, rank, hlc)
    fingerprint = record_fingerprint(paper)
    return Prepared(
        line=line, pid=paper_id(paper, fingerprint),
        fingerprint_key=fingerprint_key(fingerprint),
        row=_row_values(state), clocks=encode_clocks(state.clocks),
    )


def _keys(item: Prepared) -> list[str]:
    keys = [f"id:{item.pid}"]
    if item.fingerprint_key is not None:
        keys.append(f"fp:{item.fingerprint_key}")
    if item.arxiv_id:
        keys.append(f"arxiv:{item.arxiv_id}")
    if item.doi:
        keys.append(f"doi:{doi_key(item.doi)}")
    return keys


# Indexing 200,000 dump records in statements of 10,000 took about a fifth more CPU than in
# statements of 100,000 or in one (issue 18): each statement ends in a flush of FTS5's
# pending terms. But while the importer indexes, the reader can only fill its queue
# (dump_reader.AHEAD_BATCHES): when it is behind, smaller statements let it keep pace.
INDEX_EVERY = 100_000
INDEX_WHILE_READER_BEHIND = 10_000
FTS_AUTOMERGE = 4  # FTS5's default


def _placeholders(values: list) -> str:
    return ", ".join("?" * len(values))


def _next_rowid(conn, table: str = "papers") -> int:
    return conn.execute(f"SELECT COALESCE(MAX(rowid), 0) + 1 FROM {table}").fetchone()[0]


class DeferredUpkeep:
    """The papers (and notes) a transaction adds, full-text indexed and counted for the
    overview in a few large statements instead of by the per-row insert triggers, which
    leave alone the rows at or above fts_deferred's mark (store/schema.py, m006)."""

    def __init__(self, conn, tables: tuple[str, ...]):
        self.conn, self.tables = conn, tables
        self.from_rowid = {table: _next_rowid(conn, table) for table in tables}
        self.triggers_off = False  # set by deferred_upkeep(drop_triggers=True)

    def _reused_below(self, table: str, start: int) -> int:
        """With the insert triggers dropped: the lowest rowid under `start` of rows added
        meanwhile. SQLite gives a new row the largest rowid + 1, so once the newest rows
        are deleted (an id merge, a deleted note) new ones sit under the mark: they are
        the run of rows just under it that the index lacks (every older row is indexed)."""
        lowest = start
        for (rowid,) in self.conn.execute(
                f"SELECT rowid FROM {table} WHERE rowid < ? ORDER BY rowid DESC", [start]):
            if self.conn.execute(f"SELECT 1 FROM {table}_fts_docsize WHERE id = ?",
                                 [rowid]).fetchone():
                break
            lowest = rowid
        return lowest

    def index_new_rows(self) -> None:
        """Index and count the rows added since the last call; from then on the triggers
        keep them."""
        for table in self.tables:
            start = self.from_rowid[table]
            if self.triggers_off:
                start = self._reused_below(table, start)
            self.conn.execute(index_rows_sql(table), [start])
            if table == "papers":
                count_new_papers(self.conn, start)
            else:
                count_new_notes(self.conn, start)
            self.from_rowid[table] = _next_rowid(self.conn, table)
            self.conn.execute("UPDATE fts_deferred SET from_rowid = ? WHERE table_name = ?",
                              [self.from_rowid[table], table])

    def index_when_due(self, *, reader_behind: bool = False) -> None:
        """Index the rows added so far once there are many, or fewer while the importer
        would otherwise wait for its reader."""
        pending = _next_rowid(self.conn) - self.from_rowid["papers"]
        if pending >= (INDEX_WHILE_READER_BEHIND if reader_behind else INDEX_EVERY):
            self.index_new_rows()


@contextmanager
def deferred_upkeep(conn, tables: tuple[str, ...] = ("papers",), *,
                    capture_links: bool = False, drop_triggers: bool = False
                    ) -> Iterator[DeferredUpkeep]:
    """Within one transaction: the rows `tables` get are indexed and counted at the end
    (or when `index_new_rows` is called), all before commit, so no reader ever sees a
    row without its index entry. With `capture_links`, paper_captures' insert trigger
    is dropped meanwhile and restored before commit (DDL is transactional in SQLite):
    the caller counts those links itself.

    With `drop_triggers` (an import, a large sync batch: the per-row insert triggers,
    even leaving the deferred rows alone, cost a tenth of an import and a sixth of a
    sync's writes), the insert triggers of `tables` are dropped and restored likewise,
    and rows that reuse a rowid under the mark are found and indexed with the rest
    (`_reused_below`); the update and delete triggers leave them alone until then, as
    they change only what the index holds (m007).

    FTS5's automerge is off meanwhile: merging segments while they are still being
    written costs more than it saves; restored before commit, later writes merge
    them bit by bit."""
    upkeep = DeferredUpkeep(conn, tables)
    dropped = [_CAPTURE_LINKS_TRIGGER] if capture_links else []
    if drop_triggers:
        dropped += [name for table in tables for name in _INSERT_TRIGGERS[table]]
        upkeep.triggers_off = True
    saved = dict(conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({_placeholders(dropped)})", dropped).fetchall()) if dropped else {}
    for name in dropped:
        conn.execute(f"DROP TRIGGER {name}")
    for table in tables:
        conn.execute(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('automerge', 0)")
        conn.execute("INSERT INTO fts_deferred (table_name, from_rowid) VALUES (?, ?)",
                     [table, upkeep.from_rowid[table]])
    yield upkeep
    upkeep.index_new_rows()
    for table in tables:
        conn.execute(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('automerge', ?)",
                     [FTS_AUTOMERGE])
        conn.execute("DELETE FROM fts_deferred WHERE table_name = ?", [table])
    for name in dropped:
        conn.execute(saved[name])


_CAPTURE_LINKS_TRIGGER = "library_counts_paper_captures_ai"
_INSERT_TRIGGERS = {"papers": ["papers_fts_ai", "library_counts_papers_ai"],
                    "notes": ["notes_fts_ai", "library_counts_notes_ai"]}


class BulkSaver:
    def __init__(self, tx: Tx, upkeep: DeferredUpkeep, *, capture_id: str, rank: int, hlc: str):
        self.tx, self.conn, self.upkeep = tx, tx.db.conn, upkeep
        self.capture_id, self.rank, self.hlc = capture_id, rank, hlc

    def _stored_keys(self, batch: list[Prepared]) -> set[str]:
        ids = [item.pid for item in batch]
        keys = [item.fingerprint_key for item in batch if item.fingerprint_key is not None]
        found: set[str] = set()
        # A fingerprint key is a hash: a collision only sends a record down the slow path.
        for pid, key in self.conn.execute(
            f"SELECT paper_id, fingerprint_key FROM paper_state WHERE paper_id IN "
            f"({_placeholders(ids)}) OR fingerprint_key IN ({_placeholders(keys)})",
            [*ids, *keys],
        ):
            found.add(f"id:{pid}")
            if key is not None:
                found.add(f"fp:{key}")
        for column in ("arxiv_id", "doi"):
            values = [getattr(item, column) for item in batch if getattr(item, column)]
            if values:
                prefix = "arxiv" if column == "arxiv_id" else "doi"
                for (value,) in self.conn.execute(
                    f"SELECT {column} FROM papers WHERE {column} IN ({_placeholders(values)})", values
                ):  # `doi` is NOCASE: the IN matches any case, the key folds it
                    found.add(f"{prefix}:{doi_key(value) if prefix == 'doi' else value}")
        return found

    def save(self, batch: list[Prepared], *, reader_behind: bool = False
             ) -> list[tuple[str, Outcome]]:
        """Store a batch; (the id each record was stored under, its outcome), in batch order.
        `reader_behind`: the next batch is not ready yet (dump_reader.Batch)."""
        seen = self._stored_keys(batch)
        fast: list[int] = []
        slow: list[int] = []
        for index, item in enumerate(batch):
            keys = _keys(item)
            (slow if any(key in seen for key in keys) else fast).append(index)
            seen.update(keys)
        outcomes: list[tuple[str, Outcome]] = [(item.pid, Outcome.NEW) for item in batch]
        self._insert_new([batch[i] for i in fast])
        for index in slow:
            item = batch[index]
            outcomes[index] = save_paper(
                self.tx, item.paper(), rank=self.rank, hlc=self.hlc, capture_id=self.capture_id,
                line=item.line,
            )
        self.upkeep.index_when_due(reader_behind=reader_behind)
        return outcomes

    def _insert_new(self, items: list[Prepared]) -> None:
        tx = self.tx
        insert_new_papers(self.conn, *new_paper_rows(
            items, capture_id=self.capture_id, now=tx.timestamp,
            version_before=tx.take_versions(len(items)), machine=tx.machine))


def new_paper_rows(items: list[Prepared], *, capture_id: str, now: str, version_before: int,
                   machine: str) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """The paper_state, papers and paper_captures rows of records new to the library,
    numbered from version_before + 1 (the import's, and its benchmark ceiling's)."""
    return (
        [(i.pid, i.fingerprint_key, i.clocks, "{}", None, version_before + n, machine)
         for n, i in enumerate(items, 1)],
        [(i.pid, *i.row, now, now) for i in items],
        [(capture_id, i.line, i.pid) for i in items],
    )


def insert_new_papers(conn, state: list[tuple], papers: list[tuple], links: list[tuple]) -> None:
    conn.executemany(_INSERT_NEW_STATE, state)
    insert_rows(conn, "papers", ROW_COLUMNS, papers)
    conn.executemany(
        "INSERT INTO paper_captures (capture_id, line, paper_id, created) VALUES (?, ?, ?, 1)",
        links)


# What an import drops while it loads (deferred_upkeep): the rows' own upkeep is done in bulk.
BULK_DROPPED_TRIGGERS = (*_INSERT_TRIGGERS["papers"], _CAPTURE_LINKS_TRIGGER)


@contextmanager
def bulk_saver(tx: Tx, *, capture_id: str, rank: int, hlc: str) -> Iterator[BulkSaver]:
    """Within one transaction, the upkeep of deferred_upkeep, paper_captures' week
    counts included (counted at the end, once its rows are all in)."""
    conn = tx.db.conn
    captures_from = _next_rowid(conn, "paper_captures")
    with deferred_upkeep(conn, capture_links=True, drop_triggers=True) as upkeep:
        yield BulkSaver(tx, upkeep, capture_id=capture_id, rank=rank, hlc=hlc)
    count_capture_papers(conn, capture_id, captures_from)
