"""POST /api/captures: a page the reader saved."""

from __future__ import annotations

import asyncio
import time

import msgspec
from litestar import Controller, Request, Response, post
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import JSONBody

from ..capture import CaptureRequest, NoPaper, prepare_capture, store_capture, stored_result
from ..store.notes import NoteView
from ..store.queries import PaperView, papers_by_ids
from .deps import Db
from .errors import NoPaperFound, error_responses


class CaptureOut(msgspec.Struct):
    capture_id: str
    papers: list[PaperView]
    new: list[str]  # ids this capture added; a paper not in it was in the library already
    note: NoteView | None


class CapturesController(Controller):
    path = "/captures"

    @post(status_code=201, responses={
        200: ResponseSpec(data_container=CaptureOut, description="a capture_id seen before"),
        **error_responses(400, 401, 403, 413),
    })
    async def create_capture(
        self, request: Request, data: JSONBody[CaptureRequest], db: Db
    ) -> Response[CaptureOut]:
        """Normalise the page into papers and store it; a known capture_id answers 200."""
        # The body as received is kept (compressed) as the capture's raw payload;
        # Litestar has it cached already, so this reads nothing more.
        raw = await request.body()
        started = time.perf_counter()
        waited = 0.0
        try:
            result = stored_result(db, data.capture_id)
            if result is None:
                prepared = prepare_capture(data, raw=raw)
                # Other requests run while the payload finishes compressing.
                paused = time.perf_counter()
                await asyncio.wrap_future(prepared.compressed)
                waited = time.perf_counter() - paused
                result = store_capture(db, prepared)
        except NoPaper:
            field = "html" if data.html else "text" if data.text else "url"
            raise NoPaperFound(
                "no paper found on this page (not a paper page, listing or scholarly page)",
                field=field,
            ) from None
        body = CaptureOut(capture_id=result.capture_id, papers=papers_by_ids(db, result.paper_ids),
                          new=result.new, note=result.note)
        elapsed_ms = (time.perf_counter() - started - waited) * 1000
        return Response(
            body, status_code=201 if result.created else 200,
            # The server's own work on the capture (normalise + store, not the time
            # spent on other requests while the payload compressed), for the benchmark.
            headers={"Server-Timing": f"capture;dur={elapsed_ms:.3f}"},
        )
