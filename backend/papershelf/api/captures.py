"""POST /api/captures: a page the reader saved."""

from __future__ import annotations

import asyncio
import time

import msgspec
from litestar import Controller, Request, Response, post
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import JSONBody

from ..capture import CaptureRequest, NoPaper, PreparedCapture, prepare_capture, store_capture, stored_result
from ..store.notes import NoteView
from ..store.queries import PaperView, papers_by_ids
from .deps import Lib
from .errors import NoPaperFound, error_responses


class CaptureOut(msgspec.Struct):
    capture_id: str
    papers: list[PaperView]
    new: list[str]  # ids this capture added; a paper not in it was in the library already
    note: NoteView | None


def _answer(db, capture_id: str) -> CaptureOut | None:
    result = stored_result(db, capture_id)
    if result is None:
        return None
    return CaptureOut(capture_id=capture_id, papers=papers_by_ids(db, result.paper_ids),
                      new=result.new, note=result.note)


def _store(db, prepared: PreparedCapture) -> tuple[CaptureOut, bool, float]:
    """On the writer: store, and read the answer back in the same thread (it is what
    was just committed). Also says whether it was new and how long the writer took."""
    started = time.perf_counter()
    result = store_capture(db, prepared)
    out = CaptureOut(capture_id=result.capture_id, papers=papers_by_ids(db, result.paper_ids),
                     new=result.new, note=result.note)
    return out, result.created, time.perf_counter() - started


def _timed_prepare(data: CaptureRequest, raw: bytes) -> tuple[PreparedCapture, float]:
    started = time.perf_counter()
    return prepare_capture(data, raw=raw), time.perf_counter() - started


class CapturesController(Controller):
    path = "/captures"

    @post(status_code=201, responses={
        200: ResponseSpec(data_container=CaptureOut, description="a capture_id seen before"),
        **error_responses(400, 401, 403, 413, 503, 507),
    })
    async def create_capture(
        self, request: Request, data: JSONBody[CaptureRequest], library: Lib
    ) -> Response[CaptureOut]:
        """Normalise the page into papers and store it; a known capture_id answers 200."""
        # The body as received is kept (compressed) as the capture's raw payload;
        # Litestar has it cached already, so this reads nothing more.
        raw = await request.body()
        previous = await library.read(_answer, data.capture_id)
        if previous is not None:
            return Response(previous, status_code=200)
        try:
            # Parsing is CPU work: on a worker thread, so the event loop keeps answering.
            prepared, parse_seconds = await asyncio.to_thread(_timed_prepare, data, raw)
        except NoPaper:
            field = "html" if data.html else "text" if data.text else "url"
            raise NoPaperFound(
                "no paper found on this page (not a paper page, listing or scholarly page)",
                field=field,
            ) from None
        await asyncio.wrap_future(prepared.compressed)
        body, created, store_seconds = await library.write(_store, prepared)
        elapsed_ms = (parse_seconds + store_seconds) * 1000
        return Response(
            body, status_code=201 if created else 200,
            # The server's own work on the capture (normalise + store, not the time spent
            # queued or on other requests), for the benchmark.
            headers={"Server-Timing": f"capture;dur={elapsed_ms:.3f}"},
        )
