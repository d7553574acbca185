"""The capture service: a page the reader saved becomes papers, in one transaction.

`capture_page` is the one entry point (the API, the tests and the benchmark call it):
it normalises the page and compresses its raw payload (the slow part, touching no data)
in a worker process of the server's `ParsePool` (capture_pool.py), or on a worker thread without one or
for a small capture, then the library's writer stores the capture row, the payload,
the papers (new, or merged into the rows they match), and the reader's optional note,
rating, status and tags, all or nothing. The client picks the capture id, so a retry of
a capture that was stored answers the stored result and adds nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Annotated

import msgspec
from msgspec import Meta

from .identity import abs_page, clean_text, doi_address, has_identity, identity_key, paper_id
from .normalise import Normalised, normalise_capture
from .records import (
    MAX_NOTE_LENGTH,
    WEB_PAGE,
    NoteKind,
    NoteTarget,
    NoteText,
    Paper,
    Rank,
    Rating,
    Status,
    Tags,
    TextQuoteSelector,
)
from .store.captures import (
    CaptureRow,
    RawWriter,
    compress,
    find_capture,
    insert_capture,
    link_capture,
)
from .store.library import InlineLibrary, Library
from .store.notes import NoteView, anchored_note_fields, create_note, get_note, page_version
from .store.observations import Observation, add_observations, observation_id
from .store.papers import Outcome, edit_paper, load_state, save_paper
from .store.queries import PaperView, papers_by_ids
from .store.tx import Tx, write
from .surrogates import decode_mending
from .tags import clean_tags

if TYPE_CHECKING:  # capture_pool imports this module: its workers read pages with it
    from .capture_pool import ParsePool

log = logging.getLogger(__name__)

# Ids the client makes (the extension sends crypto.randomUUID()); no ":" so they can
# never collide with the ids of imported dumps ("dump:<sha256>").
CaptureId = Annotated[
    str, Meta(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
]
RAW_TYPE = "application/vnd.papershelf.capture+json"


class CaptureFields(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A capture request's fields but the page's HTML: all that storing a capture reads."""

    capture_id: CaptureId
    url: Annotated[str, Meta(min_length=1, max_length=8192)]
    text: str | None = None
    selection: str | None = None
    title: Annotated[str, Meta(max_length=4096)] | None = None
    note: NoteText | None = None
    # The passage the note is anchored to (the extension's selection, as W3C selectors),
    # and the note's kind; without a target, a note on a selection quotes it.
    note_target: NoteTarget | None = None
    note_kind: NoteKind | None = None
    rating: Rating | None = None
    status: Status | None = None
    tags: Tags | None = None
    # When no normaliser finds a paper on the page, keep the page itself as one record: its
    # `title` and URL (the reader corrects the rest: PATCH /api/papers/{id}). A page that
    # holds papers is read as ever.
    as_web_page: bool = False


class CaptureRequest(CaptureFields, kw_only=True, forbid_unknown_fields=True):
    """What the extension sends: the page, and what the reader added to it."""

    html: str | None = None

    @property
    def has_html(self) -> bool:
        return bool(self.html)


# A head's page when the body has none: JSON's null, or an empty string.
_NO_PAGE = msgspec.Raw(b"null")
_EMPTY_PAGE = msgspec.Raw(b'""')


class CaptureHead(CaptureFields, kw_only=True, forbid_unknown_fields=True):
    """A big capture request as the server reads it (`reads_in_worker`): every field checked,
    the HTML left as the JSON it came as, for the worker process that reads the page to
    decode. Decoding a 300 KB page into a str was a fifth of the server process's own work
    per capture, on the one GIL every request shares."""

    html: msgspec.Raw = _NO_PAGE

    @property
    def has_html(self) -> bool:
        return self.html not in (_NO_PAGE, _EMPTY_PAGE)


_decode_head = msgspec.json.Decoder(CaptureHead, strict=False).decode
_decode_request = msgspec.json.Decoder(CaptureRequest, strict=False).decode


def decode_capture(raw: bytes, *, page_in_worker: bool
                   ) -> tuple[CaptureRequest | CaptureHead, bytes]:
    """A capture request from its JSON body, read as Litestar reads a body (not strictly: "5" is
    a rating 5); a CaptureHead when a worker process reads the page. Half a surrogate pair is
    read as U+FFFD (surrogates.py): with the request, the body so read, which is the one the
    capture keeps. Raises msgspec's DecodeError (ValidationError) for a body that is not a
    capture request."""
    return decode_mending(_decode_head if page_in_worker else _decode_request, raw)


def reads_in_worker(pool: ParsePool | None, raw: bytes) -> bool:
    """Whether a capture's page is read in a worker process of `pool` (else on a thread)."""
    return pool is not None and len(raw) >= INLINE_BELOW


class CaptureResult(msgspec.Struct, kw_only=True):
    capture_id: str
    paper_ids: list[str]  # in page order, each once
    new: list[str]  # the ids this capture created
    note: NoteView | None = None
    restored: list[str] = []  # those of `new` its reader had deleted: brought back whole
    created: bool = True  # False: the capture id was stored before, nothing was added
    kind: str | None = None


class NoPaper(ValueError):
    """The capture holds no paper that any normaliser recognises (`untitled`: and it was
    to be kept as a web page, but has no title to know it by)."""

    def __init__(self, url: str, *, untitled: bool = False) -> None:
        super().__init__(url)
        self.untitled = untitled


def capture_note_id(capture_id: str) -> str:
    """The note a capture makes has an id derived from the capture id, so a retry finds it."""
    return hashlib.sha256(f"capture-note:{capture_id}".encode()).hexdigest()[:32]


def normalise_request(request: CaptureRequest, *, captured: date) -> Normalised:
    """The papers of a capture; NoPaper when it holds none."""
    try:
        found = normalise_capture(request.url, request.html, request.text, captured=captured)
    except Exception:  # a normaliser bug on hostile HTML must not become a 500
        log.exception("normaliser failed on a capture of %s", request.url[:200])
        found = None
    return papers_or_none_found(found, request)


def papers_or_none_found(found: Normalised | None, request: CaptureFields) -> Normalised:
    """The papers found that have an identity; with none, the page as one record when the
    reader asked to keep it so (`as_web_page`); else NoPaper."""
    if found is not None:
        found.keep(lambda paper: identity_key(paper) is not None)
    if found is not None and found.papers:
        return found
    if not request.as_web_page:
        raise NoPaper(request.url)
    page = Paper(title=clean_text(request.title), url=request.url, item_type=WEB_PAGE)
    if not has_identity(page):
        raise NoPaper(request.url, untitled=True)
    # The capture's kind is the record's; the weakest rank, so a page or dump that reads
    # the page's paper later says more.
    return Normalised(kind=WEB_PAGE, papers=[page], rank=Rank.TEXT)


def stored_result(db, capture_id: str) -> CaptureResult | None:
    """The result of a capture stored before (for a retried capture id), or None."""
    row = find_capture(db, capture_id)
    if row is None:
        return None
    note = get_note(db, capture_note_id(capture_id))
    rows = db.execute(
        "SELECT paper_id, created FROM paper_captures WHERE capture_id = ? ORDER BY line, paper_id",
        [capture_id],
    ).fetchall()
    return CaptureResult(capture_id=capture_id, paper_ids=[pid for pid, _ in rows],
                         new=[pid for pid, created in rows if created], note=note, created=False,
                         kind=row["kind"])


class Payload(msgspec.Struct):
    """A capture's raw payload as stored: its size, its sha256 and its zlib stream."""

    size: int
    sha256: str
    compressed: bytes


def pack_payload(raw: bytes) -> Payload:
    return Payload(size=len(raw), sha256=hashlib.sha256(raw).hexdigest(), compressed=compress(raw))


def pack_soon(raw: bytes) -> Future:
    """The payload hashed and compressed on a helper thread (Future[Payload]): hashlib and
    zlib release the GIL, so this overlaps the page's parse instead of adding to it."""
    return _compressor().submit(pack_payload, raw)


class PreparedCapture(msgspec.Struct):
    """A capture normalised and its raw payload packed: all that needs no database."""

    request: CaptureFields
    found: Normalised
    payload: Payload


def prepare_capture(
    request: CaptureRequest, *, raw: bytes | None = None, captured: date | None = None
) -> PreparedCapture:
    """Normalise a capture (NoPaper when it holds no paper) while its payload is packed."""
    if raw is None:
        raw = msgspec.json.encode(request)
    packing = pack_soon(raw)
    found = normalise_request(request, captured=captured or date.today())
    return PreparedCapture(request=request, found=found, payload=packing.result())


def store_capture(db, prepared: PreparedCapture) -> CaptureResult:
    """Store a prepared capture and what the reader added to it, in one transaction."""
    request = prepared.request
    with write(db) as tx:
        # The same id may have been stored since it was checked (a retry racing the first).
        if (previous := stored_result(db, request.capture_id)) is not None:
            return previous
        result = _store(tx, request, prepared.found)
        payload = prepared.payload
        writer = RawWriter(tx, request.capture_id)
        writer.add_compressed(payload.compressed, payload.size)
        writer.close()
        _record_capture(tx, request, prepared.found, payload)
        return result


class CaptureAnswer(msgspec.Struct):
    """What a capture answers (POST /api/captures): the papers on the page, in page order."""

    capture_id: str
    papers: list[PaperView]
    new: list[str]  # ids this capture added; a paper not in it was in the library already
    note: NoteView | None
    kind: str | None = None  # how the page was read: hf_paper, scholarly, web_page (as_web_page) …
    restored: list[str] = []  # those of `new` the reader had removed, brought back whole


class Captured(msgspec.Struct):
    answer: CaptureAnswer
    created: bool  # False: the capture id was stored before, and nothing was added
    kind: str | None
    work_ms: float  # the service's own work: normalising and storing, not waiting

    @property
    def paper_ids(self) -> list[str]:
        return [paper.id for paper in self.answer.papers]


async def capture_page(
    library: Library | InlineLibrary, request: CaptureRequest | CaptureHead, *,
    raw: bytes | None = None, captured: date | None = None, pool: ParsePool | None = None,
) -> Captured:
    """Store a capture and what the reader added to it, all in one transaction.

    `raw` is the payload as received (the API passes the request body, and a CaptureHead
    with it); without it the request is encoded. A capture id stored before answers its
    stored result. Raises NoPaper when the page holds no paper (and stores nothing),
    ParserUnavailable when the pool's worker died on it (the pool is started again), and
    msgspec's DecodeError (ValidationError) or UnicodeDecodeError when a head's page is
    not a JSON string of UTF-8 after all."""
    # A capture id stored before is found by the writer, inside the transaction that
    # would store it (a retry racing the first needs that check anyway): asking a reader
    # first, for every capture, cost a thread hop each, to spare the rare retry a parse.
    try:
        prepared, parse_seconds = await _prepare(request, raw, captured, pool)
    except (NoPaper, ParserUnavailable):
        # A retry is answered what was stored, whatever its page gives now.
        previous = await library.read(_answer_stored, request.capture_id)
        if previous is not None:
            return previous
        raise
    # Captures queued together share one commit (each in a savepoint of its own).
    done, store_seconds = await library.write_grouped(_store_and_answer, prepared)
    done.work_ms = (parse_seconds + store_seconds) * 1000
    return done


async def _prepare(request: CaptureRequest | CaptureHead, raw: bytes | None,
                   captured: date | None, pool: ParsePool | None
                   ) -> tuple[PreparedCapture, float]:
    if pool is not None:
        raw = raw if raw is not None else msgspec.json.encode(request)
        if reads_in_worker(pool, raw):
            return await pool.prepare(request, raw, captured or date.today())
    if isinstance(request, CaptureHead):  # its page is read here after all
        request, raw = decode_capture(raw, page_in_worker=False)
    # Parsing is CPU work: on a worker thread, so the caller's event loop keeps answering.
    return await asyncio.to_thread(_timed_prepare, request, raw, captured)


def _timed_prepare(request: CaptureRequest, raw: bytes | None, captured: date | None
                   ) -> tuple[PreparedCapture, float]:
    """Timed on the worker thread itself: the wait for a free thread is not the work."""
    started = time.perf_counter()
    return prepare_capture(request, raw=raw, captured=captured), time.perf_counter() - started


def _answer(db, result: CaptureResult) -> Captured:
    answer = CaptureAnswer(capture_id=result.capture_id, note=result.note, new=result.new,
                           papers=papers_by_ids(db, result.paper_ids), kind=result.kind,
                           restored=result.restored)
    return Captured(answer=answer, created=result.created, kind=result.kind, work_ms=0.0)


def _answer_stored(db, capture_id: str) -> Captured | None:
    result = stored_result(db, capture_id)
    return _answer(db, result) if result is not None else None


def _store_and_answer(db, prepared: PreparedCapture) -> tuple[Captured, float]:
    """On the writer: store, and read the answer back on the same connection (it is what
    was just committed); with the writer's time spent."""
    started = time.perf_counter()
    done = _answer(db, store_capture(db, prepared))
    return done, time.perf_counter() - started


@cache
def _compressor() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="papershelf-zlib")


# A capture smaller than this is prepared on a thread: sending it to a process and its
# records back costs more than reading it (see scripts/benchmarks/capture_bench.py).
INLINE_BELOW = 32 * 1024


class ParserUnavailable(Exception):
    """The worker process preparing a capture died; the pool is started again."""


def _store(tx: Tx, request: CaptureFields, found: Normalised) -> CaptureResult:
    # The reader saving the page of one paper they deleted wants it back; a listing saved
    # does not bring back the papers on it they deleted.
    stored = store_papers(tx, request.capture_id, found, hlc=tx.now(), observed_at=tx.timestamp,
                          restore=len(found.papers) == 1)
    ids = stored.ids
    note = _reader_additions(tx, request, ids[0], found) if ids else None
    return CaptureResult(capture_id=request.capture_id, paper_ids=ids, new=stored.new,
                         restored=stored.restored, note=note,
                         kind=found.kind)


class StoredPapers(msgspec.Struct):
    ids: list[str]  # in page order, each once
    new: list[str]  # the ids this capture created
    updated: int  # papers whose stored state changed
    observed: int  # observations added
    restored: list[str] = []  # those of `new` its reader had deleted (store_papers' `restore`)


def store_papers(tx: Tx, capture_id: str, found: Normalised, *, hlc: str, observed_at: str,
                 restore: bool = False) -> StoredPapers:
    """Merge a capture's papers into the library with clock `hlc`, link them to the
    capture and keep what it observed of each. `papershelf renormalise` calls it again
    for a stored capture, with its time and the earliest clock of that time: what the
    capture stored then is unchanged (its clocks are as new), what it lacked is added."""
    ids: list[str] = []
    new: list[str] = []
    restored: list[str] = []
    updated = 0
    observations: list[Observation] = []
    for index, paper in enumerate(found.papers):
        pid, outcome = save_paper(tx, paper, rank=found.rank, hlc=hlc, restore=restore)
        if outcome is Outcome.DELETED or pid in ids:
            continue  # the reader deleted it: only the reader saving its page brings it back
        ids.append(pid)
        is_new = outcome in (Outcome.NEW, Outcome.RESTORED)
        if is_new:
            new.append(pid)
        if outcome is Outcome.RESTORED:
            restored.append(pid)
        updated += outcome is Outcome.UPDATED
        _link(tx, pid, capture_id, index + 1, is_new=is_new)
        observed = found.observed_of(index)
        if observed.known():
            observations.append(Observation(
                **msgspec.structs.asdict(observed), id=observation_id(capture_id, paper_id(paper)),
                paper_id=pid, observed_at=observed_at, source=found.kind))
    return StoredPapers(ids=ids, new=new, updated=updated, restored=restored,
                        observed=add_observations(tx, observations))


def _record_capture(tx: Tx, request: CaptureFields, found: Normalised, payload: Payload
                    ) -> None:
    insert_capture(tx, CaptureRow(
        id=request.capture_id, kind=found.kind, captured_at=tx.timestamp, url=request.url,
        title=clean_text(request.title), sha256=payload.sha256, records=len(found.papers),
        problems=len(found.problems), raw_type=RAW_TYPE, raw_size=payload.size,
    ))


def _link(tx: Tx, pid: str, capture_id: str, position: int, *, is_new: bool) -> None:
    # `line` is the paper's position on the page; `created` remembers which papers
    # this capture brought in, so a retried capture id answers the same `new`.
    link_capture(tx.db, pid, capture_id, position, created=is_new, by_capture=True)


def _reader_additions(tx: Tx, request: CaptureFields, pid: str, found: Normalised
                      ) -> NoteView | None:
    """The note, rating, status and tags sent with a capture go to its first paper."""
    _reader_fields(tx, request, pid)
    if request.note is None:
        return None
    return _capture_note(tx, request, pid, note_target(request, found.papers[0].arxiv_version))


def _reader_fields(tx: Tx, request: CaptureFields, pid: str) -> None:
    changes: dict = {}
    if request.rating is not None:
        changes["rating"] = request.rating
    if request.status is not None:
        changes["status"] = request.status
    tags = clean_tags(request.tags) if request.tags is not None else None
    if changes or tags:
        edit_paper(tx, pid, changes, tags=_with_existing_tags(tx, pid, tags))


def _capture_note(tx: Tx, request: CaptureFields, pid: str, target: NoteTarget | None
                  ) -> NoteView:
    quote = clean_text(request.selection) if request.note_target is None else None
    quote, kind = anchored_note_fields(quote, request.note_kind, target)
    return create_note(tx, pid, request.note, quote, kind=kind, target=target,
                       note_id=capture_note_id(request.capture_id))


CONTEXT_LENGTH = 32  # characters of prefix and suffix a quote keeps, as Hypothesis does


def note_target(request: CaptureFields, arxiv_version: int | None) -> NoteTarget | None:
    """The target of a capture's note, labelled with the paper version the page showed.

    The extension sends one (selectors made in the page); a client that sends only the
    selection (an older extension, a queued capture) gets a quote selector, with the
    text around the selection when it occurs once in the page's text."""
    target = request.note_target
    if target is None:
        exact = request.selection
        if not exact or not exact.strip() or len(exact) > MAX_NOTE_LENGTH:
            return None
        text, prefix, suffix = request.text or "", "", ""
        at = text.find(exact)
        if at >= 0 and text.find(exact, at + 1) < 0:
            prefix = text[max(0, at - CONTEXT_LENGTH):at]
            suffix = text[at + len(exact):at + len(exact) + CONTEXT_LENGTH]
        target = NoteTarget(source=request.url, selector=[
            TextQuoteSelector(exact=exact, prefix=prefix, suffix=suffix)])
    if target.version is None:
        target = msgspec.structs.replace(
            target, version=page_version(target.source, arxiv_version))
    return target


async def capture_library_page(library: Library | InlineLibrary, request: CaptureFields,
                               pid: str) -> Captured:
    """A capture of the library's own page of paper `pid`: the page is the library's words
    about a paper it holds, so nothing of it is stored (no capture, no address, no place the
    paper was seen); what the reader sent with it (rating, status, tags, a note) goes to
    the paper. NoPaper when the library holds no such paper (deleted meanwhile)."""
    return await library.write(_add_to_shown_paper, request, pid)


def _add_to_shown_paper(db, request: CaptureFields, pid: str) -> Captured:
    with write(db) as tx:
        shown = papers_by_ids(db, [pid])
        if not shown:
            raise NoPaper(request.url)
        _reader_fields(tx, request, pid)
        note = get_note(db, capture_note_id(request.capture_id))  # a retry made it already
        if note is None and request.note is not None:
            note = _capture_note(tx, request, pid, _passage_of(request, shown[0]))
    answer = CaptureAnswer(capture_id=request.capture_id, papers=papers_by_ids(db, [pid]),
                           new=[], note=note)
    return Captured(answer=answer, created=False, kind=None, work_ms=0.0)


def _passage_of(request: CaptureFields, paper: PaperView) -> NoteTarget | None:
    """A passage marked on the library's page of a paper, as a passage of the paper's own
    page: its quote and the words around it (positions on the library's page mean nothing
    there), so the extension marks it where the paper is read."""
    marked = note_target(request, None)
    passage = marked.quote() if marked is not None else None
    if passage is None:
        return None
    # A paper imported without an address: its arXiv or DOI address, where the reader reads it.
    source = (paper.url or (abs_page(paper.arxiv_id) if paper.arxiv_id else None)
              or (doi_address(paper.doi) if paper.doi else None) or request.url)
    return NoteTarget(source=source, selector=[passage],
                      version=page_version(source, paper.arxiv_version))


def _with_existing_tags(tx: Tx, pid: str, tags: list[str] | None) -> list[str] | None:
    """Tags sent with a capture are added to the paper's tags, never replace them."""
    if not tags:
        return None
    state = load_state(tx.db, pid)  # the tag set itself, not the row's copy of it
    current = state.visible_tags() if state is not None else []
    return sorted(set(current) | set(tags))


__all__ = ["CaptureAnswer", "CaptureFields", "CaptureHead", "CaptureRequest", "Captured", "NoPaper",
           "ParserUnavailable", "capture_library_page", "capture_page"]
