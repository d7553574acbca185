"""Slow and oversized clients cannot hold the server: request heads and bodies have
timeouts, heads a size limit, connections a cap; everyone else is answered meanwhile.

The timeouts are made short through the environment (api/server.py ENV_LIMITS).
"""

from __future__ import annotations

import contextlib
import threading
import time

import httpx
import pytest

from helpers import running_server
from http_wire import connect, error_body, read_response, wait_closed

HALF_SENT = 50
TIMEOUTS = {"PAPERSHELF_HEAD_TIMEOUT": "1", "PAPERSHELF_BODY_TIMEOUT": "1"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("slow") / "library.db"
    with running_server(db_path, env=TIMEOUTS) as running:
        yield running


def test_half_sent_requests_are_closed_while_others_are_answered(server):
    heads = [connect(server) for _ in range(HALF_SENT)]
    for sock in heads:
        sock.sendall(b"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthor")
    bodies = [connect(server) for _ in range(HALF_SENT)]
    for sock in bodies:
        sock.sendall(b"POST /api/captures HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     + f"Authorization: Bearer {server.token}\r\n".encode()
                     + b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"url\": ")
    silent = [connect(server) for _ in range(10)]  # connected, nothing sent
    with server.client() as client:
        for _ in range(5):
            assert client.get("/api/status").status_code == 200

    received = wait_closed(heads + bodies + silent, within=8)
    for data in received[:HALF_SENT]:
        assert data.startswith(b"HTTP/1.1 408 ") and b'"request_timeout"' in data
    for data in received[HALF_SENT:2 * HALF_SENT]:
        assert data.startswith(b"HTTP/1.1 408 ")
        assert error_body(data.partition(b"\r\n\r\n")[2])["error"] == "request_timeout"
    assert received[2 * HALF_SENT:] == [b""] * 10
    with server.client() as client:
        assert client.get("/api/status").status_code == 200


def test_a_head_sent_a_byte_at_a_time_is_closed_all_the_same(server):
    # uvicorn's own keep-alive timer restarts on every byte received.
    sock = connect(server)
    request = b"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100

    def trickle() -> None:
        try:
            for byte in request:
                sock.sendall(bytes([byte]))
                time.sleep(0.1)
        except OSError:
            pass  # closed: what the test wants

    sender = threading.Thread(target=trickle, daemon=True)
    sender.start()
    data = wait_closed([sock], within=6)[0]
    sender.join(timeout=15)
    assert data.startswith(b"HTTP/1.1 408 ")


def test_body_trickling_in_is_cut_off(server):
    sock = connect(server)
    sock.sendall(b"POST /api/captures HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 + f"Authorization: Bearer {server.token}\r\n".encode()
                 + b"Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n")

    def trickle() -> None:
        try:
            for _ in range(100):
                sock.sendall(b" ")
                time.sleep(0.1)
        except OSError:
            pass

    threading.Thread(target=trickle, daemon=True).start()
    data = wait_closed([sock], within=6)[0]
    assert data.startswith(b"HTTP/1.1 408 ")


def test_idle_keep_alive_connection_is_closed(server):
    sock = connect(server)
    sock.sendall(f"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 f"Authorization: Bearer {server.token}\r\n\r\n".encode())
    assert read_response(sock)[0] == 200
    assert wait_closed([sock], within=8) == [b""]


def test_oversized_request_heads_are_refused(server):
    cases = [
        (b"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n"
         + b"".join(b"X-Many-%d: x\r\n" % i for i in range(1000)) + b"\r\n", 431),
        (b"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Huge: " + b"x" * (2 * 1024 * 1024)
         + b"\r\n\r\n", 431),
        (b"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Endless: " + b"x" * (8 * 1024 * 1024), 431),
        (b"GET /data/library/papers?sql=" + b"x" * (40 * 1024) + b" HTTP/1.1\r\n"
         b"Host: 127.0.0.1\r\n\r\n", 414),
    ]
    for request, status in cases:
        sock = connect(server)
        with contextlib.suppress(OSError):  # refused and closed before it was all sent
            sock.sendall(request)
        data = wait_closed([sock], within=5)[0]
        assert data.startswith(b"HTTP/1.1 %d " % status), data[:200]
        assert error_body(data.partition(b"\r\n\r\n")[2])["status"] == status
    with server.client() as client:
        assert client.get("/api/status").status_code == 200


def test_connections_beyond_the_cap_are_closed_at_once(tmp_path):
    env = {"PAPERSHELF_MAX_CONNECTIONS": "20", "PAPERSHELF_HEAD_TIMEOUT": "30"}
    with running_server(tmp_path / "library.db", env=env) as server:
        held = [connect(server) for _ in range(20)]
        time.sleep(0.5)  # let the server accept them all
        extra = [connect(server, timeout=5) for _ in range(5)]
        # Closed by the server long before the 30 s head timeout.
        assert wait_closed(extra, within=5) == [b""] * 5
        with pytest.raises(httpx.TransportError):
            httpx.get(server.base_url + "/api/status", headers=server.headers, timeout=5)
        for sock in held:
            sock.close()
        deadline = time.monotonic() + 10
        while True:
            try:
                response = httpx.get(server.base_url + "/api/status", headers=server.headers, timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not take connections again"
                time.sleep(0.1)
        assert response.status_code == 200
