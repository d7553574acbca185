"""A page on which no normaliser finds a paper is kept as a web page when the reader asks
(`as_web_page`): one record of its title and URL, at the weakest rank, which the reader then
corrects; without a title it is refused naming `title`, and nothing is stored."""

from __future__ import annotations

import uuid

import pytest

from helpers import page
from papershelf.records import Paper, Rank
from papershelf.renormalise import renormalise_library
from papershelf.store.db import open_writer
from papershelf.store.papers import save_paper
from papershelf.store.tx import write
from sync_helpers import snapshot, sync_local

SOUP = "<html><head><title>Soup</title></head><body><p>Boil water.</p></body></html>"
LAB_URL = "https://lab.example.org/notes/sparse-probes"
LAB_TITLE = "Sparse probes in language models: notes from the lab"


@pytest.fixture(scope="module")
def client(api):
    with api.client() as client:
        yield client


def body(url: str, html: str, **fields) -> dict:
    return {"capture_id": uuid.uuid4().hex, "url": url, "html": html, **fields}


def paper_count(client) -> int:
    return len(client.get("/api/papers", params={"limit": 200}).json()["papers"])


def test_a_page_without_a_paper_is_kept_as_a_web_page_by_its_title_and_url(client):
    response = client.post("/api/captures", json=body(
        LAB_URL, SOUP, title=f"  {LAB_TITLE} ", as_web_page=True))
    assert response.status_code == 201, response.text
    [paper] = response.json()["papers"]
    assert (paper["title"], paper["url"]) == (LAB_TITLE, LAB_URL)
    assert response.json()["new"] == [paper["id"]] and response.json()["kind"] == "web_page"
    assert (paper["authors"], paper["doi"], paper["published"]) == (None, None, None)
    assert client.get(f"/api/papers/{paper['id']}").json()["title"] == LAB_TITLE
    found = client.get("/api/papers", params={"q": "sparse probes"}).json()["papers"]
    assert [p["id"] for p in found] == [paper["id"]]


def test_the_reader_corrects_a_web_page_and_saving_it_again_keeps_the_correction(client):
    first = client.post("/api/captures", json=body(
        LAB_URL + "?v=2", SOUP, title="Seminar notes | Lab", as_web_page=True)).json()
    [paper] = first["papers"]
    fixed = client.patch(f"/api/papers/{paper['id']}", json={
        "authors": ["Ann Lee"], "published": "2024-05"})
    assert fixed.status_code == 200, fixed.text
    again = client.post("/api/captures", json=body(
        LAB_URL + "?v=2", SOUP, title="Seminar notes | Lab", as_web_page=True))
    assert again.status_code == 201, again.text
    [kept] = again.json()["papers"]
    assert kept["id"] == paper["id"] and again.json()["new"] == []
    assert (kept["authors"], kept["published"]) == (["Ann Lee"], "2024-05")


def test_a_page_that_holds_a_paper_is_read_as_ever_when_asked_to_keep_it_as_a_web_page(client):
    response = client.post("/api/captures", json=body(
        "https://arxiv.org/abs/1706.03762", page("arxiv_abs_1706.03762.html"),
        title="[1706.03762] Attention Is All You Need", as_web_page=True))
    assert response.status_code in (200, 201), response.text
    [paper] = response.json()["papers"]
    assert (paper["arxiv_id"], paper["title"]) == ("1706.03762", "Attention Is All You Need")
    assert response.json()["kind"] == "arxiv"


@pytest.mark.parametrize("title", [None, "", "   ", "???"])
def test_a_web_page_without_a_title_is_refused_naming_title_and_nothing_is_stored(client, title):
    before = paper_count(client)
    fields = {"as_web_page": True} | ({"title": title} if title is not None else {})
    response = client.post("/api/captures", json=body("https://example.com/untitled", SOUP, **fields))
    assert response.status_code == 400, response.text
    assert (response.json()["error"], response.json()["field"]) == ("no_paper", "title")
    assert paper_count(client) == before


def test_without_as_web_page_a_page_without_a_paper_is_still_refused(client):
    response = client.post("/api/captures", json=body(
        "https://example.com/soup", SOUP, title="Soup"))
    assert (response.status_code, response.json()["error"]) == (400, "no_paper")
    assert "as_web_page" in response.json()["message"]


def test_a_big_web_page_read_by_a_worker_process_is_kept_too(client):
    filler = "<p>Nothing scholarly here, only words about the weather.</p>" * 1000
    response = client.post("/api/captures", json=body(
        "https://example.org/blog/weather", f"<html><body>{filler}</body></html>",
        title="Weather notes for field work", as_web_page=True))
    assert response.status_code == 201, response.text
    assert [p["title"] for p in response.json()["papers"]] == ["Weather notes for field work"]


def test_renormalise_reads_a_kept_web_page_again_as_the_same_record(tmp_path, api):
    with api.client() as client:
        response = client.post("/api/captures", json=body(
            "https://example.org/talk", SOUP, title="A talk on sparse coding", as_web_page=True))
        [paper] = response.json()["papers"]
    db = open_writer(api.db_path)
    try:
        report = renormalise_library(db)
        assert paper["id"] not in report.skipped and report.captures >= 1
        row = db.execute("SELECT title, url FROM papers WHERE id = ?", [paper["id"]]).fetchone()
        assert row == ("A talk on sparse coding", "https://example.org/talk")
        kinds = {kind for (kind,) in db.execute(
            "SELECT c.kind FROM captures c JOIN paper_captures pc ON pc.capture_id = c.id "
            "WHERE pc.paper_id = ?", [paper["id"]])}
        assert kinds == {"web_page"}
    finally:
        db.close()


def test_two_sites_pages_kept_under_one_title_are_two_records(client):
    # Regression: a web page was known by its title, so a second site's "Home" was stored
    # as the first one's record and the first page's address was lost.
    first = client.post("/api/captures", json=body(
        "https://lab-one.example.org/", SOUP, title="Home", as_web_page=True)).json()
    second = client.post("/api/captures", json=body(
        "https://lab-two.example.org/", SOUP, title="Home", as_web_page=True)).json()
    [one], [two] = first["papers"], second["papers"]
    assert one["id"] != two["id"] and second["new"] == [two["id"]]
    assert client.get(f"/api/papers/{one['id']}").json()["url"] == "https://lab-one.example.org/"
    assert client.get(f"/api/papers/{two['id']}").json()["url"] == "https://lab-two.example.org/"


def test_one_page_kept_again_under_another_title_and_address_form_is_the_same_record(client):
    first = client.post("/api/captures", json=body(
        "https://www.reading-group.example.org/week-3/", SOUP, title="Week 3", as_web_page=True))
    [paper] = first.json()["papers"]
    again = client.post("/api/captures", json=body(
        "http://reading-group.example.org/week-3#slides", SOUP,
        title="Week 3: sparse autoencoders", as_web_page=True))
    assert again.status_code == 201, again.text
    [kept] = again.json()["papers"]
    assert kept["id"] == paper["id"] and again.json()["new"] == []
    assert kept["title"] == "Week 3: sparse autoencoders"


def test_a_paper_titled_as_a_kept_page_elsewhere_is_a_record_of_its_own(client):
    # A blog post kept under a paper's title is about the paper, not the paper.
    kept = client.post("/api/captures", json=body(
        "https://blog.example.org/reading-attention", SOUP, title="Attention Is All You Need",
        as_web_page=True)).json()["papers"][0]
    read = client.post("/api/captures", json=body(
        "https://arxiv.org/abs/1706.03762", page("arxiv_abs_1706.03762.html")))
    [paper] = read.json()["papers"]
    assert paper["arxiv_id"] == "1706.03762" and paper["id"] != kept["id"]
    assert client.get(f"/api/papers/{kept['id']}").json()["item_type"] == "web_page"
    assert paper["item_type"] is None


def test_a_page_kept_before_pages_were_known_by_address_is_found_again(client, api):
    # What stop 43 stored: no item_type, the record known by its title.
    db = open_writer(api.db_path)
    try:
        with write(db) as tx:
            old_id, _ = save_paper(tx, Paper(title="Lab retreat notes", url="https://lab.example.org/retreat"),
                                   rank=Rank.TEXT, hlc=tx.now())
    finally:
        db.close()
    again = client.post("/api/captures", json=body(
        "https://lab.example.org/retreat/", SOUP, title="Lab retreat notes", as_web_page=True))
    assert [p["id"] for p in again.json()["papers"]] == [old_id] and again.json()["new"] == []


def test_two_machines_keeping_one_page_under_two_titles_hold_one_record(two):
    a, b = two
    ids = []
    for db, title, url in ((a, "Seminar", "https://example.org/seminar"),
                           (b, "Seminar: probes", "https://www.example.org/seminar/")):
        with write(db) as tx:
            pid, _ = save_paper(tx, Paper(title=title, url=url, item_type="web_page"),
                                rank=Rank.TEXT, hlc=tx.now())
        ids.append(pid)
    assert ids[0] == ids[1]
    sync_local(a, b)
    assert a.execute("SELECT count(*), min(item_type) FROM papers").fetchone() == (1, "web_page")
    assert snapshot(a) == snapshot(b)
