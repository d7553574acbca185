"""Reading a dump file in a child process: decode, parse, prepare, compress.

The importer's process spends its time inside SQLite; this one turns the file
into batches of prepared records and compressed raw text and sends them over a
pipe (msgpack). A bounded pipe keeps both sides in step, so memory stays flat
whatever the file's size. Nothing here touches the database.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import io
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path

import msgspec

from .normalise.dumps import iter_dump
from .normalise.formats import FORMATS
from .normalise.formats.arxiv_snapshot import iter_snapshot
from .records import RecordProblem
from .store.bulk import Prepared, prepare
from .store.captures import compressor

BLOCK_BYTES = 1 << 20
MAX_PENDING_BLOCKS = 4


class ImportRefused(Exception):
    """A file that cannot be imported at all; nothing of it was stored."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(path, reason)
        self.path, self.reason = Path(path), reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class Batch(msgspec.Struct, tag=True):
    records: list[Prepared]
    problems: list[RecordProblem]
    raw: bytes  # the zlib stream's output since the previous batch
    read: int  # bytes of the file read since the previous batch
    last: bool = False
    # Set on the importer's side (read_dump): no other batch was ready when this one was
    # taken, so the importer will wait for the reader next: time for work that can fill it.
    reader_behind: bool = False


class Refused(msgspec.Struct, tag=True):
    reason: str


class Crashed(msgspec.Struct, tag=True):
    error: str


Message = Batch | Refused | Crashed
_decode = msgspec.msgpack.Decoder(Message).decode
_encode = msgspec.msgpack.Encoder().encode


class _TeeReader(io.RawIOBase):
    """A binary file that hands every block it reads to `on_block`."""

    def __init__(self, path: Path, on_block: Callable[[bytes], None]):
        self._file = path.open("rb", buffering=0)
        self._on_block = on_block

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = self._file.readinto(buffer)
        if count:
            self._on_block(bytes(memoryview(buffer)[:count]))
        return count

    def close(self) -> None:
        self._file.close()
        super().close()


def _first_bad_utf8(path: Path) -> tuple[int, int]:
    """Byte offset and line of the first byte that is not UTF-8 (error path only)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset, line = 0, 1
    with path.open("rb") as handle:
        while block := handle.read(BLOCK_BYTES):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as error:
                return offset + error.start, line + block[: error.start].count(b"\n")
            offset += len(block)
            line += block.count(b"\n")
    return offset, line


def text_lines(path: Path, on_block: Callable[[bytes], None]) -> Iterator[str]:
    """The file's lines, decoded as strict UTF-8, each raw block also given to `on_block`."""

    def check_block(block: bytes) -> None:
        if b"\x00" in block:
            raise ImportRefused(path, "not a text file (it contains NUL bytes)")
        on_block(block)

    raw = io.BufferedReader(_TeeReader(path, check_block), buffer_size=BLOCK_BYTES)
    # utf-8-sig: a byte order mark (Windows tools write one) is not the first line's text.
    with io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict") as text:
        # Decoded a block at a time, not 8 KiB at a time: each read hands a block to the
        # compressing thread, and thousands of small hand-offs cost more than the parse.
        text._CHUNK_SIZE = BLOCK_BYTES  # CPython's TextIOWrapper reads this much per read
        try:
            yield from text
        except UnicodeDecodeError:
            raise not_utf8(path, *_first_bad_utf8(path)) from None


SAVE_AS_UTF8 = "save it as UTF-8 and import it again"


def not_utf8(path: Path | str, offset: int, line: int) -> ImportRefused:
    return ImportRefused(path, f"not UTF-8 text (invalid byte at offset {offset}, line {line}): "
                               f"{SAVE_AS_UTF8}")



def _records(fmt: str, lines: Iterator[str], captured: date):
    return iter_snapshot(lines) if fmt == "arxiv-snapshot" else iter_dump(lines, captured)


def batches(path: Path, captured: date, hlc: str, batch_records: int, fmt: str = "dump"
            ) -> Iterator[Batch]:
    """The file as batches of prepared records, problems and compressed raw text.

    Compression releases the GIL: the raw text compresses on a second thread while this
    one parses, so this process can use a core the storing process leaves idle.
    """
    stream = compressor()
    compressing: deque[Future[bytes]] = deque()
    raw: list[bytes] = []  # compressed output not yet sent
    read = 0

    def on_block(block: bytes) -> None:
        nonlocal read
        read += len(block)
        compressing.append(worker.submit(stream.compress, block))
        # Blocks wait in memory until compressed: when the compressor falls behind
        # (both cores busy), reading waits for it rather than hold the file.
        while len(compressing) > MAX_PENDING_BLOCKS:
            raw.append(compressing.popleft().result())

    def flush(final: bool = False) -> Batch:
        nonlocal read, raw
        while compressing and (final or compressing[0].done()):
            raw.append(compressing.popleft().result())
        if final:
            raw.append(stream.flush())
        batch = Batch(records=records, problems=problems, raw=b"".join(raw), read=read, last=final)
        read, raw = 0, []
        return batch

    records: list[Prepared] = []
    problems: list[RecordProblem] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="papershelf-zlib") as worker:
        rank = FORMATS[fmt].rank
        for item in _records(fmt, text_lines(path, on_block), captured):
            if isinstance(item, RecordProblem):
                problems.append(item)
            else:
                records.append(prepare(item.paper, rank=rank, hlc=hlc, line=item.line))
            if len(records) >= batch_records:
                yield flush()
                records, problems = [], []
        yield flush(final=True)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """The reader must not outlive an importer killed with SIGKILL: blocked on a full pipe
    forever, it would hold the library's files open. Linux kills it with its parent;
    elsewhere a watchdog thread notices the parent is gone."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        installed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL) == 0
    except (OSError, AttributeError):
        installed = False
    if os.getppid() != parent:  # it died before the signal was armed
        os._exit(1)
    if not installed:
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, name="papershelf-watch-parent", daemon=True).start()


# The reader parses as fast as the importer takes batches: on a machine that also serves
# the library, at the server's priority it took a core from the pages being read (p99 of
# pages during a 200k import 0.8–1.1 s on two cores; 0.64 with it lowered). Alone on a
# machine it loses nothing: a niceness only counts when something else wants the CPU.
READER_NICENESS = 10


def _produce(connection, parent: int, path: Path, captured: date, hlc: str,
             batch_records: int, fmt: str) -> None:
    die_with_parent(parent)
    os.nice(READER_NICENESS)
    try:
        for batch in batches(path, captured, hlc, batch_records, fmt):
            connection.send_bytes(_encode(batch))
    except ImportRefused as refused:
        connection.send_bytes(_encode(Refused(refused.reason)))
    except BaseException as error:  # reported to the importer, which raises it
        connection.send_bytes(_encode(Crashed(f"{type(error).__name__}: {error}")))
    finally:
        connection.close()


# Batches held between the pipe and the importer. An OS pipe holds less than one
# batch, so without this the reader stalls while the importer is busy indexing
# and the importer then waits for it: ~12 MB of encoded batches keep both busy.
AHEAD_BATCHES = 24


def read_dump(path: Path, captured: date, hlc: str, *, batch_records: int, fmt: str = "dump"
              ) -> Iterator[Batch]:
    """`batches(...)`, computed in a child process up to AHEAD_BATCHES ahead of the consumer."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_produce, args=(sender, os.getpid(), path, captured, hlc, batch_records, fmt),
        name="papershelf-read-dump", daemon=True,
    )
    child.start()
    sender.close()
    ahead: queue.Queue[bytes | None] = queue.Queue(maxsize=AHEAD_BATCHES)
    stop = threading.Event()

    def receive() -> None:
        # recv_bytes waits with the GIL released: this thread costs the importer nothing.
        try:
            while not stop.is_set():
                ahead.put(receiver.recv_bytes())
        except (EOFError, OSError):
            ahead.put(None)

    pump = threading.Thread(target=receive, name="papershelf-receive", daemon=True)
    pump.start()
    try:
        while True:
            data = ahead.get()
            if data is None:
                raise RuntimeError(f"the reader of {path} stopped unexpectedly")
            message = _decode(data)
            if isinstance(message, Refused):
                raise ImportRefused(path, message.reason)
            if isinstance(message, Crashed):
                raise RuntimeError(f"reading {path} failed: {message.error}")
            message.reader_behind = ahead.empty()
            yield message
            if message.last:
                return
    finally:
        stop.set()
        child.kill()  # done, or abandoned: either way nothing more is read from it
        child.join()
        while pump.is_alive():  # unblock a pump waiting to put into a full queue
            with contextlib.suppress(queue.Empty):
                ahead.get_nowait()
            pump.join(timeout=0.05)
        receiver.close()
