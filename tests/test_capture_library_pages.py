"""A capture of the library's own pages: the reader clicks the extension while reading the
library (a real `papershelf serve` with its Datasette pages)."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing

import pytest

from helpers import page, running_server
from papershelf.publish.library_pages import LibraryPage, library_page

HF_URL = "https://huggingface.co/papers/1810.04805"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("own") / "library.db", args=()) as server:
        yield server


@pytest.fixture
def paper(served):
    """BERT saved from its Hugging Face page, and the library's page of it as served."""
    with served.client() as client:
        saved = client.post("/api/captures", json={
            "capture_id": uuid.uuid4().hex, "url": HF_URL,
            "html": page("hf_paper_1810.04805.excerpt.html")})
        assert saved.status_code in (200, 201), saved.text
        pid = saved.json()["papers"][0]["id"]
        own = client.get(f"/data/library/papers/{pid}")
        assert own.status_code == 200 and "BERT" in own.text
    return {"id": pid, "url": f"{served.base_url}/data/library/papers/{pid}", "html": own.text}


def counts(db_path) -> tuple[int, int]:
    with closing(sqlite3.connect(db_path)) as db:
        return (db.execute("SELECT count(*) FROM captures").fetchone()[0],
                db.execute("SELECT count(*) FROM paper_captures").fetchone()[0])


def save(served, **body):
    with served.client() as client:
        return client.post("/api/captures", json={"capture_id": uuid.uuid4().hex, **body})


def test_saving_the_librarys_page_of_a_paper_keeps_its_address_and_adds_no_sighting(served, paper):
    before = counts(served.db_path)
    answer = save(served, url=paper["url"], html=paper["html"], title="BERT", rating=4,
                  status="reading", tags=["pretraining"])
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [p["id"] for p in body["papers"]] == [paper["id"]] and body["new"] == []
    shown = body["papers"][0]
    # Stored as a capture, the library's page became the paper's address (its "Abstract page"
    # link led to itself) and a place the paper was seen.
    assert shown["url"] == HF_URL
    assert (shown["rating"], shown["status"], shown["tags"]) == (4, "reading", ["pretraining"])
    assert counts(served.db_path) == before


def test_a_highlight_on_the_librarys_page_is_a_passage_of_the_papers_own_page(served, paper):
    quote = "language representation model"
    target = {"source": paper["url"], "selector": [
        {"type": "TextPositionSelector", "start": 1200, "end": 1200 + len(quote)},
        {"type": "TextQuoteSelector", "exact": quote, "prefix": "a new ", "suffix": " called"}]}
    body = {"capture_id": uuid.uuid4().hex, "url": paper["url"], "html": paper["html"],
            "note": "", "note_target": target, "selection": quote}
    with served.client() as client:
        first = client.post("/api/captures", json=body)
        again = client.post("/api/captures", json=body)  # a retry: the same note, once
        notes = client.get(f"/api/papers/{paper['id']}/notes").json()["notes"]
    assert first.status_code == again.status_code == 200, first.text
    note = first.json()["note"]
    assert again.json()["note"]["id"] == note["id"]
    assert [n["id"] for n in notes].count(note["id"]) == 1
    assert (note["kind"], note["quote"]) == ("highlight", quote)
    # Positions on the library's page mean nothing on Hugging Face's: the quote and its
    # context are kept, where the paper is read.
    assert note["target"]["source"] == HF_URL
    assert note["target"]["selector"] == [target["selector"][1]]
    assert note["target"]["version"] == "hf"


def test_the_same_page_by_another_loopback_name_is_the_librarys_too(served, paper):
    url = paper["url"].replace("127.0.0.1", "localhost")
    answer = save(served, url=url, html=paper["html"])
    assert answer.status_code == 200 and answer.json()["papers"][0]["url"] == HF_URL


@pytest.mark.parametrize("path", ["/data/", "/data/library/papers?_search=bert",
                                  "/data/library/papers/0000000000000000"])
def test_a_library_page_that_shows_no_paper_is_refused_by_name(served, paper, path):
    before = counts(served.db_path)
    with served.client() as client:
        html = client.get(path.replace("/0000000000000000", "")).text
    for extra in ({}, {"as_web_page": True, "title": "My library"}):
        answer = save(served, url=served.base_url + path, html=html, **extra)
        assert answer.status_code == 400
        assert answer.json()["error"] == "library_page" and answer.json()["field"] == "url"
        assert "page of your papershelf library" in answer.json()["message"]
    assert counts(served.db_path) == before


def test_library_page_is_told_by_the_server_the_request_reached():
    assert library_page("http://127.0.0.1:8000/data/library/papers/ab12", "127.0.0.1:8000") \
        == LibraryPage("ab12")
    assert library_page("http://[::1]:8000/data/", "localhost:8000") == LibraryPage(None)
    # Behind a proxy that speaks TLS to the browser: the Host names no port.
    assert library_page("https://papers.example.org/data/library/papers/ab12?x=1",
                        "papers.example.org") == LibraryPage("ab12")
    assert library_page("http://127.0.0.1:8001/data/library/papers/ab12", "127.0.0.1:8000") is None
    assert library_page("https://example.org/data/library/papers/ab12", "papers.example.org") is None
    assert library_page("http://127.0.0.1:8000/api/papers/ab12", "127.0.0.1:8000") is None
    assert library_page("http://127.0.0.1:8000/database/x", "127.0.0.1:8000") is None
    assert library_page("http://[::1/data/", "127.0.0.1") is None
    assert library_page("http://127.0.0.1:8000/data/", None) is None


def test_a_highlight_on_the_page_of_a_paper_known_by_its_doi_targets_its_doi_address(tmp_path):
    # A paper imported from BibTeX with a DOI and no address: a highlight made on the library's page
    # of it targeted the library's page, where no reader reads the paper.
    from datetime import date

    from papershelf.importer import import_file
    from papershelf.store.db import open_writer

    bib = tmp_path / "one.bib"
    bib.write_text("@article{round2020,\n title={Round things},\n author={Ada Round},\n "
                   "doi={10.1234/round.5},\n year={2020},\n abstract={We study round things in depth.}\n}\n",
                   encoding="utf-8")
    db = open_writer(tmp_path / "library.db", create=True)
    assert import_file(db, bib, captured_at=date(2026, 1, 1)).new == 1
    (pid,) = db.execute("SELECT id FROM papers").fetchone()
    db.close()
    with running_server(tmp_path / "library.db", args=()) as server, server.client() as client:
        own = f"{server.base_url}/data/library/papers/{pid}"
        html = client.get(own).text
        quote = "round things in depth"
        target = {"source": own, "selector": [{"type": "TextQuoteSelector", "exact": quote}]}
        answer = client.post("/api/captures", json={
            "capture_id": uuid.uuid4().hex, "url": own, "html": html, "note": "",
            "note_target": target, "selection": quote})
    assert answer.status_code == 200, answer.text
    assert answer.json()["note"]["target"]["source"] == "https://doi.org/10.1234/round.5"
