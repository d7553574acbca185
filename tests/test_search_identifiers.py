"""A pasted arXiv id or DOI finds its paper in every search: the API's q=, Datasette's
?_search=, the ranked search query and the search feed; a library made before the index held
them (m016) finds them once opened. A real library file, real Datasette in process."""

from __future__ import annotations

import sqlite3

import pytest

from helpers import (
    back_to_before_m010,
    check_full_text_index,
    datasette_get,
    insert_papers,
    started_datasette,
)
from papershelf.store.db import open_writer
from papershelf.store.queries import PaperFilter, list_papers
from papershelf.store.search_text import register_search_text

PAPERS = [  # id, title, arXiv id, DOI
    ("attention", "Attention Is All You Need", "1706.03762", None),
    ("deeplearning", "Deep learning", None, "10.1038/nature14539"),
    ("maldacena", "The Large N Limit of Superconformal Field Theories and Supergravity",
     "hep-th/9711200", "10.1023/A:1026654312961"),
    ("other", "A paper that cites 1706.03762 in its title", None, None),
]

PASTED = [
    ("1706.03762", "attention"),
    ("arXiv:1706.03762v7", "attention"),
    ("https://arxiv.org/abs/1706.03762", "attention"),
    ("https://arxiv.org/pdf/1706.03762v5", "attention"),
    ("https://huggingface.co/papers/1706.03762", "attention"),
    ("10.1038/nature14539", "deeplearning"),
    ("doi:10.1038/NATURE14539", "deeplearning"),
    ("https://doi.org/10.1038/nature14539", "deeplearning"),
    ("https://www.nature.com/articles/10.1038/nature14539", "deeplearning"),
    ("hep-th/9711200", "maldacena"),
    ("https://doi.org/10.1023/A:1026654312961", "maldacena"),
]


def make_library(path) -> None:
    db = open_writer(path, create=True)
    insert_papers(db, [{"id": pid, "title": title, "arxiv_id": arxiv_id, "doi": doi,
                        "abstract": "An abstract."} for pid, title, arxiv_id, doi in PAPERS])
    db.close()


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "library.db"
    make_library(path)
    return path


def found_by_api(path, typed: str) -> set[str]:
    db = open_writer(path)
    try:
        return {view.id for view in list_papers(db, PaperFilter(q=typed))[0]}
    finally:
        db.close()


@pytest.mark.parametrize(("typed", "paper"), PASTED)
def test_the_api_finds_a_paper_by_its_pasted_arxiv_id_or_doi(library, typed, paper):
    found = found_by_api(library, typed)
    assert paper in found
    # Every form is asked as the bare id, which the title of another paper names too.
    assert found == ({paper, "other"} if paper == "attention" else {paper})


def test_datasette_finds_a_paper_by_its_pasted_arxiv_id_or_doi_on_every_search(library):
    ds = started_datasette(library)

    def get(path: str):
        return datasette_get(ds, path)

    for typed, paper in PASTED:
        rows = get(f"/library/papers.json?_search={typed}&_shape=objects").json()["rows"]
        assert paper in [row["id"] for row in rows], typed
    ranked = get("/library/search_papers.json?q=arXiv:1706.03762v7&_shape=objects").json()["rows"]
    assert [row["id"] for row in ranked] == ["attention", "other"]  # the paper before a citing title
    assert "Deep learning" in get("/library/search_feed.atom?q=doi:10.1038/nature14539").text


def test_a_library_made_before_the_index_held_identifiers_finds_them_once_opened(library):
    conn = sqlite3.connect(library)
    back_to_before_m010(conn)
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm016_identifiers_searchable'")
    conn.close()
    open_writer(library).close()
    assert found_by_api(library, "arXiv:hep-th/9711200") == {"maldacena"}
    conn = sqlite3.connect(library)
    register_search_text(conn)
    check_full_text_index(conn, "papers")  # every row indexed as the triggers index it
    (weights,) = conn.execute("SELECT v FROM papers_fts_config WHERE k = 'rank'").fetchone()
    conn.close()
    assert weights == "bm25(10.0, 1.0, 1.0, 1.0, 100.0, 100.0)"


def test_a_changed_doi_is_found_by_its_new_value_and_not_by_its_old(library):
    db = open_writer(library)
    with db.conn:
        db.conn.execute("UPDATE papers SET doi = '10.5555/changed.1' WHERE id = 'deeplearning'")
    db.close()
    assert found_by_api(library, "10.5555/changed.1") == {"deeplearning"}
    assert found_by_api(library, "10.1038/nature14539") == set()
