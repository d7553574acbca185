"""A listing cursor is read back with the bounds of what the server puts in one: a
crafted cursor holding a number SQLite cannot hold is a 400 naming `cursor`, not a 500."""

from __future__ import annotations

import base64

import msgspec
import pytest


def cursor_of(position: list) -> str:
    return base64.urlsafe_b64encode(msgspec.json.encode(position)).decode().rstrip("=")


@pytest.mark.parametrize("params", [
    {"cursor": cursor_of([2**63])},
    {"cursor": cursor_of([2**70])},
    {"cursor": cursor_of([-(2**63) - 1])},
    {"q": "attention", "cursor": cursor_of([1.5, 2**70])},
])
def test_a_cursor_holding_a_number_beyond_sqlite_is_400_naming_it(api, params):
    with api.client() as client:
        response = client.get("/api/papers", params=params)
    assert response.status_code == 400, response.text
    assert response.json() == {"status": 400, "error": "validation_error",
                               "message": "cursor: not a cursor this server gave",
                               "field": "cursor"}
