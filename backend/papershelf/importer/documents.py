"""Other tools' exports (BibTeX, RIS, EndNote, PubMed's MEDLINE, Web of Science, Scopus CSV,
CSL-JSON, Hypothesis, Pocket, Omnivore, Zotero): read whole, parsed by their normaliser, stored
in batches with what the reader kept beside each paper (tags, read state, notes), in the file's
one transaction, the file kept compressed."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from ..clock import format_hlc, hlc_for_date
from ..dump_reader import ImportRefused, not_utf8
from ..normalise.formats import FORMATS, omnivore
from ..normalise.formats.common import NotTheFormat
from ..normalise.page_bytes import page_text
from ..records import ImportedRecord, RecordProblem
from ..store.bulk import bulk_saver, prepare
from ..store.captures import CaptureRow, RawWriter, find_capture, insert_capture
from ..store.imports import add_imported_notes, apply_reader_fields
from ..store.papers import Outcome
from ..store.tx import Tx
from .files import BATCH_RECORDS, FileReport, capture_id_for, file_transaction, no_records_reason
from .preview import Preview

MAX_ZIP_MEMBER = 64 << 20


def _text(name: str, data: bytes) -> str:
    if b"\x00" in data:
        raise ImportRefused(name, "not a text file (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")  # a byte order mark (Windows tools write one) dropped
    except UnicodeDecodeError as error:
        raise not_utf8(name, error.start, data[: error.start].count(b"\n") + 1) from None


_ZIP_FAULTS = (zipfile.BadZipFile, OSError, EOFError)


def unreadable_zip(name: Path | str, error: Exception) -> ImportRefused:
    return ImportRefused(name, f"not a readable zip archive ({error}): it may be cut short; "
                               "download or export it again")


def refuse_other_zip(path: Path) -> None:
    """ImportRefused for a zip archive that is no Omnivore export (arXiv's snapshot as Kaggle
    serves it, say), naming what it holds: found from its directory, before anything of the
    archive (1.4 GB for the snapshot) is read whole."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except _ZIP_FAULTS as error:
        raise unreadable_zip(path, error) from None
    if not any(omnivore.METADATA.search(name) for name in names):
        inside = ", ".join(names[:3]) or "nothing"
        raise ImportRefused(path, f"a zip archive but no Omnivore export (no metadata_*.json; it "
                                  f"holds {inside}): unpack it and import the files inside")


def _zip_members(name: str, data: bytes) -> dict[str, str]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = {}
        for info in archive.infolist():
            if info.filename.endswith((".json", ".md")) and info.file_size <= MAX_ZIP_MEMBER:
                members[info.filename] = archive.read(info).decode("utf-8-sig", "replace")
        return members
    except _ZIP_FAULTS as error:
        raise unreadable_zip(name, error) from None


def parse(name: str, data: bytes, fmt: str) -> list[ImportedRecord | RecordProblem | None]:
    """Every record and problem of a document; ImportRefused when it is not one at all."""
    try:
        if fmt == "omnivore":
            return list(omnivore.parse_omnivore(_zip_members(name, data)))
        # A saved page is in the charset its own meta declares (a browser saves it as served).
        text = page_text(data) if fmt == "saved-page" else _text(name, data)
        return list(FORMATS[fmt].read(text))
    except NotTheFormat as error:
        raise ImportRefused(name, str(error)) from None
    except ImportRefused:
        raise
    except Exception as error:  # a parser library failing on hostile input refuses the file
        raise ImportRefused(name, f"cannot be read as {fmt} ({type(error).__name__}: {error})"[:300]
                            ) from None


def observed_hlc(record: ImportedRecord, fallback: str, machine: str) -> str:
    """The clock of the reader's fields: when the source says the reader set them."""
    if record.observed:
        try:
            moment = datetime.fromisoformat(record.observed.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                return hlc_for_date(moment.date(), machine)
            return format_hlc(max(int(moment.timestamp() * 1000), 0), 0, machine)
        except ValueError:
            pass
    return fallback


def import_document(db: Database, name: str, data: bytes, fmt: str, *, captured: date,
                    preview: Preview | None = None) -> FileReport:
    sha256 = hashlib.sha256(data).hexdigest()
    report = FileReport(path=name, capture_id=capture_id_for(fmt, sha256), format=fmt)
    with file_transaction(db, preview) as tx:
        if find_capture(db, report.capture_id) is not None:
            report.already_imported = True
            return report
        items = parse(name, data, fmt)
        records = [item for item in items if isinstance(item, ImportedRecord)]
        report.problems = [item for item in items if isinstance(item, RecordProblem)]
        report.not_papers = sum(item is None for item in items)
        report.records = len(records)
        if not records:
            if report.not_papers and not report.problems:
                raise ImportRefused(name, f"holds no papers ({report.not_papers} saved links, "
                                          "none of them to a paper)")
            raise ImportRefused(name, no_records_reason(report, fmt))
        _store(tx, name, fmt, records, report, captured, preview)
        raw = RawWriter(tx, report.capture_id)
        raw.write(data)
        raw.close()
        insert_capture(tx, CaptureRow(
            id=report.capture_id, kind=fmt, file_name=name.rsplit("/", 1)[-1], sha256=sha256,
            captured_at=captured.isoformat(), records=report.records,
            problems=len(report.problems), raw_type=FORMATS[fmt].raw_type, raw_size=raw.size,
        ))
    return report


def _store(tx: Tx, name: str, fmt: str, records: list[ImportedRecord], report: FileReport,
           captured: date, preview: Preview | None) -> None:
    hlc = hlc_for_date(captured, tx.machine)
    rank = FORMATS[fmt].rank
    with bulk_saver(tx, capture_id=report.capture_id, rank=rank, hlc=hlc) as saver:
        for start in range(0, len(records), BATCH_RECORDS):
            chunk = records[start : start + BATCH_RECORDS]
            if preview is not None:
                outcomes = [preview.save(tx, r.paper, rank=rank, hlc=hlc, capture_id=report.capture_id,
                                         line=r.line, where=name) for r in chunk]
            else:
                outcomes = saver.save([prepare(r.paper, rank=rank, hlc=hlc, line=r.line) for r in chunk])
            for record, (pid, outcome) in zip(chunk, outcomes, strict=True):
                if outcome is not Outcome.DELETED:  # the reader deleted it: nothing comes back
                    changed = apply_reader_fields(
                        tx, pid, tags=record.tags, status=record.status, rating=record.rating,
                        hlc=observed_hlc(record, hlc, tx.machine))
                    added = add_imported_notes(tx, pid, record.notes)
                    report.notes += added
                    if outcome is Outcome.UNCHANGED and (changed or added):
                        outcome = Outcome.UPDATED
                report.count(outcome)
