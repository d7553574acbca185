"""Importing files, one transaction per file, whatever their format.

The format is read from the file's first bytes (normalise/formats). Line formats that may
be huge (Hugging Face dumps, the arXiv metadata snapshot) stream: the file is hashed (an
unchanged file is not imported again), then read, parsed and compressed in a child
process (dump_reader.py) while this one stores the batches, so the two cores share the
work. Other tools' exports (documents.py) are parsed here whole. Nothing of a file is kept
if it turns out unreadable or to hold no records; with a preview (--dry-run) the
transaction is rolled back and nothing is kept at all.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import msgspec
from sqlite_utils import Database

from ..clock import hlc_for_date
from ..dump_reader import BLOCK_BYTES, SAVE_AS_UTF8, ImportRefused, read_dump
from ..normalise.dumps import unlike_listing
from ..normalise.formats import FORMATS, HEAD_BYTES, STREAMED, detect_format, formats_read
from ..records import PAPER_FIELDS, RecordProblem
from ..store.bulk import Prepared, bulk_saver
from ..store.captures import CaptureRow, RawWriter, find_capture, insert_capture
from ..store.observations import (
    OBSERVATION_COLUMNS,
    observation_id,
    observed_at_for_date,
    stage_observations,
    store_staged_observations,
)
from ..store.papers import Outcome
from ..store.tx import Tx, write
from ..wording import counted
from .preview import Preview

BATCH_RECORDS = 500


class FileReport(msgspec.Struct):
    path: str
    capture_id: str
    format: str = "dump"
    records: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: int = 0  # notes added
    not_papers: int = 0  # saved links that are not papers (read-later exports)
    already_imported: bool = False
    problems: list[RecordProblem] = []

    def count(self, outcome: Outcome) -> None:
        if outcome is Outcome.NEW:
            self.new += 1
        elif outcome is Outcome.UPDATED:
            self.updated += 1
        else:
            self.unchanged += 1


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(BLOCK_BYTES):
            digest.update(block)
    return digest.hexdigest()


def capture_date(path: Path, captured_at: date | None) -> date:
    """`--captured-at`, else the file's modification date (UTC)."""
    if captured_at is not None:
        return captured_at
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()


def capture_id_for(fmt: str, sha256: str) -> str:
    return f"{'dump' if fmt == 'dump' else fmt}:{sha256[:32]}"


class _RolledBack(Exception):
    """Ends a preview's transaction: everything it stored is rolled back."""


# A file compressed whole (arXiv's snapshot is often downloaded so): its first bytes.
COMPRESSED = ((b"\x1f\x8b", "gzip"), (b"\xfd7zXZ\x00", "xz"), (b"\x28\xb5\x2f\xfd", "zstd"),
              (b"7z\xbc\xaf\x27\x1c", "7-Zip"))
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")


def compression_of(head: bytes) -> str | None:
    """The compressor a file was packed with, from its first bytes; None for any other file."""
    if _BZIP2.match(head):
        return "bzip2"
    return next((name for magic, name in COMPRESSED if head.startswith(magic)), None)


PDF_REFUSED = ("a PDF, and papershelf reads no PDFs: add its paper by its DOI or arXiv id "
               "(papershelf add 10.1038/nature14539), or capture the page you found it on in the browser")


# Windows tools (Notepad's "Unicode", some EndNote and Citavi exports) write UTF-16 with a BOM.
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def utf8_of_utf16(path: Path, data: bytes) -> bytes:
    """A file of UTF-16 text (it starts with a byte order mark) as UTF-8, to be read as any
    other; ImportRefused when it is not UTF-16 after all."""
    try:
        return data.decode("utf-16").encode("utf-8")
    except UnicodeDecodeError as error:
        raise ImportRefused(path, f"not UTF-16 text, though it starts as UTF-16 does (invalid "
                                  f"bytes at offset {error.start}): {SAVE_AS_UTF8}") from None


@contextmanager
def file_transaction(db: Database, preview: Preview | None) -> Iterator[Tx]:
    """One write transaction for one file; a preview's is always rolled back."""
    try:
        with write(db) as tx:
            yield tx
            if preview is not None:
                raise _RolledBack
    except _RolledBack:
        pass


def import_file(
    db: Database, path: Path, *, captured_at: date | None = None,
    on_bytes: Callable[[int], None] = lambda n: None, preview: Preview | None = None,
) -> FileReport:
    """Import one file in one transaction; raise `ImportRefused` when nothing of it can be."""
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(path, "a folder with no file to import in it" if path.is_dir() else "not a file"
                            if path.exists() else "no such file")
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if packed := compression_of(head):
        raise ImportRefused(path, f"compressed ({packed}): unpack it and import the file inside")
    if head.startswith(b"%PDF-"):
        raise ImportRefused(path, PDF_REFUSED)
    utf16 = head.startswith(UTF16_BOMS)
    fmt = detect_format(head.decode("utf-16", "ignore").encode("utf-8") if utf16 else head)
    if fmt not in STREAMED:
        from .documents import import_document, refuse_other_zip

        if fmt == "omnivore":
            refuse_other_zip(path)
        data = path.read_bytes()
        report = import_document(db, str(path), utf8_of_utf16(path, data) if utf16 else data, fmt,
                                 captured=capture_date(path, captured_at), preview=preview)
        on_bytes(path.stat().st_size)
        return report
    if utf16:
        raise ImportRefused(path, f"UTF-16 text, and {fmt} files are read as UTF-8: {SAVE_AS_UTF8}")
    captured = capture_date(path, captured_at)
    if fmt == "dump":
        refuse_other_text(path, head, captured)
    sha256 = file_sha256(path)
    report = FileReport(path=str(path), capture_id=capture_id_for(fmt, sha256), format=fmt)
    with file_transaction(db, preview) as tx:
        # Checked inside the transaction: a second import of the same file running at
        # the same time finds the first one's capture once it may write.
        if find_capture(db, report.capture_id) is not None:
            report.already_imported = True
            on_bytes(path.stat().st_size)
            return report
        _import_lines(tx, path, fmt, captured, sha256, report, on_bytes, preview)
    return report


import_dump = import_file  # the name it had when dumps were all it read


def refuse_other_text(path: Path, head: bytes, captured: date) -> None:
    """ImportRefused for a text file that is no listing (a README, notes, a table of lines), found
    from its first lines, before anything of it is stored."""
    whole_lines = head if len(head) < HEAD_BYTES else head[: head.rfind(b"\n") + 1]
    found = unlike_listing(whole_lines.decode("utf-8", "replace").splitlines(), captured)
    if found is not None:
        line, why = found
        raise ImportRefused(path, f"not a file papershelf reads: line {line} is {why}; papershelf "
                                  f"reads {formats_read()}")


def import_payload(db: Database, name: str, data: bytes, fmt: str, *, captured: date,
                   preview: Preview | None = None) -> FileReport:
    """Import what was fetched rather than read from a file (Zotero's local API)."""
    from .documents import import_document

    return import_document(db, name, data, fmt, captured=captured, preview=preview)


def _import_lines(
    tx: Tx, path: Path, fmt: str, captured: date, sha256: str, report: FileReport,
    on_bytes: Callable[[int], None], preview: Preview | None,
) -> None:
    hlc = hlc_for_date(captured, tx.machine)
    raw = RawWriter(tx, report.capture_id)
    rank = FORMATS[fmt].rank
    with bulk_saver(tx, capture_id=report.capture_id, rank=rank, hlc=hlc) as saver:
        for batch in read_dump(path, captured, hlc, batch_records=BATCH_RECORDS, fmt=fmt):
            report.problems.extend(batch.problems)
            report.records += len(batch.records)
            if preview is not None:
                outcomes = [preview.save(tx, item.paper(), rank=rank, hlc=hlc,
                                         capture_id=report.capture_id, line=item.line, where=str(path))
                            for item in batch.records]
            else:
                outcomes = (saver.save(batch.records, reader_behind=batch.reader_behind)
                            if batch.records else [])
            for _, outcome in outcomes:
                report.count(outcome)
            if observed := dump_observations(report.capture_id, fmt, captured, batch.records,
                                             outcomes):
                stage_observations(tx.db.conn, observed)
            raw.add_compressed(batch.raw, batch.read)
            on_bytes(batch.read)
        if report.records == 0:
            raise ImportRefused(path, no_records_reason(report, fmt))
        store_staged_observations(tx)
    raw.close()
    insert_capture(tx, CaptureRow(
        id=report.capture_id, kind=fmt, file_name=path.name, sha256=sha256,
        captured_at=captured.isoformat(), records=report.records,
        problems=len(report.problems), raw_type=FORMATS[fmt].raw_type, raw_size=raw.size,
    ))


_UPVOTES = PAPER_FIELDS.index("upvotes")
# A dump observes upvotes only: the other observed values of its rows are unknown.
_UNOBSERVED = (None,) * (len(OBSERVATION_COLUMNS) - 5)
assert OBSERVATION_COLUMNS[4] == "upvotes", "dump_observations puts upvotes fifth"


def dump_observations(capture_id: str, fmt: str, captured: date, records: list[Prepared],
                      saved: list[tuple[str, Outcome]]) -> list[tuple]:
    """A format-C dump's upvote counts, one observation per paper, as of the file's date
    (issue 16; formats A and B and the arXiv snapshot carry none): rows of
    OBSERVATION_COLUMNS, for store/observations.stage_observations."""
    observed_at = observed_at_for_date(captured.isoformat())
    return [
        (observation_id(capture_id, item.pid), pid, observed_at, fmt, item.row[_UPVOTES],
         *_UNOBSERVED)
        for item, (pid, outcome) in zip(records, saved, strict=True)
        if item.row[_UPVOTES] is not None and outcome is not Outcome.DELETED
    ]


def no_records_reason(report: FileReport, fmt: str) -> str:
    what = f"papershelf reads: it is not {formats_read()}" if fmt == "dump" else f"(read as {fmt})"
    reason = f"holds no records {what}"
    if report.problems:
        first = report.problems[0]
        reason += f" (line {first.line}: {first.message})"
    return reason


class ImportSummary(msgspec.Struct):
    files: int = 0
    records: int = 0
    new: int = 0
    updated: int = 0
    problems: int = 0
    already_imported: int = 0
    notes: int = 0
    not_papers: int = 0
    refused: list[str] = []

    def add(self, report: FileReport) -> None:
        self.records += report.records
        self.new += report.new
        self.updated += report.updated
        self.problems += len(report.problems)
        self.already_imported += report.already_imported
        self.notes += report.notes
        self.not_papers += report.not_papers

    def line(self, *, dry_run: bool = False) -> str:
        text = (
            f"{counted(self.files, 'file')}, {counted(self.records, 'record')} read, "
            f"{counted(self.new, 'paper')} new, {counted(self.updated, 'paper')} updated, "
            f"{counted(self.problems, 'broken record')} skipped, "
            f"{counted(self.already_imported, 'file')} already imported, "
            f"{counted(len(self.refused), 'file')} refused"
        )
        if self.notes:
            text += f", {counted(self.notes, 'note')} added"
        if self.not_papers:
            text += f", {counted(self.not_papers, 'saved link')} skipped (not papers)"
        return f"dry run, nothing was written: {text}" if dry_run else text


def report_problems(report: FileReport, err: Callable[[str], None]) -> None:
    for problem in report.problems:
        err(f"{report.path}:{problem.line}: {problem.message}; record skipped")


def files_to_import(paths: tuple[Path, ...] | list[Path]) -> list[Path]:
    """The files given, each folder among them replaced by the files under it, in its folders' name
    order (an export folder, a folder of saved pages); what a file manager hides (a name starting
    with a dot: .DS_Store, .git) is left out. A folder with no file in it stays, to be refused."""
    found: list[Path] = []
    for path in map(Path, paths):
        inside = sorted(_visible_files(path)) if path.is_dir() else []
        found.extend(inside or [path])
    return found


def _visible_files(folder: Path) -> Iterator[Path]:
    # os.walk does not follow links to folders: a link back up the tree cannot loop.
    for top, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        yield from (Path(top) / name for name in names if not name.startswith("."))


def import_files(
    db: Database, paths: tuple[Path, ...] | list[Path], *, captured_at: date | None = None,
    err: Callable[[str], None] = print, preview: Preview | None = None,
) -> ImportSummary:
    """Import several files into `db` (its writer); a refused file is reported and the others
    still import."""
    from tqdm import tqdm

    paths = files_to_import(paths)
    summary = ImportSummary(files=len(paths))
    total = sum(p.stat().st_size for p in paths if p.is_file())
    with tqdm(total=total, unit="B", unit_scale=True, desc="importing", disable=None,
              file=sys.stderr, leave=False) as bar:
        for path in paths:
            try:
                report = import_file(db, path, captured_at=captured_at, on_bytes=bar.update,
                                     preview=preview)
            except ImportRefused as refused:
                summary.refused.append(str(path))
                err(f"papershelf: {refused.path}: {refused.reason}; nothing from it was stored")
                continue
            report_problems(report, err)
            summary.add(report)
    return summary
