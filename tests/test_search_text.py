"""Chinese, Japanese and Korean text is found by a word inside it (store/search_text.py).

FTS5's unicode61 tokenizer made a run of such characters one token: "深層学習による画像認識"
was found by that whole run alone, never by 画像認識. Over real library files: the API's
search, Datasette's ?_search= (in process), bulk indexing (an import), edits and deletes,
notes, and a library indexed before the change (m009)."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from helpers import back_to_before_m010, check_full_text_index, off_loop
from papershelf.importer.files import import_file
from papershelf.publish.datasette_app import build_datasette
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note
from papershelf.store.papers import delete_paper, edit_paper, save_paper
from papershelf.store.queries import PaperFilter, list_papers
from papershelf.store.schema import _search_text_triggers
from papershelf.store.search_text import INDEXED_COLUMNS, SEARCH_TEXT, search_text
from papershelf.store.tx import write

JAPANESE = "深層学習による画像認識の研究"
CHINESE = "基于深度学习的图像识别方法"
KOREAN = "딥러닝 모델을 이용한 영상 인식"
ENGLISH = "Attention is all you need"
DUMPS = Path(__file__).parent / "fixtures" / "dumps"



def indexed_as_before(db, spaced, migration: str) -> None:
    """A library as it was before `migration`: every indexed row taken out as today's triggers
    index it and put back as `spaced` spaced it, and the migration not applied."""
    conn = db.conn
    with conn:
        for table, columns in INDEXED_COLUMNS.items():
            names, holders = ", ".join(columns), ", ".join("?" * len(columns))
            for row in conn.execute(f"SELECT rowid, {names} FROM {table}").fetchall():
                conn.execute(f"INSERT INTO {table}_fts ({table}_fts, rowid, {names}) "
                             f"VALUES ('delete', ?, {holders})", [row[0], *map(search_text, row[1:])])
                conn.execute(f"INSERT INTO {table}_fts (rowid, {names}) VALUES (?, {holders})",
                             [row[0], *map(spaced, row[1:])])
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [migration])

def add(db, title: str, abstract: str | None = None, authors: list[str] | None = None) -> str:
    with write(db) as tx:
        pid, _ = save_paper(tx, Paper(title=title, abstract=abstract, authors=authors),
                            rank=Rank.PAGE, hlc=tx.now())
    return pid


def found(db, query: str) -> list[str]:
    papers, _, _ = list_papers(db, PaperFilter(q=query))
    return [paper.title for paper in papers]


def index_agrees(conn: sqlite3.Connection) -> bool:
    try:
        check_full_text_index(conn, "papers")
    except sqlite3.DatabaseError:
        return False
    return True


def test_a_japanese_title_is_found_by_a_word_inside_it(library):
    add(library, JAPANESE)
    add(library, ENGLISH)
    assert found(library, "画像認識") == [JAPANESE]  # inside the run: one token before
    assert found(library, "学習") == [JAPANESE]  # a word of two characters
    assert found(library, "深層学習による画像認識の研究") == [JAPANESE]  # the whole run still
    assert found(library, "認識画像") == []  # the characters, but not as a word of the title
    assert found(library, "attention") == [ENGLISH]  # and English as before


def test_chinese_and_korean_words_are_found_inside_their_runs(library):
    add(library, CHINESE)
    add(library, KOREAN)
    assert found(library, "图像识别") == [CHINESE]
    assert found(library, "模델") == []  # a hanja and a hangul syllable: no word of either title
    assert found(library, "모델") == [KOREAN]  # without its particle (모델을)


def test_an_abstract_in_japanese_is_searched_as_its_title_is(library):
    add(library, "Vision transformers", "本論文では畳み込みニューラルネットワークを用いた手法を提案する。")
    assert found(library, "ニューラルネットワーク") == ["Vision transformers"]
    assert found(library, "vision 手法") == ["Vision transformers"]  # words of both kinds


def test_edits_and_deletes_keep_the_index_as_the_rows_are_spaced(library):
    pid = add(library, JAPANESE)
    other = add(library, CHINESE)
    with write(library) as tx:
        edit_paper(tx, pid, {"title": "自然言語処理の評価"})
    assert found(library, "画像認識") == []
    assert found(library, "言語処理") == ["自然言語処理の評価"]
    with write(library) as tx:
        delete_paper(tx, other)
    assert found(library, "图像") == []
    assert index_agrees(library.conn)


def test_an_import_indexes_its_papers_spaced(library, tmp_path):
    # A format-A dump (a fixture's first papers) with its second paper's title and abstract
    # in Japanese.
    lines = (DUMPS / "000_286d48ef37147b1c.txt").read_text(encoding="utf-8").splitlines()[:10]
    lines[4:6] = [JAPANESE, "本論文では大規模言語モデルの推論能力を評価する手法を提案する。"]
    dump = tmp_path / "dump.txt"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_file(library, dump, captured_at=date(2025, 11, 6))
    assert report.records == 4
    assert found(library, "画像認識") == [JAPANESE]
    assert found(library, "言語モデル") == [JAPANESE]  # its abstract
    assert found(library, "vertical federated") == [lines[2].removeprefix("Subscribe")]
    assert index_agrees(library.conn)


def test_a_note_in_japanese_is_found_by_a_word_in_it(library):
    pid = add(library, ENGLISH)
    with write(library) as tx:
        create_note(tx, pid, "この論文の注意機構は画像認識にも使える")
    rows = library.conn.execute("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?",
                                [search_text('"注意機構"')]).fetchall()
    assert len(rows) == 1


def test_datasette_finds_a_japanese_paper_by_a_word_inside_its_title(tmp_path):
    db = open_writer(tmp_path / "library.db", create=True)
    add(db, JAPANESE)
    add(db, ENGLISH)
    db.close()
    ds = build_datasette(tmp_path / "library.db", base_url="/")
    off_loop(asyncio.run, ds.invoke_startup())

    def titles(search: str) -> list[str]:
        response = off_loop(asyncio.run, ds.client.get(
            "/library/papers.json", params={"_search": search, "_shape": "array"}))
        assert response.status_code == 200, response.text[:300]
        return [row["title"] for row in response.json()]

    assert titles("画像認識") == [JAPANESE]
    assert titles("認識画像") == []
    assert titles("attention") == [ENGLISH]


def test_a_library_indexed_before_is_indexed_spaced_when_opened(tmp_path):
    """A library from before m009: its triggers index text as typed, and so does its index;
    opening it replaces the triggers and indexes its CJK rows again."""
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    add(db, JAPANESE)
    add(db, ENGLISH)
    add(db, THAI)  # upgraded through m009's spacing and m012's
    conn = db.conn
    with conn:  # back to before m009: triggers and index as typed
        for statement in _search_text_triggers({"papers": ("title", "abstract", "summary", "authors"),
                                                "notes": ("body", "quote")}):
            conn.execute(f"DROP TRIGGER {statement.split()[2]}")
            conn.execute(re.sub(rf"{SEARCH_TEXT}\((\w+\.\w+)\)", r"\1", statement))
        for title in (JAPANESE, THAI):
            rowid = conn.execute("SELECT rowid FROM papers WHERE title = ?", [title]).fetchone()[0]
            conn.execute("INSERT INTO papers_fts (papers_fts, rowid, title, abstract, summary) "
                         "VALUES ('delete', ?, ?, NULL, NULL)", [rowid, search_text(title)])
            conn.execute("INSERT INTO papers_fts (rowid, title) VALUES (?, ?)", [rowid, title])
        conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m009_search_text', "
                     "'m010_authors_searchable', 'm012_search_text_unspaced_scripts')")
    assert found(db, "画像認識") == []  # what such a library answered
    db.close()

    db = open_writer(path)
    try:
        assert found(db, "画像認識") == [JAPANESE]
        assert found(db, "เรียนรู้") == [THAI]
        assert found(db, "attention") == [ENGLISH]
        assert index_agrees(db.conn)
        add(db, CHINESE)  # and the new triggers index what comes next
        assert found(db, "识别") == [CHINESE]
    finally:
        db.close()


@pytest.mark.parametrize("text", [None, "", "plain ASCII text", "Café résumé — naïve"])
def test_text_without_cjk_is_indexed_as_typed(text):
    assert search_text(text) == text


def test_the_index_check_finds_a_row_indexed_as_typed(library):
    """FTS5's own check against the rows calls a spaced row corrupt; check_index holds the
    index to the rows spaced, and still finds one the index holds otherwise."""
    add(library, JAPANESE)
    add(library, ENGLISH)
    check_full_text_index(library.conn, "papers")
    check_full_text_index(library.conn, "notes")
    rowid = library.conn.execute("SELECT rowid FROM papers WHERE title = ?", [JAPANESE]).fetchone()[0]
    with library.conn:
        library.conn.execute("INSERT INTO papers_fts (papers_fts, rowid, title) VALUES "
                             "('delete', ?, ?)", [rowid, search_text(JAPANESE)])
        library.conn.execute("INSERT INTO papers_fts (rowid, title) VALUES (?, ?)", [rowid, JAPANESE])
    with pytest.raises(sqlite3.DatabaseError, match="terms differ"):
        check_full_text_index(library.conn, "papers")


def test_a_paper_is_found_by_its_authors_names_with_or_without_their_accents(library):
    """A search box in a library finds a paper by who wrote it (Zotero's quick search
    covers its creators): the index held title, abstract and summary only, so "Vaswani"
    found nothing, in the API as in Datasette."""
    add(library, ENGLISH, authors=["Ashish Vaswani", "Noam Shazeer"])
    add(library, "HateCheck: Functional Tests for Hate Speech Detection Models",
        authors=["Paul Röttger", "Bertie Vidgen"])
    add(library, JAPANESE, authors=["山田 太郎"])
    assert found(library, "vaswani") == [ENGLISH]
    assert found(library, "Röttger") == found(library, "rottger") == [
        "HateCheck: Functional Tests for Hate Speech Detection Models"]
    assert found(library, "山田") == [JAPANESE]
    pid = library.conn.execute("SELECT id FROM papers WHERE title = ?", [ENGLISH]).fetchone()[0]
    with write(library) as tx:  # an edit of the authors reaches the index
        edit_paper(tx, pid, {"authors": ["Ashish Vaswani", "Niki Parmar"]})
    assert found(library, "parmar") == [ENGLISH] and found(library, "shazeer") == []
    assert index_agrees(library.conn)


def test_a_library_indexed_before_authors_were_is_indexed_with_them_when_opened(tmp_path):
    """A library from before m010: its index has no authors column; opening it builds the
    index again with one, and the triggers keep it."""
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    add(db, ENGLISH, authors=["Ashish Vaswani"])
    back_to_before_m010(db.conn)
    assert found(db, "vaswani") == []  # what such a library answered
    db.close()

    db = open_writer(path)
    try:
        assert found(db, "vaswani") == [ENGLISH]
        assert found(db, "attention") == [ENGLISH]
        add(db, CHINESE, authors=["Kaiming He"])
        assert found(db, "kaiming") == [CHINESE]
        assert index_agrees(db.conn)
    finally:
        db.close()


THAI = "การเรียนรู้เชิงลึกสำหรับการรู้จำภาพ"  # deep learning for image recognition


def test_a_thai_title_is_found_by_a_word_inside_it(library):
    # Thai puts no space between words: the title was found by no word inside it.
    add(library, THAI)
    add(library, ENGLISH)
    assert found(library, "เรียนรู้") == [THAI]  # learning
    assert found(library, "รู้จำภาพ") == [THAI]  # image recognition
    assert found(library, "ภาพการ") == []
    assert index_agrees(library.conn)


@pytest.mark.parametrize("text", ["ພາສາລາວ", "မြန်မာစာ", "ភាសាខ្មែរ"])
def test_lao_myanmar_and_khmer_are_spaced_a_character_apart(text):
    assert search_text(text).split() == [char for char in text]


def test_a_library_indexed_before_thai_was_spaced_is_indexed_again_when_opened(tmp_path):
    """A library from before m012: its Thai rows indexed as m009 spaced them (Chinese,
    Japanese and Korean alone); opening it indexes them again."""
    from papershelf.store.search_text import search_text_m009

    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    add(db, THAI, authors=["สมชาย ใจดี"])
    add(db, JAPANESE)
    with write(db) as tx:
        create_note(tx, db.conn.execute("SELECT id FROM papers WHERE title = ?", [THAI]).fetchone()[0],
                    body="อ่านบทคัดย่อแล้ว")
    indexed_as_before(db, search_text_m009, "m012_search_text_unspaced_scripts")  # as m009 spaced them
    assert found(db, "เรียนรู้") == []  # what such a library answered
    db.close()

    db = open_writer(path)
    try:
        assert found(db, "เรียนรู้") == found(db, "ใจดี") == [THAI]
        assert found(db, "画像認識") == [JAPANESE]
        assert index_agrees(db.conn)
        check_full_text_index(db.conn, "notes")
        assert db.conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?",
                               [search_text('"บทคัดย่อ"')]).fetchone() == (1,)
    finally:
        db.close()


# Letters a reader types otherwise on an English keyboard, each written as in a real title or name.
WRITTEN_AS_TYPED = [
    ("Łukasz Kaiser", "lukasz"),  # Polish ł: unicode61 folds accents, not letters of their own
    ("Die Straße als Lernort", "strasse"),
    ("Søren Hauberg", "soren"),
    ("Anders Ørsted", "orsted"),
    ("Æthelred's charters", "aethelred"),
    ("Œuvres complètes", "oeuvres"),
    ("Guðmundur Þórðarson", "gudmundur"),
    ("Þórðarson", "thordarson"),
    ("Işık Yılmaz", "isik"),
    ("Đorđe Mihajlović", "dorde"),
    ("ﬁnite-state eﬃcient ﬂows", "efficient"),  # ligatures of text taken out of PDFs
    ("ＧＰＴによる要約", "gpt"),  # full-width Latin letters in Japanese text
]


@pytest.mark.parametrize(("written", "typed"), WRITTEN_AS_TYPED)
def test_a_paper_is_found_by_its_letters_typed_in_plain_latin(library, written, typed):
    """"Lukasz Kaiser" found no paper of Łukasz Kaiser's, "strasse" none on a Straße: a search
    box is typed on an English keyboard, as Zotero's quick search folds them (its
    removeDiacritics). Written either way, the paper is found."""
    add(library, ENGLISH, authors=[written])
    add(library, written)
    assert found(library, typed) == [written, ENGLISH] or found(library, typed) == [ENGLISH, written]
    assert sorted(found(library, written.split()[0])) == sorted([written, ENGLISH])
    assert index_agrees(library.conn)


def test_a_written_letter_is_found_by_the_letters_it_stands_for_only(library):
    add(library, "Die Straße als Lernort")
    add(library, "Lukas and the stars")
    assert found(library, "lukasz") == []
    assert found(library, "strasse") == found(library, "STRASSE") == ["Die Straße als Lernort"]
    assert found(library, "stras*") == ["Die Straße als Lernort"]
    assert found(library, "lukas") == ["Lukas and the stars"]


def test_edits_deletes_and_notes_keep_folded_letters_indexed_as_the_rows_are(library):
    pid = add(library, "Die Straße als Lernort", authors=["Łukasz Kaiser"])
    with write(library) as tx:
        edit_paper(tx, pid, {"authors": ["Søren Hauberg"]})
        create_note(tx, pid, "Ørsted's needle, as the Straße has it")
    assert found(library, "lukasz") == [] and found(library, "soren") == ["Die Straße als Lernort"]
    assert library.conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?",
                                [search_text('"orsted"')]).fetchone() == (1,)
    check_full_text_index(library.conn, "notes")
    with write(library) as tx:
        delete_paper(tx, pid)
    assert found(library, "strasse") == []
    assert index_agrees(library.conn)


def test_datasette_finds_a_paper_by_its_authors_name_typed_in_plain_latin(tmp_path):
    db = open_writer(tmp_path / "library.db", create=True)
    add(db, ENGLISH, authors=["Łukasz Kaiser"])
    add(db, "Die Straße als Lernort")
    db.close()
    ds = build_datasette(tmp_path / "library.db", base_url="/")
    off_loop(asyncio.run, ds.invoke_startup())

    def titles(search: str) -> list[str]:
        response = off_loop(asyncio.run, ds.client.get(
            "/library/papers.json", params={"_search": search, "_shape": "array"}))
        assert response.status_code == 200, response.text[:300]
        return [row["title"] for row in response.json()]

    assert titles("lukasz kaiser") == titles("Łukasz") == [ENGLISH]
    assert titles("strasse") == titles("Straße") == ["Die Straße als Lernort"]


def test_a_library_indexed_before_letters_were_folded_is_indexed_again_when_opened(tmp_path):
    """A library from before m014: its rows with such letters indexed as written (m012's
    spacing); opening it indexes them again, and what comes next is indexed so too."""
    from papershelf.store.search_text import search_text_m012

    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    add(db, "Die Straße als Lernort", authors=["Łukasz Kaiser"])
    add(db, JAPANESE + " ＧＰＴ")
    add(db, THAI)
    with write(db) as tx:
        create_note(tx, db.conn.execute("SELECT id FROM papers WHERE title = ?",
                                        [THAI]).fetchone()[0], body="Søren's reading")
    indexed_as_before(db, search_text_m012, "m014_search_text_folded_letters")  # as m012 spaced them
    assert found(db, "lukasz") == [] and found(db, "Łukasz") == []  # what such a library answered
    db.close()

    db = open_writer(path)
    try:
        assert found(db, "lukasz") == found(db, "strasse") == ["Die Straße als Lernort"]
        assert found(db, "gpt") == found(db, "画像認識") == [JAPANESE + " ＧＰＴ"]
        assert found(db, "เรียนรู้") == [THAI]
        assert index_agrees(db.conn)
        check_full_text_index(db.conn, "notes")
        assert db.conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?",
                               [search_text('"soren"')]).fetchone() == (1,)
    finally:
        db.close()
