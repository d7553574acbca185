"""What a request gets wrong is answered 4xx, never 500: a plain Datasette error page
under /data/, the one error shape under /api; the log holds one line for each.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3

import httpx
import pytest

from helpers import page, running_server
from http_wire import error_body
from papershelf.publish.datasette_app import datasette_dir
from papershelf.publish.demo import build_demo_library

# Datasette URLs that answered 500 (or failed inside Datasette's error handling).
BAD_DATASETTE_URLS = [
    "/data/library/papers/x/y",
    "/data/library/papers?_sort=nope",
    "/data/library/papers?_sort_desc=nope",
    "/data/library/papers?_sort=title&_sort_desc=title",
    "/data/library/papers?_sort=rowid&_next=zz",
    "/data/library/notes?_sort=nope",
    "/data/library/papers?_timelimit=abc",
    "/data/library.json?sql=select+1&_timelimit=x",
    "/data/library/papers?_through=xyz",
    "/data/library/papers?_through=[1]",
    '/data/library/papers?_through={"x":1}',
    '/data/library/papers?_through={"table":"x","column":"y","value":"z"}',
    "/data/library/papers?title__in=[x",
    "/data/library/papers?_facet={x",
    '/data/library/papers?_facet_array={"simple":1}',
    "/data/library/papers?_facet=nope",
    "/data/library.bib?sql=select+1",
    "/data/library/papers.bib?_sort=nope",
    "/data/nothing/here",
    "/data/library.json?_shape=array",
    "/data/library.json?_shape=arrayfirst",
]
DEEP = 1500


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("bad") / "library.db"
    build_demo_library(db_path)
    with running_server(db_path, args=()) as running:
        yield running


def test_datasette_urls_it_cannot_read_answer_4xx_pages(server):
    # The module's server: other tests' lines come before (or trail) these, all under /api.
    before = len(server.log().splitlines())
    with httpx.Client(base_url=server.base_url, timeout=30) as client:
        for url in BAD_DATASETTE_URLS:
            response = client.get(url)
            assert response.status_code in (400, 404), (url, response.status_code)
            kind = "application/json" if url.partition("?")[0].endswith(".json") else "text/html"
            assert response.headers["content-type"].startswith(kind), url
            assert "Traceback" not in response.text
        as_json = client.get("/data/library/papers.json?_sort=nope")
        assert as_json.status_code == 400
        assert as_json.json()["ok"] is False and "nope" in as_json.json()["error"]
        # A method Datasette's views do not know used to be a TypeError: 500.
        assert client.request("TRACE", "/data/library/papers").status_code == 405
        assert client.request("PROPFIND", "/data/").status_code == 405
    lines = server.log_lines(len(BAD_DATASETTE_URLS) + 3, after=before)
    assert len([line for line in lines if " /data" in line]) == len(BAD_DATASETTE_URLS) + 3
    assert not any(" -> 5" in line for line in lines)


@pytest.fixture(scope="module")
def paper_id(server) -> str:
    with server.client() as client:
        response = client.post("/api/captures", json={
            "capture_id": "bad-requests", "url": "https://arxiv.org/abs/1706.03762",
            "html": page("arxiv_abs_1706.03762.html")})
    return response.json()["papers"][0]["id"]


def api_writes(paper_id: str) -> list[tuple[str, str, str]]:
    """(method, path, a JSON body with `{}` where the bad part goes)."""
    return [
        ("POST", "/api/captures", '{"capture_id": "c1", "url": "https://x.org/", "text": {}}'),
        ("PATCH", f"/api/papers/{paper_id}", '{"tags": [{}]}'),
        ("POST", f"/api/papers/{paper_id}/notes", '{"body": {}}'),
        ("PATCH", "/api/notes/nope", '{"body": {}}'),
        # The envelope itself: a bad item inside it is rejected alone (test_sync_api_errors).
        ("POST", "/api/sync/changes", '{"protocol": 1, "machine": {}, "changes": []}'),
    ]


def send(server, method: str, path: str, body: bytes) -> httpx.Response:
    with server.client() as client:
        return client.request(method, path, content=body,
                              headers={"content-type": "application/json"})


def test_invalid_utf8_in_a_json_body_is_400(server, paper_id):
    for method, path, template in api_writes(paper_id):
        body = template.replace("{}", '"caf\udcff"').encode("utf-8", "surrogateescape")
        body = body.replace(b'caf\xed\xb3\xbf', b"caf\xff")
        assert b"caf\xff" in body
        response = send(server, method, path, body)
        assert response.status_code == 400, (path, response.text)
        payload = error_body(response.content)
        assert payload["error"] == "bad_request" and "UTF-8" in payload["message"], path


def test_json_nested_beyond_reason_is_400(server, paper_id):
    for method, path, template in api_writes(paper_id):
        body = template.replace("{}", "[" * DEEP + "]" * DEEP).encode()
        response = send(server, method, path, body)
        assert response.status_code == 400, (path, response.text)
        payload = error_body(response.content)
        assert payload["error"] in ("bad_request", "validation_error"), path


def test_bad_bodies_log_one_line_each(server, paper_id):
    before = len(server.log().splitlines())
    response = send(server, "POST", "/api/captures", b"[" * DEEP + b"]" * DEEP)
    assert response.status_code == 400
    # Regression (flaky in CI): a request's line trails its answer, so the previous test's
    # last line could land after `before`; this request's lines are found by its id.
    request_id = response.headers["x-request-id"]
    lines = server.logged(request_id, after=before)
    ours = [line for line in lines if request_id in line]
    assert len(ours) == 1 and re.search(r"POST /api/captures -> 400$", ours[0]), lines
    assert "RecursionError" not in server.log() and "Traceback" not in server.log()


def test_json_error_pages_of_datasette_stay_json(server):
    response = httpx.get(server.base_url + "/data/library/papers.json?_timelimit=abc")
    assert response.status_code == 400
    assert json.loads(response.text)["status"] == 400


def test_a_row_shape_asked_of_a_database_page_says_to_ask_a_table(server):
    # The database page has no rows: Datasette's renderer failed on data["rows"], and
    # the answer named the KeyError instead of the URL that gives what was asked.
    for shape in ("array", "arrayfirst"):
        response = httpx.get(server.base_url + f"/data/library.json?_shape={shape}")
        assert response.status_code == 400
        error = response.json()["error"]
        assert "KeyError" not in error
        assert f"/data/library/papers.json?_shape={shape}" in error, error


def test_sql_cannot_make_a_value_of_any_size(server):
    # `select zeroblob(1000000000)` took the server to 11 GB; 20 MB shows the limit
    # without hurting a server that lacks it.
    for sql in ("select zeroblob(20000000)", "select length(randomblob(20000000))",
                "select replace(hex(zeroblob(5000000)), '0', 'ab')"):
        response = httpx.get(server.base_url + "/data/library.json", params={"sql": sql}, timeout=30)
        assert response.status_code == 400, (sql, response.text[:200])
        assert "too big" in response.json()["error"]


def test_a_query_result_is_cut_off_past_its_budget(monkeypatch):
    spec = importlib.util.spec_from_file_location(
        "papershelf_guard_under_test", datasette_dir() / "plugins" / "papershelf_guard.py")
    guard = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(guard)
    monkeypatch.setattr(guard, "RESULT_BYTES", 10_000)
    conn = sqlite3.connect(":memory:")
    conn.row_factory = guard._budgeted(sqlite3.Row)
    rows = "with recursive c(x) as (select 1 union all select x + 1 from c limit {}) "
    assert len(conn.execute(rows.format(9) + "select zeroblob(1000) from c").fetchall()) == 9
    with pytest.raises(sqlite3.OperationalError, match="larger than"):
        conn.execute(rows.format(11) + "select zeroblob(1000) from c").fetchall()
    # Each query has its own budget.
    assert conn.execute(rows.format(9) + "select 'x' from c").fetchall()[0]["'x'"] == "x"
