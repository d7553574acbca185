"""Shared fixtures: a temporary library, and a real `papershelf serve` over one."""

from __future__ import annotations

import pytest

from helpers import Server, running_server
from papershelf.store.db import open_writer


@pytest.fixture
def library(tmp_path):
    """A fresh library file, migrated, opened as this process's writer."""
    db = open_writer(tmp_path / "library.db", create=True)
    yield db
    db.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Server:
    """A real `papershelf serve` (one per test module); unpacks as (base_url, token, db_path)."""
    db_path = tmp_path_factory.mktemp("served") / "library.db"
    with running_server(db_path) as running:
        yield running

