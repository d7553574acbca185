"""Write transactions that carry the machine's clock and change counter."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from weakref import WeakKeyDictionary

from sqlite_utils import Database

from ..clock import HybridClock, format_hlc
from .db import transaction

# Tests give a library a skewed wall clock (`use_wall_clock`) to play machines whose
# clocks disagree; weakly keyed, so a closed library takes its clock with it.
_walls: WeakKeyDictionary[Database, Callable[[], int]] = WeakKeyDictionary()


def use_wall_clock(db: Database, wall: Callable[[], int] | None) -> None:
    """Make every transaction on `db` read milliseconds from `wall` (None: the real clock)."""
    if wall is None:
        _walls.pop(db, None)
    else:
        _walls[db] = wall


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_text(millis: int) -> str:
    """Milliseconds since the epoch as a transaction's timestamp writes them (UTC, to the second)."""
    return datetime.fromtimestamp(millis / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Tx:
    """One write transaction: `now()` gives HLC ticks, `next_version()` change numbers.

    Every row a transaction changes gets its own version, so the sync change feed
    can page through them with a plain `version > ?` cursor.
    """

    def __init__(self, db: Database):
        self.db = db
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        self.machine: str = meta["machine_id"]
        self.clock = HybridClock(self.machine, meta.get("hlc") or None, wall=_walls.get(db))
        self.version = int(meta["version"])
        self._start_version = self.version
        self._start_clock = (self.clock.millis, self.clock.counter)
        wall = _walls.get(db)
        # A skewed wall clock moves the transaction's time too (when a capture was taken).
        self.timestamp = utc_now() if wall is None else utc_text(wall())

    def now(self) -> str:
        return self.clock.now()

    def next_version(self) -> int:
        self.version += 1
        return self.version

    def take_versions(self, count: int) -> int:
        """`count` change numbers at once, for rows a set-based INSERT numbers itself:
        the number before the first."""
        before, self.version = self.version, self.version + count
        return before

    def _save(self) -> None:
        if self.version != self._start_version:
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'version'", [str(self.version)])
        # Only a transaction that used or advanced the clock writes it: one that
        # changed nothing leaves the file as it was.
        if (self.clock.millis, self.clock.counter) != self._start_clock:
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'hlc'", [
                format_hlc(self.clock.millis, self.clock.counter, self.machine)])


@contextmanager
def write(db: Database) -> Iterator[Tx]:
    with transaction(db):
        tx = Tx(db)
        yield tx
        tx._save()


def machine_id(db: Database) -> str:
    return db.execute("SELECT value FROM meta WHERE key = 'machine_id'").fetchone()[0]
