"""`papershelf renormalise`: derive records and observations again from the raw captures
the library keeps, so that what today's normalisers read reaches papers captured before.

Each capture is re-read from its compressed payload (a page capture's request, a dump's
text, an imported export file) and stored again in one transaction of its own, with the
clock and time of the capture itself (`clock.hlc_for_time`, `hlc_for_date`): a field the
capture stored then keeps its value (its clock is as new or newer), a field it lacked is
filled unless a later capture or the reader set it, and its observations are added with
the time it was taken. Observation ids come from the capture and the paper, so a second run adds nothing.
The reader's note, rating, status and tags sent with a capture, and the tags, notes and
read state an export file carried, are not applied again. The arXiv metadata snapshot (2.7
million papers, its reader unchanged) is left as it is.
"""

from __future__ import annotations

import codecs
import io
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime

import msgspec

from .capture import RAW_TYPE, CaptureRequest, NoPaper, normalise_request, store_papers
from .clock import hlc_for_date, hlc_for_time
from .identity import paper_id
from .importer.documents import parse
from .importer.files import ImportRefused
from .normalise.dumps import iter_dump
from .normalise.formats import FORMATS, STREAMED
from .records import ImportedRecord, ParsedRecord, Rank
from .store.captures import raw_chunks
from .store.observations import (
    Observation,
    add_observations,
    observation_id,
    observed_at_for_date,
)
from .store.papers import Outcome, save_paper
from .store.tx import Tx, write
from .wording import counted

DUMP_RAW_TYPE = FORMATS["dump"].raw_type
_DOCUMENT_KINDS = frozenset(FORMATS) - STREAMED  # other tools' exports, read whole
BATCH_RECORDS = 500
_decode_json = msgspec.json.Decoder().decode


def _stored_request(payload: bytes) -> CaptureRequest:
    """A stored capture's request, checked as the API checks one, but for its id: the sample
    library stores its pages as "sample:<page>", which the API's pattern refuses, and the
    capture's row names it anyway."""
    values = _decode_json(payload)
    if not isinstance(values, dict):
        raise msgspec.ValidationError("a capture's request is an object")
    return msgspec.convert({**values, "capture_id": "stored"}, CaptureRequest)


class RenormaliseReport(msgspec.Struct):
    captures: int = 0  # captures read again
    papers: int = 0  # papers they hold
    new: int = 0  # papers no capture had stored (a normaliser now reads more of a page)
    updated: int = 0  # papers whose stored state changed
    observations: int = 0  # observations added
    skipped: list[str] = []  # captures whose payload holds no paper any more, or none to read
    # Imports of the arXiv snapshot: its reader is unchanged, and 2.7 million papers are
    # not read again for nothing.
    left: int = 0

    def line(self) -> str:
        text = (f"{counted(self.captures, 'capture')} read again, {counted(self.papers, 'paper')} in them, "
                f"{counted(self.updated, 'paper')} updated, {counted(self.new, 'paper')} new, "
                f"{counted(self.observations, 'observation')} added, "
                f"{counted(len(self.skipped), 'capture')} skipped")
        return text + (f", {counted(self.left, 'arXiv snapshot import')} not read again"
                       if self.left else "")


class _Capture(msgspec.Struct, array_like=True):
    id: str
    kind: str
    captured_at: str
    raw_type: str | None
    raw_size: int | None


def renormalise_library(db, *, on_capture: Callable[[int], None] = lambda size: None
                        ) -> RenormaliseReport:
    """Every capture with a stored payload, oldest first, one transaction each;
    `on_capture` is told each one's payload size as it is done (the progress bar)."""
    report = RenormaliseReport()
    captures = [_Capture(*row) for row in db.execute(
        "SELECT id, kind, captured_at, raw_type, raw_size FROM captures "
        "WHERE raw_type IS NOT NULL ORDER BY captured_at, stored_at, id")]
    for capture in captures:
        if capture.raw_type == RAW_TYPE:
            renormalise_page(db, capture, report)
        elif capture.kind == "dump" and capture.raw_type == DUMP_RAW_TYPE:
            renormalise_dump(db, capture, report)
        elif capture.kind in _DOCUMENT_KINDS and capture.raw_type == FORMATS[capture.kind].raw_type:
            renormalise_document(db, capture, report)
        elif capture.kind in STREAMED:
            report.left += 1
        else:
            report.skipped.append(capture.id)
        on_capture(capture.raw_size or 0)
    return report


def renormalise_page(db, capture: _Capture, report: RenormaliseReport) -> None:
    """A page the extension (or the API) captured: its request, normalised again."""
    try:
        request = _stored_request(b"".join(raw_chunks(db, capture.id)))
    except (msgspec.DecodeError, UnicodeDecodeError):
        report.skipped.append(capture.id)
        return
    moment = _moment(capture.captured_at)
    try:
        found = normalise_request(request, captured=moment.date())
    except NoPaper:
        report.skipped.append(capture.id)
        return
    with write(db) as tx:
        stored = store_papers(tx, capture.id, found, hlc=hlc_for_time(moment, tx.machine),
                              observed_at=capture.captured_at)
    report.captures += 1
    report.papers += len(stored.ids)
    report.new += len(stored.new)
    report.updated += stored.updated
    report.observations += stored.observed


def renormalise_dump(db, capture: _Capture, report: RenormaliseReport) -> None:
    """An imported dump: its text parsed again as `papershelf import` parsed it, with the
    same clock (its date), so only what the import lacked changes."""
    day = date.fromisoformat(capture.captured_at[:10])
    observed_at = observed_at_for_date(capture.captured_at)
    with write(db) as tx:
        hlc = hlc_for_date(day, tx.machine)
        batch: list[ParsedRecord] = []
        for item in iter_dump(text_lines(raw_chunks(db, capture.id)), day):
            if isinstance(item, ParsedRecord):
                batch.append(item)
            if len(batch) >= BATCH_RECORDS:
                _save_dump_records(tx, capture.id, batch, hlc, observed_at, report)
                batch = []
        _save_dump_records(tx, capture.id, batch, hlc, observed_at, report)
    report.captures += 1


def renormalise_document(db, capture: _Capture, report: RenormaliseReport) -> None:
    """An imported export file (BibTeX, RIS, a Zotero library…): read again as `papershelf
    import` reads it, with the import's clock (its date), so only what the import lacked
    (a venue, a date a crossref gives) is filled. The reader's fields it carried are not
    applied again: the reader may have changed them since."""
    data = b"".join(raw_chunks(db, capture.id))
    try:
        items = parse(capture.id, data, capture.kind)
    except ImportRefused:
        report.skipped.append(capture.id)
        return
    rank = FORMATS[capture.kind].rank
    with write(db) as tx:
        hlc = hlc_for_date(date.fromisoformat(capture.captured_at[:10]), tx.machine)
        for record in items:
            if isinstance(record, ImportedRecord):
                _, outcome = save_paper(tx, record.paper, rank=rank, hlc=hlc, capture_id=capture.id,
                                        line=record.line)
                report.papers += 1
                report.new += outcome is Outcome.NEW
                report.updated += outcome is Outcome.UPDATED
    report.captures += 1


def _save_dump_records(tx: Tx, capture_id: str, records: list[ParsedRecord], hlc: str,
                       observed_at: str, report: RenormaliseReport) -> None:
    observations: list[Observation] = []
    for record in records:
        pid, outcome = save_paper(tx, record.paper, rank=Rank.TEXT, hlc=hlc,
                                  capture_id=capture_id, line=record.line)
        report.papers += 1
        report.new += outcome is Outcome.NEW
        report.updated += outcome is Outcome.UPDATED
        if record.paper.upvotes is not None and outcome is not Outcome.DELETED:
            observations.append(Observation(
                id=observation_id(capture_id, paper_id(record.paper)), paper_id=pid,
                observed_at=observed_at, source="dump", upvotes=record.paper.upvotes))
    report.observations += add_observations(tx, observations)


def text_lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """Lines of UTF-8 text arriving in chunks (a line may span two), ended by "\n", "\r\n"
    or a lone "\r" as the import read them (its TextIOWrapper's universal newlines)."""
    decoder = io.IncrementalNewlineDecoder(
        codecs.getincrementaldecoder("utf-8")(errors="replace"), translate=True)
    pending = ""
    for chunk in chunks:
        pending += decoder.decode(chunk)
        *lines, pending = pending.split("\n")
        yield from lines
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending


def _moment(captured_at: str) -> datetime:
    """A capture's time as stored (UTC, to the second); a date alone is its midnight."""
    try:
        return datetime.strptime(captured_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return datetime.combine(date.fromisoformat(captured_at[:10]), datetime.min.time(), UTC)


def renormalise_with_progress(db) -> RenormaliseReport:
    """`renormalise_library` with a progress bar on stderr (bytes of payload read)."""
    from tqdm import tqdm

    total = db.execute("SELECT COALESCE(SUM(raw_size), 0) FROM captures "
                       "WHERE raw_type IS NOT NULL").fetchone()[0]
    with tqdm(total=total, unit="B", unit_scale=True, desc="renormalising", disable=None,
              file=sys.stderr, leave=False) as bar:
        return renormalise_library(db, on_capture=bar.update)
