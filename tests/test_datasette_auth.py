"""The Datasette pages beyond loopback: a token once, then a signed cookie; --public opens them."""

from __future__ import annotations

import re
import time

import httpx
import pytest

from helpers import create_token, datasette_plugin, run_cli, running_server
from papershelf.publish.datasette_app import is_loopback
from papershelf.publish.demo import build_demo_library


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("auth") / "library.db"
    build_demo_library(db_path)
    return db_path


def sign_in(client: httpx.Client, token: str, next_path: str = "/data/library/papers"):
    form = client.get("/data/-/papershelf-login", params={"next": next_path})
    csrf = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
    return client.post("/data/-/papershelf-login",
                       data={"csrftoken": csrf, "next": next_path, "token": token})


def test_non_loopback_asks_for_a_token_once(library):
    with running_server(library, args=("--host", "0.0.0.0")) as server, httpx.Client(
        base_url=server.base_url, timeout=30
    ) as client:
        page = client.get("/data/library/papers", params={"status": "read"})
        assert page.status_code == 302
        assert page.headers["location"].startswith("/data/-/papershelf-login?next=")
        assert client.get("/data/library/papers.json").status_code == 403
        assert client.get("/data/library.json", params={"sql": "select 1"}).status_code == 403
        assert sign_in(client, "ps_not-a-token").status_code == 401
        # An absolute URL as `next` is not followed off the site.
        signed = sign_in(client, server.token, next_path="https://evil.example/")
        assert signed.status_code == 302 and signed.headers["location"] == "/data/"
        assert "ds_actor" in client.cookies
        assert client.get("/data/library/papers.json").status_code == 200
        # The API's own auth is untouched: no bearer token, no API.
        assert client.get("/api/papers").status_code == 401

    # The cookie outlives a restart (the signing secret is derived, not random).
    cookie = {"ds_actor": client.cookies["ds_actor"]}
    with running_server(library, token=server.token, args=("--host", "0.0.0.0")) as again:
        returning = httpx.get(again.base_url + "/data/library/papers.json", cookies=cookie)
        assert returning.status_code == 200


def test_public_flag_and_loopback_are_open(library):
    with running_server(library, args=("--host", "0.0.0.0", "--public")) as server:
        assert httpx.get(server.base_url + "/data/library/papers.json").status_code == 200
    with running_server(library, args=()) as server:
        assert httpx.get(server.base_url + "/data/library/papers.json").status_code == 200


def test_revoked_token_stops_working(library):
    token = create_token(library, "to-revoke")
    with running_server(library, token=token, args=("--host", "0.0.0.0")) as server, \
            httpx.Client(base_url=server.base_url, timeout=30) as client:
        assert sign_in(client, token).status_code == 302
        assert client.get("/data/library/papers.json").status_code == 200
        run_cli("token", "revoke", "to-revoke", db_path=library)
        # The server re-reads a signed-in token's row at most every _RECHECK_SECONDS.
        deadline = time.monotonic() + datasette_plugin('papershelf_signin')._RECHECK_SECONDS + 3
        while client.get("/data/library/papers.json").status_code == 200:
            assert time.monotonic() < deadline, "a revoked token still opens the pages"
            time.sleep(0.2)


def test_loopback_hosts():
    assert is_loopback("127.0.0.1") and is_loopback("::1")
    assert is_loopback("localhost") and is_loopback("127.0.0.2")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
