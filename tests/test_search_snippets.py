"""A search result's passage marks the words that matched, where the index holds the text
otherwise than written (store/search_snippets.py).

FTS5's snippet() counted the index's tokens again in the text as written: "画像認識" is four
tokens in the index and one in the text, so every mark after it fell on the wrong word."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from helpers import off_loop
from papershelf.publish.datasette_app import build_datasette
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.papers import save_paper
from papershelf.store.search_snippets import search_snippet
from papershelf.store.search_text import search_text
from papershelf.store.tx import write
from papershelf.store.word_forms import as_indexed

MIXED = "Wir untersuchen die Straße und ﬁnite Automaten von Łukasz in 東京 ＧＰＴ weiter."
JAPANESE = "本論文では深層学習による画像認識の手法を提案する。実験では従来法より高い精度を示した。"


def snippet(text: str, typed: str, tokens: int = 16) -> str:
    return search_snippet(text, as_indexed(f'"{typed}"'), "»", "«", "…", tokens)


def fts5_snippet(text: str, typed: str) -> str:
    """FTS5's own snippet(), over a table holding the text as written and indexed as the
    library indexes it (what the canned query did)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE rows (text TEXT)")
    conn.execute("CREATE VIRTUAL TABLE rows_fts USING fts5(text, content='rows')")
    conn.execute("INSERT INTO rows VALUES (?)", [text])
    conn.execute("INSERT INTO rows_fts (rowid, text) VALUES (1, ?)", [search_text(text)])
    return conn.execute("SELECT snippet(rows_fts, 0, '»', '«', '…', 16) FROM rows_fts "
                        "WHERE rows_fts MATCH ?", [as_indexed(f'"{typed}"')]).fetchone()[0]


def test_fts5s_own_snippet_marks_the_wrong_words_after_spaced_text():
    assert fts5_snippet(MIXED, "gpt").count("»weiter«") == 1  # the fault this module mends


def test_the_matched_word_is_marked_after_chinese_or_japanese_text():
    assert "»ＧＰＴ«" in snippet(MIXED, "gpt")
    assert "»weiter«" in snippet(MIXED, "weiter")
    assert snippet(MIXED, "weiter").count("»") == 1


def test_a_folded_letter_is_marked_as_written():
    assert "»Straße«" in snippet(MIXED, "strasse")
    assert "»Łukasz«" in snippet(MIXED, "lukasz")
    assert "»ﬁnite«" in snippet(MIXED, "finite")


def test_a_japanese_word_is_marked_whole_inside_its_run():
    marked = snippet(JAPANESE, "画像認識")
    assert "»画像認識«" in marked
    assert marked.replace("»", "").replace("«", "").strip("…") in JAPANESE


def test_a_long_text_is_cut_around_its_match_as_snippet_cuts_it():
    text = " ".join(["alpha"] * 40 + ["needle"] + ["omega"] * 40) + " 東京"
    marked = snippet(text, "needle", tokens=8)
    assert marked.startswith("…") and marked.endswith("…") and "»needle«" in marked
    assert len(marked) < 80


def test_plain_text_is_marked_as_fts5_marks_it():
    text = "Attention is all you need: the Transformer, based solely on attention mechanisms."
    assert snippet(text, "transformer") == fts5_snippet(text, "transformer")


def test_a_text_without_the_words_gives_its_beginning():
    # The row matched by another column (its title): snippet() gives the text's beginning.
    assert snippet(JAPANESE, "lukasz", tokens=6).startswith("本論文")
    assert snippet(None, "lukasz") is None


def test_the_ranked_search_of_datasette_marks_the_words_that_matched(tmp_path):
    db = open_writer(tmp_path / "library.db", create=True)
    with write(db) as tx:
        save_paper(tx, Paper(title="Automaten", abstract=MIXED), rank=Rank.PAGE, hlc=tx.now())
        save_paper(tx, Paper(title="画像認識", abstract=JAPANESE), rank=Rank.PAGE, hlc=tx.now())
    db.close()
    ds = build_datasette(tmp_path / "library.db", base_url="/")
    off_loop(asyncio.run, ds.invoke_startup())

    def abstracts(q: str) -> list[str]:
        response = off_loop(asyncio.run, ds.client.get(
            "/library/search_papers.json", params={"q": q, "_shape": "array"}))
        assert response.status_code == 200, response.text[:300]
        return [row["abstract"] for row in response.json()]

    [gpt] = abstracts("gpt")
    assert "»ＧＰＴ«" in gpt and "»weiter«" not in gpt
    [japanese] = abstracts("手法")
    assert "»手法«" in japanese


def test_an_index_of_the_text_as_written_is_marked_as_written():
    # A public copy's index holds the text as typed, and is asked so.
    marked = search_snippet(MIXED, '"weiter"', "»", "«", "…", 16, spaced=False)
    assert "»weiter«" in marked and marked.count("»") == 1


@pytest.mark.parametrize("text", [MIXED, JAPANESE, "การเรียนรู้เชิงลึก ﬁn", "plain", "ßß東", "東ßa"])
def test_each_character_as_the_index_holds_it_comes_from_its_place_in_the_text(text):
    from papershelf.store.search_snippets import _Places

    held, places = search_text(text), _Places(text)
    assert all(char in search_text(text[places[at]]) for at, char in enumerate(held))
    assert places[len(held) - 1] == len(text) - 1
