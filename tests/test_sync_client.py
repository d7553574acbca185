"""The sync client against a misbehaving peer (pytest-httpx): every failure is one
clear line, waits are honoured, nothing is applied or recorded past an error."""

from __future__ import annotations

import re

import httpx
import pytest
from click.testing import CliRunner

from papershelf.cli import cli
from papershelf.records import Paper
from papershelf.store.papers import save_paper
from papershelf.store.tx import machine_id, write
from papershelf.sync.client import sync_with
from papershelf.sync.peer import (
    PeerFailed,
    PeerUnreachable,
    ProtocolMismatch,
    SyncError,
    TokenRefused,
)
from papershelf.sync.protocol import PROTOCOL

URL = "http://peer.test"
CHANGES = re.compile(r"http://peer\.test/api/sync/changes.*")
PEER = "feedfacefeedface"
P = b'{"protocol":%d,' % PROTOCOL  # how a body in this papershelf's protocol starts


def page(next_cursor: int = 0, changes: list | None = None, *, protocol: int = PROTOCOL,
         more: bool = False) -> dict:
    return {"protocol": protocol, "machine": PEER, "changes": changes or [], "next": next_cursor,
            "more": more}


def results(n: int) -> dict:
    return {"protocol": PROTOCOL, "machine": PEER, "results": [{"status": "new"}] * n}


@pytest.fixture
def sleeps() -> list[float]:
    """The waits the client asked for (pass `sleep=sleeps.append`), none of them slept."""
    return []


def no_sleep(seconds: float) -> None:
    raise AssertionError(f"the client waited {seconds} s where it should not")


@pytest.fixture
def papers(library) -> int:
    """Three local papers to push."""
    with write(library) as tx:
        for i in range(3):
            save_paper(tx, Paper(title=f"Local paper {i}"), rank=2, hlc=tx.now())
    return 3


def sync(library, **kwargs):
    kwargs.setdefault("sleep", no_sleep)
    return sync_with(library, URL, "t0ken", **kwargs)


def cursors(library) -> list[tuple]:
    return library.execute("SELECT peer, pull_cursor, push_cursor FROM sync_peers").fetchall()


def test_a_peer_that_cannot_be_reached_is_one_line(library, httpx_mock):
    httpx_mock.add_exception(httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(PeerUnreachable, match=r"^cannot reach http://peer.test: .*refused$"):
        sync(library)


def test_time_outs_are_retried_then_reported(library, httpx_mock, sleeps):
    for _ in range(5):
        httpx_mock.add_exception(httpx.ReadTimeout("timed out"))
    with pytest.raises(PeerUnreachable, match=r"did not answer GET /api/sync/changes within 3 s"):
        sync(library, timeout=3, sleep=sleeps.append)
    assert len(sleeps) == 4


def test_a_time_out_then_an_answer_completes(library, httpx_mock, sleeps):
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"))
    httpx_mock.add_response(url=CHANGES, json=page(0))
    report = sync(library, sleep=sleeps.append)
    assert (report.pulled, report.pushed) == (0, 0)
    assert sleeps == [1.0]


def test_a_refused_token_is_one_line(library, httpx_mock):
    httpx_mock.add_response(url=CHANGES, status_code=401, json={
        "status": 401, "error": "unauthorized", "message": "a valid token is required"})
    with pytest.raises(TokenRefused, match=r"^http://peer.test refused the token \(401"):
        sync(library)
    assert cursors(library) == []


def test_a_token_without_the_sync_scope(library, httpx_mock):
    httpx_mock.add_response(url=CHANGES, status_code=403, json={
        "status": 403, "error": "forbidden", "message": "this token lacks the 'sync' scope"})
    with pytest.raises(TokenRefused, match="may not sync"):
        sync(library)


def test_retry_after_is_honoured_on_429_and_503(library, httpx_mock, sleeps):
    httpx_mock.add_response(url=CHANGES, status_code=429, headers={"Retry-After": "7"},
                            json={"status": 429, "error": "rate_limited", "message": "slow down"})
    httpx_mock.add_response(url=CHANGES, status_code=503, headers={"Retry-After": "2"})
    httpx_mock.add_response(url=CHANGES, json=page(0))
    sync(library, sleep=sleeps.append)
    assert sleeps == [7.0, 2.0]


def test_a_retry_after_too_long_to_wait_is_left_to_the_next_run(library, httpx_mock, sleeps):
    httpx_mock.add_response(url=CHANGES, status_code=503, headers={"Retry-After": "3600"})
    with pytest.raises(PeerFailed, match=r"busy \(503\) and asks to retry after 3600 s"):
        sync(library, sleep=sleeps.append)
    assert sleeps == []


def test_a_server_error_is_retried_then_reported(library, httpx_mock, sleeps):
    for _ in range(5):
        httpx_mock.add_response(url=CHANGES, status_code=500, json={
            "status": 500, "error": "internal_error", "message": "the server failed"})
    with pytest.raises(PeerFailed, match=r"answered GET /api/sync/changes with 500 internal_error"):
        sync(library, sleep=sleeps.append)
    assert sleeps == [1.0, 2.0, 4.0, 8.0]
    assert cursors(library) == []


@pytest.mark.parametrize("body", [b"<html>oops</html>", b'{"protocol":%d}' % PROTOCOL, b"",
                                  P + b'"machine":"m","changes":[{"kind":"x"}],'
                                  b'"next":1,"more":false}',
                                  P + b'"machine":"' + PEER.encode() + b'","changes":'
                                  + b"[" * 100_000 + b"]" * 100_000 + b',"next":1,"more":false}',
                                  P + b'"machine":"\xff\xfe","changes":[],'
                                  b'"next":1,"more":false}'])
def test_a_malformed_body_is_reported_and_nothing_applied(library, httpx_mock, body):
    httpx_mock.add_response(url=CHANGES, content=body)
    with pytest.raises(PeerFailed, match="malformed"):
        sync(library)
    assert cursors(library) == []


def test_another_protocol_version_is_refused(library, httpx_mock):
    httpx_mock.add_response(url=CHANGES, json=page(5, protocol=PROTOCOL + 1))
    with pytest.raises(ProtocolMismatch, match=f"speaks sync protocol {PROTOCOL + 1}; this "):
        sync(library)
    assert cursors(library) == []


def test_a_server_refusing_our_protocol_version(library, httpx_mock):
    httpx_mock.add_response(url=CHANGES, status_code=409, json={
        "status": 409, "error": "protocol_mismatch", "message": "…", "protocol": 7})
    with pytest.raises(ProtocolMismatch, match="speaks sync protocol 7"):
        sync(library)


def test_413_splits_the_batch_until_it_fits(library, papers, httpx_mock):
    httpx_mock.add_response(method="GET", url=CHANGES, json=page(0))
    httpx_mock.add_response(method="POST", url=CHANGES, status_code=413, json={
        "status": 413, "error": "payload_too_large", "message": "at most 2 changes"})
    httpx_mock.add_response(method="POST", url=CHANGES, json=results(1))
    httpx_mock.add_response(method="POST", url=CHANGES, json=results(2))
    httpx_mock.add_response(method="GET", url=CHANGES, json=page(0))
    report = sync(library)
    assert report.pushed == papers
    sizes = [len(r.read()) for r in httpx_mock.get_requests(method="POST")]
    assert sizes[0] > sizes[1] and sizes[0] > sizes[2]
    assert cursors(library) == [(PEER, 0, 3)]


def test_a_single_change_too_large_is_reported(library, httpx_mock):
    with write(library) as tx:
        save_paper(tx, Paper(title="Only one"), rank=2, hlc=tx.now())
    httpx_mock.add_response(method="GET", url=CHANGES, json=page(0))
    httpx_mock.add_response(method="POST", url=CHANGES, status_code=413, json={
        "status": 413, "error": "payload_too_large", "message": "at most 10 bytes"})
    with pytest.raises(SyncError, match=r"too large: at most 10 bytes \(one change of"):
        sync(library)
    assert cursors(library) == []


def test_the_push_cursor_moves_only_after_the_peer_answered(library, papers, httpx_mock, sleeps):
    httpx_mock.add_response(method="GET", url=CHANGES, json=page(0))
    for _ in range(5):
        httpx_mock.add_response(method="POST", url=CHANGES, status_code=500)
    with pytest.raises(PeerFailed):
        sync(library, sleep=sleeps.append)
    assert cursors(library) == []


def test_our_own_library_as_the_peer_is_refused(library, httpx_mock):
    me = machine_id(library)
    httpx_mock.add_response(url=CHANGES, json={**page(0), "machine": me})
    with pytest.raises(SyncError, match="is this same library"):
        sync(library)


def test_the_command_exits_non_zero_with_one_line(library, tmp_path, httpx_mock):
    httpx_mock.add_response(url=CHANGES, status_code=401, json={
        "status": 401, "error": "unauthorized", "message": "a valid token is required"})
    result = CliRunner().invoke(
        cli, ["sync", URL, "--token", "nope", "--db", str(tmp_path / "library.db")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "papershelf: http://peer.test refused the token (401 unauthorized)"]


def test_the_command_prints_a_summary(tmp_path, httpx_mock):
    httpx_mock.add_response(url=CHANGES, json=page(0))
    result = CliRunner().invoke(cli, ["sync", URL + "/", "--token", "t", "--db",
                                      str(tmp_path / "l.db"), "--create"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines() == [
        f"papershelf: created a new library at {tmp_path / 'l.db'}",
        "synced with http://peer.test: pulled 0, pushed 0, merged 0, conflicts kept 0"]


@pytest.mark.parametrize(("url", "line"), [
    ("127.0.0.1:8767", "127.0.0.1:8767 is not a URL: write http://127.0.0.1:8767"),
    ("localhost:8767", "localhost:8767 is not a URL: write http://localhost:8767"),
    ("http://:8767", "http://:8767 names no host: write http://HOST:PORT"),
    ("http:///api", "http:///api names no host: write http://HOST:PORT"),
    ("ftp://peer.test", "ftp://peer.test: papershelf syncs over http:// or https://, not ftp://"),
    ("http://peer.test:99999", "http://peer.test:99999: port 99999 is out of range"),
    ("http://peer.test:x", "http://peer.test:x is not a valid URL: Invalid port: 'x'"),
])
def test_a_malformed_url_is_one_line_and_makes_no_library(tmp_path, url, line):
    result = CliRunner().invoke(cli, ["sync", url, "--token", "t", "--db", str(tmp_path / "l.db")])
    assert (result.exit_code, result.output.strip().splitlines()) == (1, [f"papershelf: {line}"])
    assert not (tmp_path / "l.db").exists()


def test_what_a_peer_says_reaches_the_user_as_one_bounded_line(library, papers, httpx_mock):
    httpx_mock.add_response(method="GET", url=CHANGES, json=page(0))
    message = "line one\nline two\r\n\x1b[31mred\x1b[0m " + "x" * 5000
    httpx_mock.add_response(method="POST", url=CHANGES, json={
        "protocol": PROTOCOL, "machine": PEER,
        "results": [{"status": "rejected", "message": message}] * papers})
    with pytest.raises(SyncError) as failed:
        sync(library)
    text = str(failed.value)
    assert "\n" not in text and "\r" not in text and "\x1b" not in text
    assert "line one line two" in text and len(text) < 1000
    assert cursors(library) == []  # nothing recorded past the rejected change


def test_a_peer_error_message_is_one_bounded_line(library, httpx_mock):
    httpx_mock.add_response(url=CHANGES, status_code=400, json={
        "status": 400, "error": "bad_request", "message": "first\nsecond " + "y" * 5000})
    with pytest.raises(PeerFailed) as failed:
        sync(library)
    assert "\n" not in str(failed.value) and len(str(failed.value)) < 1000


@pytest.mark.parametrize("changes", [[], "same"])
def test_a_peer_that_says_more_without_moving_its_cursor_is_refused(library, httpx_mock, changes):
    asked: list[httpx.Request] = []
    note = {"type": "note", "id": "n" * 32, "version": 3, "paper_id": "0" * 16,
            "clock": "0001700000000000-0000-" + PEER, "vv": {PEER: 1}, "body": "again"}

    def stuck(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        if len(asked) > 50:
            raise AssertionError("the client keeps asking a peer that never moves on")
        since = int(request.url.params["since"])
        return httpx.Response(200, json=page(since, [note] if changes else [], more=True))

    httpx_mock.add_callback(stuck, url=CHANGES, method="GET", is_reusable=True)
    with pytest.raises(PeerFailed, match="says there is more"):
        sync(library)
    assert len(asked) <= 2
