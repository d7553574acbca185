"""Raw HTTP/1.1 on a socket, for the tests of what httpx will not send: half-sent
requests, bodies far over a limit, heads of any size (tests/test_http_*.py)."""

from __future__ import annotations

import json
import socket
import threading
import time


def port_of(server) -> int:
    return int(server.base_url.rsplit(":", 1)[1])


def connect(server, timeout: float = 20) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port_of(server)))
    sock.settimeout(timeout)
    return sock


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes (a reset counts as closed)."""
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError):
            return data
        if not chunk:
            return data
        data += chunk


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """One response with a Content-Length body: (status, headers, body)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise AssertionError(f"the server closed before answering: {data!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(lines[0].split()[1]), headers, body[:length]


def send_while_reading(sock: socket.socket, parts) -> tuple[int, dict[str, str], bytes]:
    """Send `parts` from a thread (the server may answer, and close, before they are all
    sent) and read the response."""
    def send() -> None:
        try:
            for part in parts:
                sock.sendall(part)
        except OSError:
            pass  # answered and closed: what the tests want

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        return read_response(sock)
    finally:
        sock.close()
        sender.join(timeout=20)


def error_body(body: bytes) -> dict:
    payload = json.loads(body)
    assert set(payload) == {"status", "error", "message", "field"}, payload
    return payload


def wait_closed(sockets: list[socket.socket], within: float) -> list[bytes]:
    """What each socket received until the server closed it; fails when one is still
    open after `within` seconds."""
    deadline = time.monotonic() + within
    received = []
    for sock in sockets:
        sock.settimeout(max(deadline - time.monotonic(), 0.01))
        try:
            received.append(read_until_closed(sock))
        except TimeoutError:
            raise AssertionError(f"a connection was still open after {within} s") from None
        finally:
            sock.close()
    return received
