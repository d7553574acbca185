"""Every route has a body limit, answered 413 in the one error shape before the body
is read: outside /api (Datasette, its sign-in form) a few dozen KiB.

The server listens beyond loopback here, so the sign-in form is live and a table page
refuses a visitor without a cookie: both used to read a 64 MiB body whole first.
"""

from __future__ import annotations

import psutil
import pytest

from helpers import running_server
from http_wire import connect, error_body, read_response, send_while_reading
from papershelf.publish.demo import build_demo_library

BODY = 64 * 1024 * 1024
BLOCK = b"token=" + b"a" * (65536 - 6)
# The server may buffer a little of what was sent before it answers; never the body.
MAX_GROWTH = 8 * 1024 * 1024
SMALL_BODY_BYTES = 64 * 1024  # api/http_guard.py: the limit outside /api


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("bodies") / "library.db"
    build_demo_library(db_path)
    with running_server(db_path, args=("--host", "0.0.0.0")) as running:
        yield running


def rss(server) -> int:
    return psutil.Process(server.process.pid).memory_info().rss


def post(server, path: str, headers: bytes, blocks) -> tuple[int, dict]:
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            "Cookie: ds_actor=anything; ds_csrftoken=anything\r\n").encode() + headers + b"\r\n"
    status, response_headers, body = send_while_reading(connect(server), [head, *blocks])
    payload = error_body(body)
    assert payload["status"] == status
    return status, response_headers


def test_64_mib_form_to_a_datasette_page_is_refused_from_its_length(server):
    before = rss(server)
    status, headers = post(server, "/data/library/papers", f"Content-Length: {BODY}\r\n".encode(),
                           (BLOCK for _ in range(BODY // len(BLOCK))))
    assert status == 413
    assert headers["connection"] == "close"
    assert rss(server) - before < MAX_GROWTH


def test_64_mib_chunked_sign_in_is_cut_off_at_the_limit(server):
    before = rss(server)
    chunk = f"{len(BLOCK):x}\r\n".encode() + BLOCK + b"\r\n"
    status, _ = post(server, "/data/-/papershelf-login", b"Transfer-Encoding: chunked\r\n",
                     [*(chunk for _ in range(BODY // len(BLOCK))), b"0\r\n\r\n"])
    assert status == 413
    assert rss(server) - before < MAX_GROWTH


def test_chunked_body_just_over_the_limit_is_refused_and_one_under_is_read(server):
    over = b"a" * (SMALL_BODY_BYTES + 1)
    status, _ = post(server, "/data/-/papershelf-login", b"Transfer-Encoding: chunked\r\n",
                     [f"{len(over):x}\r\n".encode() + over + b"\r\n0\r\n\r\n"])
    assert status == 413
    under = b"token=" + b"a" * (SMALL_BODY_BYTES - 6)
    sock = connect(server)
    sock.sendall(b"POST /data/-/papershelf-login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 b"Content-Type: application/x-www-form-urlencoded\r\n"
                 + f"Content-Length: {len(under)}\r\n\r\n".encode() + under)
    status, _, _ = read_response(sock)
    sock.close()
    assert status in (401, 403)  # read, and refused for what it says (no CSRF token)


def test_server_answers_after_refusing(server):
    with server.client() as client:
        assert client.get("/api/status").status_code == 200
