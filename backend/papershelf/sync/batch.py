"""Applying a batch of a peer's changes as set work, with the outcome of applying them
one by one in order (items.py's `apply_one`).

Each change is checked on its own first (a rejected one keeps its message). What the
batch touches is then read a chunk at a time (aliases, the papers' states and rows,
the stored papers that share an identity key with them, notes, observations held),
merged in Python, and written with executemany, a statement per kind of row.

That gives the one-by-one outcome as long as no change depends on what another does
before it. The ones that might go the one-by-one way, in their place, once every
change before them is written:

- a paper sharing an id or an identity key (arXiv id, DOI, title fingerprint) with a
  paper or alias earlier in the batch (the earlier one may change what it merges with);
- a paper whose identity is shared by another stored paper: the two are folded into
  one (merge_papers), which moves that paper's notes, observations and aliases;
- an alias, always;
- a note or observation whose id an earlier change of the batch writes (a conflict
  copy included), or whose paper is one that an earlier one-by-one change may fold
  away: the papers it could reach are grouped by the keys they share (`_Groups`).

A run of set writes that fails (a constraint) is undone and its changes go one by one,
so each is rejected or lands alone.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import Any

from ..identity import MATCH_FIELDS, doi_key, fingerprint_key, match_fingerprint
from ..merge import NoteState, PaperState, conflict_copy_id, merge_notes, merge_states
from ..store.db import in_chunks
from ..store.observations import Observation, held_observations, insert_observations
from ..store.papers import StateWrite, load_states, write_states
from ..store.tx import Tx
from .items import (
    CHANGE_ERRORS,
    ClockChecks,
    apply_one,
    check_note,
    check_observation,
    check_paper,
    load_notes,
    normal,
    observation,
    rejected,
    write_notes,
)
from .protocol import (
    NEW,
    REJECTED,
    UNCHANGED,
    UPDATED,
    AliasChange,
    Change,
    ItemResult,
    Malformed,
    NoteChange,
    ObservationChange,
    PaperChange,
    change_clocks,
)


class _Planned:
    """A change whose outcome is known before anything is written: its result, and what
    it writes (a StateWrite yet without its version, a note and its origin, an
    observation) or None."""

    __slots__ = ("index", "result", "write")

    def __init__(self, index: int, result: ItemResult, write: Any = None):
        self.index, self.result, self.write = index, result, write


def apply_batch(tx: Tx, changes: list[Change | Malformed], peer: str, checks: ClockChecks
                ) -> list[ItemResult]:
    plans = _Planner(tx, changes, peer, checks).plan()
    results: list[ItemResult] = []
    run: list[_Planned] = []
    for index, change in enumerate(changes):
        plan = plans[index]
        if plan is None:
            results.extend(_write_run(tx, run, changes, peer, checks))
            run = []
            results.append(apply_one(tx, change, peer, checks))
        else:
            run.append(plan)
    results.extend(_write_run(tx, run, changes, peer, checks))
    return results


def _write_run(tx: Tx, run: list[_Planned], changes: list[Change | Malformed], peer: str,
               checks: ClockChecks) -> list[ItemResult]:
    """Write a run of planned changes in one savepoint; should a write fail, the run goes
    one by one instead."""
    writing = [plan for plan in run if plan.write is not None]
    if writing:
        conn, before = tx.db.conn, tx.version
        conn.execute("SAVEPOINT sync_run")
        try:
            _write(tx, writing, peer)
        except CHANGE_ERRORS:
            conn.execute("ROLLBACK TO sync_run")
            conn.execute("RELEASE sync_run")
            tx.version = before  # the change numbers are taken again, one by one
            return [apply_one(tx, changes[plan.index], peer, checks) for plan in run]
        conn.execute("RELEASE sync_run")
    # As apply_one does for each: the clocks of the changes applied (their greatest is
    # what observing them one by one leaves).
    clocks = [clock for plan in run if plan.result.status != REJECTED
              for clock in change_clocks(changes[plan.index])]
    if clocks:
        tx.clock.observe(max(clocks))
    return [plan.result for plan in run]


def _write(tx: Tx, writing: list[_Planned], peer: str) -> None:
    papers: list[StateWrite] = []
    notes: list[tuple[NoteState, str, int]] = []
    observations: list[tuple[Observation, int]] = []
    unheld: set[str] = set()  # notes planned NEW: this library holds nothing of them
    for plan in writing:  # change numbers in batch order, as one by one
        version = tx.next_version()
        write = plan.write
        if isinstance(write, StateWrite):
            papers.append(write._replace(version=version))
        elif isinstance(write, Observation):
            observations.append((write, version))
        else:
            notes.append((*write, version))
            if plan.result.status == NEW:
                unheld.add(write[0].id)
    write_states(tx, papers)
    write_notes(tx, notes, unheld=unheld)
    insert_observations(tx, observations, origin=peer)


# ---- planning ----------------------------------------------------------------


def _match_key(values: dict[str, Any]) -> int | None:
    return _fingerprint_key(*map(values.get, MATCH_FIELDS))


def _shared_keys(values: dict[str, Any]) -> list[int]:
    """The fingerprint keys a stored paper may share with these values: a web page's
    title's too, which a page kept before it had an item_type is known by."""
    keys = [] if (key := _match_key(values)) is None else [key]
    if values.get("item_type") is not None and (
            by_title := _fingerprint_key(values.get("title"), None, None)) not in (None, key):
        keys.append(by_title)
    return keys


@lru_cache(maxsize=4096)
def _fingerprint_key(title: str | None, url: str | None, item_type: str | None) -> int | None:
    # A change's title is keyed three times over (its keys, the lookup, the row written).
    return fingerprint_key(match_fingerprint(title, url, item_type))


def _identity_keys(values: dict[str, Any]) -> list[str]:
    keys = []
    if arxiv_id := values.get("arxiv_id"):
        keys.append(f"arxiv:{arxiv_id}")
    if doi := values.get("doi"):
        keys.append(f"doi:{doi_key(doi)}")
    keys += [f"fp:{key}" for key in _shared_keys(values)]
    return keys


class _Groups:
    """Paper keys (ids and identity keys) joined into groups, transitively, as changes share
    them: a paper change may fold any stored paper of its group, so once one in a group
    goes one by one, the group `moves` (a later note or observation on it waits its turn)."""

    def __init__(self):
        self._parent: dict[str, str] = {}
        self._moving: set[str] = set()

    def _root(self, key: str) -> str:
        parent = self._parent
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def join(self, keys: set[str], *, moving: bool) -> None:
        """Join a change's keys into one group. Only a change that goes one by one (it
        `moving`) can share a key with an earlier one, so a joined group moves."""
        roots = {self._root(key) for key in keys if key in self._parent}
        root = next(iter(roots)) if roots else next(iter(keys))
        self._parent.setdefault(root, root)
        for key in keys:
            self._parent.setdefault(key, root)
        for other in roots:
            self._parent[other] = root
        if moving:
            self._moving.add(root)

    def moves(self, key: str) -> bool:
        return key in self._parent and self._root(key) in self._moving


class _Planner:
    def __init__(self, tx: Tx, changes: list[Change | Malformed], peer: str, checks: ClockChecks):
        self.tx, self.conn, self.changes, self.peer = tx, tx.db.conn, changes, peer
        self.checks = checks
        self.groups = _Groups()
        self.paper_keys: set[str] = set()  # of the paper and alias changes planned so far
        self.note_ids: set[str] = set()
        self.observation_ids: set[str] = set()

    def plan(self) -> list[_Planned | None]:
        """A plan per change, or None for one that goes one by one."""
        checked = [self._check(change) for change in self.changes]
        valid = [c for c, problem in zip(self.changes, checked, strict=True) if problem is None]
        self._look_up(valid)
        plans: list[_Planned | None] = []
        for index, (change, problem) in enumerate(zip(self.changes, checked, strict=True)):
            if problem is not None:
                plans.append(_Planned(index, problem))
            elif isinstance(change, PaperChange):
                plans.append(self._paper(index, change))
            elif isinstance(change, NoteChange):
                plans.append(self._note(index, change))
            elif isinstance(change, ObservationChange):
                plans.append(self._observation(index, change))
            else:
                plans.append(self._alias(change))
        return plans

    def _check(self, change: Change | Malformed) -> ItemResult | None:
        """The checks apply_one makes before it reads anything (they read nothing)."""
        if isinstance(change, Malformed):
            return ItemResult(REJECTED, message=change.message)
        try:
            if isinstance(change, PaperChange):
                check_paper(self.checks, change)
            elif isinstance(change, NoteChange):
                check_note(self.checks, change)
            elif isinstance(change, ObservationChange):
                check_observation(self.tx.clock, change)
        except CHANGE_ERRORS as error:
            return rejected(change, error)
        return None

    def _look_up(self, changes: list[Change]) -> None:
        ids = set()
        for change in changes:
            if isinstance(change, PaperChange):
                ids.add(change.id)
            elif isinstance(change, AliasChange):
                ids.update((change.alias, change.paper_id))
            else:
                ids.add(change.paper_id)
        self.aliases = _aliases(self.conn, list(ids))
        self.states = load_states(self.conn, [
            self.resolve(change.id) for change in changes if isinstance(change, PaperChange)])
        self.notes = load_notes(self.conn, [c.id for c in changes if isinstance(c, NoteChange)])
        self.held = held_observations(self.conn, [
            c.id for c in changes if isinstance(c, ObservationChange)])
        values = []
        for change in changes:
            if isinstance(change, PaperChange):
                values.append(change.values)
                local = self.states.get(self.resolve(change.id))
                if local is not None:
                    values.append(local[0].values)
        self.sharing = _papers_sharing(self.conn, values)

    def resolve(self, pid: str) -> str:
        return self.aliases.get(pid, pid)

    def _paper(self, index: int, change: PaperChange) -> _Planned | None:
        pid = self.resolve(change.id)
        local, has_row = self.states.get(pid, (None, False))
        identity = _identity_keys(change.values)
        if local is not None:
            identity += _identity_keys(local.values)
        stored = set().union(*(self.sharing.get(key, ()) for key in identity))
        keys = {f"id:{change.id}", f"id:{pid}", *identity, *(f"id:{other}" for other in stored)}
        plan = None
        if not keys & self.paper_keys and stored <= {pid}:
            try:
                plan = self._paper_plan(index, change, pid, local, has_row)
            except CHANGE_ERRORS:  # apply_one meets it again, and rejects the change
                plan = None
        self.paper_keys |= keys
        self.groups.join(keys, moving=plan is None)
        return plan

    def _paper_plan(self, index: int, change: PaperChange, pid: str, local: PaperState | None,
                    has_row: bool) -> _Planned:
        """apply_paper's outcome for a paper no other stored paper shares a key with (so
        there is nothing to fold)."""
        incoming = change.state()
        if local is None:
            merged, status, echo = incoming, NEW, pid == change.id
        else:
            merged = merge_states(local, incoming)
            if normal(merged) == normal(local):
                return _Planned(index, ItemResult(UNCHANGED))
            status = UPDATED
            echo = pid == change.id and normal(merged) == normal(incoming)
        write = StateWrite(
            pid, merged, _match_key(merged.values),
            is_new=local is None, has_row=has_row, version=0,
            origin=self.peer if echo else self.tx.machine)
        return _Planned(index, ItemResult(status), write)

    def _alias(self, change: AliasChange) -> None:
        ids = {change.alias, change.paper_id, self.resolve(change.alias),
               self.resolve(change.paper_id)}
        keys = {f"id:{pid}" for pid in ids}
        self.paper_keys |= keys
        self.groups.join(keys, moving=True)
        return None

    def _note(self, index: int, change: NoteChange) -> _Planned | None:
        paper_id = self.resolve(change.paper_id)
        local = self.notes.get(change.id)
        ids = {change.id, conflict_copy_id(change.id, change.clock)}
        papers = {f"id:{change.paper_id}", f"id:{paper_id}"}
        if local is not None:
            ids.add(conflict_copy_id(local.id, local.clock))
            papers.add(f"id:{local.paper_id}")
        waits = bool(ids & self.note_ids) or any(map(self.groups.moves, papers))
        self.note_ids |= ids
        if waits:
            return None
        incoming = change.state()
        incoming.paper_id = paper_id
        outcome = merge_notes(local, incoming)
        if outcome.copies:
            return None
        if local is not None and outcome.note == local:
            return _Planned(index, ItemResult(UNCHANGED))
        origin = self.peer if outcome.note == incoming else self.tx.machine
        return _Planned(index, ItemResult(NEW if local is None else UPDATED),
                        (outcome.note, origin))

    def _observation(self, index: int, change: ObservationChange) -> _Planned | None:
        paper_id = self.resolve(change.paper_id)
        waits = (change.id in self.observation_ids
                 or any(map(self.groups.moves, (f"id:{change.paper_id}", f"id:{paper_id}"))))
        self.observation_ids.add(change.id)
        if waits:
            return None
        if change.id in self.held:
            return _Planned(index, ItemResult(UNCHANGED))
        return _Planned(index, ItemResult(NEW), observation(change, paper_id))


def _aliases(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    found = {}
    for chunk, marks in in_chunks(ids):
        found.update(conn.execute(
            f"SELECT alias, paper_id FROM paper_aliases WHERE alias IN ({marks})", chunk))
    return found


def _papers_sharing(conn: sqlite3.Connection, records: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Identity key -> the stored papers (with a row) that have it: every candidate
    find_matches could consider for these values (a fingerprint key is a hash: a
    collision only sends a change the one-by-one way)."""
    arxiv_ids, dois, keys = set(), set(), set()
    for values in records:
        if arxiv_id := values.get("arxiv_id"):
            arxiv_ids.add(arxiv_id)
        if doi := values.get("doi"):
            dois.add(doi)
        keys.update(_shared_keys(values))
    sharing: dict[str, set[str]] = {}
    for chunk, marks in in_chunks(sorted(arxiv_ids)):
        for pid, arxiv_id in conn.execute(
                f"SELECT id, arxiv_id FROM papers WHERE arxiv_id IN ({marks})", chunk):
            sharing.setdefault(f"arxiv:{arxiv_id}", set()).add(pid)
    for chunk, marks in in_chunks(sorted(dois)):
        # `doi` is NOCASE: the IN matches any ASCII case, the key folds it
        for pid, doi in conn.execute(f"SELECT id, doi FROM papers WHERE doi IN ({marks})", chunk):
            sharing.setdefault(f"doi:{doi_key(doi)}", set()).add(pid)
    for chunk, marks in in_chunks(sorted(keys)):
        for pid, key in conn.execute(
                "SELECT s.paper_id, s.fingerprint_key FROM paper_state s "
                f"JOIN papers p ON p.id = s.paper_id WHERE s.fingerprint_key IN ({marks})", chunk):
            sharing.setdefault(f"fp:{key}", set()).add(pid)
    return sharing
