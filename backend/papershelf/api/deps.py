"""Dependencies the handlers share: the library (a writer thread and read-only readers)."""

from __future__ import annotations

from litestar.datastructures import State
from litestar.di import NamedDependency

from ..store.library import Library

# How handlers ask for the library: `library: Lib`, then `await library.read(fn, …)` or
# `await library.write(fn, …)`; nothing in a handler touches SQLite on the event loop.
Lib = NamedDependency[Library]


def provide_library(state: State) -> Library:
    return state.library
