"""A search ranks the papers whose titles hold its words first: in the API, on Datasette's
pages, in a public copy and in a library made before the weights (m015). A real library file,
real Datasette in process."""

from __future__ import annotations

import sqlite3

import pytest

from helpers import datasette_get, insert_papers, started_datasette
from papershelf.publish.public_copy import publish
from papershelf.store.db import open_writer
from papershelf.store.queries import PaperFilter, list_papers

FILLER = ["we", "propose", "evaluate", "datasets", "models", "results", "training", "baselines",
          "benchmark", "show", "improves", "experiments", "method", "approach", "tasks"]

# Three papers of the sample library's search for "attention", as they stood: two short
# abstracts using the word in passing ranked above the paper titled by it, whose long
# abstract uses it once among many words.
PAPERS = [
    ("attention", "Attention Is All You Need",
     " ".join(FILLER * 12) + " attention mechanisms connect the encoder and decoder"),
    ("echotune", "Echotune: A Modular Extractor for Speech in ASR Tasks",
     "A variable-length attention extractor for speech recognition."),
    ("hybrid", "Hybrid Transformers for Music Source Separation",
     "Cross-domain attention for music demixing."),
]


def make_library(path) -> None:
    db = open_writer(path, create=True)
    insert_papers(db, [{"id": pid, "title": title, "abstract": abstract} for pid, title, abstract in PAPERS])
    db.close()


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "library.db"
    make_library(path)
    return path


def ranked_ids(path, word: str) -> list[str]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT papers.id FROM papers_fts JOIN papers ON papers.rowid = "
                        "papers_fts.rowid WHERE papers_fts MATCH ? ORDER BY rank", [word])
    ids = [row[0] for row in rows]
    conn.close()
    return ids


def test_the_api_ranks_the_paper_titled_by_the_word_above_abstracts_using_it_in_passing(library):
    db = open_writer(library)
    views, _cursor, _window = list_papers(db, PaperFilter(q="attention"))
    db.close()
    assert views[0].id == "attention"
    assert {view.id for view in views} == {"attention", "echotune", "hybrid"}


def test_datasettes_search_ranks_the_paper_titled_by_the_word_first(library):
    response = datasette_get(started_datasette(library),
                             "/library/papers.json?_search=attention&_shape=objects")
    assert response.json()["rows"][0]["id"] == "attention"


def test_a_public_copy_ranks_as_the_library_does(library, tmp_path):
    out = tmp_path / "public.db"
    publish(library, out)
    assert ranked_ids(out, "attention") == ranked_ids(library, "attention")
    assert ranked_ids(out, "attention")[0] == "attention"


def test_a_library_made_before_the_weights_ranks_titles_first_once_opened(library):
    conn = sqlite3.connect(library)
    with conn:
        conn.execute("DELETE FROM papers_fts_config WHERE k = 'rank'")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm015_titles_rank_first'")
    conn.close()
    assert ranked_ids(library, "attention")[0] != "attention"  # bm25 with every column alike
    open_writer(library).close()
    assert ranked_ids(library, "attention")[0] == "attention"
    conn = sqlite3.connect(library)
    (weights,) = conn.execute("SELECT v FROM papers_fts_config WHERE k = 'rank'").fetchone()
    conn.close()
    assert weights.startswith("bm25(10.0, 1.0")  # the title, then columns FTS5 weighs 1.0


def test_a_phrase_in_double_quotes_finds_its_words_in_that_order_in_the_api_and_datasette(library):
    """Regression: the API searched `"attention is all"` as three words anywhere (the sample
    library's "Not all tokens are created equal" among them), where Datasette found the phrase."""
    db = open_writer(library)
    insert_papers(db, [{"id": "tokens", "title": "Not all tokens are created equal",
                        "abstract": "Perplexity attention weighting is applied to every token."}])
    phrase = [view.id for view in list_papers(db, PaperFilter(q='"attention is all"'))[0]]
    words = {view.id for view in list_papers(db, PaperFilter(q="attention is all"))[0]}
    left_open = [view.id for view in list_papers(db, PaperFilter(q='"attention is all'))[0]]
    db.close()
    assert phrase == left_open == ["attention"]
    assert words == {"attention", "tokens"}
    response = datasette_get(started_datasette(library),
                             "/library/papers.json?_search=%22attention+is+all%22&_shape=objects")
    assert [row["id"] for row in response.json()["rows"]] == ["attention"]


def test_a_lone_dash_or_quote_in_a_search_does_not_empty_it(library):
    """Regression: Datasette's `attention -` found nothing: the dash became a phrase of no
    words, which no row matches, joined by AND to the word's forms."""
    ds = started_datasette(library)
    for typed in ("attention+-", "attention+%22%22", "attention+%E2%80%93+%2A"):
        response = datasette_get(ds, f"/library/papers.json?_search={typed}&_shape=objects")
        assert len(response.json()["rows"]) == 3, typed
    db = open_writer(library)
    try:
        assert len(list_papers(db, PaperFilter(q="attention - \u2013 *"))[0]) == 3
    finally:
        db.close()
