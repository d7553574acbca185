"""The reader's edits land on the paper as it is when they are written.

Regression test for a fault the fault-injection suite found: `POST /api/papers/{id}/notes`
and `PATCH /api/papers/{id}` looked the paper up before their transaction, so a
`papershelf sync` on the same file that folded the id into another paper in between left
the note on the alias (an orphan, and libraries that never agreed again) or made the
PATCH fail with a 500.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest

from papershelf.api.papers import NoteIn, PaperPatch, note_on_paper, patch_paper
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.papers import merge_papers, save_paper
from papershelf.store.tx import write


def two_papers(db) -> tuple[str, str]:
    """(survivor, loser): the smaller id survives an id merge."""
    with write(db) as tx:
        ids = sorted(save_paper(tx, Paper(title=f"Paper {n}"), rank=Rank.PAGE, hlc=tx.now())[0]
                     for n in (1, 2))
    return ids[0], ids[1]


def merge_as_the_edit_begins(db, path, survivor: str, loser: str) -> threading.Thread:
    """As the edit's transaction begins, another connection (a sync on the same file) folds
    the paper into the survivor; the edit waits up to half a second for that to finish."""
    done = threading.Event()

    def fold() -> None:
        other = open_writer(path)
        try:
            with write(other) as tx:
                merge_papers(tx, survivor, loser)
        except sqlite3.OperationalError:
            pass  # locked out until the edit commits: the busy timeout retries inside
        finally:
            other.close()
            done.set()

    merger = threading.Thread(target=fold)

    def on_statement(sql: str) -> None:
        if sql.startswith("BEGIN IMMEDIATE") and not merger.is_alive() and not done.is_set():
            merger.start()
            done.wait(0.5)

    db.conn.set_trace_callback(on_statement)
    return merger


@pytest.mark.parametrize("edit", ["note", "patch"])
def test_an_edit_never_lands_on_an_id_folded_into_another_paper(tmp_path, edit):
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    survivor, loser = two_papers(db)
    merger = merge_as_the_edit_begins(db, path, survivor, loser)
    if edit == "note":
        note_on_paper(db, loser, NoteIn(body="written on the paper being merged"))
    else:
        patch_paper(db, loser, PaperPatch(rating=4))
    db.conn.set_trace_callback(None)
    merger.join(15)
    assert not merger.is_alive()
    papers = {row[0]: row[1] for row in db.execute("SELECT id, rating FROM papers")}
    assert set(papers) == {survivor}  # the merge happened
    if edit == "note":
        [(paper_id,)] = db.execute("SELECT paper_id FROM notes").fetchall()
        assert paper_id == survivor  # not an orphan on the alias
    else:
        assert papers[survivor] == 4
