"""Storing papers: identity matching, merging into rows, id merges, the reader's edits.

Every change goes through `merge_states` (merge.py), whether it comes from a
dump, a page capture, a PATCH or a peer, and is written back only when the
merged state differs from what is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any, NamedTuple

import msgspec

from ..clock import parse_hlc
from ..identity import (
    MATCH_FIELDS,
    address_key,
    doi_key,
    fingerprint_key,
    match_fingerprint,
    paper_id,
    record_fingerprint,
    title_fingerprint,
)
from ..merge import (
    PaperState,
    TagState,
    field_clock,
    merge_states,
    sound_field_clock,
    sound_tags,
    state_from_edit,
    state_from_record,
    tag_edit,
)
from ..records import INT_FIELDS, LIST_FIELDS, MAX_TAGS, PAPER_FIELDS, READER_FIELDS, Paper, Rank
from .captures import link_capture
from .db import in_chunks, insert_rows
from .tx import Tx, utc_text

_encode = msgspec.json.Encoder().encode
_decode_clock_groups = msgspec.json.Decoder(dict[str, list[str]]).decode


def encode_clocks(clocks: dict[str, str]) -> str:
    """Field clocks as stored: grouped by clock, `{"<clock>": [fields]}`. A capture gives
    all its fields one clock, so this is a third of the size of one entry per field."""
    distinct = set(clocks.values())
    if len(distinct) == 1:  # one clock (a capture's: every imported record): one group
        return _encode({distinct.pop(): sorted(clocks)}).decode()
    groups: dict[str, list[str]] = {}
    for field, clock in sorted(clocks.items()):
        groups.setdefault(clock, []).append(field)
    return _encode(dict(sorted(groups.items()))).decode()  # canonical: equal states, equal text


def decode_clocks(text: str) -> dict[str, str]:
    """Field clocks as stored; one no machine could have written reads as its sound
    form (merge.sound_field_clock), the same on every replica."""
    clocks: dict[str, str] = {}
    for clock, fields in _decode_clock_groups(text).items():
        sound = sound_field_clock(clock)
        for field in fields:
            clocks[field] = sound
    return clocks


def decode_tag_set(text: str) -> dict[str, TagState]:
    return sound_tags(_decode_tags(text))


_decode_tags = msgspec.json.Decoder(dict[str, TagState]).decode
_decode_names = msgspec.json.Decoder(list[str]).decode
_decode_json = msgspec.json.Decoder().decode
_INT_FIELDS = frozenset(INT_FIELDS)
_LIST_FIELDS = frozenset(LIST_FIELDS)


def names_from_column(value: Any) -> list[str] | None:
    """A JSON list of names as stored (authors, tags), or None when there is none.

    A row stored before peers' changes were checked, or edited by hand, may hold
    anything: a bare name (a JSON string, or text that is not JSON at all) is taken as
    that one name, which is what its writer meant; a list keeps the names in it and
    drops what is not text; anything else (a number, an object) names nobody. So every
    reader gets a list of strings, and the paper can still be read, edited and synced."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return _decode_names(value)
        except msgspec.DecodeError:
            pass
        try:
            value = _decode_json(value)
        except msgspec.DecodeError:
            return [value] if value.strip() else None
        except RecursionError:  # nested past what a decoder follows: no list of names
            return None
    if isinstance(value, str):
        return [value] if value.strip() else None
    if isinstance(value, list):
        return [name for name in value if isinstance(name, str)] or None
    return None


def column_value(name: str, value: Any) -> Any:
    """A papers column as its field's value. Besides names (names_from_column), an old
    row may hold text in a number column (SQLite keeps what does not convert): that
    reads as unknown, never as a value of the wrong type."""
    if value is None:
        return None
    if name in _LIST_FIELDS:
        return names_from_column(value)
    if name in _INT_FIELDS:
        return value if type(value) is int else None
    return value if isinstance(value, str) else None


def values_from_row(clocks: dict[str, str], names, row) -> dict[str, Any]:
    """The values of the fields that have a clock, from a papers row's columns `names`."""
    return {name: column_value(name, value)
            for name, value in zip(names, row, strict=True) if name in clocks}

COLUMNS = (*PAPER_FIELDS, *READER_FIELDS, "tags")
ROW_COLUMNS = ("id", *COLUMNS, "created_at", "updated_at")  # a new papers row, in order
_INSERT_PAPER = (
    f"INSERT INTO papers ({', '.join(ROW_COLUMNS)}) VALUES ({', '.join('?' * len(ROW_COLUMNS))})"
)
_UPDATE_PAPER = (
    f"UPDATE papers SET {', '.join(f'{c} = ?' for c in COLUMNS)}, updated_at = ? WHERE id = ?"
)
_SELECT_ROW = f"SELECT {', '.join(COLUMNS)} FROM papers WHERE id = ?"
_INSERT_STATE = (
    "INSERT INTO paper_state (paper_id, fingerprint_key, clocks, tag_set, deleted, restored, "
    "kept_values, version, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# A paper new to the library, as the bulk importer writes it: never deleted, never restored.
_INSERT_NEW_STATE = (
    "INSERT INTO paper_state (paper_id, fingerprint_key, clocks, tag_set, deleted, version, origin) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE_STATE = (
    "UPDATE paper_state SET fingerprint_key = ?, clocks = ?, tag_set = ?, deleted = ?, restored = ?, "
    "kept_values = ?, version = ?, origin = ? WHERE paper_id = ?"
)


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DELETED = "deleted"  # deleted by its reader: a capture does not bring it back (but RESTORED)
    RESTORED = "restored"  # deleted, and the reader saved its page again (save_paper's restore)


_ROW_FIELDS = (*PAPER_FIELDS, *READER_FIELDS)
_LIST_AT = tuple(i for i, name in enumerate(_ROW_FIELDS) if name in _LIST_FIELDS)
_STATUS_AT = _ROW_FIELDS.index("status")


def _row_values(state: PaperState) -> list[Any]:
    # Every paper an import or a sync writes passes here: one pass over the fields, then
    # only the few list fields (JSON text) and the status (a default) looked at again.
    values = state.values
    row = list(map(values.get, _ROW_FIELDS))
    for i in _LIST_AT:
        if row[i] is not None:
            row[i] = _encode(row[i]).decode()
    if row[_STATUS_AT] is None:
        row[_STATUS_AT] = "unread"
    row.append(_encode(state.visible_tags()).decode() if state.tags else "[]")
    return row


def kept_values(state: PaperState) -> str | None:
    """What `paper_state` keeps of a deleted paper's values (JSON), for a restore; None for a
    paper that is not deleted (its values are its papers row)."""
    if not state.is_deleted:
        return None
    return _encode({name: state.values.get(name) for name in state.clocks}).decode()


decode_kept_values = msgspec.json.Decoder(dict[str, Any]).decode


def load_state(db, pid: str) -> PaperState | None:
    """The merged state of one paper, or None; a deleted paper's with the values it kept."""
    db = getattr(db, "conn", db)
    state_row = db.execute(
        "SELECT clocks, tag_set, deleted, restored, kept_values FROM paper_state WHERE paper_id = ?",
        [pid]
    ).fetchone()
    if state_row is None:
        return None
    cursor = db.execute(f"SELECT {', '.join(COLUMNS[:-1])} FROM papers WHERE id = ?", [pid])
    return _state_from_rows(*state_row, cursor.fetchone())


def _state_from_rows(clocks: str, tag_set: str, deleted: str | None, restored: str | None,
                     kept: str | None, row) -> PaperState:
    clock_map = decode_clocks(clocks)
    if row is not None:
        values = values_from_row(clock_map, COLUMNS[:-1], row)
    else:  # deleted: the values it kept (none, deleted before papershelf kept them)
        values = decode_kept_values(kept) if kept else {}
    return PaperState(values=values, clocks=clock_map, tags=decode_tag_set(tag_set),
                      deleted=sound_field_clock(deleted) if deleted else None,
                      restored=sound_field_clock(restored) if restored else None)


def load_states(db, pids: Iterable[str]) -> dict[str, tuple[PaperState, bool]]:
    """`load_state` for many papers in a few queries: pid -> (state, whether its papers
    row exists); a paper this library does not hold is left out."""
    conn = getattr(db, "conn", db)
    found: dict[str, tuple[PaperState, bool]] = {}
    for chunk, marks in in_chunks(list(dict.fromkeys(pids))):
        states = {row[0]: row[1:] for row in conn.execute(
            f"SELECT paper_id, clocks, tag_set, deleted, restored, kept_values FROM paper_state "
            f"WHERE paper_id IN ({marks})",
            chunk)}
        if not states:
            continue
        held = list(states)
        rows = {row[0]: row[1:] for row in conn.execute(
            f"SELECT id, {', '.join(COLUMNS[:-1])} FROM papers WHERE id IN "
            f"({', '.join('?' * len(held))})", held)}
        for pid, (clocks, tag_set, deleted, restored, kept) in states.items():
            row = rows.get(pid)
            found[pid] = (_state_from_rows(clocks, tag_set, deleted, restored, kept, row),
                          row is not None)
    return found


def write_state(
    tx: Tx, pid: str, state: PaperState, *, is_new: bool, origin: str | None = None,
) -> None:
    """Write a merged state to `papers` and `paper_state` (a deleted paper's values kept in
    `paper_state`, its papers row removed)."""
    db = tx.db.conn
    fingerprint = fingerprint_key(match_fingerprint(*map(state.values.get, MATCH_FIELDS)))
    clocks = encode_clocks(state.clocks)
    tag_set = _encode(state.tags).decode()
    version = tx.next_version()
    origin = origin or tx.machine
    liveness = [state.deleted, state.restored, kept_values(state)]
    if is_new:
        db.execute(_INSERT_STATE, [pid, fingerprint, clocks, tag_set, *liveness, version, origin])
    else:
        db.execute(_UPDATE_STATE, [fingerprint, clocks, tag_set, *liveness, version, origin, pid])
    if state.is_deleted:
        db.execute("DELETE FROM papers WHERE id = ?", [pid])
        return
    row = _row_values(state)
    stored = None if is_new else db.execute(_SELECT_ROW, [pid]).fetchone()
    if stored is None:
        db.execute(_INSERT_PAPER, [pid, *row, tx.timestamp, tx.timestamp])
        return
    # Only the columns whose value changed: a capture of a paper seen before mostly
    # moves clocks, and setting its text again re-indexed it for full-text search (and
    # ran the counts' triggers) for nothing. The row ends as a full UPDATE leaves it.
    changed = [(column, value) for column, value, was in zip(COLUMNS, row, stored, strict=True)
               if value != was or type(value) is not type(was)]
    assignments = "".join(f"{column} = ?, " for column, _ in changed)
    db.execute(f"UPDATE papers SET {assignments}updated_at = ? WHERE id = ?",
               [*(value for _, value in changed), tx.timestamp, pid])


class StateWrite(NamedTuple):
    """One paper's merged state for `write_states`: `has_row` says whether its papers row
    exists (a deleted paper has none), `version` is its change number."""

    pid: str
    state: PaperState
    fingerprint_key: int | None
    is_new: bool
    has_row: bool
    version: int
    origin: str


def write_states(tx: Tx, writes: list[StateWrite]) -> None:
    """`write_state` for many papers (distinct ids), a statement per kind of row."""
    conn, now = tx.db.conn, tx.timestamp
    state_rows = [(w.fingerprint_key, encode_clocks(w.state.clocks), _encode(w.state.tags).decode(),
                   w.state.deleted, w.state.restored, kept_values(w.state), w.version, w.origin,
                   w.pid) for w in writes]
    conn.executemany(_INSERT_STATE, [(r[-1], *r[:-1]) for r, w in zip(state_rows, writes, strict=True)
                                     if w.is_new])
    conn.executemany(_UPDATE_STATE, [r for r, w in zip(state_rows, writes, strict=True)
                                     if not w.is_new])
    conn.executemany("DELETE FROM papers WHERE id = ?",
                     [(w.pid,) for w in writes if w.state.is_deleted and w.has_row])
    live = [w for w in writes if not w.state.is_deleted]
    insert_rows(conn, "papers", ROW_COLUMNS, [(w.pid, *_row_values(w.state), now, now)
                                              for w in live if not w.has_row])
    conn.executemany(_UPDATE_PAPER, [(*_row_values(w.state), now, w.pid)
                                     for w in live if w.has_row])


def find_matches(db, paper: Paper, fingerprint: str | None = None) -> list[str]:
    """Ids of stored papers that are this paper by the identity rule, smallest first.

    The ids returned are also the same paper as each other: candidates join the
    group strongest first (arXiv id, then DOI, then title), and one whose arXiv id
    or DOI disagrees with the group's stays apart — a title-only record never
    joins two papers whose arXiv ids differ.
    """
    db = getattr(db, "conn", db)
    candidates: set[tuple[int, str, str | None, str | None]] = set()
    if paper.arxiv_id:
        for pid, arxiv_id, doi in db.execute(
            "SELECT id, arxiv_id, doi FROM papers WHERE arxiv_id = ?", [paper.arxiv_id]
        ):
            candidates.add((0, pid, arxiv_id, doi))
    if paper.doi:
        for pid, arxiv_id, doi in db.execute(
            "SELECT id, arxiv_id, doi FROM papers WHERE doi = ?", [paper.doi]
        ):
            candidates.add((1, pid, arxiv_id, doi))
    fingerprint = fingerprint or record_fingerprint(paper)
    if fingerprint:
        for pid, arxiv_id, doi, title, url, item_type in db.execute(
            "SELECT p.id, p.arxiv_id, p.doi, p.title, p.url, p.item_type FROM paper_state s "
            "JOIN papers p ON p.id = s.paper_id WHERE s.fingerprint_key = ?",
            [fingerprint_key(fingerprint)],
        ):  # the key is a hash: check what it was made of
            if match_fingerprint(title, url, item_type) == fingerprint:
                candidates.add((2, pid, arxiv_id, doi))
    if fingerprint != (by_title := title_fingerprint(paper.title)) and by_title:
        # A web page kept before pages were known by their address: its title, and this page.
        address = address_key(paper.url)
        for pid, arxiv_id, doi, title, url in db.execute(
            "SELECT p.id, p.arxiv_id, p.doi, p.title, p.url FROM paper_state s "
            "JOIN papers p ON p.id = s.paper_id WHERE s.fingerprint_key = ? AND p.item_type IS NULL",
            [fingerprint_key(by_title)],
        ):
            if title_fingerprint(title) == by_title and address_key(url) == address:
                candidates.add((2, pid, arxiv_id, doi))
    group_arxiv, group_doi = paper.arxiv_id, doi_key(paper.doi)
    chosen: list[str] = []
    for _, pid, arxiv_id, doi in sorted(candidates, key=lambda c: (c[0], c[1])):
        if pid in chosen or not _agree(group_arxiv, arxiv_id) or not _agree(group_doi, doi_key(doi)):
            continue
        chosen.append(pid)
        group_arxiv, group_doi = group_arxiv or arxiv_id, group_doi or doi_key(doi)
    return sorted(chosen)


def _agree(ours: str | None, theirs: str | None) -> bool:
    return not (ours and theirs and ours != theirs)


def save_paper(
    tx: Tx, paper: Paper, *, rank: int, hlc: str, capture_id: str | None = None,
    line: int | None = None, restore: bool = False,
) -> tuple[str, Outcome]:
    """Store what a capture says about a paper: a new row, or merged into the row it matches.
    A paper its reader deleted stays deleted, unless `restore` (the reader saved its page)."""
    incoming = state_from_record(paper, rank, hlc)
    fingerprint = record_fingerprint(paper)
    matches = find_matches(tx.db, paper, fingerprint)
    if matches:
        pid = matches[0]
        for other in matches[1:]:
            merge_papers(tx, pid, other)
        outcome = _merge_into(tx, pid, incoming)
    else:
        # An id folded into another paper by an id merge (here or on a peer) must
        # not come back as a row of its own.
        pid = resolve_id(tx.db.conn, paper_id(paper, fingerprint))
        taken = tx.db.conn.execute("SELECT 1 FROM paper_state WHERE paper_id = ?", [pid]).fetchone()
        existing = load_state(tx.db, pid) if taken else None
        if existing is None:
            write_state(tx, pid, incoming, is_new=True)
            outcome = Outcome.NEW
        else:
            # Its deterministic id is taken by a deleted paper or by a paper whose
            # identity has since changed: merging keeps one row and the tombstone rule.
            outcome = _merge_into(tx, pid, incoming, existing)
    if outcome is Outcome.DELETED and restore:
        incoming.restored = field_clock(Rank.READER, tx.now())
        if _merge_into(tx, pid, incoming) is not Outcome.DELETED:  # a deletion ahead of our clock
            outcome = Outcome.RESTORED
    if capture_id is not None:
        link_capture(tx.db, pid, capture_id, line,
                     created=outcome in (Outcome.NEW, Outcome.RESTORED))
    return pid, outcome


def _merge_into(tx: Tx, pid: str, incoming: PaperState, local: PaperState | None = None
                ) -> Outcome:
    local = local or load_state(tx.db, pid)
    if local is None:
        write_state(tx, pid, incoming, is_new=True)
        return Outcome.NEW
    merged = merge_states(local, incoming)
    if merged.is_deleted:
        if not local.is_deleted:
            write_state(tx, pid, merged, is_new=False)
        return Outcome.DELETED
    if merged == local:
        return Outcome.UNCHANGED
    write_state(tx, pid, merged, is_new=False)
    return Outcome.UPDATED


def merge_papers(tx: Tx, survivor: str, loser: str) -> None:
    """Two ids turned out to be one paper: fold `loser` into `survivor` and keep an alias."""
    db = tx.db
    if survivor == loser:
        return
    survivor, loser = min(survivor, loser), max(survivor, loser)
    loser_state = load_state(db, loser)
    if loser_state is not None:
        _merge_into(tx, survivor, loser_state)
        db.execute("DELETE FROM papers WHERE id = ?", [loser])
        db.execute("DELETE FROM paper_state WHERE paper_id = ?", [loser])
    for table, column in (("notes", "paper_id"), ("note_state", "paper_id"),
                          ("observations", "paper_id")):
        db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", [survivor, loser])
    # The loser's capture links move over, except for captures that also hold the survivor.
    db.execute(
        "DELETE FROM paper_captures WHERE paper_id = ? AND capture_id IN "
        "(SELECT capture_id FROM paper_captures WHERE paper_id = ?)",
        [loser, survivor],
    )
    db.execute("UPDATE paper_captures SET paper_id = ? WHERE paper_id = ?", [survivor, loser])
    db.execute(
        "UPDATE paper_aliases SET paper_id = ?, version = ? WHERE paper_id = ?",
        [survivor, tx.next_version(), loser],
    )
    db.execute(
        "INSERT OR REPLACE INTO paper_aliases (alias, paper_id, merged_at, version) "
        "VALUES (?, ?, ?, ?)",
        [loser, survivor, tx.timestamp, tx.next_version()],
    )


def resolve_id(db, pid: str) -> str:
    """Follow an alias left by an id merge to the surviving paper."""
    row = db.execute("SELECT paper_id FROM paper_aliases WHERE alias = ?", [pid]).fetchone()
    return row[0] if row else pid


def edit_paper(tx: Tx, pid: str, changes: dict[str, Any], tags: list[str] | None = None) -> Outcome:
    """The reader's own edit of rating, status, paper fields and tags (rank 3: no capture undoes it)."""
    local = load_state(tx.db, pid)
    if local is None or local.is_deleted:
        raise LookupError(pid)
    hlc = tx.now()
    incoming = state_from_edit(changes, hlc)
    if tags is not None:
        incoming.tags = tag_edit(local, sorted(set(tags)), hlc)
    return _merge_into(tx, pid, incoming, local)


class TooManyTags(ValueError):
    """A mark would leave a paper more tags than records.MAX_TAGS."""


def mark_paper(tx: Tx, pid: str, changes: dict[str, Any], *, add_tags: Iterable[str] = (),
               remove_tags: Iterable[str] = ()) -> Outcome:
    """The reader's edit as a difference (the CLI's `mark`, the paper page's form): tags added to
    and taken from the set the paper has now, not a whole set, which would take away a tag that
    another tab or machine added since the reader's page was made."""
    add_tags, remove_tags = set(add_tags), set(remove_tags)
    tags = None
    if add_tags or remove_tags:
        row = tx.db.execute("SELECT tags FROM papers WHERE id = ?", [pid]).fetchone()
        current = set(names_from_column(row[0]) or []) if row else set()
        tags = sorted((current | add_tags) - remove_tags)
        if len(tags) > MAX_TAGS:
            raise TooManyTags(f"a paper has at most {MAX_TAGS} tags ({pid} would have {len(tags)})")
    return edit_paper(tx, pid, changes, tags=tags)


def delete_paper(tx: Tx, pid: str) -> Outcome:
    local = load_state(tx.db, pid)
    if local is None or local.is_deleted:
        raise LookupError(pid)
    return _merge_into(tx, pid, PaperState(deleted=field_clock(Rank.READER, tx.now())), local)


class NothingKept(ValueError):
    """A paper deleted before papershelf kept a deleted paper's values: restored, it would be an
    empty row; saving its page again brings it back with what the page gives."""


def restore_paper(tx: Tx, pid: str) -> Outcome:
    """Bring back a paper its reader deleted, whole; LookupError when `pid` is no deleted paper,
    NothingKept when it was deleted before its values were kept."""
    local = load_state(tx.db, pid)
    if local is None or not local.is_deleted:
        raise LookupError(pid)
    if not local.values:
        raise NothingKept(pid)
    return _merge_into(tx, pid, PaperState(restored=field_clock(Rank.READER, tx.now())), local)


class RemovedPaper(msgspec.Struct):
    """A paper its reader deleted, kept for a restore."""

    id: str
    title: str | None  # None: deleted before papershelf kept a deleted paper's values
    removed_at: str  # when it was deleted (UTC, to the second), on whichever machine


def removed_papers(db) -> list[RemovedPaper]:
    """The deleted papers a restore can bring back, the latest deleted first."""
    conn = getattr(db, "conn", db)
    found = []
    for pid, deleted, restored, kept in conn.execute(
            "SELECT paper_id, deleted, restored, kept_values FROM paper_state "
            "WHERE deleted IS NOT NULL"):
        liveness = PaperState(deleted=sound_field_clock(deleted),
                              restored=sound_field_clock(restored) if restored else None)
        if liveness.is_deleted:
            title = decode_kept_values(kept).get("title") if kept else None
            found.append(RemovedPaper(id=pid, title=title, removed_at=_utc(liveness.deleted)))
    return sorted(found, key=lambda paper: (paper.removed_at, paper.id), reverse=True)


def _utc(field_clock_: str) -> str:
    return utc_text(parse_hlc(field_clock_.partition(":")[2])[0])
