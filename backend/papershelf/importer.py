"""Importing text dumps of Hugging Face Papers pages, one transaction per file.

The file is streamed twice: once to hash it (an unchanged file is not imported
again), once to parse, store and keep its compressed text. Reading, parsing and
compressing run in a child process (dump_reader.py) while this one stores the
batches, so the two cores share the work. Nothing of a file is kept if it turns
out not to be UTF-8 text or to hold no records.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import msgspec
from sqlite_utils import Database

from .clock import hlc_for_date
from .dump_reader import BLOCK_BYTES, ImportRefused, read_dump
from .records import PAPER_FIELDS, Rank, RecordProblem
from .store.bulk import Prepared, bulk_saver
from .store.captures import CaptureRow, RawWriter, find_capture, insert_capture
from .store.observations import (
    Observation,
    add_observations,
    observation_id,
    observed_at_for_date,
)
from .store.papers import Outcome
from .store.tx import Tx, write

BATCH_RECORDS = 500
__all__ = ["ImportRefused", "import_dump", "import_files"]


class FileReport(msgspec.Struct):
    path: str
    capture_id: str
    records: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
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


def import_dump(
    db: Database,
    path: Path,
    *,
    captured_at: date | None = None,
    on_bytes: Callable[[int], None] = lambda n: None,
) -> FileReport:
    """Import one dump file in one transaction; raise `ImportRefused` when nothing can be."""
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(path, "is a directory" if path.is_dir() else "no such file")
    sha256 = file_sha256(path)
    capture_id = f"dump:{sha256[:32]}"
    report = FileReport(path=str(path), capture_id=capture_id)
    captured = capture_date(path, captured_at)
    with write(db) as tx:
        # Checked inside the transaction: a second import of the same file running at
        # the same time finds the first one's capture once it may write.
        if find_capture(db, capture_id) is not None:
            report.already_imported = True
            on_bytes(path.stat().st_size)
            return report
        _import_lines(tx, path, captured, capture_id, sha256, report, on_bytes)
    return report


def _import_lines(
    tx: Tx, path: Path, captured: date, capture_id: str, sha256: str, report: FileReport,
    on_bytes: Callable[[int], None],
) -> None:
    hlc = hlc_for_date(captured, tx.machine)
    raw = RawWriter(tx, capture_id)
    with bulk_saver(tx, capture_id=capture_id, rank=Rank.TEXT, hlc=hlc) as saver:
        for batch in read_dump(path, captured, hlc, batch_records=BATCH_RECORDS):
            report.problems.extend(batch.problems)
            report.records += len(batch.records)
            saved = saver.save(batch.records) if batch.records else []
            for _, outcome in saved:
                report.count(outcome)
            add_observations(tx, dump_observations(capture_id, captured, batch.records, saved))
            raw.add_compressed(batch.raw, batch.read)
            on_bytes(batch.read)
        if report.records == 0:
            raise ImportRefused(path, _no_records_reason(report))
    raw.close()
    insert_capture(tx, CaptureRow(
        id=capture_id, kind="dump", file_name=path.name, sha256=sha256,
        captured_at=captured.isoformat(), records=report.records,
        problems=len(report.problems),
        raw_type="text/plain; charset=utf-8", raw_size=raw.size,
    ))


_UPVOTES = PAPER_FIELDS.index("upvotes")


def dump_observations(capture_id: str, captured: date, records: list[Prepared],
                      saved: list[tuple[str, Outcome]]) -> list[Observation]:
    """A format-C dump's upvote counts, one observation per paper, as of the dump's date
    (formats A and B carry none)."""
    observed_at = observed_at_for_date(captured.isoformat())
    return [
        Observation(id=observation_id(capture_id, item.pid), paper_id=pid, observed_at=observed_at,
                    source="dump", upvotes=item.row[_UPVOTES])
        for item, (pid, outcome) in zip(records, saved, strict=True)
        if item.row[_UPVOTES] is not None and outcome is not Outcome.DELETED
    ]


def _no_records_reason(report: FileReport) -> str:
    reason = "holds no records of any known dump format"
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
    refused: list[str] = []

    def line(self) -> str:
        return (
            f"{self.files} files, {self.records} records read, {self.new} papers new, "
            f"{self.updated} papers updated, {self.problems} broken records skipped, "
            f"{self.already_imported} files already imported, {len(self.refused)} files refused"
        )


def import_files(
    db: Database, paths: tuple[Path, ...] | list[Path], *, captured_at: date | None = None,
    err: Callable[[str], None] = print,
) -> ImportSummary:
    """Import several dumps into `db` (its writer); a refused file is reported and the others
    still import."""
    from tqdm import tqdm

    summary = ImportSummary(files=len(paths))
    total = sum(p.stat().st_size for p in map(Path, paths) if p.is_file())
    with tqdm(total=total, unit="B", unit_scale=True, desc="importing", disable=None,
              file=sys.stderr, leave=False) as bar:
        for path in map(Path, paths):
            try:
                report = import_dump(db, path, captured_at=captured_at, on_bytes=bar.update)
            except ImportRefused as refused:
                summary.refused.append(str(path))
                err(f"papershelf: {refused.path}: {refused.reason}; nothing from it was stored")
                continue
            for problem in report.problems:
                err(f"{path}:{problem.line}: {problem.message}; record skipped")
            summary.records += report.records
            summary.new += report.new
            summary.updated += report.updated
            summary.problems += len(report.problems)
            summary.already_imported += report.already_imported
    return summary
