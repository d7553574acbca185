"""After signing in, the page to return to (`next`) is always a page of this Datasette.

Browsers drop tabs and newlines from a URL and read `\\` as `/`: `/<TAB>/evil.example`
is `//evil.example`, another site.
"""

from __future__ import annotations

import re

import httpx
import pytest

from helpers import datasette_plugin, running_server
from papershelf.publish.demo import build_demo_library

OFF_SITE = [
    "/\t/evil.example/stolen", "/\n/evil.example/", "/\r\n/evil.example/", "\t//evil.example/",
    "/\\evil.example/", "\\\\evil.example/", "//evil.example/", "https://evil.example/",
    "/data/../../evil.example/", "/data/%2e%2e/%2e%2e/evil.example", "javascript:alert(1)",
    " /data/", "/data/\x00", "/api/papers", "data/library",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("redirect") / "library.db"
    build_demo_library(db_path)
    with running_server(db_path, args=("--host", "0.0.0.0")) as running:
        yield running


def sign_in(server, next_value: str) -> httpx.Response:
    with httpx.Client(base_url=server.base_url, timeout=30) as client:
        form = client.get("/data/-/papershelf-login")
        csrf = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        return client.post("/data/-/papershelf-login",
                           data={"csrftoken": csrf, "next": next_value, "token": server.token})


def test_sign_in_never_sends_the_browser_off_site(server):
    for value in OFF_SITE:
        response = sign_in(server, value)
        assert response.status_code == 302, value
        assert response.headers["location"] == "/data/", value


def test_sign_in_form_never_carries_an_off_site_next(server):
    with httpx.Client(base_url=server.base_url, timeout=30) as client:
        # As an attacker's link would send it: `?next=/%09/evil.example/stolen`.
        page = client.get("/data/-/papershelf-login?next=/%09/evil.example/stolen")
        assert page.status_code == 401
        assert re.search(r'name="next" value="([^"]*)"', page.text).group(1) == "/data/"


def test_sign_in_returns_to_the_page_asked_for(server):
    response = sign_in(server, "/data/library/papers?status=read&_sort=title")
    assert response.headers["location"] == "/data/library/papers?status=read&_sort=title"


@pytest.mark.parametrize("value", OFF_SITE)
def test_off_site_next_is_refused(value):
    safe_next = datasette_plugin("papershelf_signin").safe_next

    assert safe_next("/data/", value) is None


def test_pages_of_this_datasette_are_kept():
    safe_next = datasette_plugin("papershelf_signin").safe_next

    for value in ("/data/", "/data/library/papers?status=read", "/data/library/notes#n1",
                  "/data/library/papers?_next=..%2F..", "/data/library/papers?next=//evil.example"):
        assert safe_next("/data/", value) == value
