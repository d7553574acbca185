"""Observations: what a page said about a paper at one time (upvotes, stars, comments,
linked models, datasets and Spaces, trending), one row per paper a capture showed.

They are append-only. An observation's id is derived from its capture and the paper's
record (`observation_id`), so storing a capture's observations again adds nothing
(`papershelf renormalise`, a retried import) and two machines that import the same
dump agree on every id: syncing them is a plain union (sync/apply.py). When two paper
ids turn out to be one paper, the observations follow the survivor (papers.merge_papers).
The feed's version and the machine a row came from sit in the private
`observation_state`, as a paper's sit in `paper_state`.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

import msgspec

from ..records import OBSERVED_FIELDS, Observed
from .db import in_chunks, insert_rows
from .tx import Tx

OBSERVATION_COLUMNS = ("id", "paper_id", "observed_at", "source", *OBSERVED_FIELDS)
_COLUMNS = OBSERVATION_COLUMNS
_INSERT_STATE = "INSERT INTO observation_state (id, version, origin) VALUES (?, ?, ?)"


class Observation(Observed, kw_only=True, omit_defaults=False):
    """One observation as stored: the values, which paper, when, and from what kind of page."""

    id: str
    paper_id: str
    observed_at: str  # UTC, YYYY-MM-DDTHH:MM:SSZ (a dump's date: its midnight)
    source: str  # the capture's kind: hf_paper, hf_listing, dump, text


def observation_id(capture_id: str, record_id: str) -> str:
    """The id of what capture `capture_id` said about the paper whose record has the
    deterministic id `record_id` (identity.paper_id: the same on every machine)."""
    return hashlib.sha256(f"observation\n{capture_id}\n{record_id}".encode()).hexdigest()[:32]


def observed_at_for_date(day: str) -> str:
    """A capture known only to the day (a dump's date) was observed at its midnight, UTC."""
    return f"{day[:10]}T00:00:00Z"


def _row(observation: Observation) -> tuple:
    values = [getattr(observation, name) for name in _COLUMNS]
    trending = _COLUMNS.index("trending")
    if values[trending] is not None:
        values[trending] = int(values[trending])
    return tuple(values)


def add_observations(tx: Tx, observations: Iterable[Observation], *, origin: str | None = None
                     ) -> int:
    """Store the observations this library does not hold yet (by id); how many were new.
    Each new one gets a change version, so it travels to peers; `origin` is the peer it
    came from (it is not sent back there), else this machine. (A streamed import stages
    its own: stage_observations.)"""
    batch = list({o.id: o for o in observations}.values())
    held = held_observations(tx.db.conn, [o.id for o in batch])
    new = [o for o in batch if o.id not in held]
    insert_observations(tx, [(o, tx.next_version()) for o in new], origin=origin)
    return len(new)


def held_observations(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Which of these observation ids this library holds."""
    held: set[str] = set()
    for chunk, marks in in_chunks(ids):
        held.update(row[0] for row in conn.execute(
            f"SELECT id FROM observations WHERE id IN ({marks})", chunk))
    return held


def insert_observations(tx: Tx, observations: list[tuple[Observation, int]], *,
                        origin: str | None = None) -> None:
    """Store new observations (distinct ids this library lacks), each with its change
    version (a sync batch numbers its changes in batch order)."""
    if not observations:
        return
    conn = tx.db.conn
    insert_rows(conn, "observations", _COLUMNS, [_row(o) for o, _ in observations])
    origin = origin or tx.machine
    conn.executemany(_INSERT_STATE, [(o.id, version, origin) for o, version in observations])


# A streamed import's observations wait here (a temp table: off the library file, no
# index) until its file's end, then go in with one INSERT ... SELECT in id order: the
# id index, observation_state and its version index then grow at their right-hand
# edge instead of taking a random insert each per record (a sixth of a format-C
# import's time when they were written batch by batch).
_STAGED = "temp.staged_observations"


def stage_observations(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Hold rows (values of OBSERVATION_COLUMNS) of a capture stored in this transaction
    for `store_staged_observations`; the temp table is made on first use."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_STAGED} ({', '.join(_COLUMNS)})")
    insert_rows(conn, _STAGED, _COLUMNS, rows)


def store_staged_observations(tx: Tx) -> int:
    """Store what `stage_observations` held, in this transaction; how many were stored.
    Their ids derive from the new capture's id, so none is held yet; an id staged twice
    (one paper on two lines of the file) is stored once, with its last values. A paper
    folded into another since its row was staged (an id merge later in the file) is
    observed on the survivor, as merge_papers moves stored observations."""
    conn = tx.db.conn
    if not conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'staged_observations'"
                        ).fetchone():
        return 0
    from_rowid = conn.execute("SELECT COALESCE(MAX(rowid), 0) + 1 FROM observations").fetchone()[0]
    values = ", ".join(f"s.{name}" if name != "paper_id" else "coalesce(a.paper_id, s.paper_id)"
                       for name in _COLUMNS)
    conn.execute(
        f"INSERT INTO observations ({', '.join(_COLUMNS)}) SELECT {values} FROM "
        f"(SELECT *, row_number() OVER (PARTITION BY id ORDER BY rowid DESC) AS n FROM {_STAGED}) s "
        "LEFT JOIN paper_aliases a ON a.alias = s.paper_id WHERE s.n = 1 ORDER BY s.id")
    stored = conn.execute("SELECT changes()").fetchone()[0]
    # Versions in id order: the rows went in in id order, so rowid order is id order.
    conn.execute(
        "INSERT INTO observation_state (id, version, origin) SELECT id, "
        "? + row_number() OVER (ORDER BY rowid), ? FROM observations WHERE rowid >= ?",
        [tx.take_versions(stored), tx.machine, from_rowid])
    conn.execute(f"DROP TABLE {_STAGED}")
    return stored


def has_observation(db, observation_id_: str) -> bool:
    conn = getattr(db, "conn", db)
    return conn.execute("SELECT 1 FROM observations WHERE id = ?", [observation_id_]
                        ).fetchone() is not None


def observations_of(db, paper_id: str) -> list[Observation]:
    """A paper's observations, oldest first (two in one second in the order they came)."""
    cursor = db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM observations WHERE paper_id = ? "
        "ORDER BY observed_at, rowid", [paper_id])
    return [observation_from_row(row) for row in cursor]


def observation_from_row(row) -> Observation:
    values = dict(zip(_COLUMNS, row, strict=True))
    if values["trending"] is not None:
        values["trending"] = bool(values["trending"])
    # Counts as stored; a row edited by hand into something else reads as unknown.
    for name in OBSERVED_FIELDS:
        if name != "trending" and type(values[name]) is not int:
            values[name] = None
    return Observation(**values)


class UpvotesSince(msgspec.Struct, kw_only=True):
    """How a paper's upvotes moved since the library first saw them."""

    since: str  # when the first upvote count was observed
    then: int
    now: int
    observed_at: str  # when the latest count was observed
    gained: int


def upvotes_since_saved(observations: list[Observation]) -> UpvotesSince | None:
    """The upvotes gained from the first observation of them to the latest, or None when
    fewer than two observations know them. "Saved" is the first the library saw: a paper
    synced from another machine has its history, and a dump's counts come first."""
    counted = [o for o in observations if o.upvotes is not None]
    if len(counted) < 2:
        return None
    first, last = counted[0], counted[-1]
    return UpvotesSince(since=first.observed_at, then=first.upvotes, now=last.upvotes,
                        observed_at=last.observed_at, gained=last.upvotes - first.upvotes)
