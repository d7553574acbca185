"""What the benchmark cases share: a result row, a free port, the papershelf command, a
`papershelf serve` started with a token of its own, and the CPU a server's processes use
(to wait until one has settled)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from urllib.parse import urlencode

import httpx


def row(case: str, metric: str, value, unit: str, target=None, ok=None) -> dict:
    return {"case": case, "metric": metric, "value": value, "unit": unit, "target": target,
            "ok": ok}


def rows_for(case: str):
    """`row` with the case filled in: each case module's `_row`."""
    return partial(row, case)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def papershelf_command() -> list[str]:
    """The .venv's `papershelf` script, else `python -m papershelf`."""
    script = Path(sys.executable).with_name("papershelf")
    return [str(script)] if script.exists() else [sys.executable, "-m", "papershelf"]


class Poster:
    """One kept-alive HTTP/1.1 connection that sends prepared requests and reads each answer's
    status, headers and body, for a load generator or a timing client that costs the machine
    little: with httpx's client, eight posting threads took 3.0 ms of CPU per 300 KB capture,
    a sixth of what the whole two-core machine spent per capture, and a search page's GET
    1.4 ms (this client 0.2), taken from the server it measures. Answers carry Content-Length
    or come chunked (Datasette's HTML pages)."""

    def __init__(self, base: str, headers: dict[str, str], timeout: float = 30):
        host, _, port = base.removeprefix("http://").partition(":")
        self._address, self._timeout = (host, int(port or 80)), timeout
        self._fixed = "".join(f"{name}: {value}\r\n" for name, value in
                              {"Host": host, **headers}.items())
        self._sock = self._reader = None

    def post(self, path: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
        return self._send(f"POST {path} HTTP/1.1\r\n{self._fixed}"
                          f"Content-Length: {len(body)}\r\n\r\n".encode() + body)

    def get(self, path: str, params: dict[str, str] | None = None,
            headers: dict[str, str] | None = None) -> bytes:
        """The body of a GET that must answer 200 (else RuntimeError, with the status)."""
        query = f"?{urlencode(params)}" if params else ""
        extra = "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
        status, _, answer = self._send(
            f"GET {path}{query} HTTP/1.1\r\n{self._fixed}{extra}\r\n".encode())
        if status != 200:
            raise RuntimeError(f"GET {path}{query} answered {status}")
        return answer

    def _send(self, request: bytes) -> tuple[int, dict[str, str], bytes]:
        fresh = self._sock is None
        if fresh:
            self._sock = socket.create_connection(self._address, timeout=self._timeout)
            self._reader = self._sock.makefile("rb")
        try:
            self._sock.sendall(request)
            line = self._reader.readline()
        except ConnectionError:
            line = b""
        if not line:
            self.close()
            if fresh:
                raise ConnectionError(f"{self._address} closed a new connection without answering")
            # The server closes a connection idle past its keep-alive time (5 s): a bench
            # that spends longer between two requests (a bare query of a common word, six
            # times) finds it closed, as any HTTP client does, and sends again on a new one.
            return self._send(request)
        status = int(line.split(None, 2)[1])
        headers: dict[str, str] = {}
        while (line := self._reader.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            answer = self._reader.read(int(headers["content-length"]))
        else:
            answer = self._chunked()
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers, answer

    def _chunked(self) -> bytes:
        parts = []
        while size := int(self._reader.readline().split(b";")[0], 16):
            parts.append(self._reader.read(size))
            self._reader.readline()
        while self._reader.readline() not in (b"\r\n", b"\n", b""):  # trailers
            pass
        return b"".join(parts)

    def close(self) -> None:
        if self._sock is not None:
            self._reader.close()
            self._sock.close()
            self._sock = self._reader = None


def start_server(db_path: Path, *extra: str, wait_s: float = 60
                 ) -> tuple[subprocess.Popen, str, str]:
    """`papershelf serve --no-datasette` over `db_path` (created if new), answering: the
    process, its base URL and a token made for it; its output appends to serve.log beside."""
    from papershelf.store.db import open_writer

    open_writer(db_path, create=True).close()  # `token create` never starts a library
    made = subprocess.run([*papershelf_command(), "token", "create", "bench", "--db", str(db_path)],
                          capture_output=True, text=True, check=True)
    token = made.stdout.strip().splitlines()[-1]
    port = free_port()
    log = (db_path.parent / "serve.log").open("a")
    process = subprocess.Popen([*papershelf_command(), "serve", "--db", str(db_path), "--port",
                                str(port), "--no-datasette", *extra],
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/status", headers={"Authorization": f"Bearer {token}"}
                         ).status_code == 200:
                return process, base, token
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("papershelf serve did not start")


def cpu_seconds(pid: int, *, alone: bool = False) -> float:
    """CPU time (user + system) of a process and every process under it (`alone`: of the
    process itself), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    if alone:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree, frontier = {pid}, {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - tree
        tree |= frontier
    return sum(used.get(member, 0.0) for member in tree)


def settle(pid: int, limit_s: float = 30.0) -> None:
    """Wait until the server and the processes under it are idle (at most `limit_s`): after
    the warm-up, the first captures start its recommendations' first pass, which imports
    scikit-learn, a cost of starting that the measured load counted as the captures' (34%
    of the server's GIL time in a py-spy profile); a server just started on a library
    analyses its papers' text in its discover process (search_bench).

    Idle means quiet for longer than the discover relay's poll: the relay starts its child
    only once it sees a first paper (discover/worker.py), up to a poll after the warm-up
    stored one, so a quiet half second could fall before the child's start, and the load
    measured next then counted its ~1.2 s of CPU (stop 54: 7.3 ms of CPU a capture where
    the settled server spends 6.0)."""
    from papershelf.discover.worker import INTERVAL

    deadline = time.monotonic() + limit_s
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        before = cpu_seconds(pid)
        time.sleep(0.5)
        if cpu_seconds(pid) - before >= 0.025:  # over 5% of a core
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > INTERVAL + 0.5:
            return
