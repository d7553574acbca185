"""Reading the change feed: every record whose change version is above a cursor.

Each of paper_state, note_state, paper_aliases and observation_state carries the
version of its last change (an index on each), so a page is four short index scans
merged by version. Records whose state came from the asking machine (`origin`) are left
out but still move the cursor: it has them already (echo suppression). They are passed
over inside the index scans, so a page holds `limit` changes to send however many echoes
lie between them: after a push of 100,000 changes, the next pull reads past their echoes
in one page instead of twenty.
"""

from __future__ import annotations

from typing import Any

import msgspec

from ..merge import sound_field_clock, sound_hlc, sound_vv
from ..records import PAPER_FIELDS, READER_FIELDS
from ..store.db import in_chunks, read_transaction
from ..store.notes import target_from_column
from ..store.observations import OBSERVATION_COLUMNS, observation_from_row
from ..store.papers import decode_clocks, decode_kept_values, decode_tag_set, values_from_row
from .protocol import AliasChange, Change, NoteChange, ObservationChange, PaperChange

_decode_vv = msgspec.json.Decoder(dict[str, int]).decode

_FIELDS = (*PAPER_FIELDS, *READER_FIELDS)
_PAPERS = (
    "SELECT s.paper_id, s.version, s.origin, s.clocks, s.tag_set, s.deleted, s.restored, "
    "s.kept_values, p.id, "
    f"{', '.join('p.' + f for f in _FIELDS)} "
    "FROM paper_state s LEFT JOIN papers p ON p.id = s.paper_id "
)
_NOTES = (
    "SELECT s.note_id, s.version, s.origin, s.paper_id, s.clock, s.vv, s.deleted, "
    "n.body, n.quote, n.kind, n.target, n.conflict_of, n.created_at, n.updated_at "
    "FROM note_state s LEFT JOIN notes n ON n.id = s.note_id "
)
_PAPER = _PAPERS + "WHERE s.paper_id = ?"
_OBSERVATIONS = (
    f"SELECT s.id, s.version, s.origin, {', '.join('o.' + c for c in OBSERVATION_COLUMNS)} "
    "FROM observation_state s JOIN observations o ON o.id = s.id "
)
# Per kind: the changes above a cursor as (version, id, origin), read from the state
# table's version index alone, and the whole rows of chosen ids. A page is cut on the
# first, and only the records it sends are read whole: the asker's own records (echoes)
# move the cursor without their abstracts being read. Aliases carry no origin: every
# alias is sent.
_VERSIONS = "WHERE s.version > ? ORDER BY s.version LIMIT ?"
_NOT_ECHOES = "WHERE s.version > ? AND s.origin IS NOT ? ORDER BY s.version LIMIT ?"
_KINDS = {
    "paper": ("SELECT version, paper_id, origin FROM paper_state s ", _PAPERS, "s.paper_id"),
    "note": ("SELECT version, note_id, origin FROM note_state s ", _NOTES, "s.note_id"),
    "alias": ("SELECT version, alias, NULL FROM paper_aliases s ",
              "SELECT alias, version, paper_id FROM paper_aliases s ", "s.alias"),
    "observation": ("SELECT s.version, s.id, s.origin FROM observation_state s "
                    "JOIN observations o ON o.id = s.id ", _OBSERVATIONS, "s.id"),
}
_HAS_ORIGIN = frozenset({"paper", "note", "observation"})
_STATE_TABLES = ("paper_state", "note_state", "paper_aliases", "observation_state")


class Page(msgspec.Struct):
    changes: list[Change]
    next: int
    more: bool


def read_changes(db, since: int, limit: int, skip_origin: str | None = None) -> Page:
    """Up to `limit` changes above `since`, oldest first, and the cursor after them.

    The page is read in one snapshot: a capture with a note committing between the
    statements would otherwise put the note on the page and the cursor past the
    paper, which then never travels."""
    with read_transaction(db) as conn:
        return _read_page(conn, since, limit, skip_origin)


def _read_page(conn, since: int, limit: int, skip_origin: str | None) -> Page:
    keys: list[tuple[int, str, str, str | None]] = []
    for kind, (versions, _, _) in _KINDS.items():
        if skip_origin is not None and kind in _HAS_ORIGIN:
            rows = conn.execute(versions + _NOT_ECHOES, [since, skip_origin, limit + 1])
        else:
            rows = conn.execute(versions + _VERSIONS, [since, limit + 1])
        keys.extend((version, kind, key, origin) for version, key, origin in rows)
    keys.sort(key=lambda item: item[0])
    more = len(keys) > limit
    if more:
        keys = _whole_versions(conn, keys, limit)
        next_cursor = keys[-1][0]
    else:
        # Everything above the cursor is on this page or an echo: the page covers the
        # feed up to its newest record, echoes included.
        next_cursor = max(since, _newest_version(conn))
    sent = [(kind, key) for _, kind, key, origin in keys
            if kind == "alias" or skip_origin is None or origin != skip_origin]
    rows = _whole_rows(conn, sent)
    changes = [_CHANGE[kind](rows[kind, key]) for kind, key in sent]
    return Page(_papers_before_aliases(conn, changes, skip_origin), next_cursor, more)


def _newest_version(conn) -> int:
    return max(conn.execute(f"SELECT max(version) FROM {table}").fetchone()[0] or 0
               for table in _STATE_TABLES)


def _whole_rows(conn, chosen: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    rows = {}
    for kind, (_, whole, column) in _KINDS.items():
        ids = [key for k, key in chosen if k == kind]
        for chunk, marks in in_chunks(ids):
            for row in conn.execute(f"{whole} WHERE {column} IN ({marks})", chunk):
                rows[kind, row[0]] = row
    return rows


def _papers_before_aliases(conn, changes: list[Change], skip_origin: str | None) -> list[Change]:
    """Send the paper an alias points at just before the alias, when its state would
    only come later (it travels at its latest version, and any write after the id
    merge moves it past the alias): a peer refuses an alias to a paper it does not
    know (apply_alias). It goes at the alias's version, so a rejected copy holds the
    cursor there, and it is sent again at its own: applying it twice changes nothing."""
    out: list[Change] = []
    for change in changes:
        if isinstance(change, AliasChange):
            row = conn.execute(_PAPER, [change.paper_id]).fetchone()
            if row is not None and row[1] > change.version and row[2] != skip_origin:
                out.append(msgspec.structs.replace(_paper_change(row), version=change.version))
        out.append(change)
    return out


def _whole_versions(conn, keys: list, limit: int) -> list:
    """Cut at `limit` without splitting one version (an id merge re-points several
    aliases under one version): the cursor must never pass half of it."""
    cut = keys[limit][0]
    kept = [item for item in keys[:limit] if item[0] != cut]
    if kept:
        return kept
    whole = []
    for kind, (versions, _, _) in _KINDS.items():
        whole.extend((version, kind, key, origin) for version, key, origin in conn.execute(
            versions + "WHERE s.version = ?", [cut]))
    return whole


def _paper_change(row) -> PaperChange:
    # Read as load_state reads it: a malformed value or clock stored before peers'
    # changes were checked goes out in its sound form, which every peer accepts.
    pid, version, _, clocks, tag_set, deleted, restored, kept, row_id, *values = row
    clock_map = decode_clocks(clocks)
    if row_id is not None:
        fields = values_from_row(clock_map, _FIELDS, values)
    else:  # deleted: the values it kept, so a peer's restore brings it back whole too
        fields = decode_kept_values(kept) if kept else {}
    return PaperChange(id=pid, version=version, values=fields, clocks=clock_map,
                       tags=decode_tag_set(tag_set),
                       deleted=sound_field_clock(deleted) if deleted else None,
                       restored=sound_field_clock(restored) if restored else None)


def _note_change(row) -> NoteChange:
    note_id, version, _, paper_id, clock, vv, deleted, *rest = row
    body, quote, kind, target, conflict_of, created_at, updated_at = rest
    if deleted:
        body = quote = target = conflict_of = created_at = updated_at = None
    return NoteChange(
        id=note_id, version=version, paper_id=paper_id, clock=sound_hlc(clock),
        vv=sound_vv(_decode_vv(vv)), body=body, quote=quote, kind=kind or "note",
        target=target_from_column(target), conflict_of=conflict_of,
        created_at=created_at, updated_at=updated_at,
        deleted=sound_hlc(deleted) if deleted else None,
    )


def _alias_change(row) -> AliasChange:
    return AliasChange(alias=row[0], version=row[1], paper_id=row[2])


def _observation_change(row) -> ObservationChange:
    _, version, _, *columns = row
    observation = observation_from_row(columns)
    return ObservationChange(**msgspec.structs.asdict(observation), version=version)


_CHANGE = {"paper": _paper_change, "note": _note_change, "alias": _alias_change,
           "observation": _observation_change}


def latest_version(db) -> int:
    conn = getattr(db, "conn", db)
    return int(conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0])
