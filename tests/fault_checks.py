"""The checks a fault-injection run ends with, on each library read back after the run.

SQLite's integrity check, FTS5's own check of each index and the overview counts against a
recount; the ledger's acknowledged writes, each where it must be; no duplicated paper or
note, no orphan; the libraries identical; no process of the run left running.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path

import psutil

from fault_ledger import Ledger, OwnedPaper, PaperRef, identity
from fault_machines import Machine
from helpers import check_full_text_index
from papershelf.identity import doi_key, title_fingerprint
from papershelf.store.overview import recount
from papershelf.store.search_text import register_search_text
from sync_helpers import snapshot


def index_problems(db_path: Path) -> list[str]:
    """What PRAGMA integrity_check does not look at: each FTS5 index checked by FTS5
    against the rows it indexes, and the overview's counts against counting the tables
    again (a write or a crash that left either behind its rows would show here)."""
    conn = sqlite3.connect(db_path, timeout=30)
    register_search_text(conn)
    problems = []
    try:
        for table in ("papers", "notes"):
            try:
                check_full_text_index(conn, table)
            except sqlite3.DatabaseError as error:
                problems.append(f"{table}_fts: {error}")
        held = {(facet, value): n for facet, value, n in conn.execute(
            "SELECT facet, value, count FROM library_counts") if n}
        expected = recount(conn)
        wrong = sorted(key for key in held.keys() | expected.keys()
                       if held.get(key) != expected.get(key))
        problems += [f"library_counts {key}: {held.get(key)} held, {expected.get(key)} counted"
                     for key in wrong[:5]]
    finally:
        conn.close()
    return problems


class Library:
    """One library file read after the run (read-only)."""

    def __init__(self, machine: Machine):
        self.name = machine.name
        conn = sqlite3.connect(f"file:{machine.db_path}?mode=ro", uri=True, timeout=30)
        conn.row_factory = sqlite3.Row
        try:
            self.integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            self.integrity += index_problems(machine.db_path)
            self.papers = {row["id"]: dict(row) for row in conn.execute(
                "SELECT id, title, arxiv_id, doi, rating, status, tags FROM papers")}
            self.aliases = dict(conn.execute("SELECT alias, paper_id FROM paper_aliases").fetchall())
            self.notes = [dict(row) for row in conn.execute("SELECT id, paper_id, body FROM notes")]
            self.snapshot = snapshot(conn)
        finally:
            conn.close()
        self.by_key: dict[str, set[str]] = defaultdict(set)
        for pid, paper in self.papers.items():
            for key in paper_keys(paper):
                self.by_key[key].add(pid)
        self.notes_by_body: dict[str, list[dict]] = defaultdict(list)
        for note in self.notes:
            self.notes_by_body[note["body"]].append(note)

    def resolve(self, pid: str) -> str | None:
        """The paper an id names now: itself, or the paper it was merged into."""
        for _ in range(16):
            if pid in self.papers:
                return pid
            if pid not in self.aliases:
                return None
            pid = self.aliases[pid]
        return None

    def find(self, ref: PaperRef) -> dict | None:
        """The paper a ref names, by its identity; None when it is missing."""
        ids = self.by_key.get(identity(ref), set())
        return self.papers[min(ids)] if ids else None


def paper_keys(paper: dict) -> list[str]:
    keys = []
    if paper["arxiv_id"]:
        keys.append(f"arxiv:{paper['arxiv_id']}")
    if paper["doi"]:
        keys.append(f"doi:{doi_key(paper['doi'])}")
    if fingerprint := title_fingerprint(paper["title"]):
        keys.append(f"title:{fingerprint}")
    return keys


def missing_paper(library: Library, ref: PaperRef) -> str | None:
    """Why the paper `ref` names is not properly in `library`, or None."""
    found = library.find(ref)
    if found is None:
        return f"paper {ref.label()} missing"
    if library.resolve(ref.id) != found["id"]:
        return f"paper {ref.label()} is {found['id']} but its id {ref.id} names " \
               f"{library.resolve(ref.id)}"
    return None


def missing_note(library: Library, body: str, paper: PaperRef) -> str | None:
    notes = library.notes_by_body.get(body, [])
    if not notes:
        return f"note {body!r} missing"
    target = library.resolve(notes[0]["paper_id"])
    found = library.find(paper)
    if target is None or target not in (library.resolve(paper.id), found and found["id"]):
        return f"note {body!r} is on {notes[0]['paper_id']}, not on {paper.label()}"
    return None


def lost_writes(library: Library, ledger: Ledger) -> list[tuple[str, str]]:
    """Every acknowledged write that `library` does not hold as it must: (write, why)."""
    lost = []
    for capture in ledger.captures:
        reasons = [r for ref in capture.papers if (r := missing_paper(library, ref))]
        if capture.note is not None and not reasons:
            reasons += filter(None, [missing_note(library, capture.note, capture.papers[0])])
        if capture.tags and not reasons:
            tags = set(json.loads(library.find(capture.papers[0])["tags"]))
            if missing := set(capture.tags) - tags:
                reasons.append(f"tags {sorted(missing)} missing on {capture.papers[0].label()}")
        if reasons:
            lost.append((f"capture {capture.capture_id} (on {capture.machine})", "; ".join(reasons)))
    for note in ledger.notes:
        if reason := missing_note(library, note.body, note.paper):
            lost.append((f"note {note.body!r} (on {note.machine})", reason))
    for owned in ledger.owned:
        if reason := owned_paper_fields(library, owned):
            lost.append((f"edits of {owned.ref.label()} (on {owned.machine})", reason))
    held = {key.removeprefix("title:") for key in library.by_key if key.startswith("title:")}
    for acked in ledger.imports:
        if missing := acked.fingerprints - held:
            lost.append((f"import of {acked.file} (into {acked.machine})",
                         f"{len(missing)} of {len(acked.fingerprints)} papers missing"))
    # Several fixture pages may show one paper (arXiv's abstract page and its HTML view, a
    # listing): a rating sent with any of them may be the one that stands.
    sent: dict[str, set[int]] = defaultdict(set)
    rated: dict[str, tuple[str, PaperRef, dict]] = {}
    for capture in ledger.captures:
        if capture.page and capture.rating is not None:
            paper = library.find(capture.papers[0])
            if paper is not None:
                sent[paper["id"]] |= ledger.shared_ratings[capture.page]
                rated[paper["id"]] = (capture.page, capture.papers[0], paper)
    for pid, (page, ref, paper) in sorted(rated.items()):
        if paper["rating"] not in sent[pid]:
            lost.append((f"ratings of {page}", f"{ref.label()} is rated {paper['rating']}, "
                         f"never sent (sent: {sorted(sent[pid])})"))
    return lost


def owned_paper_fields(library: Library, owned: OwnedPaper) -> str | None:
    paper = library.find(owned.ref)
    if paper is None:
        return "paper missing"
    if paper["rating"] not in owned.rating.allowed():
        return f"rating {paper['rating']}, expected one of {owned.rating.allowed()}"
    if paper["status"] not in owned.status.allowed():
        return f"status {paper['status']!r}, expected one of {owned.status.allowed()}"
    tags = set(json.loads(paper["tags"]))
    if not owned.tags_acked <= tags or not tags <= owned.tags_sent:
        return f"tags {sorted(tags)}, expected {sorted(owned.tags_acked)} (at most " \
               f"{sorted(owned.tags_sent)})"
    return None


def duplicated_rows(library: Library) -> list[str]:
    """Papers stored twice (rows sharing an arXiv id, a DOI, or a title fingerprint with no
    arXiv id or DOI that tells them apart) and notes stored twice (every body is unique)."""
    found = []
    for key, ids in sorted(library.by_key.items()):
        if len(ids) < 2:
            continue
        rows = [library.papers[pid] for pid in ids]
        arxiv = {row["arxiv_id"] for row in rows} - {None}
        dois = {doi_key(row["doi"]) for row in rows} - {None}
        if key.startswith("arxiv:") or (key.startswith("doi:") and len(arxiv) < 2) or (
                len(arxiv) < 2 and len(dois) < 2):
            found.append(f"{library.name}: {len(ids)} papers share {key[:80]}: {sorted(ids)}")
    for body, notes in library.notes_by_body.items():
        if len(notes) > 1:
            found.append(f"{library.name}: note {body!r} stored {len(notes)} times")
    return found


def orphans(library: Library) -> list[str]:
    """Notes on no paper, and aliases to no paper."""
    found = [f"{library.name}: note {note['body']!r} is on {note['paper_id']}, neither a paper "
             f"nor an alias" for note in library.notes if library.resolve(note["paper_id"]) is None]
    found += [f"{library.name}: alias {alias} → {target} names no paper"
              for alias, target in library.aliases.items() if library.resolve(alias) is None]
    return found


def differences(libraries: list[Library]) -> list[str]:
    """What keeps the libraries from being identical, table by table, with a first example."""
    first, found = libraries[0], []
    for other in libraries[1:]:
        for table, rows in first.snapshot.items():
            mine = {row[0]: row for row in rows}
            theirs = {row[0]: row for row in other.snapshot[table]}
            differing = sorted(key for key in mine.keys() | theirs.keys()
                               if mine.get(key) != theirs.get(key))
            if differing:
                key = differing[0]
                found.append(f"{first.name} and {other.name} differ in {table} on {len(differing)} "
                             f"rows; first: {first.name} {str(mine.get(key))[:300]} / "
                             f"{other.name} {str(theirs.get(key))[:300]}")
    return found


def leftover_processes(workdir: Path) -> list[tuple[psutil.Process, str]]:
    """Processes still running with this run's files on their command line."""
    found = []
    for process in psutil.process_iter(["pid", "cmdline"]):
        cmdline = " ".join(process.info["cmdline"] or ())
        if str(workdir) in cmdline and process.pid != psutil.Process().pid:
            found.append((process, cmdline))
    return found
