"""Applying a batch of a peer's changes: one transaction, a result per item.

The changes are applied as set work (batch.py) with the outcome of applying them
one by one (items.py): a change that cannot be stored is rejected alone, with a
message naming the field, and the others still land. With the batch go the sync
cursors it moves, in the same transaction.
"""

from __future__ import annotations

from contextlib import nullcontext

from ..store.bulk import deferred_upkeep
from ..store.tx import Tx, write
from .batch import apply_batch
from .items import ClockChecks, apply_one
from .protocol import REJECTED, Change, ItemResult, Malformed

DEFER_UPKEEP_FROM = 200  # changes in a batch
# From this many changes a batch is applied as set work (batch.py); a lone change goes
# the one-by-one way, which is also what the batch falls back to, change by change.
BATCH_FROM = 2


def apply_changes(
    db, changes: list[Change | Malformed], peer: str, *,
    pull_cursor: tuple[int, str | None] | None = None,
    pushed_span: tuple[int, int] | None = None,
) -> list[ItemResult]:
    """Merge a peer's changes in one transaction; with `pull_cursor` = (cursor, url), also
    record that everything up to the cursor was applied, in the same transaction. With
    `pushed_span` = (since, next), a push covering the peer's feed from `since` on
    moves the pull cursor too, when it starts at or below it (no gap)."""
    with write(db) as tx:
        current = pull_cursor_for(tx.db, peer)
        # A large batch indexes and counts its new papers and notes at its end, its
        # insert triggers dropped meanwhile, as an import does; a small one keeps the
        # per-row triggers (its few rows cost less than the statements over them).
        with (deferred_upkeep(tx.db.conn, ("papers", "notes"), drop_triggers=True)
              if len(changes) >= DEFER_UPKEEP_FROM else nullcontext()):
            checks = ClockChecks(tx.clock)
            if len(changes) >= BATCH_FROM:
                results = apply_batch(tx, changes, peer, checks)
            else:
                results = [apply_one(tx, change, peer, checks) for change in changes]
        if pull_cursor is not None:
            cursor, url = pull_cursor
            save_cursor(tx, peer, url,
                        pull=cursor_before_rejects(changes, results, cursor, start=current))
        if pushed_span is not None:
            since, upto = pushed_span
            reached = cursor_before_rejects(changes, results, upto, start=since)
            if since <= current < reached:
                save_cursor(tx, peer, None, pull=reached)
    return results


def pull_cursor_for(db, peer: str) -> int:
    """How far into `peer`'s change feed this library has applied."""
    row = getattr(db, "conn", db).execute(
        "SELECT pull_cursor FROM sync_peers WHERE peer = ?", [peer]).fetchone()
    return row[0] if row else 0


def cursor_before_rejects(changes: list[Change | Malformed], results: list[ItemResult],
                          cursor: int, *, start: int) -> int:
    """The cursor stops before the first rejected change, so it is asked for again.

    It never leaves [start, cursor], whatever version a rejected change claims, and a
    rejected change whose version could not be read holds it at `start`: where that
    change sits in the peer's feed is unknown."""
    rejected = [c.version for c, r in zip(changes, results, strict=True) if r.status == REJECTED]
    if not rejected:
        return cursor
    if None in rejected:
        return start
    return max(start, min(cursor, min(rejected) - 1))


def save_cursor(tx: Tx, peer: str, url: str | None, *, pull: int | None = None,
                push: int | None = None) -> None:
    tx.db.conn.execute(
        "INSERT INTO sync_peers (peer, url, pull_cursor, push_cursor, updated_at) "
        "VALUES (?, ?, COALESCE(?, 0), COALESCE(?, 0), ?) ON CONFLICT (peer) DO UPDATE SET "
        "url = COALESCE(excluded.url, url), "
        "pull_cursor = COALESCE(?, pull_cursor), push_cursor = COALESCE(?, push_cursor), "
        "updated_at = excluded.updated_at",
        [peer, url, pull, push, tx.timestamp, pull, push],
    )

