"""/api/recommendations and /api/papers/{id}/similar: what to read next, and why."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Controller, get
from litestar.params import FromPath, QueryParameter
from sqlite_utils import Database

from ..discover.queries import MAX_LIMIT, Suggestion, Suggestions, UnknownTag, recommendations
from ..discover.similar import similar_papers
from .deps import Lib
from .errors import NotFound, error_responses


class SimilarPapers(msgspec.Struct):
    papers: list[Suggestion]


def suggest(db: Database, tag: str | None, limit: int) -> Suggestions:
    try:
        return recommendations(db, tag, limit)
    except UnknownTag:
        raise NotFound(f"no paper is tagged {tag!r}") from None


def like(db: Database, paper_id: str, limit: int) -> SimilarPapers:
    found = similar_papers(db, paper_id, limit)
    if found is None:
        raise NotFound(f"no paper {paper_id!r}")
    return SimilarPapers(papers=found)


class DiscoverController(Controller):
    path = "/"

    @get("/recommendations", responses=error_responses(400, 401, 403, 404),
         summary="Unread papers like those the reader liked")
    async def recommended(
        self,
        library: Lib,
        tag: Annotated[str | None, QueryParameter(max_length=100, description="a tag of yours")] = None,
        limit: Annotated[int, QueryParameter(ge=1, le=MAX_LIMIT)] = 20,
    ) -> Suggestions:
        """Unread papers most like those you rated 4–5, tagged (with `tag`: that tag) or are
        reading, and least like those you rated 1–2 or skipped; best first, with reasons.
        Kept up to date in the background: `model.trained_at` says when it last learned."""
        return await library.read(suggest, tag, limit)

    @get("/papers/{paper_id:str}/similar", responses=error_responses(400, 401, 403, 404),
         summary="Papers in the library like this one")
    async def similar(
        self, library: Lib, paper_id: FromPath[str],
        limit: Annotated[int, QueryParameter(ge=1, le=MAX_LIMIT)] = 10,
    ) -> SimilarPapers:
        """Papers in the library most like this one (tf-idf cosine), best first, never itself."""
        return await library.read(like, paper_id, limit)
