"""DNS rebinding: the server answers only the host names it listens as.

A web page whose name is made to resolve to 127.0.0.1 is same-origin with this server
in the browser: only the Host header it sends (its own name) tells it apart.
"""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest

from helpers import run_cli, running_server
from http_wire import connect, error_body, read_response
from papershelf.api.settings import Settings

NOTE_TEXT = "drops recurrence entirely"  # a note of the demo library


@pytest.fixture(scope="module")
def library(demo_library) -> Path:
    return demo_library


@pytest.fixture(scope="module")
def server(demo_server):
    return demo_server


def assert_invalid_host(response: httpx.Response) -> None:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert error_body(response.content)["error"] == "invalid_host"
    assert response.headers["x-request-id"]
    assert NOTE_TEXT not in response.text


def test_rebound_host_name_reads_nothing_of_the_library(server):
    evil = {"Host": "evil.example:8000", **server.headers}
    with httpx.Client(base_url=server.base_url, timeout=30) as client:
        for path in ("/data/library/notes.json", "/data/library.json?sql=select+body+from+notes",
                     "/data/library/notes", "/api/papers", "/api/status", "/", "/schema/openapi.json"):
            assert_invalid_host(client.get(path, headers=evil))
        assert_invalid_host(client.post("/api/captures", headers=evil, json={
            "capture_id": "rebound", "url": "https://arxiv.org/abs/1706.03762", "text": "x"}))
        assert_invalid_host(client.options("/api/papers", headers={
            **evil, "Origin": "http://evil.example:8000", "Access-Control-Request-Method": "GET"}))
        # The same requests under the names this server listens as.
        port = server.base_url.rsplit(":", 1)[1]
        for host in ("127.0.0.1", f"127.0.0.1:{port}", "localhost", f"localhost:{port}",
                     f"[::1]:{port}", "[::1]", "LocalHost."):
            notes = client.get("/data/library/notes.json", headers={"Host": host})
            assert notes.status_code == 200 and NOTE_TEXT in notes.text, host
            assert client.get("/api/status", headers={**server.headers, "Host": host}).status_code == 200


def test_host_header_missing_doubled_or_malformed_is_refused(server):
    for host_lines in (b"", b"Host: 127.0.0.1\r\nHost: evil.example\r\n", b"Host: 127.0.0.1 evil\r\n",
                       b"Host: [::1\r\n", b"Host: 127.0.0.1:80x\r\n", b"Host: user@127.0.0.1\r\n"):
        sock = connect(server)
        try:
            sock.sendall(b"GET /data/library/notes.json HTTP/1.1\r\n" + host_lines + b"\r\n")
            status, _, body = read_response(sock)
        finally:
            sock.close()
        assert status == 400, host_lines
        assert error_body(body)["error"] == "invalid_host"


def test_every_interface_answers_its_own_names_and_allowed_hosts(library):
    args = ("--host", "0.0.0.0", "--allowed-host", "papers.example.org")
    with running_server(library, args=args) as server, \
            httpx.Client(base_url=server.base_url, headers=server.headers, timeout=30) as client:
        for host in ("papers.example.org:8000", "PAPERS.example.org", socket.gethostname(),
                     "192.0.2.7:8000", "[2001:db8::7]", "localhost"):
            assert client.get("/api/status", headers={"Host": host}).status_code == 200, host
        for host in ("evil.example", "papers.example.org.evil.example", "example.org"):
            assert_invalid_host(client.get("/api/status", headers={"Host": host}))
            assert_invalid_host(client.get("/data/library/notes.json", headers={"Host": host}))


def test_a_named_address_answers_that_address_and_loopback_names_only():
    from papershelf.api.http_guard import host_policy

    policy = host_policy(Settings(db_path=Path("x.db"), host="192.168.1.5",
                                  allowed_hosts=("nas.home.arpa",)))
    for host in ("192.168.1.5", "127.0.0.1", "localhost", "::1", "nas.home.arpa"):
        assert policy.allows(host), host
    for host in ("192.168.1.6", "10.0.0.1", "evil.example", socket.gethostname().lower()):
        assert not policy.allows(host), host


def test_host_header_parsing():
    from papershelf.api.http_guard import split_host

    assert split_host("Example.ORG.:8000") == "example.org"
    assert split_host("[::1]:8000") == "::1"
    for bad in ("", ":8000", "a b", "[::1", "[nothost]", "host:port", "a@b", "a/b", "[::1]x"):
        assert split_host(bad) is None, bad


def test_allowed_host_that_is_not_a_host_name_is_one_line(tmp_path):
    result = run_cli("serve", "--allowed-host", "https://papers.example.org/", "--port", "1",
                     db_path=tmp_path / "library.db", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == ("papershelf: --allowed-host 'https://papers.example.org/' is not "
                                     "a host name (e.g. papers.example.org)")
