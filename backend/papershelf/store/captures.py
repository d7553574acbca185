"""Capture provenance: one row per capture or imported file, raw payload kept compressed."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import msgspec
from isal import isal_zlib

from .tx import Tx

CHUNK_BYTES = 1 << 20
# Raw payloads are zlib streams (any zlib reads them back); ISA-L writes them
# about 3.5x faster than zlib at level 1, and a little smaller.
RAW_LEVEL = 1


def compress(data: bytes) -> bytes:
    """A whole payload as one zlib stream."""
    return isal_zlib.compress(data, RAW_LEVEL)


def compressor():
    """A streaming zlib compressor (`compress(block)`, then `flush()`)."""
    return isal_zlib.compressobj(RAW_LEVEL)


class CaptureRow(msgspec.Struct, kw_only=True):
    id: str
    kind: str
    captured_at: str
    url: str | None = None
    title: str | None = None
    file_name: str | None = None
    line_count: int | None = None
    sha256: str | None = None
    records: int = 0
    problems: int = 0
    raw_type: str | None = None
    raw_size: int | None = None


class RawWriter:
    """Stores a payload in `capture_raw` as one zlib stream in ~1 MiB chunks."""

    def __init__(self, tx: Tx, capture_id: str):
        self._db, self._id = tx.db, capture_id
        self._zlib = compressor()
        self._pending: list[bytes] = []
        self._pending_size = 0
        self._seq = 0
        self._compressing = False  # True once `write` has fed our own compressor
        self.size = 0

    def write(self, data: bytes) -> None:
        self._compressing = True
        self.add_compressed(self._zlib.compress(data), len(data))

    def add_compressed(self, compressed: bytes, size: int) -> None:
        """Part of the stream compressed elsewhere (the dump reader's process)."""
        self.size += size
        if compressed:
            self._pending.append(compressed)
            self._pending_size += len(compressed)
            if self._pending_size >= CHUNK_BYTES:
                self._flush()

    def close(self) -> None:
        """Finish the stream: a stream from elsewhere arrives already finished."""
        if self._compressing:
            self._pending.append(self._zlib.flush())
        self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        self._db.conn.execute(
            "INSERT INTO capture_raw (capture_id, seq, data) VALUES (?, ?, ?)",
            [self._id, self._seq, b"".join(self._pending)],
        )
        self._seq += 1
        self._pending, self._pending_size = [], 0


def read_raw(db, capture_id: str) -> bytes:
    """The raw payload of a capture, decompressed (for re-deriving its records)."""
    return b"".join(raw_chunks(db, capture_id))


def raw_chunks(db, capture_id: str) -> Iterator[bytes]:
    """The raw payload of a capture, decompressed a stored chunk at a time: a dump of
    any size is read back without holding it whole."""
    inflate = zlib.decompressobj()
    rows = db.execute(
        "SELECT data FROM capture_raw WHERE capture_id = ? ORDER BY seq", [capture_id]
    )
    for (data,) in rows:
        if block := inflate.decompress(data):
            yield block
    if block := inflate.flush():
        yield block


def find_capture(db, capture_id: str) -> dict | None:
    cursor = db.execute("SELECT * FROM captures WHERE id = ?", [capture_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def insert_capture(tx: Tx, capture: CaptureRow) -> None:
    fields = msgspec.structs.asdict(capture)
    fields["stored_at"] = tx.timestamp
    names = ", ".join(fields)
    tx.db.execute(
        f"INSERT INTO captures ({names}) VALUES ({', '.join('?' * len(fields))})",
        list(fields.values()),
    )


def papers_of_capture(db, capture_id: str) -> list[tuple[str, str | None]]:
    """The papers a capture gave, in its order: their ids and titles, for the reader to find them."""
    return db.execute("SELECT papers.id, papers.title FROM paper_captures JOIN papers "
                      "ON papers.id = paper_captures.paper_id WHERE capture_id = ? "
                      "ORDER BY paper_captures.line", [capture_id]).fetchall()


_LINKED = "SELECT 1 FROM paper_captures WHERE paper_id = ? AND capture_id = ?"
# The unary + keeps SQLite off the paper_id index: it searches the capture_id one.
_LINKED_BY_CAPTURE = "SELECT 1 FROM paper_captures WHERE +paper_id = ? AND capture_id = ?"


def link_capture(db, paper_id: str, capture_id: str, line: int | None, *, created: bool = False,
                 by_capture: bool = False) -> None:
    """Record that a capture held a paper (once per paper and capture). `by_capture`: look
    for the link among the capture's rows (a page being stored has a few), not among the
    paper's (SQLite's choice: a paper captured a thousand times scanned a thousand rows)."""
    conn = getattr(db, "conn", db)
    if conn.execute(
        _LINKED_BY_CAPTURE if by_capture else _LINKED, [paper_id, capture_id]
    ).fetchone() is None:
        conn.execute(
            "INSERT INTO paper_captures (capture_id, line, paper_id, created) VALUES (?, ?, ?, ?)",
            [capture_id, line, paper_id, int(created)],
        )
