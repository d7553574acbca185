"""A search result's passage with its matches marked, for text the index holds otherwise than
written (store/search_text.py: Chinese, Japanese, Thai... a character a token, ß as ss).

FTS5's snippet() marks the tokens a match found by their places in the index, counted again
in the row's text as written: where the index holds "画像認識" as four tokens and the text as
one, every mark after it fell on the wrong word ("Search papers (ranked)" marked "weiter" for
ＧＰＴ, a Japanese abstract's words at random). Here FTS5 itself picks the passage and marks
it, over the text as the index holds it, in a table of its own; the marks are then carried
back to the text as written, character by character.
"""

from __future__ import annotations

import sqlite3
import threading
from bisect import bisect_right
from functools import lru_cache

from .search_text import CHANGED, search_text

# Private-use characters: no text the library holds has them, and FTS5 copies them as given.
_OPEN, _CLOSE, _GAP = "\ue000", "\ue001", "\ue002"
_scratch = threading.local()


def _table() -> sqlite3.Connection:
    if (conn := getattr(_scratch, "conn", None)) is None:
        conn = _scratch.conn = sqlite3.connect(":memory:", check_same_thread=False)
        # A second column every row matches: a row the query found by another of its columns
        # (its title) still gets a passage, its beginning, as snippet() gives one.
        conn.execute("CREATE VIRTUAL TABLE passage USING fts5(text, every)")
    return conn


class _Places:
    """Where each character of a text as the index holds it comes from in the text as written:
    a space set around a character, ß's two s, are that one's."""

    def __init__(self, text: str):
        self.starts: list[int] = []  # in the held text, where each changed character's piece starts
        self.ends: list[int] = []
        self.written: list[int] = []  # and where that character is in the written text
        shift = 0
        for found in CHANGED.finditer(text):
            at = found.start()
            length = _piece_length(text[at])
            self.starts.append(at + shift)
            self.ends.append(at + shift + length)
            self.written.append(at)
            shift += length - 1

    def __getitem__(self, held_at: int) -> int:
        i = bisect_right(self.starts, held_at) - 1
        if i < 0:
            return held_at
        if held_at < self.ends[i]:
            return self.written[i]
        return self.written[i] + 1 + held_at - self.ends[i]


@lru_cache(maxsize=4096)
def _piece_length(char: str) -> int:
    return len(search_text(char))


def search_snippet(text: str | None, match: str, open_mark: str, close_mark: str,
                   ellipsis: str, tokens: int, *, spaced: bool = True) -> str | None:
    """FTS5's snippet(…, open_mark, close_mark, ellipsis, tokens) of `text` for the query
    `match` (as the index is asked it), with the marks on the words as written. `spaced`
    False: for an index of the text as written (a public copy's)."""
    if not isinstance(text, str) or not match:
        return text
    held = text if not spaced else search_text(text)
    origin = None if held == text else _Places(text)
    conn = _table()
    with conn:
        conn.execute("DELETE FROM passage")
        conn.execute("INSERT INTO passage (text, every) VALUES (?, 'x')", [held])
        try:
            row = conn.execute(
                "SELECT snippet(passage, 0, ?, ?, ?, ?) FROM passage WHERE passage MATCH ?",
                [_OPEN, _CLOSE, _GAP, tokens, f"({match}) OR every:x"]).fetchone()
        except sqlite3.OperationalError:  # a query this table cannot ask: the text unmarked
            return text
    marked = row[0] if origin is None else _written(row[0], held, origin, text)
    return marked.replace(_OPEN, open_mark).replace(_CLOSE, close_mark).replace(_GAP, ellipsis)


def written_snippet(text: str | None, match: str, open_mark: str, close_mark: str,
                    ellipsis: str, tokens: int) -> str | None:
    return search_snippet(text, match, open_mark, close_mark, ellipsis, tokens, spaced=False)


def _written(passage: str, held: str, origin: _Places, text: str) -> str:
    """The passage FTS5 cut from `held`, its marks kept, as the same stretch of `text`."""
    gap_before = passage.startswith(_GAP)
    body = passage.removeprefix(_GAP)
    gap_after = body.endswith(_GAP)
    body = body.removesuffix(_GAP)
    plain = body.replace(_OPEN, "").replace(_CLOSE, "")
    start = held.find(plain)
    if start < 0 or not plain:
        return passage
    # Each mark's place in `held`: an opening mark before the character after it, a closing
    # one after the character before it.
    opens, closes, at = [], [], start
    for char in body:
        if char == _OPEN:
            opens.append(origin[at])
        elif char == _CLOSE:
            closes.append(origin[at - 1] + 1)
        else:
            at += 1
    first, last = origin[start], origin[start + len(plain) - 1] + 1
    marks = sorted([(place, 1, _OPEN) for place in opens] + [(place, 0, _CLOSE) for place in closes])
    out, cursor = [_GAP] if gap_before else [], first
    for place, _, mark in marks:
        out += [text[cursor:place], mark]
        cursor = place
    out.append(text[cursor:last])
    if gap_after:
        out.append(_GAP)
    return "".join(out)
