"""POST /api/captures: a page the reader saved."""

from __future__ import annotations

from contextlib import suppress
from typing import ClassVar

import msgspec
from litestar import Controller, Request, Response, post
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import JSONBody

from ..capture import (
    CaptureAnswer,
    Captured,
    CaptureHead,
    CaptureRequest,
    NoPaper,
    ParserUnavailable,
    capture_library_page,
    capture_page,
)
from ..publish.library_pages import library_page
from .capture_body import CaptureBody, body_as_read, body_error
from .deps import Lib
from .errors import ApiError, LibraryPageSent, NoPaperFound, error_responses


class ReaderUnavailable(ApiError):
    """The worker process reading the page died (it is started again): send it again."""

    status, error = 503, "unavailable"
    headers: ClassVar[dict[str, str]] = {"Retry-After": "1"}


class CapturesController(Controller):
    path = "/captures"

    @post(status_code=201, dto=CaptureBody, return_dto=None, summary="Save the page the reader is on",
          responses={
              200: ResponseSpec(data_container=CaptureAnswer,
                                description="a capture_id seen before, or the library's own page of a paper"),
              **error_responses(400, 401, 403, 413, 503, 507),
          })
    async def create_capture(
        self, request: Request, data: JSONBody[CaptureRequest | CaptureHead], library: Lib
    ) -> Response[CaptureAnswer]:
        """Normalise the page into papers and store it; a known capture_id answers 200.
        The library's own page of a paper answers that paper, and stores only what the
        reader sent with it."""
        if (own := library_page(data.url, request.headers.get("host"))) is not None:
            return _answered(await _capture_own_page(library, data, own.paper_id))
        try:
            # The body as read is kept (compressed) as the capture's raw payload;
            # Litestar has it cached already, so this reads nothing more.
            done = await capture_page(library, data, raw=await body_as_read(request),
                                      pool=request.app.state.parse_pool)
        except ParserUnavailable as error:
            raise ReaderUnavailable(str(error)) from None
        except msgspec.DecodeError as error:  # the page, decoded by the worker that read it
            raise body_error(error, request) from None
        except NoPaper as error:
            if error.untitled:
                raise NoPaperFound("title: no paper found on this page, and no title to keep "
                                   "it as a web page by; send one", field="title") from None
            field = "html" if data.has_html else "text" if data.text else "url"
            raise NoPaperFound(
                "no paper found on this page (not a paper page, listing or scholarly page); "
                "as_web_page: true keeps it as a web page",
                field=field,
            ) from None
        # Only a capture of no page (a PDF, by its address): a listing's papers without abstracts
        # would send arXiv a question for every one of them.
        if done.created and not (data.has_html or data.text) \
                and (registries := request.app.state.registries) is not None:
            await registries.fill_captured(library, done)
        return _answered(done)


async def _capture_own_page(library, data: CaptureRequest | CaptureHead, paper_id: str | None
                            ) -> Captured:
    if paper_id is not None:
        with suppress(NoPaper):  # the paper the page showed was removed meanwhile
            return await capture_library_page(library, data, paper_id)
    raise LibraryPageSent(
        "url: this is a page of your papershelf library, not a paper's page; open a paper's "
        "page there to rate, tag or note it", field="url")


def _answered(done: Captured) -> Response[CaptureAnswer]:
    # Server-Timing: the server's own work on the capture (normalise + store, not the
    # time spent queued or on other requests), for the benchmark.
    return Response(done.answer, status_code=201 if done.created else 200,
                    headers={"Server-Timing": f"capture;dur={done.work_ms:.3f}"})
