"""POST /api/papers/identified: papers added by arXiv id, PubMed id or DOI, as `papershelf add`
adds them (the registries asked by the server: api/registries.py)."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Controller, Request, post
from litestar.params import JSONBody
from msgspec import Meta

from ..store.queries import PaperView
from .deps import Lib
from .errors import ApiError, error_responses

MAX_IDENTIFIERS = 100
SHOWN = 500


class IdentifiedIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """arXiv ids, PubMed ids or DOIs, in any form `papershelf add` reads (an address too)."""

    identifiers: Annotated[list[str], Meta(min_length=1, max_length=MAX_IDENTIFIERS)]


class NotAdded(msgspec.Struct):
    identifier: str  # as it was sent (its first SHOWN characters)
    reason: str


class IdentifiedOut(msgspec.Struct):
    # The papers the identifiers gave, as the library now holds them, in the registries' answers' order.
    papers: list[PaperView]
    not_added: list[NotAdded]


class Offline(ApiError):
    """The server was started --offline: it asks no registry."""

    status, error = 503, "offline"


class IdentifiedController(Controller):
    path = "/papers/identified"

    @post(status_code=200, summary="Add papers by arXiv id, PubMed id or DOI",
          responses=error_responses(400, 401, 403, 503, 507))
    async def add_identified(self, request: Request, data: JSONBody[IdentifiedIn],
                             library: Lib) -> IdentifiedOut:
        """Ask arXiv's API, NCBI's E-utilities or doi.org for each paper's record and merge it into
        the library; an identifier that gives no paper is in `not_added` with why."""
        registries = request.app.state.registries
        if registries is None:
            raise Offline("this server runs --offline and asks no registry: save the paper's page "
                          "instead, or start it without --offline")
        papers, unanswered = await registries.add(library, data.identifiers)
        return IdentifiedOut(papers=papers, not_added=[NotAdded(missed.given[:SHOWN], missed.reason)
                                                       for missed in unanswered])
