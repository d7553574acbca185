"""Note merge rules (merge.merge_notes): newer wins, edits made apart keep both texts,
deletes never come back, and any order of merges gives the same note."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from papershelf.clock import format_hlc
from papershelf.merge import NoteState, conflict_copy_id, merge_notes, vv_join, vv_leq


def hlc(ms: int, machine: str = "a") -> str:
    return format_hlc(ms, 0, machine)


def note(body: str | None, vv: dict[str, int], ms: int, machine: str = "a", **kw) -> NoteState:
    return NoteState(id="n1", paper_id="p1", clock=hlc(ms, machine), vv=vv, body=body, **kw)


def test_a_newer_version_replaces_an_older_one_either_way_round():
    old, new = note("first", {"a": 1}, 1), note("second", {"a": 2}, 2)
    assert merge_notes(old, new).note == new
    assert merge_notes(new, old).note == new
    assert merge_notes(new, old).copies == []


def test_edits_made_apart_keep_both_texts():
    ours, theirs = note("ours", {"a": 2, "b": 1}, 5, "a"), note("theirs", {"a": 1, "b": 2}, 7, "b")
    merged = merge_notes(ours, theirs)
    assert merged.note.body == "theirs"  # the later clock
    assert merged.note.vv == {"a": 2, "b": 2}
    [copy] = merged.copies
    assert (copy.body, copy.conflict_of, copy.id) == ("ours", "n1", conflict_copy_id("n1", ours.clock))
    assert copy.vv == {} and copy.deleted is None
    # The other replica makes the very same copy.
    assert merge_notes(theirs, ours) == merged


def test_a_delete_never_comes_back():
    live = note("text", {"a": 1}, 1)
    deleted = note(None, {"a": 2}, 2, deleted=hlc(2))
    for merged in (merge_notes(live, deleted), merge_notes(deleted, live)):
        assert merged.note.deleted == hlc(2) and merged.note.body is None
        assert merged.copies == []  # the deleter had seen that text


def test_an_edit_the_deleter_never_saw_is_kept_as_a_copy():
    deleted = note(None, {"a": 2}, 5, "a", deleted=hlc(5))
    edit = note("edited offline", {"a": 1, "b": 1}, 9, "b")
    for merged in (merge_notes(deleted, edit), merge_notes(edit, deleted)):
        assert merged.note.deleted == hlc(5)
        assert [c.body for c in merged.copies] == ["edited offline"]
        # Once merged, the same edit arriving again is nothing new.
        assert merge_notes(merged.note, edit).copies == []


def test_a_copy_the_reader_deleted_is_not_made_again():
    ours, theirs = note("ours", {"a": 1}, 5, "a"), note("theirs", {"b": 1}, 7, "b")
    [copy] = merge_notes(ours, theirs).copies
    gone = NoteState(id=copy.id, paper_id="p1", clock=hlc(9, "c"), vv={"c": 1}, deleted=hlc(9, "c"))
    assert merge_notes(gone, copy).note == gone


# ---- any order of merges: a small simulated history ---------------------------

MACHINES = ("a", "b", "c")


@st.composite
def histories(draw) -> list[NoteState]:
    """Versions of one note made by three machines that edit, delete and exchange
    states, with clocks that respect what each had seen (as the HLC does)."""
    states = {m: None for m in MACHINES}
    clock = {m: 0 for m in MACHINES}
    made: list[NoteState] = [note("v0", {"a": 1}, 1, "a")]
    states["a"], clock["a"] = made[0], 1
    for step in range(draw(st.integers(1, 12))):
        m = draw(st.sampled_from(MACHINES))
        action = draw(st.sampled_from(["edit", "edit", "delete", "receive"]))
        current = states[m]
        if action == "receive":
            other = states[draw(st.sampled_from(MACHINES))]
            if other is not None:
                clock[m] = max(clock[m], int(other.clock.split("-")[0]))
                states[m] = merge_notes(current, other).note
            continue
        if current is None or current.deleted:
            continue
        clock[m] += 1
        vv = vv_join(current.vv, {m: current.vv.get(m, 0) + 1})
        stamp = hlc(clock[m], m)
        new = note(f"v{step + 1}{m}", vv, clock[m], m,
                   deleted=stamp if action == "delete" else None)
        if action == "delete":
            new.body = None
        states[m] = new
        made.append(new)
    return made


def fold(versions):
    current, copies = None, {}
    for version in versions:
        merged = merge_notes(current, version)
        current = merged.note
        copies.update((c.id, c) for c in merged.copies)
    return current, copies


@settings(max_examples=300, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_any_order_of_merges_agrees_and_keeps_every_unseen_text(versions, random):
    orders = list(itertools.islice(itertools.permutations(versions), 30))
    random.shuffle(orders)
    results = [fold(order) for order in orders[:6]]
    finals = [final for final, _ in results]
    assert all(final == finals[0] for final in finals), "merge orders disagree"
    # Every version no other version had seen (a head) survives: as the note, or a copy.
    heads = [v for v in versions if v.body is not None
             and not any(w is not v and vv_leq(v.vv, w.vv) and w.vv != v.vv for w in versions)]
    for final, copies in results:
        texts = {final.body} | {c.body for c in copies.values()}
        for head in heads:
            assert head.body in texts, f"{head.body} lost"
