"""Notes and their sync state (note_state): clock, version vector, tombstones."""

from __future__ import annotations

import json

import pytest

from helpers import capture, page
from papershelf.capture import CaptureRequest
from papershelf.store.notes import create_note, delete_note, edit_note, get_note, list_notes
from papershelf.store.tx import machine_id, write


@pytest.fixture
def paper_id(library) -> str:
    result = capture(library, CaptureRequest(
        capture_id="c", url="https://arxiv.org/abs/1706.03762",
        html=page("arxiv_abs_1706.03762.html"),
    ))
    return result.paper_ids[0]


def state(db, note_id: str) -> dict:
    cursor = db.execute("SELECT * FROM note_state WHERE note_id = ?", [note_id])
    return dict(zip([c[0] for c in cursor.description], cursor.fetchone(), strict=True))


def test_create_note_stores_it_with_a_uuid_hex_id(library, paper_id):
    with write(library) as tx:
        note = create_note(tx, paper_id, "multi-head attention", "Attention(Q, K, V)")
    assert len(note.id) == 32 and int(note.id, 16) >= 0
    assert get_note(library, note.id) == note
    assert list_notes(library, paper_id) == [note]


def test_every_change_stamps_note_state(library, paper_id):
    me = machine_id(library)
    with write(library) as tx:
        note = create_note(tx, paper_id, "first")
    created = state(library, note.id)
    assert json.loads(created["vv"]) == {me: 1}
    assert created["origin"] == me and created["deleted"] is None
    with write(library) as tx:
        edited = edit_note(tx, note.id, body="second")
    assert edited.body == "second" and edited.quote is None
    after_edit = state(library, note.id)
    assert json.loads(after_edit["vv"]) == {me: 2}
    assert after_edit["clock"] > created["clock"]
    assert after_edit["version"] > created["version"]


def test_deleted_note_leaves_notes_and_stays_a_tombstone(library, paper_id):
    with write(library) as tx:
        note = create_note(tx, paper_id, "gone soon")
    with write(library) as tx:
        delete_note(tx, note.id)
    assert get_note(library, note.id) is None
    tombstone = state(library, note.id)
    assert tombstone["deleted"] == tombstone["clock"]
    assert json.loads(tombstone["vv"])[machine_id(library)] == 2
    hits = library.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'gone'")
    assert hits.fetchone() == (0,)


def test_edit_keeps_what_it_is_not_told_to_change(library, paper_id):
    with write(library) as tx:
        note = create_note(tx, paper_id, "body", "quote")
    with write(library) as tx:
        edit_note(tx, note.id, quote=None)
    assert (get_note(library, note.id).body, get_note(library, note.id).quote) == ("body", None)


def test_unknown_note_is_a_lookup_error(library):
    with pytest.raises(LookupError), write(library) as tx:
        edit_note(tx, "nope", body="x")
    with pytest.raises(LookupError), write(library) as tx:
        delete_note(tx, "nope")


def test_notes_are_searchable(library, paper_id):
    with write(library) as tx:
        create_note(tx, paper_id, "positional encodings are sinusoidal")
    hits = library.execute("SELECT body FROM notes_fts WHERE notes_fts MATCH 'sinusoidal'")
    assert hits.fetchall() == [("positional encodings are sinusoidal",)]
