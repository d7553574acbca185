"""Captures read in worker processes (capture_pool.ParsePool): same answers and errors as on a
thread, a dead worker costs one 503 (not the server), and no worker outlives `serve`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import msgspec
import pytest

from helpers import page, running_server
from papershelf.capture import INLINE_BELOW

PAPER_URL = "https://huggingface.co/papers/1810.04805"


def paper_capture() -> dict:
    html = page("hf_paper_1810.04805.excerpt.html")
    assert len(html) > INLINE_BELOW  # big enough to be read by a worker process
    return {"capture_id": uuid.uuid4().hex, "url": PAPER_URL, "html": html}


def not_a_paper() -> dict:
    filler = "<p>Nothing scholarly here, only words about the weather.</p>" * 1000
    return {"capture_id": uuid.uuid4().hex, "url": "https://example.org/blog",
            "html": f"<html><head><title>A blog</title></head><body>{filler}</body></html>"}


def workers(app) -> list:
    return list(app.state.parse_pool._executor._processes.values())


def test_big_capture_is_read_by_a_worker_process_and_stored(api):
    with api.client() as client:
        response = client.post("/api/captures", json=paper_capture())
        assert response.status_code == 201, response.text
        assert [paper["arxiv_id"] for paper in response.json()["papers"]] == ["1810.04805"]
        assert workers(client.app), "the capture never reached a worker process"
        assert all(process.pid != os.getpid() for process in workers(client.app))


def test_big_page_without_a_paper_gets_its_clear_400_from_the_worker(api):
    with api.client() as client:
        response = client.post("/api/captures", json=not_a_paper())
    assert response.status_code == 400
    assert response.json()["error"] == "no_paper" and response.json()["field"] == "html"


# A big page is decoded by the worker that reads it, not by the server (capture.CaptureHead):
# what it finds wrong there is answered as the server would have answered it.
FILLER = "words " * 8_000


@pytest.mark.parametrize("page, kind", [([FILLER], "array"), ({"page": FILLER}, "object"),
                                        (5, "int")])
def test_a_big_page_that_is_no_string_is_named_in_its_400(api, page, kind):
    body = {"capture_id": uuid.uuid4().hex, "url": PAPER_URL, "html": page, "text": FILLER}
    with api.client() as client:
        response = client.post("/api/captures", json=body)
    assert (response.status_code, response.json()) == (400, {
        "status": 400, "error": "validation_error", "field": "html",
        "message": f"html: Expected `str | null`, got `{kind}`"})


# (Half a surrogate pair is read as U+FFFD: tests/test_surrogates.py.)
@pytest.mark.parametrize("page, says", [
    (b"\xff", "the request body is not UTF-8 (byte 48000 is not valid)"),
])
def test_a_big_page_that_is_no_utf8_text_gets_its_one_line_400(api, page, says):
    body = (b'{"capture_id": "%s", "url": "%s", "html": "%s%s"}'
            % (uuid.uuid4().hex.encode(), PAPER_URL.encode(), FILLER.encode(), page))
    assert len(body) >= INLINE_BELOW
    with api.client() as client:
        response = client.post("/api/captures", content=body,
                               headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"status": 400, "error": "bad_request", "message": says,
                               "field": None}


def test_the_other_fields_of_a_big_capture_are_still_checked_by_the_server(api):
    body = {"capture_id": uuid.uuid4().hex, "url": PAPER_URL, "html": FILLER, "rating": 9}
    with api.client() as client:
        response = client.post("/api/captures", json=body)
    assert response.status_code == 400
    assert response.json()["field"] == "rating"


def test_the_server_leaves_a_big_page_as_json_for_its_worker():
    from types import SimpleNamespace

    from papershelf.api.capture_body import CaptureBody
    from papershelf.capture import CaptureHead, CaptureRequest

    def read(body: bytes, pool):
        connection = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(parse_pool=pool)))
        return CaptureBody(connection).decode_bytes(body)

    capture = paper_capture()
    big = msgspec.json.encode(capture)
    head = read(big, pool=object())
    assert isinstance(head, CaptureHead) and head.has_html
    assert msgspec.json.decode(head.html) == capture["html"]
    assert isinstance(read(big, pool=None), CaptureRequest)  # no workers: read here
    small = msgspec.json.encode({"capture_id": "a1", "url": PAPER_URL, "html": "<p>a</p>"})
    assert read(small, pool=object()).html == "<p>a</p>"


def test_dead_capture_worker_is_one_503_and_the_next_capture_is_stored(api):
    with api.client() as client:
        assert client.post("/api/captures", json=paper_capture()).status_code == 201
        executor = client.app.state.parse_pool._executor
        for process in workers(client.app):
            os.kill(process.pid, signal.SIGKILL)
        for process in workers(client.app):
            process.join(10)
        failed = client.post("/api/captures", json=paper_capture())
        assert failed.status_code == 503, failed.text
        assert failed.json()["error"] == "unavailable" and "Traceback" not in failed.text
        assert client.app.state.parse_pool._executor is not executor  # started again
        again = client.post("/api/captures", json=paper_capture())
        assert again.status_code == 201, again.text
        assert client.get("/api/status").status_code == 200


def children_of(pid: int) -> set[int]:
    """Every process descended from `pid` (from /proc: this runs on Linux)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def gone_within(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while (left := {pid for pid in pids if alive(pid)}) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


@pytest.mark.parametrize("stop", ["terminate", "kill"])
def test_serve_leaves_no_capture_worker_behind(tmp_path, stop):
    """Stopped (SIGTERM) the server shuts its pool down; killed outright (SIGKILL) its
    forkserver exits and takes the workers with it (their parent-death signal)."""
    with running_server(tmp_path / "library.db") as server:
        with server.client() as client:
            assert client.post("/api/captures", json=paper_capture()).status_code == 201
        spawned = children_of(server.process.pid)
        assert len(spawned) >= 2  # the forkserver and at least one worker
        getattr(server.process, stop)()
        server.process.wait(timeout=15)
        assert gone_within(spawned, 10) == set()


def test_closing_the_pool_stops_a_worker_stuck_on_a_page():
    """A page a worker never finishes must not keep `serve` from stopping."""
    from papershelf.capture_pool import ParsePool

    pool = ParsePool(1)
    stuck = pool._executor.submit(time.sleep, 600)
    while not pool._executor._processes:
        time.sleep(0.01)
    (process,) = pool._executor._processes.values()
    while not stuck.running():
        time.sleep(0.01)
    pool.close(grace=0.5)
    assert not process.is_alive()


def test_a_worker_started_after_its_server_died_leaves_at_once_and_quietly():
    """A server killed while its capture pool was starting (the fault test kills servers at
    any moment): the worker's watch finds no such process. It must leave, not die of the
    lookup and stay."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # reaped: no process has its pid now
    worker = subprocess.run(
        [sys.executable, "-c", f"from papershelf.lifetime import _exit_with; _exit_with({gone.pid})"],
        capture_output=True, text=True, timeout=30)
    assert worker.returncode == 0, worker.stderr
    assert worker.stderr == ""
