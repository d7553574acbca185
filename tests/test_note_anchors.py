"""Notes anchored to a passage (W3C selectors) and their kind: store, API, capture, sync."""

from __future__ import annotations

import sqlite3
import time
import uuid
from typing import get_args

import msgspec
import pytest

from helpers import capture, page
from papershelf.capture import CaptureRequest
from papershelf.records import (
    NoteKind,
    NoteTarget,
)
from papershelf.store.notes import create_note, edit_note, get_note, page_version
from papershelf.store.tx import use_wall_clock, write
from papershelf.sync.protocol import NoteChange, decode_change, encode
from sync_helpers import snapshot, sync_local

ABS = "https://arxiv.org/abs/1706.03762"
EXACT = "based solely on attention mechanisms"
TARGET = {
    "source": ABS,
    "selector": [
        {"type": "TextQuoteSelector", "exact": EXACT,
         "prefix": "network architecture, the Transformer, ", "suffix": ", dispensing with recurrence"},
        {"type": "TextPositionSelector", "start": 1200, "end": 1200 + len(EXACT)},
    ],
}


def target(**changes) -> NoteTarget:
    return msgspec.convert({**TARGET, **changes}, NoteTarget)


@pytest.fixture
def paper_id(library) -> str:
    result = capture(library, CaptureRequest(capture_id="c", url=ABS,
                                             html=page("arxiv_abs_1706.03762.html")))
    return result.paper_ids[0]


# ---- the record and the store ---------------------------------------------------------


def test_the_migrations_kinds_are_the_records_kinds(library):
    sql = library.execute("SELECT sql FROM sqlite_master WHERE name = 'notes'").fetchone()[0]
    allowed = sql.split("CHECK (kind IN (", 1)[1].split(")", 1)[0]
    assert tuple(kind.strip(" '") for kind in allowed.split(",")) == get_args(NoteKind)


def test_a_note_keeps_its_target_and_kind_as_w3c_json(library, paper_id):
    with write(library) as tx:
        note = create_note(tx, paper_id, "", EXACT, kind="highlight", target=target())
    assert get_note(library, note.id) == note
    stored = library.execute("SELECT kind, json_extract(target, '$.selector[0].type'), "
                             "json_extract(target, '$.selector[1].end') FROM notes").fetchone()
    assert stored == ("highlight", "TextQuoteSelector", 1200 + len(EXACT))
    with write(library) as tx:
        edited = edit_note(tx, note.id, kind="to-cite", target=None)
    assert (edited.kind, edited.target) == ("to-cite", None)
    assert get_note(library, note.id) == edited


def test_the_database_refuses_a_kind_outside_the_set(library, paper_id):
    with write(library) as tx:
        note = create_note(tx, paper_id, "x")
    with pytest.raises(sqlite3.IntegrityError):
        library.execute("UPDATE notes SET kind = 'todo' WHERE id = ?", [note.id])


def test_a_hand_edited_target_that_is_no_target_reads_as_none(library, paper_id):
    with write(library) as tx:
        note = create_note(tx, paper_id, "x", target=target())
    library.execute("UPDATE notes SET target = '{\"source\": 5}' WHERE id = ?", [note.id])
    assert get_note(library, note.id).target is None


@pytest.mark.parametrize(("bad", "field"), [
    ({"selector": [{"type": "TextPositionSelector", "start": 9, "end": 3}]}, "$.selector[0]"),
    ({"selector": [{"type": "RangeSelector", "startContainer": "/p"}]}, "$.selector[0].type"),
    ({"selector": [{"type": "TextQuoteSelector", "exact": ""}]}, "$.selector[0].exact"),
    ({"source": ""}, "$.source"),
    ({"version": "ArXiv v2"}, "$.version"),
    ({"selector": [{"type": "TextPositionSelector", "start": -1, "end": 3}]}, "$.selector[0].start"),
])
def test_selectors_are_checked_by_their_types(bad, field):
    with pytest.raises(msgspec.ValidationError, match=field.replace("$", r"\$").replace("[", r"\[")):
        msgspec.convert({**TARGET, **bad}, NoteTarget)


@pytest.mark.parametrize(("url", "arxiv_version", "label"), [
    ("https://arxiv.org/abs/1706.03762v2", None, "arxiv:v2"),
    ("https://arxiv.org/abs/1706.03762", 7, "arxiv:v7"),
    ("https://arxiv.org/abs/1706.03762", None, "arxiv"),
    ("https://arxiv.org/html/2401.00001v1", 3, "arxiv-html:v1"),
    ("https://www.arxiv.org/pdf/1706.03762", None, "arxiv-pdf"),
    ("https://huggingface.co/papers/1706.03762", 2, "hf"),
    ("https://aclanthology.org/N19-1423/", None, "publisher"),
    ("https://alphaxiv.org/abs/1706.03762", None, "publisher"),
    ("http://[::1", None, "publisher"),
])
def test_page_version_labels_the_page(url, arxiv_version, label):
    assert page_version(url, arxiv_version) == label
    msgspec.convert({"source": url, "version": label}, NoteTarget)  # a label the record takes


# ---- the API -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(api):
    with api.client() as client:
        response = client.post("/api/captures", json={
            "capture_id": uuid.uuid4().hex, "url": ABS, "html": page("arxiv_abs_1706.03762.html")})
        assert response.status_code == 201, response.text
        yield client


def api_paper(client) -> str:
    return client.get("/api/lookup", params={"url": ABS}).json()["papers"][0]["id"]


def test_a_note_posted_with_a_target_is_a_highlight_quoting_its_passage(client):
    pid = api_paper(client)
    created = client.post(f"/api/papers/{pid}/notes", json={"body": "", "target": TARGET})
    assert created.status_code == 201, created.text
    note = created.json()
    assert (note["kind"], note["quote"]) == ("highlight", EXACT)
    assert note["target"] == {**TARGET, "version": None,
                              "selector": [TARGET["selector"][0], TARGET["selector"][1]]}
    assert note in client.get(f"/api/papers/{pid}").json()["notes"]
    assert note in client.get(f"/api/papers/{pid}/notes").json()["notes"]
    plain = client.post(f"/api/papers/{pid}/notes", json={"body": "a thought"}).json()
    assert (plain["kind"], plain["target"]) == ("note", None)


def test_a_note_patch_changes_kind_and_target_and_clears_the_target(client):
    pid = api_paper(client)
    note = client.post(f"/api/papers/{pid}/notes",
                       json={"body": "why?", "kind": "question", "target": TARGET}).json()
    assert note["kind"] == "question"
    moved = {**TARGET, "source": "https://arxiv.org/abs/1706.03762v7"}
    patched = client.patch(f"/api/notes/{note['id']}", json={"kind": "to-cite", "target": moved})
    assert patched.status_code == 200, patched.text
    assert (patched.json()["kind"], patched.json()["target"]["source"]) == ("to-cite", moved["source"])
    cleared = client.patch(f"/api/notes/{note['id']}", json={"target": None}).json()
    assert (cleared["target"], cleared["kind"], cleared["body"]) == (None, "to-cite", "why?")


@pytest.mark.parametrize(("body", "field"), [
    ({"body": "", "kind": "todo"}, "kind"),
    ({"body": "", "target": {**TARGET, "selector": [{"type": "TextPositionSelector", "start": 5,
                                                     "end": 1}]}}, "target.selector[0]"),
    ({"body": "", "target": {"selector": []}}, "target"),
    ({"body": "", "target": {**TARGET, "selector": [{"type": "XPathSelector"}]}},
     "target.selector[0].type"),
])
def test_a_bad_target_or_kind_is_a_400_naming_the_field_and_stores_nothing(client, body, field):
    pid = api_paper(client)
    before = client.get(f"/api/papers/{pid}/notes").json()["notes"]
    response = client.post(f"/api/papers/{pid}/notes", json=body)
    assert (response.status_code, response.json()["field"]) == (400, field), response.text
    assert client.get(f"/api/papers/{pid}/notes").json()["notes"] == before


def test_a_capture_note_keeps_the_extensions_target_labelled_with_the_page_version(client):
    response = client.post("/api/captures", json={
        "capture_id": uuid.uuid4().hex, "url": ABS, "html": page("arxiv_abs_1706.03762.html"),
        "selection": EXACT, "note": "", "note_target": TARGET, "note_kind": "to-cite"})
    assert response.status_code == 201, response.text
    note = response.json()["note"]
    version = response.json()["papers"][0]["arxiv_version"]
    assert version  # the abstract page shows its version; the URL has none
    assert note["target"]["version"] == f"arxiv:v{version}"
    assert (note["kind"], note["quote"]) == ("to-cite", EXACT)
    assert note["target"]["selector"] == TARGET["selector"]


def test_a_capture_with_only_a_selection_gets_a_quote_selector_with_its_context(library):
    text = "We propose a new simple network architecture, the Transformer, " + EXACT + \
        ", dispensing with recurrence and convolutions entirely."
    result = capture(library, CaptureRequest(
        capture_id="old-extension", url=ABS, html=page("arxiv_abs_1706.03762.html"), text=text,
        selection=EXACT, note=""))
    note = result.answer.note
    assert (note.kind, note.quote) == ("highlight", EXACT)
    quote = note.target.quote()
    assert (quote.prefix, quote.suffix) == (" architecture, the Transformer, ",
                                            ", dispensing with recurrence and")
    assert note.target.position() is None
    assert note.target.source == ABS


def test_a_capture_note_without_a_selection_has_no_target(library):
    result = capture(library, CaptureRequest(capture_id="plain", url=ABS,
                                             html=page("arxiv_abs_1706.03762.html"), note="hm"))
    note = result.answer.note
    assert (note.kind, note.target, note.quote) == ("note", None, None)


# ---- sync ----------------------------------------------------------------------------


def test_target_and_kind_travel_with_the_note_and_merge_like_its_body(two):
    a, b = two
    pid = capture(a, CaptureRequest(capture_id="c", url=ABS,
                                    html=page("arxiv_abs_1706.03762.html"))).paper_ids[0]
    with write(a) as tx:
        note = create_note(tx, pid, "", EXACT, kind="highlight", target=target())
    sync_local(a, b)
    assert get_note(b, note.id) == note
    # Edited apart: the later edit wins whole, the other is a conflict copy with its anchor.
    later = int(time.time() * 1000) + 10_000
    use_wall_clock(a, lambda: later)
    use_wall_clock(b, lambda: later + 5)
    with write(a) as tx:
        edit_note(tx, note.id, kind="question", target=target(source=ABS + "v2"))
    with write(b) as tx:
        edit_note(tx, note.id, kind="to-cite")
    sync_local(b, a)
    for db in (a, b):
        winner, copy = get_note(db, note.id), next(
            n for n in (get_note(db, i) for (i,) in db.execute("SELECT id FROM notes"))
            if n.conflict_of == note.id)
        assert (winner.kind, winner.target.source) == ("to-cite", ABS)
        assert (copy.kind, copy.target.source) == ("question", ABS + "v2")
    assert snapshot(a) == snapshot(b)


def test_a_pushed_note_with_a_bad_target_is_rejected_naming_it():
    change = {"type": "note", "id": "n1", "version": 1, "paper_id": "p", "body": "",
              "clock": "0000000000000001-0000-feedfacefeedface",
              "target": {**TARGET, "selector": [{"type": "TextQuoteSelector", "exact": 5}]}}
    problem = decode_change(msgspec.json.encode(change))
    assert problem.message == ("note n1: target.selector[0].exact: Expected `str`, got `int`")
    bad_kind = {**change, "kind": "todo", "target": TARGET}
    assert decode_change(msgspec.json.encode(bad_kind)).message.startswith(
        "note n1: kind: Invalid enum value 'todo'")


def test_an_older_peer_reads_a_new_note_change_without_its_anchor():
    """Protocol 1 peers that predate anchors ignore the new fields (msgspec skips unknown
    fields): the note arrives with its body and quote; docs/sync.md says what that costs."""

    class OlderNoteChange(msgspec.Struct, tag="note", kw_only=True):
        id: str
        version: int
        paper_id: str
        clock: str
        body: str | None = None
        quote: str | None = None

    change = NoteChange(id="n1", version=1, paper_id="p", clock="c", body="b", quote=EXACT,
                        kind="highlight", target=target())
    older = msgspec.json.decode(encode(change), type=OlderNoteChange)
    assert (older.body, older.quote) == ("b", EXACT)


# ---- imports -----------------------------------------------------------------------


def test_a_hypothesis_import_anchors_its_notes_with_the_annotations_selectors(library):
    from datetime import date
    from pathlib import Path

    from papershelf.importer import import_file

    import_file(library, Path(__file__).parent / "fixtures/imports/hypothesis-arxiv-export.json",
                captured_at=date(2025, 11, 22))
    notes = [get_note(library, nid) for (nid,) in library.execute("SELECT id FROM notes").fetchall()]
    quoted = next(n for n in notes if n.quote and n.quote.startswith("The dominant sequence"))
    assert quoted.target.source == "https://arxiv.org/abs/1706.03762v7"
    assert quoted.target.version == "arxiv:v7"
    assert quoted.target.position().start == 2728 and quoted.target.position().end == 2960
    assert quoted.target.quote().prefix == "ature are made in the redesign.\n"
    assert (quoted.body, quoted.kind) == ("The claim the paper starts from.", "note")


# ---- links back to the passage ---------------------------------------------------


@pytest.mark.parametrize(("quote", "link"), [
    # Context cut mid-word by the 32 characters is left out: fragments match whole words.
    ({"exact": EXACT, "prefix": "ple network architecture, the Transformer, ",
      "suffix": ", dispensing with recurrence and con"},
     "#:~:text=architecture%2C%20the%20Transformer%2C-,based%20solely%20on%20attention%20mechanisms,"
     "-%2C%20dispensing%20with"),
    ({"exact": "self-attention", "prefix": "", "suffix": ""}, "#:~:text=self%2Dattention"),
    ({"exact": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
      "prefix": "Start. ", "suffix": " end"},
     "#:~:text=Start.-,one%20two%20three%20four,twelve%20thirteen%20fourteen%20fifteen,-end"),
])
def test_a_quoted_note_links_to_its_passage_with_a_text_fragment(quote, link):
    from papershelf.publish.text_fragment import fragment_link

    anchored = target(source=ABS + "#section", selector=[{"type": "TextQuoteSelector", **quote}])
    assert fragment_link(anchored) == ABS + link
    assert fragment_link(target(selector=[TARGET["selector"][1]])) is None  # no quote, no link
    assert fragment_link(None) is None
