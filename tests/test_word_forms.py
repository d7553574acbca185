"""A searched English word finds its plural or singular too (store/word_forms.py): "sparse
autoencoder" found the 9 papers of the sample library that say "autoencoder", not the 22 that
say "autoencoders". Through the API's search, Datasette's ?_search= (in process), notes and a
published copy."""

from __future__ import annotations

import asyncio

import pytest

from helpers import off_loop
from papershelf.publish.datasette_app import build_datasette
from papershelf.publish.public_copy import publish
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note
from papershelf.store.papers import save_paper
from papershelf.store.queries import PaperFilter, list_papers
from papershelf.store.tx import write
from papershelf.store.word_forms import other_form, with_word_forms

PLURAL = "Sparse Autoencoders Find Interpretable Features"
SINGULAR = "A Sparse Autoencoder for LLM Interpretability"
OTHER = "Attention Is All You Need"


@pytest.mark.parametrize(("word", "form"), [
    ("autoencoder", "autoencoders"), ("networks", "network"), ("LLM", "LLMs"), ("GANs", "GAN"),
    ("study", "studies"), ("studies", "study"), ("key", "keys"), ("class", "classes"),
    ("classes", "class"), ("matches", "match"), ("analysis", "analyses"), ("hypotheses", "hypothesis"),
    ("process", "processes"), ("focus", "focuses"),
    # irregular plurals papers use (stop 57): "matrix" found no paper on "matrices"
    ("matrix", "matrices"), ("vertices", "vertex"), ("corpus", "corpora"), ("criteria", "criterion"),
    ("axes", "axis"), ("children", "child"),
    # no plural's -s, or a "singular" that is another, common word
    ("news", None), ("series", None), ("physics", None), ("it", None),
])
def test_a_word_has_its_regular_other_form(word, form):
    assert other_form(word) == form


def test_each_word_of_latin_letters_is_grouped_with_its_other_form_by_and():
    assert with_word_forms('"sparse" "autoencoder"') == (
        '("sparse" OR "sparses") AND ("autoencoder" OR "autoencoders")')
    # A phrase, a word with digits, a short word and Datasette's raw syntax stay as typed.
    assert with_word_forms('"all you need" "gpt4" "of"') == '"all you need" "gpt4" "of"'
    assert with_word_forms('autoencoder OR "x"') == 'autoencoder OR "x"'


def test_a_word_ending_in_a_star_asks_for_the_words_it_begins():
    # Zotero's quick search finds a part of a word; FTS5 only whole words, and the star was dropped.
    assert with_word_forms('"quantiz*" "model"') == '"quantiz"* AND ("model" OR "models")'
    assert with_word_forms('"réseau*"') == '"réseau"*'
    assert with_word_forms('"au*"') == '"au*"'  # two letters would ask for most of the index: the word


def add(db, title: str) -> str:
    with write(db) as tx:
        return save_paper(tx, Paper(title=title), rank=Rank.PAGE, hlc=tx.now())[0]


def test_the_api_finds_a_word_in_its_plural_and_its_singular(library):
    for title in (PLURAL, SINGULAR, OTHER):
        add(library, title)

    def found(query: str) -> set[str]:
        return {paper.title for paper in list_papers(library, PaperFilter(q=query))[0]}

    assert found("sparse autoencoder") == found("sparse autoencoders") == {PLURAL, SINGULAR}
    assert found("LLMs") == {SINGULAR}
    assert found("autoenc* interpret*") == {PLURAL, SINGULAR}
    assert found("news") == set()


@pytest.mark.parametrize("public", [False, True])
def test_datasette_finds_a_word_in_its_plural_and_its_singular(tmp_path, public):
    db = open_writer(tmp_path / "library.db", create=True)
    for title in (PLURAL, SINGULAR, OTHER):
        add(db, title)
    heads = add(db, "Heads of attention")
    with write(db) as tx:
        create_note(tx, heads, "The heads attend to syntactic dependencies.")
    db.close()
    path = tmp_path / "library.db"
    if public:  # a published copy indexes text as typed, and searches with the same forms
        publish(path, tmp_path / "public.db", with_notes=True)
        path = tmp_path / "public.db"
    ds = build_datasette(path, base_url="/")
    off_loop(asyncio.run, ds.invoke_startup())

    def titles(search: str) -> set[str]:
        response = off_loop(asyncio.run, ds.client.get(
            "/library/papers.json", params={"_search": search, "_shape": "array"}))
        assert response.status_code == 200, response.text[:300]
        return {row["title"] for row in response.json()}

    assert titles("autoencoder") == titles("Autoencoders") == {PLURAL, SINGULAR}
    assert titles("attention needs") == {OTHER}
    assert titles("autoenc*") == {PLURAL, SINGULAR} and titles("interpretabi*") == {SINGULAR}
    assert titles('"sparse autoencoders"') == {PLURAL}  # a phrase the reader quoted stays as typed
    notes = off_loop(asyncio.run, ds.client.get("/library/search_notes.json",
                                                params={"q": "dependency", "_shape": "array"}))
    assert [row["title"] for row in notes.json()] == ["Heads of attention"]


def test_a_plural_reads_as_its_singular_and_nothing_else_changes():
    from papershelf.store.word_forms import any_of, singular

    assert [singular(w) for w in ("autoencoders", "studies", "models", "llms", "matrices", "corpora")] == [
        "autoencoder", "study", "model", "llm", "matrix", "corpus"]
    # Lucene's minimal stemmer: both forms alike, never two words as one.
    assert [singular(w) for w in ("glass", "corpus", "news", "species", "toes", "series", "its")] == [
        "glass", "corpus", "news", "species", "toes", "series", "its"]
    assert any_of('"autoencoder" "graph"') == '("autoencoder" OR "autoencoders") OR ("graph" OR "graphs")'
