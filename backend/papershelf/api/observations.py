"""GET /api/papers/{id}/observations: what pages said about a paper over time (issue 16)."""

from __future__ import annotations

import msgspec
from litestar import Controller, get
from litestar.params import FromPath
from sqlite_utils import Database

from ..store.observations import Observation, UpvotesSince, observations_of, upvotes_since_saved
from .deps import Lib
from .errors import error_responses
from .papers import find_paper


class PaperObservations(msgspec.Struct):
    paper_id: str  # the paper's id (an id merged into it answers the survivor's)
    observations: list[Observation]  # oldest first
    upvotes: UpvotesSince | None  # from the first upvote count observed to the latest


def paper_observations(db: Database, paper_id: str) -> PaperObservations:
    paper = find_paper(db, paper_id)
    observations = observations_of(db, paper.id)
    return PaperObservations(paper_id=paper.id, observations=observations,
                             upvotes=upvotes_since_saved(observations))


class ObservationsController(Controller):
    path = "/papers"

    @get("/{paper_id:str}/observations", responses=error_responses(401, 403, 404),
         summary="What pages said of a paper over time")
    async def observations(self, library: Lib, paper_id: FromPath[str]) -> PaperObservations:
        """Upvotes, GitHub stars, comments, linked models, datasets and Spaces and whether
        it trended, as each capture (or imported dump) saw them, oldest first."""
        return await library.read(paper_observations, paper_id)
