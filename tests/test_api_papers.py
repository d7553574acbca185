"""The reader's side of papers through the API (in process): PATCH, list/search/paging, DELETE, notes."""

from __future__ import annotations

import uuid

import pytest

from helpers import page
from papershelf.store.queries import fts_query
from papershelf.store.search_text import search_text

LISTING = "hf_daily_papers_2026-09-28.excerpt.html"


@pytest.fixture(scope="module")
def client(api):
    with api.client() as client:
        for name, url in ((LISTING, "https://huggingface.co/papers"),
                          ("arxiv_abs_1706.03762.html", "https://arxiv.org/abs/1706.03762"),
                          ("hf_paper_1810.04805.excerpt.html",
                           "https://huggingface.co/papers/1810.04805")):
            response = client.post("/api/captures", json={
                "capture_id": uuid.uuid4().hex, "url": url, "html": page(name)})
            assert response.status_code == 201, response.text
        yield client


def paper_id(client, arxiv_id: str) -> str:
    url = f"https://arxiv.org/abs/{arxiv_id}"
    return client.get("/api/lookup", params={"url": url}).json()["papers"][0]["id"]


def test_patch_sets_the_readers_fields(client):
    pid = paper_id(client, "1706.03762")
    response = client.patch(f"/api/papers/{pid}",
                            json={"rating": 5, "status": "read", "tags": ["zeta", "alpha"]})
    assert response.status_code == 200
    paper = response.json()
    assert (paper["rating"], paper["status"], paper["tags"]) == (5, "read", ["alpha", "zeta"])
    assert client.get(f"/api/papers/{pid}").json()["tags"] == ["alpha", "zeta"]


def test_patch_leaves_out_what_it_does_not_name_and_null_clears_rating(client):
    pid = paper_id(client, "1810.04805")
    client.patch(f"/api/papers/{pid}", json={"rating": 4, "tags": ["nlp"]})
    paper = client.patch(f"/api/papers/{pid}", json={"rating": None}).json()
    assert (paper["rating"], paper["tags"]) == (None, ["nlp"])
    assert client.patch(f"/api/papers/{pid}", json={}).json()["tags"] == ["nlp"]
    assert client.patch(f"/api/papers/{pid}", json={"tags": []}).json()["tags"] == []


@pytest.mark.parametrize(("body", "field"), [
    ({"rating": 6}, "rating"),
    ({"rating": 0}, "rating"),
    ({"rating": 4.5}, "rating"),
    ({"status": "done"}, "status"),
    ({"status": None}, "status"),
    ({"tags": "nlp"}, "tags"),
    ({"tags": [1]}, "tags[0]"),
    ({"stars": 3}, "stars"),
])
def test_patch_validation_names_the_field(client, body, field):
    pid = paper_id(client, "1706.03762")
    response = client.patch(f"/api/papers/{pid}", json=body)
    assert response.status_code == 400
    error = response.json()
    assert (error["error"], error["field"]) == ("validation_error", field)
    assert field in error["message"]


def test_unknown_paper_is_404(client):
    for method in ("GET", "PATCH", "DELETE"):
        body = {} if method == "PATCH" else None
        response = client.request(method, "/api/papers/nope", json=body)
        assert response.status_code == 404
        assert response.json()["error"] == "not_found"


def test_list_filters(client):
    pid = paper_id(client, "1706.03762")
    client.patch(f"/api/papers/{pid}", json={"rating": 5, "status": "read", "tags": ["classic"]})

    def ids(**params):
        return [p["id"] for p in client.get("/api/papers", params=params).json()["papers"]]

    assert ids(tag="classic") == [pid]
    assert pid in ids(status="read") and pid not in ids(status="unread")
    assert ids(min_rating=5) == [pid]
    assert ids(q="attention transduction") == [pid]
    # FTS syntax is just words: no error, no operators.
    assert ids(q='"attention" NEAR( -* title:') == [] == ids(q="attention near title")
    assert pid in ids(q='attention* "transduction')
    assert ids(q="!!!") == []


def test_list_pages_with_a_cursor_and_sees_every_paper_once(client):
    everything = client.get("/api/papers", params={"limit": 200}).json()
    assert everything["next"] is None
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/papers", params=params).json()
        seen += [p["id"] for p in body["papers"]]
        cursor = body["next"]
        if cursor is None:
            break
    # Other tests of the module delete and add papers: at least three pages of two here.
    assert seen == [p["id"] for p in everything["papers"]] and len(set(seen)) == len(seen) > 4


def test_search_lists_best_match_first_and_pages_through_every_match_once(client):
    bert = paper_id(client, "1810.04805")
    best = client.get("/api/papers", params={"q": "bidirectional"}).json()["papers"]
    assert best[0]["id"] == bert  # its title and abstract say it; others at most once
    everything = [p["id"] for p in client.get("/api/papers", params={"q": "the"}).json()["papers"]]
    assert len(everything) >= 3
    seen, cursor = [], None
    while True:
        params = {"q": "the", "limit": 1, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/papers", params=params).json()
        seen += [p["id"] for p in body["papers"]]
        if (cursor := body["next"]) is None:
            break
    assert seen == everything
    plain = client.get("/api/papers", params={"limit": 1}).json()["next"]
    wrong = client.get("/api/papers", params={"q": "the", "cursor": plain})
    assert (wrong.status_code, wrong.json()["field"]) == (400, "cursor")


def test_list_limits_and_bad_cursor(client):
    assert client.get("/api/papers", params={"limit": 201}).json()["field"] == "limit"
    assert client.get("/api/papers", params={"min_rating": 9}).json()["field"] == "min_rating"
    bad = client.get("/api/papers", params={"cursor": "not-a-cursor"})
    assert (bad.status_code, bad.json()["field"]) == (400, "cursor")


def test_notes_crud(client):
    pid = paper_id(client, "1810.04805")
    created = client.post(f"/api/papers/{pid}/notes", json={"body": "MLM + NSP", "quote": "masked"})
    assert created.status_code == 201
    note = created.json()
    assert (note["paper_id"], note["body"], note["quote"]) == (pid, "MLM + NSP", "masked")
    assert note in client.get(f"/api/papers/{pid}").json()["notes"]
    edited = client.patch(f"/api/notes/{note['id']}", json={"body": "MLM only"})
    assert edited.status_code == 200
    assert (edited.json()["body"], edited.json()["quote"]) == ("MLM only", "masked")
    assert client.get(f"/api/papers/{pid}/notes").json()["notes"][-1]["body"] == "MLM only"
    assert client.delete(f"/api/notes/{note['id']}").status_code == 204
    left = client.get(f"/api/papers/{pid}/notes").json()["notes"]
    assert note["id"] not in [n["id"] for n in left]
    assert client.delete(f"/api/notes/{note['id']}").status_code == 404
    assert client.patch(f"/api/notes/{note['id']}", json={"body": "x"}).status_code == 404
    assert client.post("/api/papers/nope/notes", json={"body": "x"}).status_code == 404
    missing = client.post(f"/api/papers/{pid}/notes", json={"quote": "x"})
    assert (missing.status_code, missing.json()["field"]) == (400, "body")


def test_delete_paper_and_a_capture_does_not_bring_it_back(client):
    pid = paper_id(client, "2604.02103")
    assert client.delete(f"/api/papers/{pid}").status_code == 204
    assert client.get(f"/api/papers/{pid}").status_code == 404
    again = client.post("/api/captures", json={
        "capture_id": uuid.uuid4().hex, "url": "https://huggingface.co/papers",
        "html": page(LISTING)}).json()
    assert pid not in [p["id"] for p in again["papers"]]


def test_fts_query_quotes_every_word():
    assert fts_query('bert "pre-training" OR x*') == (
        '("bert" OR "berts") AND "pre-training" AND "OR" AND "x*"')
    assert fts_query("quantiz*") == '"quantiz"*'  # a word's beginning, three letters or more
    # CJK as indexed, a character a token; an English word with its other form.
    assert fts_query("LLMs 画像") == '("LLMs" OR "LLM") AND ' + search_text('"画像"')
    assert fts_query("  ") is None
