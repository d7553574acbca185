"""GET /api/lookup: the page's paper by identity, whichever of its addresses is open."""

from __future__ import annotations

import uuid

import pytest

from helpers import page


@pytest.fixture(scope="module")
def client(api):
    with api.client() as client:
        for name, url in (
            ("hf_paper_1810.04805.excerpt.html", "https://huggingface.co/papers/1810.04805"),
            ("biorxiv_2020.03.22.002386v3.html",
             "https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3"),
            ("acl_N04-1001.html", "https://aclanthology.org/N04-1001/"),
            ("arxiv_abs_hep-th_9711200.html", "https://arxiv.org/abs/hep-th/9711200"),
        ):
            response = client.post("/api/captures", json={
                "capture_id": uuid.uuid4().hex, "url": url, "html": page(name)})
            assert response.status_code == 201, response.text
        yield client


def found(client, url: str) -> list[str | None]:
    response = client.get("/api/lookup", params={"url": url})
    assert response.status_code == 200
    return [p["arxiv_id"] or p["doi"] or p["title"] for p in response.json()["papers"]]


@pytest.mark.parametrize("url", [
    "https://huggingface.co/papers/1810.04805",
    "https://hf.co/papers/1810.04805",
    "http://www.huggingface.co/papers/1810.04805?utm=x",
    "https://arxiv.org/abs/1810.04805",
    "https://arxiv.org/abs/1810.04805v2",
    "https://arxiv.org/pdf/1810.04805v1",
    "https://arxiv.org/pdf/1810.04805.pdf",
    "https://doi.org/10.48550/arXiv.1810.04805",
])
def test_every_address_of_an_arxiv_paper_finds_it(client, url):
    assert found(client, url) == ["1810.04805"]


def test_old_style_arxiv_ids(client):
    assert found(client, "https://arxiv.org/pdf/hep-th/9711200v3") == ["hep-th/9711200"]


@pytest.mark.parametrize("url", [
    "https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3",
    "https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3.full.pdf",
    "https://doi.org/10.1101/2020.03.22.002386",
])
def test_a_doi_in_the_address_finds_the_paper(client, url):
    assert found(client, url) == ["10.1101/2020.03.22.002386"]


def test_a_captured_page_without_ids_is_found_by_its_address(client):
    titles = found(client, "http://aclanthology.org/N04-1001")
    assert titles == ["A Statistical Model for Multilingual Entity Detection and Tracking"]


def test_a_page_not_in_the_library_finds_nothing(client):
    assert found(client, "https://arxiv.org/abs/2001.00001") == []
    assert found(client, "not a url at all") == []
