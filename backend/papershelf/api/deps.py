"""Dependencies the handlers share: the library connection."""

from __future__ import annotations

from litestar.datastructures import State
from litestar.di import NamedDependency
from sqlite_utils import Database

# How handlers ask for the library: `db: Db`.
Db = NamedDependency[Database]


def provide_db(state: State) -> Database:
    # The process's one writer connection. Handlers are async and use it inline:
    # the event loop serialises them, so no two ever share a transaction, and a
    # capture costs no thread hop (see docs/architecture.md, "The database").
    return state.db
