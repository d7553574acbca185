"""Every error the API answers has one shape: {status, error, message, field}.

Pinned here for every error path, against a real server (and in-process for the
500, which needs a fault injected).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import uuid

import pytest
from litestar.testing import TestClient

import papershelf.capture as capture_service
from helpers import create_token, page
from papershelf.api.app import create_app
from papershelf.api.settings import Settings
from papershelf.store.db import open_writer
from papershelf.store.tokens import create_token as make_token
from papershelf.sync.protocol import PROTOCOL

SHAPE = {"status", "error", "message", "field"}


def assert_error(response, status: int, error: str, field: str | None = None) -> dict:
    """The canonical error body: the status, its code, a message, the field or null."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == SHAPE
    assert (body["status"], body["error"], body["field"]) == (status, error, field)
    assert isinstance(body["message"], str) and body["message"]
    return body


@pytest.fixture(scope="module")
def client(server):
    with server.client() as client:
        yield client


@pytest.fixture(scope="module")
def paper_id(client) -> str:
    response = client.post("/api/captures", json={
        "capture_id": uuid.uuid4().hex, "url": "https://arxiv.org/abs/1706.03762",
        "html": page("arxiv_abs_1706.03762.html")})
    return response.json()["papers"][0]["id"]


def test_malformed_json_is_400_bad_request(client, paper_id):
    for path, method in (("/api/captures", "POST"), (f"/api/papers/{paper_id}", "PATCH"),
                         (f"/api/papers/{paper_id}/notes", "POST")):
        response = client.request(method, path, content=b'{"rating": 5,',
                                  headers={"content-type": "application/json"})
        assert_error(response, 400, "bad_request")


def test_empty_body_is_400_bad_request_that_says_so(client, paper_id):
    for path, method in (("/api/captures", "POST"), (f"/api/papers/{paper_id}", "PATCH")):
        body = assert_error(client.request(method, path), 400, "bad_request")
        assert "body is empty" in body["message"]


def test_validation_error_names_the_field(client, paper_id):
    body = assert_error(client.patch(f"/api/papers/{paper_id}", json={"rating": 6}),
                        400, "validation_error", "rating")
    assert "rating" in body["message"]
    assert_error(client.post("/api/captures", json={"url": "https://x.org/"}),
                 400, "validation_error", "capture_id")
    assert_error(client.post("/api/captures", json={"capture_id": "a:b", "url": "https://x.org/"}),
                 400, "validation_error", "capture_id")
    assert_error(client.get("/api/lookup"), 400, "validation_error", "url")
    assert_error(client.get("/api/papers", params={"status": "done"}),
                 400, "validation_error", "status")


@pytest.mark.parametrize(("method", "path", "sent", "told"), [
    ("GET", "/api/papers?status=done", None, "status: 'done' is not one of unread, reading, read, skipped"),
    ("PATCH", "/api/papers/{pid}", {"status": "done"},
     "status: 'done' is not one of unread, reading, read, skipped"),
    ("POST", "/api/papers/{pid}/notes", {"body": "x", "kind": "todo"},
     "kind: 'todo' is not one of note, highlight, question, to-cite"),
])
def test_a_value_not_among_a_fields_choices_is_told_the_choices(client, paper_id, method, path, sent, told):
    # "Invalid enum value 'done'" told the reader what was wrong, not what to send instead.
    response = client.request(method, path.format(pid=paper_id), json=sent)
    assert (response.status_code, response.json()["message"]) == (400, told)


def test_no_paper_is_400_naming_what_was_read(client):
    response = client.post("/api/captures", json={"capture_id": "c", "url": "https://x.org/"})
    assert_error(response, 400, "no_paper", "url")
    response = client.post("/api/captures", json={"capture_id": "c", "url": "https://x.org/",
                                                   "text": "just words"})
    assert_error(response, 400, "no_paper", "text")


def test_missing_wrong_or_badly_sent_token_is_401_with_no_data(server, paper_id):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": server.token},
                    {"Authorization": f"Basic {server.token}"}):
        with server.client() as client:
            client.headers.clear()
            response = client.get(f"/api/papers/{paper_id}", headers=headers)
        body = assert_error(response, 401, "unauthorized")
        assert paper_id not in response.text and server.token not in body["message"]
        assert response.headers["www-authenticate"].startswith("Bearer")


def test_token_without_the_scope_is_403(server):
    read_only = create_token(server.db_path, "read-only", scopes=("read",))
    headers = {"Authorization": f"Bearer {read_only}"}
    with server.client() as client:
        assert client.get("/api/status", headers=headers).status_code == 200
        response = client.post("/api/captures", headers=headers, json={})
    assert_error(response, 403, "forbidden")


def test_unknown_paper_and_note_are_404(client):
    assert_error(client.get("/api/papers/0123456789abcdef"), 404, "not_found")
    assert_error(client.patch("/api/notes/nope", json={"body": "x"}), 404, "not_found")
    assert_error(client.get("/api/nothing-here"), 404, "not_found")


def test_wrong_method_is_405(client):
    response = client.put("/api/captures", json={})
    assert_error(response, 405, "method_not_allowed")


def test_oversized_body_is_413(server):
    with socket.create_connection(("127.0.0.1", int(server.base_url.rsplit(":", 1)[1]))) as sock:
        sock.sendall(
            b"POST /api/captures HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + f"Authorization: Bearer {server.token}\r\n".encode()
            + b"Content-Length: 11534336\r\n\r\n{"
        )
        head, _, body = _read_response(sock).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413")
    import json

    payload = json.loads(body)
    assert set(payload) == SHAPE and payload["error"] == "payload_too_large"


def _read_response(sock) -> bytes:
    sock.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def test_unexpected_failure_is_500_with_nothing_of_it_in_the_body(tmp_path, monkeypatch, caplog):
    db = open_writer(tmp_path / "library.db", create=True)
    token = make_token(db, "t")
    db.close()

    def explode(*args, **kwargs):
        raise RuntimeError("secret detail /home/someone")

    monkeypatch.setattr(capture_service, "prepare_capture", explode)
    app = create_app(Settings(db_path=tmp_path / "library.db", datasette=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:  # a host the server answers
        response = client.post("/api/captures", headers={"Authorization": f"Bearer {token}"},
                               json={"capture_id": "c", "url": "https://x.org/"})
    body = assert_error(response, 500, "internal_error")
    assert "secret" not in response.text and "Traceback" not in response.text
    assert "secret detail" in caplog.text  # logged for the person running the server
    assert body["message"]


def test_overlong_tag_is_refused_naming_it(client, paper_id):
    body = assert_error(client.patch(f"/api/papers/{paper_id}", json={"tags": ["ok", "x" * 101]}),
                        400, "validation_error", "tags[1]")
    assert "100" in body["message"]


def test_sync_errors_have_the_one_shape_and_say_what_a_client_needs(client):
    """The sync controller once built its own error body; every error goes through
    api/errors.py now, adding only what a sync client acts on."""
    mismatch = client.get("/api/sync/changes", params={"protocol": 7})
    body = mismatch.json()
    assert set(body) == SHAPE | {"protocol"} and (body["status"], body["error"]) == (
        409, "protocol_mismatch")
    assert body["protocol"] == PROTOCOL and body["field"] is None
    push = client.post("/api/sync/changes", content=b"{" * 10 + b"}" * 10,
                       headers={"content-type": "application/json"})
    assert_error(push, 400, "bad_request")
    too_many = {"protocol": PROTOCOL, "machine": "00000000000000aa",
                "changes": [{"type": "alias", "alias": "b", "paper_id": "a", "version": 1}] * 5001}
    body = client.post("/api/sync/changes", json=too_many).json()
    assert set(body) == SHAPE | {"max_bytes", "max_changes"}
    assert (body["status"], body["error"], body["max_changes"]) == (413, "payload_too_large", 5000)


def _served_schema(server) -> dict:
    with server.client() as client:
        return client.get("/schema/openapi.json").json()


def test_the_schema_documents_every_error_answer_with_the_one_shape(server):
    # Litestar documents a 400 of its own ("Validation Exception": status_code, detail, extra) on
    # every operation with a parameter; the server never answers in that shape.
    schema = _served_schema(server)
    wrong = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for status, answer in operation.get("responses", {}).items():
                if int(status) >= 400:
                    shape = answer["content"]["application/json"]["schema"]
                    if shape != {"$ref": "#/components/schemas/ErrorBody"}:
                        wrong.append(f"{method.upper()} {path} {status}")
    assert not wrong


def test_the_schema_shows_no_made_up_example_errors(server):
    # Litestar's example generator (polyfactory and Faker) filled ErrorBody with random
    # letters ("error": "bzayzoQbzdXMsvhsvQnj", "status": 9361) for every reader of /schema.
    error_body = _served_schema(server)["components"]["schemas"]["ErrorBody"]
    assert "examples" not in error_body
    assert all("examples" not in field for field in error_body["properties"].values())


def test_building_the_app_loads_no_example_generator(tmp_path):
    # Faker and polyfactory cost every server start a quarter of a second, for the examples above.
    script = ("import sys; from pathlib import Path; from papershelf.api.app import create_app; "
              "from papershelf.api.settings import Settings; "
              f"create_app(Settings(db_path=Path({str(tmp_path / 'x.db')!r}), datasette=False)); "
              "print(sorted(m for m in ('faker', 'polyfactory') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"


def test_a_library_page_with_no_paper_is_400_naming_the_url(client, server):
    # The address of this server's overview: one of the library's own pages.
    response = client.post("/api/captures", json={"capture_id": "c", "url": f"{server.base_url}/data/",
                                                   "as_web_page": True, "title": "papershelf"})
    assert_error(response, 400, "library_page", "url")
