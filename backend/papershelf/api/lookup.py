"""GET /api/lookup?url=: is the page in the library (the extension's badge)."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Controller, get
from litestar.params import QueryParameter

from ..store.queries import PaperView, lookup_url
from .deps import Lib
from .errors import error_responses


class LookupOut(msgspec.Struct):
    papers: list[PaperView]


class LookupController(Controller):
    path = "/lookup"

    @get(responses=error_responses(400, 401, 403), summary="The papers an address shows")
    async def lookup(
        self, library: Lib, url: Annotated[str, QueryParameter(min_length=1, max_length=2048)]
    ) -> LookupOut:
        """The papers a page is about, by identity (arXiv id, DOI), else by its address."""
        return LookupOut(papers=await library.read(lookup_url, url))
