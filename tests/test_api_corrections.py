"""The reader corrects what a page was read as (PATCH title, authors, published, doi,
abstract, venue): the correction is stored, searched, kept through later captures of the page and
carried by sync; a value that is no title, date or DOI is refused, naming the field."""

from __future__ import annotations

import uuid

import pytest

from helpers import page
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.papers import save_paper
from papershelf.store.tx import write
from sync_helpers import sync_local

PLOS = "plos_pone.0000030.html"  # DOI 10.1371/journal.pone.0000030, read from its meta
PLOS_URL = "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000030"
PLOS_TITLE = ("Triose Phosphate Isomerase Deficiency Is Caused by Altered Dimerization–Not "
              "Catalytic Inactivity–of the Mutant Enzymes")
ARXIV = "arxiv_abs_1706.03762.html"


@pytest.fixture(scope="module")
def client(api):
    with api.client() as client:
        yield client


def capture(client, name: str, url: str) -> dict:
    response = client.post("/api/captures", json={
        "capture_id": uuid.uuid4().hex, "url": url, "html": page(name)})
    assert response.status_code in (200, 201), response.text
    [paper] = response.json()["papers"]
    return paper


def test_a_correction_is_stored_answered_and_searched(client):
    paper = capture(client, PLOS, PLOS_URL)
    response = client.patch(f"/api/papers/{paper['id']}", json={
        "title": "  Triose phosphate isomerase deficiency: altered dimerization  ",
        "authors": ["Markus Ralser", " ", "Sylvia  Krobitsch"],
        "published": "2006-12",
        "abstract": "Corrected abstract about glycolysis.",
    })
    assert response.status_code == 200, response.text
    corrected = response.json()
    assert corrected["title"] == "Triose phosphate isomerase deficiency: altered dimerization"
    assert (corrected["authors"], corrected["authors_count"]) == (
        ["Markus Ralser", "Sylvia Krobitsch"], 2)
    assert (corrected["published"], corrected["abstract"]) == (
        "2006-12", "Corrected abstract about glycolysis.")
    assert corrected["doi"] == paper["doi"]  # not named: left alone
    assert client.get(f"/api/papers/{paper['id']}").json()["title"] == corrected["title"]
    found = client.get("/api/papers", params={"q": "glycolysis"}).json()["papers"]
    assert [p["id"] for p in found] == [paper["id"]]


def test_a_later_capture_of_the_page_keeps_the_readers_correction(client):
    paper = capture(client, ARXIV, "https://arxiv.org/abs/1706.03762")
    client.patch(f"/api/papers/{paper['id']}",
                 json={"title": "Attention is all you need (NeurIPS 2017)", "published": "2017-12"})
    again = capture(client, ARXIV, "https://arxiv.org/abs/1706.03762")
    assert again["id"] == paper["id"]
    assert (again["title"], again["published"]) == (
        "Attention is all you need (NeurIPS 2017)", "2017-12")
    assert again["authors"] == paper["authors"]  # what the reader left alone still follows the page


def test_a_doi_is_stored_without_its_resolver_and_null_clears_a_field(client):
    paper = capture(client, PLOS, PLOS_URL)
    pid = paper["id"]
    corrected = client.patch(f"/api/papers/{pid}",
                             json={"doi": "https://doi.org/10.1371/JOURNAL.PONE.0000030"}).json()
    assert corrected["doi"] == "10.1371/JOURNAL.PONE.0000030"
    cleared = client.patch(f"/api/papers/{pid}", json={"authors": None, "abstract": None}).json()
    assert (cleared["authors"], cleared["authors_count"], cleared["abstract"]) == (None, None, None)
    assert cleared["title"]
    # A capture of the page does not bring back what the reader cleared.
    again = capture(client, PLOS, PLOS_URL)
    assert (again["id"], again["authors"], again["abstract"]) == (pid, None, None)


def test_the_venue_a_page_states_is_corrected_and_a_later_capture_keeps_it(client):
    paper = capture(client, PLOS, PLOS_URL)
    assert paper["venue"] == "PLOS ONE"  # its citation_journal_title
    corrected = client.patch(f"/api/papers/{paper['id']}", json={"venue": " PLoS  One "}).json()
    assert corrected["venue"] == "PLoS One"
    assert capture(client, PLOS, PLOS_URL)["venue"] == "PLoS One"
    assert client.patch(f"/api/papers/{paper['id']}", json={"venue": None}).json()["venue"] is None


@pytest.mark.parametrize(("body", "field", "says"), [
    ({"title": None}, "title", "title"),
    ({"title": "   "}, "title", "keeps a title"),
    ({"title": "x" * 2001}, "title", "length <= 2000"),
    ({"published": "May 2020"}, "published", "published"),
    ({"published": "2023-02-30"}, "published", "2023-02-30 is no date"),
    ({"published": "2023-13"}, "published", "2023-13 is no date"),
    ({"doi": "not a doi"}, "doi", "not a DOI"),
    ({"authors": "Ann Lee"}, "authors", "authors"),
    ({"authors": [1]}, "authors[0]", "authors[0]"),
    ({"venue": "x" * 501}, "venue", "length <= 500"),
    ({"arxiv_id": "1706.03762"}, "arxiv_id", "arxiv_id"),
])
def test_a_correction_that_is_no_value_of_its_field_is_refused_naming_it(client, body, field, says):
    paper = capture(client, PLOS, PLOS_URL)
    before = client.get(f"/api/papers/{paper['id']}").json()
    response = client.patch(f"/api/papers/{paper['id']}", json={**body, "rating": 3})
    assert response.status_code == 400, response.text
    error = response.json()
    assert (error["error"], error["field"]) == ("validation_error", field)
    assert says in error["message"]
    assert client.get(f"/api/papers/{paper['id']}").json() == before  # nothing stored, rating neither


def test_a_correction_reaches_another_library_by_sync_and_a_capture_there_does_not_undo_it(
        api, client, tmp_path):
    paper = capture(client, PLOS, PLOS_URL)
    client.patch(f"/api/papers/{paper['id']}", json={"title": "TPI deficiency, corrected"})
    other = open_writer(tmp_path / "other.db", create=True)
    mine = open_writer(api.db_path)
    try:
        sync_local(other, mine)
        with write(other) as tx:  # the other machine saves the page as the page reads
            pid, _ = save_paper(tx, Paper(title=PLOS_TITLE, doi=paper["doi"]), rank=Rank.PAGE,
                                hlc=tx.now())
        title = other.execute("SELECT title FROM papers WHERE id = ?", [pid]).fetchone()
        assert (pid, title) == (paper["id"], ("TPI deficiency, corrected",))
    finally:
        other.close()
        mine.close()


def test_a_page_known_by_its_title_alone_is_the_same_paper_after_its_title_is_corrected(client):
    # The popup saves the page each time it opens: a paper with no DOI or arXiv id is known by its
    # title, and a later save of the page (misreading it again) must find the corrected paper.
    html = ('<html><head><title>Home | Lab of Flows</title></head><body><article><h1>On the stability '
            'of flows</h1><p class="byline">By Ann Lee</p><p>Published 3 May 2019</p><h2>Abstract</h2>'
            '<p>We study the stability of flows in pipes and channels under small perturbations.</p>'
            '</article></body></html>')
    url = "https://lab.example.org/papers/flows"
    first = client.post("/api/captures", json={"capture_id": uuid.uuid4().hex, "url": url,
                                                "html": html}).json()["papers"][0]
    client.patch(f"/api/papers/{first['id']}", json={"title": "On the Stability of Pipe Flows"})
    again = client.post("/api/captures", json={"capture_id": uuid.uuid4().hex, "url": url,
                                                "html": html})
    assert (again.status_code, again.json()["new"]) == (201, [])
    assert [(p["id"], p["title"]) for p in again.json()["papers"]] == [
        (first["id"], "On the Stability of Pipe Flows")]
