"""Text as the full-text indexes hold it: Chinese, Japanese, Korean, Thai, Lao, Myanmar and
Khmer spaced a character apart.

FTS5's unicode61 tokenizer ends a word at a space or a punctuation mark. Chinese and
Japanese put no space between words, so a title in either was one token from one mark to
the next: "深層学習による画像認識" was found by that whole run alone, never by "画像認識", and a
reader's Japanese notes not by any word in them. Here each such character is a token of its
own, and a query's run of them a phrase of those tokens (FTS5 reads a quoted string of
several tokens as a phrase): a word is found wherever it stands, as a search box finds it
in Zotero (a substring search). Korean puts spaces between words but joins particles to them
("모델을"); its syllables are spaced too, so the word alone finds it. Thai, Lao, Myanmar and
Khmer write no spaces between words either (m012). Letters a reader types otherwise on an
English keyboard (ß, ø, ł, ligatures, full-width Latin) are indexed and asked as typed (m014).

The same function spaces what is indexed (the SQL function SEARCH_TEXT, which the full-text
triggers and bulk indexing call: every connection that writes a library registers it) and
every query (papershelf's own search, Datasette's `escape_fts`). A library made before this
(m009) has its triggers replaced and its rows holding such text indexed again.
"""

from __future__ import annotations

import re
import sqlite3

# Hiragana and katakana, CJK ideographs (the unified block, extension A, the compatibility
# block and the supplementary planes' extensions), hangul syllables, half-width katakana.
_CJK = ("\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
        "\uff66-\uff9f\U00020000-\U0003134f")
# Thai, Lao, Myanmar and Khmer put no space between words either: "การเรียนรู้เชิงลึก" (deep
# learning) was found by no word inside it (m012). Their vowel signs and tone marks are no token
# of unicode61's: spaced, they drop out of text and query alike.
UNSPACED_SCRIPTS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"  # Thai and Lao, Myanmar, Khmer
_SPACED = re.compile(f"([{_CJK}{UNSPACED_SCRIPTS}])")
# What m009 spaced, and every library indexed until m012: a migration is history.
_SPACED_M009 = re.compile(f"([{_CJK}])")
SEARCH_TEXT = "papershelf_search_text"  # the SQL function
SEARCH_TEXT_M009 = "papershelf_search_text_m009"  # the SQL function of m009's spacing


# Letters a reader types otherwise on an English keyboard, which FTS5's unicode61 keeps as they
# are (it folds accents only): "lukasz" found no paper of Łukasz Kaiser's, "strasse" none on a
# Straße. Each as Zotero's quick search folds it (its removeDiacritics); ligatures as the letters
# they join (text taken out of PDFs), full-width Latin letters and digits as ASCII (Japanese text).
# A letter becomes letters: every word keeps its place, and snippets their marks (m014).
_FOLDED = str.maketrans(
    {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
     "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i",
     "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŀ": "l", "Ŀ": "L", "ĳ": "ij", "Ĳ": "IJ",
     "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
    | {chr(code): chr(code - 0xFEE0) for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                  *range(0xFF41, 0xFF5B))})
_FOLDED_LETTERS = "".join(map(chr, _FOLDED))
_FOLDABLE = re.compile(f"[{_FOLDED_LETTERS}]")
# Each character search_text changes (spaced or folded); every other one it keeps as it is.
CHANGED = re.compile(f"[{_CJK}{UNSPACED_SCRIPTS}{_FOLDED_LETTERS}]")


def search_text(text):
    """`text` as the full-text index holds it (and as a query must ask for it); any value
    but text (NULL, a number or blob another program wrote) as it is."""
    if not isinstance(text, str) or text.isascii():  # nearly every English text as well
        return text
    spaced = _SPACED.sub(r" \1 ", text)
    return spaced.translate(_FOLDED) if _FOLDABLE.search(spaced) else spaced


def search_text_m012(text):
    """`text` as m012 spaced it (before letters were folded, m014)."""
    return _spaced(_SPACED, text)


def search_text_m009(text):
    """`text` as m009 spaced it (Chinese, Japanese and Korean alone)."""
    return _spaced(_SPACED_M009, text)


def _spaced(characters: re.Pattern, text):
    if not isinstance(text, str) or text.isascii():  # nearly every English text as well
        return text
    return characters.sub(r" \1 ", text)


def register_search_text(conn: sqlite3.Connection) -> None:
    conn.create_function(SEARCH_TEXT, 1, search_text, deterministic=True)
    conn.create_function(SEARCH_TEXT_M009, 1, search_text_m009, deterministic=True)


# The indexed columns of each table with a full-text index (papers_fts, notes_fts). A paper's
# authors are its JSON list: the tokenizer reads the names between the quotes (m010); its arXiv
# id and DOI come last (m016), so that a pasted identifier finds its paper.
INDEXED_COLUMNS = {"papers": ("title", "abstract", "summary", "authors", "arxiv_id", "doi"),
                   "notes": ("body", "quote")}
# What a matched word weighs in each column when a search ranks (FTS5's bm25, 1.0 unless named):
# a title names what a paper is about, an abstract uses many words in passing. With all columns
# alike, "attention" ranked a speech paper whose short abstract says it once above "Attention Is
# All You Need"; ten to one puts the papers whose titles hold the words first. A pasted arXiv id
# or DOI is the paper's own before any title or abstract that cites it.
COLUMN_WEIGHTS = {"papers": {"title": 10.0, "arxiv_id": 100.0, "doi": 100.0}}


def ranking_config_sql(table: str) -> str | None:
    """The statement that makes `table`'s index rank by COLUMN_WEIGHTS (FTS5 keeps it in the
    index's config, so every `ORDER BY rank` uses it), or None for equal weights."""
    weights = COLUMN_WEIGHTS.get(table)
    if not weights:
        return None
    per_column = ", ".join(str(weights.get(column, 1.0)) for column in INDEXED_COLUMNS[table])
    return f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('rank', 'bm25({per_column})')"


def indexed_values(columns: tuple[str, ...], row: str = "", spacing: str = SEARCH_TEXT) -> str:
    """The values the index gets: the indexed `columns` (of `row`, a trigger's new or old),
    spaced (by the SQL function `spacing`)."""
    prefix = f"{row}." if row else ""
    return ", ".join(f"{spacing}({prefix}{column})" for column in columns)


def index_rows_sql(table: str, spacing: str = SEARCH_TEXT,
                   columns: tuple[str, ...] | None = None) -> str:
    """An insert into `table`'s index of its rows from rowid `?` on (bulk indexing) of its
    indexed `columns` (today's unless a migration names those of its time)."""
    columns = columns or INDEXED_COLUMNS[table]
    return (f"INSERT INTO {table}_fts (rowid, {', '.join(columns)}) "
            f"SELECT rowid, {indexed_values(columns, spacing=spacing)} FROM {table} "
            "WHERE rowid >= ?")


def _as_typed(text):
    return text


def index_spaced(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], *,
                 indexed=_as_typed, spaced=search_text) -> None:
    """Index again the rows of `table` whose values the index (of `columns`) holds as `indexed`
    made them and `spaced` makes them otherwise (as typed before m009; m009's spacing before
    m012; m012's before letters were folded, m014): each taken out with the values it was
    indexed with, then put back as `spaced` makes them. Every indexed row is read, the
    functions decide: a GLOB over the rows for the characters that may differ took 110 s over
    200,000 papers for m014's hundred letters, reading them all takes about one."""
    names = ", ".join(columns)
    changed = [row for row in conn.execute(
        f"SELECT rowid, {names} FROM {table} WHERE rowid IN (SELECT id FROM {table}_fts_docsize)")
        if any(indexed(value) != spaced(value) for value in row[1:])]
    holders = ", ".join("?" * len(columns))
    conn.executemany(f"INSERT INTO {table}_fts ({table}_fts, rowid, {names}) "
                     f"VALUES ('delete', ?, {holders})",
                     [(row[0], *map(indexed, row[1:])) for row in changed])
    conn.executemany(f"INSERT INTO {table}_fts (rowid, {names}) VALUES (?, {holders})",
                     [(row[0], *map(spaced, row[1:])) for row in changed])
