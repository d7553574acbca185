"""No token, cookie or Authorization header in the server's log; an error is one line
carrying the request id the response names (X-Request-Id, and a 500's message).

Datasette used to print a traceback with the request's locals, its headers among them,
for any 404 under /data/: a sync pointed at `…/data` logged the peer's token.
"""

from __future__ import annotations

import logging
import re
import shutil

import httpx
import pytest
from litestar.testing import TestClient

import papershelf.capture as capture_service
from helpers import run_cli, running_server
from papershelf.api.app import create_app
from papershelf.api.settings import Settings
from papershelf.publish.datasette_app import datasette_dir
from papershelf.publish.demo import build_demo_library
from papershelf.store.db import open_writer
from papershelf.store.tokens import create_token as make_token

COOKIE = "cookie-secret-4f9a2c71"
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+: \S")
# A Datasette route that fails for real inside the served process, its exception
# message quoting the request's credentials (the worst an exception can do).
FAULT_PLUGIN = '''
from datasette import hookimpl


async def fail(request):
    raise RuntimeError("failed holding " + request.headers.get("authorization", "") + " and "
                       + request.headers.get("cookie", ""))


@hookimpl
def register_routes():
    return [(r"^/-/fail$", fail)]
'''


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("logs")
    config = folder / "datasette"
    shutil.copytree(datasette_dir(), config, ignore=shutil.ignore_patterns("__pycache__"))
    (config / "plugins" / "fault_injection.py").write_text(FAULT_PLUGIN)
    build_demo_library(folder / "library.db")
    with running_server(folder / "library.db", args=(),
                        env={"PAPERSHELF_DATASETTE_DIR": str(config)}) as running:
        yield running


def log_lines(server) -> list[str]:
    lines = server.log().splitlines()
    assert lines[0].startswith("papershelf: listening on")
    return lines[1:]


def test_errors_are_one_line_each_and_hold_no_secret(server, tmp_path):
    credentials = {"Authorization": f"Bearer {server.token}", "Cookie": f"ds_actor={COOKIE}"}
    with httpx.Client(base_url=server.base_url, headers=credentials, timeout=30) as client:
        responses = [client.get(path) for path in (
            "/data/nothing/here", "/data/library/papers/x/y", "/data/library/nope.json",
            "/data/api/sync/changes?since=0", "/data/library/papers?_sort=nope", "/data/-/fail",
            "/api/nothing", "/api/papers/0123456789abcdef",
        )]
        responses.append(client.get("/api/status", headers={"Authorization": "Bearer ps_not-a-real-token"}))
    # A mistyped sync URL, from another library: every request it makes carries the token.
    other = tmp_path / "other.db"
    open_writer(other, create=True).close()
    for url in (f"{server.base_url}/data", f"{server.base_url}/data/", f"{server.base_url}/nothing"):
        result = run_cli("sync", url, "--token", server.token, db_path=other, check=False)
        assert result.returncode != 0
        assert server.token not in result.stdout + result.stderr

    server.logged(responses[-1].headers["x-request-id"])
    lines = log_lines(server)
    # the direct GET above, and the syncs to …/data that reached the server
    assert sum("/data/api/sync/changes" in line for line in lines) >= 2
    text = "\n".join(lines)
    assert server.token not in text and "ps_not-a-real-token" not in text
    assert COOKIE not in text
    assert "Traceback" not in text
    for line in lines:
        assert LOG_LINE.match(line), f"not a log line of its own: {line!r}"

    statuses = [response.status_code for response in responses]
    assert statuses == [404, 404, 404, 404, 400, 500, 404, 404, 401]
    failed = responses[5]
    failed_id = failed.headers["x-request-id"]
    assert f"request id {failed_id}" in failed.text
    assert "Traceback" not in failed.text and COOKIE not in failed.text
    for response in responses:
        rid = response.headers["x-request-id"]
        assert sum(rid in line for line in lines) == 1, rid
    assert any(f"request {failed_id}" in line and "RuntimeError" in line for line in lines)


def test_api_failure_is_one_log_line_with_the_request_id_it_answers(tmp_path, monkeypatch, caplog):
    db = open_writer(tmp_path / "library.db", create=True)
    token = make_token(db, "t")
    db.close()

    def explode(*args, **kwargs):
        raise RuntimeError(f"failed on a request with Bearer {token}")

    monkeypatch.setattr(capture_service, "prepare_capture", explode)
    app = create_app(Settings(db_path=tmp_path / "library.db", datasette=False))
    with caplog.at_level(logging.INFO), TestClient(app, base_url="http://127.0.0.1") as client:
        response = client.post("/api/captures", headers={"Authorization": f"Bearer {token}"},
                               json={"capture_id": "c", "url": "https://x.org/"})
    assert response.status_code == 500
    rid = response.headers["x-request-id"]
    assert response.json()["message"] == f"the server failed on this request (request id {rid})"
    records = [record for record in caplog.records if rid in record.getMessage()]
    assert len(records) == 1
    assert records[0].exc_info is None and "\n" not in records[0].getMessage()
    assert "RuntimeError" in records[0].getMessage()
    assert "Traceback" not in caplog.text


def test_secrets_are_blanked_from_any_log_message():
    from papershelf.api.log_lines import redact

    token = "ps_" + "Zx9" * 14
    for message in (
        f"GET with Authorization: Bearer {token}", f"headers={{'authorization': 'Bearer {token}'}}",
        f"[(b'authorization', b'Bearer {token}'), (b'cookie', b'ds_actor={COOKIE}')]",
        f"cookie: ds_actor={COOKIE}; other=1", f"token {token} refused", f"?ds_actor={COOKIE}&x=1",
        f"Authorization: Basic {'dXNlcjpwYXNzd29yZA=='}",
    ):
        cleaned = redact(message)
        assert token not in cleaned and COOKIE not in cleaned and "cGFzc3dvcmQ" not in cleaned, cleaned
    assert redact("GET /data/library/papers -> 404") == "GET /data/library/papers -> 404"

