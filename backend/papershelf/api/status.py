"""GET /api/status: the extension's "Test connection"."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import msgspec
from litestar import Controller, get
from litestar.datastructures import State
from litestar.di import NamedDependency

from ..store.replication import ReplicationStatus
from ..store.tokens import TokenInfo
from .deps import Lib
from .errors import error_responses


class StatusOut(msgspec.Struct, omit_defaults=True):
    ok: bool
    version: str
    token: str
    papers: int
    # Litestream beside the server (`serve --replicate`); absent when it is not asked for.
    replication: ReplicationStatus | None = None


def package_version() -> str:
    try:
        return version("papershelf")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def count_papers(db) -> int:
    return db.execute("SELECT count(*) FROM papers").fetchone()[0]


class StatusController(Controller):
    path = "/status"

    @get(responses=error_responses(401, 403), summary="The server, its library and the token used")
    async def status(self, library: Lib, token: NamedDependency[TokenInfo], state: State) -> StatusOut:
        count = await library.read(count_papers)
        replicator = state.get("replicator")
        return StatusOut(ok=True, version=package_version(), token=token.name, papers=count,
                         replication=replicator.status() if replicator is not None else None)
