"""Shared fixtures: a temporary library, the API in process over one, and a real
`papershelf serve` over one (for what only a real server shows: sockets, limits, logs)."""

from __future__ import annotations

import gc
import os
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import pytest
from litestar.testing import TestClient

from helpers import Server, running_server
from papershelf.api.app import create_app
from papershelf.api.settings import Settings
from papershelf.store.db import open_writer
from papershelf.store.tokens import create_token

# Every server a test starts is offline: a PDF's paper would otherwise be asked of the real arXiv
# and doi.org (api/registries.py). The tests of those questions serve recorded answers themselves.
os.environ["PAPERSHELF_OFFLINE"] = "1"


def pytest_collection_finish(session):
    # What collecting the suite made (every test module, its parameters, the corpus's sidecars: some 370,000
    # objects in each worker) lives until the run ends: kept out of the collector's generations, a full
    # collection walks only what the tests make. It cost 240 ms a time in a worker, and the linear-time
    # tests ask for one before each timing (about three a test, some three hundred tests), besides the
    # collections Python starts itself.
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(items):
    # The tests marked slow (a minute or more of a worker's time: the corpus read in every meta mix and
    # without the publisher table, the fault injection, the sync crashes) go first: queued where they fell,
    # one started late held the whole run (stop 78's CI: its last three minutes ran one or two tests).
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def library(tmp_path):
    """A fresh library file, migrated, opened as this process's writer."""
    db = open_writer(tmp_path / "library.db", create=True)
    yield db
    db.close()


@pytest.fixture(scope="module")
def demo_library(tmp_path_factory) -> Path:
    """The six-paper demo library (publish/demo.py) as a file, made once a module."""
    from papershelf.publish.demo import build_demo_library

    db_path = tmp_path_factory.mktemp("demo") / "library.db"
    build_demo_library(db_path)
    return db_path


@pytest.fixture(scope="module")
def demo_server(demo_library):
    """`papershelf serve` over the demo library, Datasette mounted, for a module's tests."""
    with running_server(demo_library, args=()) as running:
        yield running


@pytest.fixture
def two(tmp_path):
    """Two fresh libraries (two machines), as (a, b)."""
    a, b = open_writer(tmp_path / "a.db", create=True), open_writer(tmp_path / "b.db", create=True)
    yield a, b
    a.close()
    b.close()


@dataclass
class InProcessApi:
    """The API app in this process (Litestar's test client), as `server` is a process."""

    test_client: TestClient
    token: str
    db_path: Path

    def client(self):
        """The test client, sending the token (a context, like Server.client)."""
        return nullcontext(self.test_client)


@pytest.fixture(scope="module")
def api(tmp_path_factory) -> InProcessApi:
    """The API in process over a real library file (one per test module)."""
    db_path = tmp_path_factory.mktemp("api") / "library.db"
    db = open_writer(db_path, create=True)
    token = create_token(db, "tests")
    db.close()
    app = create_app(Settings(db_path=db_path, datasette=False))
    with TestClient(app, base_url="http://127.0.0.1", timeout=30,
                    raise_server_exceptions=False) as client:
        client.headers["Authorization"] = f"Bearer {token}"
        yield InProcessApi(client, token, db_path)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Server:
    """A real `papershelf serve` (one per test module); unpacks as (base_url, token, db_path)."""
    db_path = tmp_path_factory.mktemp("served") / "library.db"
    with running_server(db_path) as running:
        yield running

