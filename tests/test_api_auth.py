"""Tokens at the door of a real server: serve makes the first one, revoking works at once,
CORS lets the extension in, and no token ever reaches the log."""

from __future__ import annotations

import subprocess
import time

import httpx

from helpers import free_port, papershelf_command, run_cli


def test_every_api_route_needs_the_token(server):
    routes = [("GET", "/api/status"), ("GET", "/api/papers"), ("GET", "/api/papers/x"),
              ("PATCH", "/api/papers/x"), ("DELETE", "/api/papers/x"),
              ("GET", "/api/papers/x/notes"), ("POST", "/api/papers/x/notes"),
              ("PATCH", "/api/notes/x"), ("DELETE", "/api/notes/x"),
              ("POST", "/api/captures"), ("GET", "/api/lookup?url=https://arxiv.org/abs/1")]
    for method, path in routes:
        response = httpx.request(method, server.base_url + path, json={})
        assert response.status_code == 401, (method, path)
        assert response.json()["error"] == "unauthorized"


def test_status_names_the_token(server):
    with server.client() as client:
        body = client.get("/api/status").json()
    assert body["ok"] is True and body["version"] and isinstance(body["papers"], int)
    assert body["token"].startswith("tests-")


def test_a_revoked_token_is_refused_on_the_next_request(server):
    token = run_cli("token", "create", "short-lived", db_path=server.db_path).stdout.split()[-1]
    headers = {"Authorization": f"Bearer {token}"}
    assert httpx.get(server.base_url + "/api/status", headers=headers).status_code == 200
    run_cli("token", "revoke", "short-lived", db_path=server.db_path)
    assert httpx.get(server.base_url + "/api/status", headers=headers).status_code == 401


def test_cors_answers_extension_origins_only(server):
    def preflight(origin: str) -> httpx.Response:
        return httpx.options(server.base_url + "/api/captures", headers={
            "Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type"})

    for origin in ("chrome-extension://abcdefghijklmnopabcdefghijklmnop",
                   "moz-extension://0b8e6e5c-0000-4000-8000-000000000000"):
        response = preflight(origin)
        assert response.headers.get("access-control-allow-origin") == origin
        assert "authorization" in response.headers["access-control-allow-headers"].lower()
        assert "access-control-allow-credentials" not in response.headers
    assert "access-control-allow-origin" not in preflight("https://evil.example").headers


def test_tokens_never_reach_the_log(server):
    httpx.get(server.base_url + "/api/status", headers={"Authorization": "Bearer ps_wrong"})
    with server.client() as client:
        client.get("/api/papers")
    log = server.log()
    assert server.token not in log and "ps_wrong" not in log


def test_serve_makes_and_prints_a_token_on_a_library_without_one(tmp_path):
    db = tmp_path / "library.db"
    port = free_port()
    process = subprocess.Popen(
        [*papershelf_command(), "serve", "--db", str(db), "--port", str(port), "--no-datasette"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        lines = [process.stdout.readline() for _ in range(4)]
        assert lines[0].strip() == f"papershelf: created a new library at {db}"
        assert "`papershelf token create NAME` makes another" in lines[1]
        token = lines[2].strip()
        assert token.startswith("ps_")
        assert f"listening on http://127.0.0.1:{port}" in lines[3]
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/status",
                                     headers={"Authorization": f"Bearer {token}"})
                break
            except httpx.TransportError:
                time.sleep(0.05)
        assert response.json()["token"] == "default"
    finally:
        process.terminate()
        process.wait(timeout=10)
    # Started again, it makes no new token.
    assert run_cli("token", "list", db_path=db).stdout.count("default") == 1
