"""A paper saved from its address alone (a PDF in the browser's viewer) is filled from arXiv's
API after the capture answers (api/registries.py), and POST /api/papers/identified adds papers
by identifier. A real `papershelf serve` asks a stand-in for arXiv on 127.0.0.1
(helpers.standin_arxiv: arXiv's recorded answer, the entries asked for)."""

from __future__ import annotations

import time
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest

from helpers import FIXTURES, free_port, running_server, standin_arxiv, standin_pubmed

PDF = "https://arxiv.org/pdf/1312.7288v1"


@pytest.fixture
def arxiv():
    with standin_arxiv() as served:
        yield served


def serving(tmp_path, arxiv_api: str, *, offline: bool = False, pubmed_api: str | None = None):
    """A real server over a new library that asks arXiv at `arxiv_api` and PubMed at `pubmed_api`
    (never, `offline`)."""
    env = {"PAPERSHELF_OFFLINE": "1" if offline else "0", "PAPERSHELF_ARXIV_API": arxiv_api}
    return running_server(tmp_path / "library.db",
                          env=env | ({"PAPERSHELF_PUBMED_API": pubmed_api} if pubmed_api else {}))


def save_pdf(server) -> dict:
    # What the extension sends for a PDF: its address and the tab's title, no page.
    with server.client() as http:
        response = http.post("/api/captures", json={"capture_id": str(uuid.uuid4()), "url": PDF,
                                                     "title": "1312.7288v1.pdf", "selection": ""})
    assert response.status_code in (200, 201), response.text
    return response.json()["papers"][0]


def paper(server, paper_id: str) -> dict:
    with server.client() as http:
        return http.get(f"/api/papers/{paper_id}").json()


def wait_for(condition, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if found := condition():
            return found
        time.sleep(0.1)
    raise AssertionError("not within the time allowed")


def test_a_pdfs_paper_is_filled_from_arxiv_once_and_asked_no_more(tmp_path, arxiv):
    api, asked, _ = arxiv
    with serving(tmp_path, api) as server:
        saved = save_pdf(server)
        # arXiv answered at once, so the capture's own answer names the paper (the popup shows it).
        assert saved["title"] == "The Science of al-Biruni"

        filled = paper(server, saved["id"])

        assert filled["title"] == "The Science of al-Biruni"
        assert filled["authors"] == ["Amelia Carolina Sparavigna"]
        assert (filled["published"], filled["doi"], filled["arxiv_id"]) == (
            "2013-12-22", "10.18483/ijSci.364", "1312.7288")
        assert filled["abstract"].startswith("Al-Biruni (973-1048) was one of the greatest scientists")
        assert [parse_qs(urlsplit(path).query)["id_list"] for path in asked] == [["1312.7288"]]
        # Saved again: the paper is whole, so arXiv is not asked again.
        save_pdf(server)
        time.sleep(1.0)
        assert len(asked) == 1
        assert "Traceback" not in server.log()


def test_a_slow_registry_does_not_hold_the_capture_and_fills_the_paper_later(tmp_path, arxiv):
    api, asked, delay = arxiv
    delay[0] = 4.0  # longer than a capture waits for it (api/registries.py, ANSWER_WAIT_SECONDS)
    with serving(tmp_path, api) as server:
        saved = save_pdf(server)
        assert saved["abstract"] is None  # answered before arXiv did

        filled = wait_for(lambda: (found := paper(server, saved["id"]))["abstract"] and found)

        assert filled["title"] == "The Science of al-Biruni"
        assert len(asked) == 1


def test_a_listing_whose_papers_lack_abstracts_is_not_asked_about(tmp_path, arxiv):
    """Regression: a listing's papers without abstracts (arXiv's recent list names 25) would each
    have been a question to arXiv; only a capture of no page (a PDF) asks."""
    api, asked, _ = arxiv
    listing = (FIXTURES / "pages" / "arxiv_list_cs.CL_recent.html").read_text()
    with serving(tmp_path, api) as server:
        with server.client() as http:
            response = http.post("/api/captures", json={
                "capture_id": str(uuid.uuid4()), "url": "https://arxiv.org/list/cs.CL/recent",
                "html": listing})
        assert response.status_code == 201, response.text
        papers = response.json()["papers"]
        assert len(papers) > 10 and all(found["abstract"] is None for found in papers)
        time.sleep(1.5)
        assert asked == []


def test_an_offline_server_asks_nobody(tmp_path, arxiv):
    api, asked, _ = arxiv
    with serving(tmp_path, api, offline=True) as server:
        saved = save_pdf(server)
        time.sleep(1.5)  # as long as the filled test's answer took, several times over
        assert asked == []
        assert paper(server, saved["id"])["abstract"] is None


def test_arxiv_out_of_reach_is_one_log_line_and_the_paper_stays_as_saved(tmp_path):
    closed = f"http://127.0.0.1:{free_port()}/api/query"  # nothing listens there
    with serving(tmp_path, closed) as server:
        saved = save_pdf(server)

        line = wait_for(lambda: next((line for line in server.log().splitlines()
                                      if "registries: arXiv:1312.7288 not filled" in line), None))

        assert "127.0.0.1 does not answer (ConnectError): are you online?" in line
        assert "Traceback" not in server.log()
        assert paper(server, saved["id"])["arxiv_id"] == "1312.7288"


def test_papers_are_added_by_identifier_through_the_api(tmp_path, arxiv):
    api, asked, _ = arxiv
    with serving(tmp_path, api) as server, server.client() as http:
        added = http.post("/api/papers/identified",
                          json={"identifiers": ["arXiv:1312.7288v1", "1802.03292", "attention"]})
        again = http.post("/api/papers/identified", json={"identifiers": ["1312.7288"]})
        listed = http.get("/api/papers").json()

    assert added.status_code == 200, added.text
    assert {paper["title"] for paper in added.json()["papers"]} == {
        "The Science of al-Biruni", "Mathematical Logic in Computer Science"}
    assert added.json()["not_added"] == [{
        "identifier": "attention",
        "reason": "not an arXiv id, PubMed id or DOI (give 1706.03762, PMID:16403221, "
                  "10.1038/nature14539 or an address)"}]
    assert parse_qs(urlsplit(asked[0]).query)["id_list"] == ["1312.7288,1802.03292"]
    # Asked again: the same paper, not a second one.
    biruni = next(paper["id"] for paper in added.json()["papers"] if paper["arxiv_id"] == "1312.7288")
    assert [paper["id"] for paper in again.json()["papers"]] == [biruni]
    assert len(listed["papers"]) == 2


def test_adding_by_identifier_is_refused_offline_and_checked_before_anything_is_asked(tmp_path, arxiv):
    api, asked, _ = arxiv
    with serving(tmp_path, api, offline=True) as server, server.client() as http:
        offline = http.post("/api/papers/identified", json={"identifiers": ["1312.7288"]})
        empty = http.post("/api/papers/identified", json={"identifiers": []})

    assert offline.status_code == 503
    assert offline.json() == {
        "status": 503, "error": "offline", "field": None,
        "message": "this server runs --offline and asks no registry: save the paper's page instead, "
                   "or start it without --offline"}
    assert empty.status_code == 400
    assert empty.json()["error"] == "validation_error"
    assert asked == []


def test_pubmed_ids_are_added_through_the_api_from_the_pubmed_api_the_server_was_given(tmp_path, arxiv):
    api, arxiv_asked, _ = arxiv
    with standin_pubmed() as (pubmed_api, asked, _), \
            serving(tmp_path, api, pubmed_api=pubmed_api) as server, server.client() as http:
        added = http.post("/api/papers/identified",
                          json={"identifiers": ["PMID: 16403221", "https://pubmed.ncbi.nlm.nih.gov/14630660/"]})

    assert added.status_code == 200, added.text
    assert [paper["title"] for paper in added.json()["papers"]] == [
        "A high level interface to SCOP and ASTRAL implemented in python.",
        "PDB file parser and structure class implemented in Python."]
    assert added.json()["not_added"] == []
    assert [parse_qs(urlsplit(path).query)["id"] for path in asked] == [["16403221,14630660"]]
    assert arxiv_asked == []
