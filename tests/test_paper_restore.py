"""A deleted paper comes back when its reader saves its page again, and only then."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from helpers import capture, page, run_cli, running_server
from papershelf.capture import CaptureRequest, store_papers
from papershelf.clock import format_hlc
from papershelf.merge import PaperState, TagState, field_clock, merge_states
from papershelf.normalise import Normalised
from papershelf.records import Paper, Rank
from papershelf.renormalise import renormalise_library
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note, list_notes
from papershelf.store.papers import delete_paper, edit_paper, load_state
from papershelf.store.queries import get_paper
from papershelf.store.tx import use_wall_clock, write
from sync_helpers import snapshot, sync_local

BERT_URL = "https://huggingface.co/papers/1810.04805"
HF_PAPER = "hf_paper_1810.04805.excerpt.html"
LISTING_URL = "https://huggingface.co/papers/date/2026-09-28"
HF_LISTING = "hf_daily_papers_2026-09-28.excerpt.html"


@pytest.fixture
def library(tmp_path):
    db = open_writer(tmp_path / "library.db", create=True)
    yield db
    db.close()


def save_bert(library, capture_id: str):
    return capture(library, CaptureRequest(capture_id=capture_id, url=BERT_URL, html=page(HF_PAPER)))


def test_saving_a_deleted_papers_page_again_brings_it_back_as_the_page_gives_it(library):
    # Saved again, the page answered "no paper on this page": the popup said so, and the
    # reader could never have the paper back.
    pid = save_bert(library, "first").paper_ids[0]
    with write(library) as tx:
        edit_paper(tx, pid, {"rating": 4, "status": "read"}, tags=["nlp"])
        create_note(tx, pid, "masked language model")
        delete_paper(tx, pid)
    assert get_paper(library, pid) is None

    again = save_bert(library, "again")
    assert again.answer.new == again.answer.restored == [pid] and again.paper_ids == [pid]
    back = get_paper(library, pid)
    assert back.title.startswith("BERT") and back.authors[0] == "Jacob Devlin"
    # Whole, as from a trash: what the reader had set, and the notes.
    assert (back.rating, back.status, back.tags) == (4, "read", ["nlp"])
    assert [n.body for n in list_notes(library, pid)] == ["masked language model"]
    assert load_state(library, pid).restored is not None

    assert save_bert(library, "thrice").answer.new == []  # in the library again: nothing new


def test_a_paper_deleted_before_papershelf_kept_values_comes_back_as_its_page_gives_it(tmp_path):
    path = tmp_path / "library.db"
    library = open_writer(path, create=True)
    pid = save_bert(library, "first").paper_ids[0]
    with write(library) as tx:
        edit_paper(tx, pid, {"title": "BERT, as I call it", "rating": 5}, tags=["nlp"])
        delete_paper(tx, pid)
    # As m013 found it: the tombstone's clocks, no values, no restore.
    library.execute("UPDATE paper_state SET kept_values = NULL WHERE paper_id = ?", [pid])
    library.execute("DELETE FROM _sqlite_migrations WHERE name = 'm013_paper_restores'")
    library.execute("ALTER TABLE paper_state DROP COLUMN restored")
    library.execute("ALTER TABLE paper_state DROP COLUMN kept_values")
    library.close()
    # Nothing kept to bring back but its page: restored by id it was an empty row, no title.
    assert run_cli("trash", "list", db_path=path).stdout.endswith("\t(title not kept)\n")
    refused = run_cli("trash", "restore", pid, db_path=path, check=False)
    assert refused.returncode == 1 and "save its page again" in refused.stderr
    library = open_writer(path)
    try:
        save_bert(library, "again")
        back = get_paper(library, pid)
        # The reader's title had no value kept: the page's, not nothing.
        assert back.title.startswith("BERT: Pre-training") and back.rating is None
        assert back.tags == ["nlp"]
    finally:
        library.close()


def test_a_listing_saved_or_the_library_renormalised_brings_no_deleted_paper_back(library):
    listing = capture(library, CaptureRequest(capture_id="listing", url=LISTING_URL,
                                              html=page(HF_LISTING)))
    gone = listing.paper_ids[1]
    with write(library) as tx:
        delete_paper(tx, gone)
    again = capture(library, CaptureRequest(capture_id="listing-again", url=LISTING_URL,
                                            html=page(HF_LISTING)))
    assert gone not in again.paper_ids and len(again.paper_ids) == len(listing.paper_ids) - 1
    renormalise_library(library)
    assert get_paper(library, gone) is None


def test_the_notes_table_names_a_removed_papers_notes_without_a_link_to_nowhere(tmp_path):
    # Kept for a restore, the note's paper cell linked to a page that answered 404.
    with running_server(tmp_path / "library.db", args=()) as server, server.client() as client:
        saved = client.post("/api/captures", json={"capture_id": "c1", "url": BERT_URL,
                                                   "html": page(HF_PAPER)}).json()
        pid = saved["papers"][0]["id"]
        assert client.post(f"/api/papers/{pid}/notes", json={"body": "kept"}).status_code == 201
        assert client.delete(f"/api/papers/{pid}").status_code == 204
        html = client.get("/data/library/notes").text
        assert "a removed paper" in html and f"papers/{pid}" not in html
        assert client.get(f"/data/library/papers/{pid}").status_code == 404


def test_the_api_lists_removed_papers_and_brings_one_back_whole(api):
    with api.client() as client:
        pid = client.post("/api/captures", json={"capture_id": "api-1", "url": BERT_URL,
                                                 "html": page(HF_PAPER)}).json()["papers"][0]["id"]
        client.patch(f"/api/papers/{pid}", json={"rating": 2, "tags": ["later"]})
        refused = client.post(f"/api/papers/{pid}/restore")
        assert refused.status_code == 404 and "GET /api/papers/removed" in refused.json()["message"]
        assert client.delete(f"/api/papers/{pid}").status_code == 204
        [removed] = client.get("/api/papers/removed").json()["papers"]
        assert (removed["id"], removed["title"][:5]) == (pid, "BERT:")
        assert removed["removed_at"].endswith("Z")
        back = client.post(f"/api/papers/{pid}/restore")
        assert back.status_code == 200
        assert (back.json()["rating"], back.json()["tags"]) == (2, ["later"])
        assert client.get("/api/papers/removed").json()["papers"] == []
        assert client.get(f"/api/papers/{pid}").status_code == 200


def test_the_trash_command_lists_and_restores(tmp_path):
    path = tmp_path / "library.db"
    library = open_writer(path, create=True)
    pid = save_bert(library, "first").paper_ids[0]
    with write(library) as tx:
        delete_paper(tx, pid)
    library.close()
    listed = run_cli("trash", "list", db_path=path).stdout
    assert listed.startswith(f"{pid}\tremoved ") and "BERT: Pre-training" in listed
    wrong = run_cli("trash", "restore", "0000", db_path=path, check=False)
    assert wrong.returncode == 1
    assert wrong.stderr == "papershelf: no removed paper '0000': `papershelf trash list` shows them\n"
    assert run_cli("trash", "restore", pid, db_path=path).stdout.startswith(f"restored {pid}: BERT")
    assert run_cli("trash", "list", db_path=path).stdout == "no removed papers\n"


# ---- the merge rule, against a model ------------------------------------------------------

FIELDS = ("title", "rating")


def _hlc(millis: int, machine: int) -> str:
    return format_hlc(millis, 0, f"{machine:016x}")


write_ops = st.one_of(
    st.tuples(st.just("field"), st.sampled_from(FIELDS), st.sampled_from([Rank.PAGE, Rank.READER]),
              st.integers(1, 40), st.integers(0, 2), st.text("ab", max_size=3)),
    st.tuples(st.just("tag"), st.sampled_from(["x", "y"]), st.integers(1, 40), st.integers(0, 2)),
    st.tuples(st.just("delete"), st.integers(1, 40), st.integers(0, 2)),
    st.tuples(st.just("restore"), st.integers(1, 40), st.integers(0, 2)),
)


def _state(op) -> PaperState:
    if op[0] == "field":
        _, name, rank, millis, machine, value = op
        return PaperState(values={name: value}, clocks={name: field_clock(rank, _hlc(millis, machine))})
    if op[0] == "tag":
        _, tag, millis, machine = op
        return PaperState(tags={tag: TagState(adds=[_hlc(millis, machine)])})
    clock = field_clock(Rank.READER, _hlc(op[1], op[2]))
    return PaperState(deleted=clock) if op[0] == "delete" else PaperState(restored=clock)


def _model(ops) -> tuple:
    """Deleted while the latest deletion is after the latest restore; every write kept, the
    greatest clock of each field winning, every tag added."""
    deletes = [_hlc(op[1], op[2]) for op in ops if op[0] == "delete"]
    restores = [_hlc(op[1], op[2]) for op in ops if op[0] == "restore"]
    deleted = bool(deletes) and (not restores or max(restores) < max(deletes))
    fields = {}
    for op in ops:
        if op[0] == "field":
            clock = field_clock(op[2], _hlc(op[3], op[4]))
            # One clock, two values: the fuller, then the larger (merge._tie_order).
            key = (clock, len(op[5]), op[5])
            if op[1] not in fields or key > fields[op[1]]:
                fields[op[1]] = key
    tags = {op[1] for op in ops if op[0] == "tag"}
    return deleted, {name: value for name, (_, _, value) in fields.items()}, tags


def _seen(state: PaperState) -> tuple:
    return state.is_deleted, dict(state.values), set(state.visible_tags())


@settings(max_examples=300, deadline=None)
@given(ops=st.lists(write_ops, min_size=1, max_size=12), cut=st.integers(0, 12),
       order=st.randoms(use_true_random=False))
def test_deletes_and_restores_merge_to_one_state_whatever_the_order(ops, cut, order):
    states = [_state(op) for op in ops]
    in_order = PaperState()
    for state in states:
        in_order = merge_states(in_order, state)
    # Two replicas, each merging part of the writes in its own order, then one another's.
    left, right = PaperState(), PaperState()
    shuffled = states[:]
    order.shuffle(shuffled)
    for state in shuffled[:cut]:
        left = merge_states(left, state)
    for state in shuffled[cut:]:
        right = merge_states(right, state)
    assert _seen(merge_states(left, right)) == _seen(merge_states(right, left)) == _seen(in_order)
    assert _seen(merge_states(in_order, in_order)) == _seen(in_order)
    assert _seen(in_order) == _model(ops)


# ---- through the store and sync: replicas deleting, restoring and editing one paper -------

PAPER = Paper(title="Attention Is All You Need", arxiv_id="1706.03762")


class DeleteRestoreMachine(RuleBasedStateMachine):
    """Three replicas (skewed clocks) save, rate, tag, delete and restore one paper and sync
    in random pairs; in the end all hold the same state, and the paper is there exactly
    when the latest restore came after the latest deletion."""

    @initialize(skews=st.lists(st.integers(-60_000, 60_000), min_size=3, max_size=3))
    def make_replicas(self, skews):
        self.dir = Path(tempfile.mkdtemp(prefix="papershelf-restore-"))
        self.now = 1_760_000_000_000
        self.replicas, self.deletes, self.restores = [], [], []
        for i, skew in enumerate(skews):
            db = open_writer(self.dir / f"r{i}.db", create=True)
            db.execute("UPDATE meta SET value = ? WHERE key = 'machine_id'", [f"{i:016x}"])
            use_wall_clock(db, lambda skew=skew: self.now + skew)
            self.replicas.append(db)
        self._save(0, 1)

    def teardown(self):
        try:
            if getattr(self, "replicas", None):
                self._everyone_agrees()
        finally:
            for db in getattr(self, "replicas", []):
                db.close()
            shutil.rmtree(getattr(self, "dir", ""), ignore_errors=True)

    def _pid(self, db) -> str | None:
        row = db.execute("SELECT paper_id FROM paper_state LIMIT 1").fetchone()
        return row[0] if row else None

    def _save(self, r, ms, page_text="abstract"):
        self.now += ms
        db = self.replicas[r]
        found = Normalised(kind="arxiv_abs", papers=[Paper(title=PAPER.title, arxiv_id=PAPER.arxiv_id,
                                                           abstract=page_text)], rank=Rank.PAGE)
        before = load_state(db, self._pid(db)) if self._pid(db) else None
        with write(db) as tx:
            store_papers(tx, f"c{self.now}", found, hlc=tx.now(), observed_at=tx.timestamp,
                         restore=True)
        after = load_state(db, self._pid(db))
        if before is not None and before.restored != after.restored:
            self.restores.append(after.restored)

    @rule(r=st.integers(0, 2), ms=st.integers(1, 3000), text=st.sampled_from(["a", "b"]))
    def save_page(self, r, ms, text):
        self._save(r, ms, text)

    @rule(r=st.integers(0, 2), ms=st.integers(1, 3000), rating=st.integers(1, 5))
    def rate(self, r, ms, rating):
        self.now += ms
        db = self.replicas[r]
        state = load_state(db, pid) if (pid := self._pid(db)) else None
        if state is None or state.is_deleted:
            return
        with write(db) as tx:
            edit_paper(tx, pid, {"rating": rating}, tags=["x"] if rating % 2 else [])

    @rule(r=st.integers(0, 2), ms=st.integers(1, 3000))
    def delete(self, r, ms):
        self.now += ms
        db = self.replicas[r]
        state = load_state(db, pid) if (pid := self._pid(db)) else None
        if state is None or state.is_deleted:
            return
        with write(db) as tx:
            delete_paper(tx, pid)
        self.deletes.append(load_state(db, pid).deleted)

    @rule(a=st.integers(0, 2), b=st.integers(0, 2), ms=st.integers(1, 3000))
    def sync(self, a, b, ms):
        if a != b:
            self.now += ms
            sync_local(self.replicas[a], self.replicas[b], page_size=3, batch_size=2)

    def _everyone_agrees(self):
        for _ in range(2):
            for i in range(3):
                self.now += 1000
                sync_local(self.replicas[i], self.replicas[(i + 1) % 3])
        first = snapshot(self.replicas[0])
        for i in (1, 2):
            assert snapshot(self.replicas[i]) == first, f"replica {i} differs from replica 0"
        deleted = bool(self.deletes) and max(self.restores, default="") < max(self.deletes)
        held = [row[0] for row in first["papers"]]
        assert len(held) == (0 if deleted else 1), (held, self.deletes, self.restores)


DeleteRestoreMachine.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
test_deletes_and_restores_on_machines_apart_end_in_step = DeleteRestoreMachine.TestCase
