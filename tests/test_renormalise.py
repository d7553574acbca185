"""`papershelf renormalise`: a library built by the previous version (no observations, no
issue-16 fields) gains the history its raw captures hold, and comes out as a library
built by this version would be; a second run changes nothing."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import msgspec
from click.testing import CliRunner

from helpers import DUMPS, capture, page
from papershelf.capture import CaptureRequest
from papershelf.cli import cli
from papershelf.importer import import_dump
from papershelf.renormalise import renormalise_library, text_lines
from papershelf.store.captures import CaptureRow, RawWriter, insert_capture
from papershelf.store.db import open_writer
from papershelf.store.observations import observation_from_row, observations_of
from papershelf.store.papers import delete_paper, edit_paper
from papershelf.store.queries import PAPER_COLUMNS, get_paper
from papershelf.store.tx import use_wall_clock, write

HF_PAPER = "hf_paper_1810.04805.excerpt.html"
HF_LISTING = "hf_daily_papers_2026-09-28.excerpt.html"
BERT_URL = "https://huggingface.co/papers/1810.04805"
LISTING_URL = "https://huggingface.co/papers"
OCT_1 = int(datetime(2026, 10, 1, 8, 0, tzinfo=UTC).timestamp() * 1000)
NOV_30 = int(datetime(2026, 11, 30, 9, 30, tzinfo=UTC).timestamp() * 1000)
# What issue 16 added: the papers columns of its fields and the observation tables.
NEW_FIELDS = ("organization", "ai_keywords", "linked_models", "linked_datasets", "linked_spaces",
              "daily_submitted_by", "daily_submitted_on", "github_stars", "linked_models_count")
COLUMNS = ", ".join(c for c in PAPER_COLUMNS if c != "updated_at")


def build_library(path: Path) -> dict[str, str]:
    """Three dumps, and an HF paper page and a listing captured twice, two months apart,
    with a rating in between; answers BERT's and FuseReg's ids."""
    db = open_writer(path, create=True)
    try:
        for name in sorted(p.name for p in DUMPS.glob("*.txt")):
            import_dump(db, DUMPS / name, captured_at=date(2025, 11, 6))
        use_wall_clock(db, lambda: OCT_1)
        bert = capture(db, CaptureRequest(capture_id="bert-oct", url=BERT_URL, html=page(
            HF_PAPER).replace("&quot;upvotes&quot;:32", "&quot;upvotes&quot;:12"))).paper_ids[0]
        fusereg = capture(db, CaptureRequest(capture_id="listing-oct", url=LISTING_URL,
                                             html=page(HF_LISTING))).paper_ids[0]
        with write(db) as tx:
            edit_paper(tx, bert, {"rating": 5})
        use_wall_clock(db, lambda: NOV_30)
        capture(db, CaptureRequest(capture_id="bert-nov", url=BERT_URL, html=page(HF_PAPER)))
        capture(db, CaptureRequest(capture_id="listing-nov", url=LISTING_URL, html=page(
            HF_LISTING).replace("&quot;upvotes&quot;:110", "&quot;upvotes&quot;:140")))
    finally:
        db.close()
    return {"bert": bert, "fusereg": fusereg}


def as_previous_version(path: Path) -> None:
    """What the previous papershelf would have stored: no observations, none of the new
    fields (columns, values or clocks), and no trajectories migration (m005)."""
    db = open_writer(path)
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TABLE observations")
        conn.execute("DROP TABLE observation_state")
        for name in NEW_FIELDS:
            conn.execute(f"ALTER TABLE papers DROP COLUMN {name}")
        for pid, clocks in conn.execute("SELECT paper_id, clocks FROM paper_state").fetchall():
            groups = {clock: [f for f in fields if f not in NEW_FIELDS]
                      for clock, fields in json.loads(clocks).items()}
            conn.execute("UPDATE paper_state SET clocks = ? WHERE paper_id = ?",
                         [json.dumps({c: f for c, f in groups.items() if f}, separators=(",", ":")),
                          pid])
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_trajectories'")
        conn.execute("COMMIT")
    finally:
        db.close()


def state(path: Path) -> dict:
    db = open_writer(path)
    try:
        return {
            "papers": db.execute(f"SELECT {COLUMNS} FROM papers ORDER BY id").fetchall(),
            "observations": db.execute("SELECT * FROM observations ORDER BY id").fetchall(),
            "links": db.execute("SELECT capture_id, paper_id FROM paper_captures "
                                "ORDER BY capture_id, paper_id").fetchall(),
        }
    finally:
        db.close()


def test_renormalise_gives_a_library_of_the_previous_version_the_history_it_holds(tmp_path):
    path = tmp_path / "library.db"
    ids = build_library(path)
    built_now = state(path)
    assert len(built_now["observations"]) == 87 + 2 + 8
    as_previous_version(path)
    db = open_writer(path)  # migrates: the new columns come back empty, observations none
    try:
        assert db.execute("SELECT count(*) FROM observations").fetchone()[0] == 0
        assert get_paper(db, ids["fusereg"]).organization is None
        report = renormalise_library(db)
        assert (report.captures, report.observations, report.new, report.skipped) == (7, 97, 0, [])
        assert report.updated > 0
        bert = get_paper(db, ids["bert"])
        assert (bert.rating, bert.upvotes, bert.linked_models_count) == (5, 32, 455)
        assert [(o.observed_at, o.upvotes) for o in observations_of(db, ids["bert"])] == [
            ("2026-10-01T08:00:00Z", 12), ("2026-11-30T09:30:00Z", 32)]
        version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0]
        again = renormalise_library(db)
        assert (again.updated, again.new, again.observations) == (0, 0, 0)
        assert db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0] == version
    finally:
        db.close()
    assert state(path) == built_now


def test_renormalise_brings_back_no_deleted_paper_and_skips_an_unreadable_capture(library):
    first = capture(library, CaptureRequest(capture_id="listing", url=LISTING_URL,
                                            html=page(HF_LISTING)))
    gone = first.paper_ids[2]
    with write(library) as tx:
        delete_paper(tx, gone)
        insert_capture(tx, CaptureRow(id="broken", kind="hf_paper", captured_at=tx.timestamp,
                                      raw_type="application/vnd.papershelf.capture+json"))
        raw = RawWriter(tx, "broken")
        raw.write(b"{not json")
        raw.close()
    library.execute("DELETE FROM observations")
    library.execute("DELETE FROM observation_state")
    report = renormalise_library(library)
    assert report.skipped == ["broken"]
    assert (report.captures, report.observations) == (1, 3)
    assert get_paper(library, gone) is None
    assert observations_of(library, gone) == []


def test_renormalise_command_reports_in_one_line(tmp_path):
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    capture(db, CaptureRequest(capture_id="bert", url=BERT_URL, html=page(HF_PAPER)))
    db.execute("DELETE FROM observations")
    db.execute("DELETE FROM observation_state")
    db.close()
    result = CliRunner().invoke(cli, ["renormalise", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == (
        "1 capture read again, 1 paper in them, 0 papers updated, 0 papers new, "
        "1 observation added, 0 captures skipped")


def test_dump_text_is_read_back_in_the_lines_the_import_read_whatever_the_chunks():
    # Regression: a lone "\r" (old Mac line ends) ended a line for the import but not here,
    # so renormalising such a dump found other records than importing it.
    text = "Título one\nan abstract ünïcode\r\nold Mac\rline\r\rlast line without end"
    data = text.encode()
    imported = [line.removesuffix("\n") for line in io.TextIOWrapper(io.BytesIO(data), "utf-8")]
    assert imported[2:5] == ["old Mac", "line", ""]
    for size in (1, 2, 3, 7, len(data)):
        chunks = [data[i:i + size] for i in range(0, len(data), size)]
        assert list(text_lines(chunks)) == imported


def test_an_observation_row_edited_by_hand_reads_as_the_record_types_say():
    # The feed and the API read text in a count column as unknown, never as text.
    row = ("a" * 32, "p", "2026-01-01T00:00:00Z", "dump", "12", 3, None, None, None, None, 1)
    observation = observation_from_row(row)
    assert (observation.upvotes, observation.github_stars, observation.trending) == (None, 3, True)
    assert msgspec.json.decode(msgspec.json.encode(observation))["upvotes"] is None


def test_renormalise_reads_imported_exports_again_and_leaves_the_arxiv_snapshot(library):
    imports = Path(__file__).resolve().parent / "fixtures" / "imports"
    import_dump(library, imports / "bbt-arxiv-preprint.bib", captured_at=date(2026, 11, 1))
    import_dump(library, imports / "arxiv-snapshot-excerpt.jsonl", captured_at=date(2026, 11, 1))
    before = library.execute(f"SELECT {COLUMNS} FROM papers ORDER BY id").fetchall()
    report = renormalise_library(library)
    assert (report.captures, report.left, report.skipped, report.observations) == (1, 1, [], 0)
    assert (report.new, report.updated) == (0, 0)  # read as the import read it: nothing changes
    assert report.line().endswith(", 1 arXiv snapshot import not read again")
    assert library.execute(f"SELECT {COLUMNS} FROM papers ORDER BY id").fetchall() == before


def _as_before_m011(path: Path) -> None:
    """The library as the version before m011 holds it: no venue column, no venue clocks."""
    db = open_writer(path)
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ALTER TABLE papers DROP COLUMN venue")
        for pid, clocks in conn.execute("SELECT paper_id, clocks FROM paper_state").fetchall():
            kept = {clock: [f for f in fields if f != "venue"]
                    for clock, fields in json.loads(clocks).items()}
            conn.execute("UPDATE paper_state SET clocks = ? WHERE paper_id = ?",
                         [json.dumps({c: f for c, f in kept.items() if f}), pid])
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm011_venue'")
        conn.execute("COMMIT")
    finally:
        db.close()


def test_renormalise_gives_an_export_imported_before_venues_its_venues_and_keeps_the_readers_edits(
        tmp_path):
    path = tmp_path / "library.db"
    imports = Path(__file__).resolve().parent / "fixtures" / "imports"
    db = open_writer(path, create=True)
    try:
        import_dump(db, imports / "acl-anthology-entries.bib", captured_at=date(2026, 11, 1))
        tacl = db.execute("SELECT id FROM papers WHERE venue = ?",
                          ["Transactions of the Association for Computational Linguistics"]).fetchone()[0]
    finally:
        db.close()
    _as_before_m011(path)
    db = open_writer(path)
    try:
        with write(db) as tx:
            edit_paper(tx, tacl, {"rating": 4})
        assert db.execute("SELECT count(*) FROM papers WHERE venue IS NOT NULL").fetchone()[0] == 0
        report = renormalise_library(db)
        assert (report.captures, report.new, report.skipped) == (1, 0, [])
        with_venue = db.execute("SELECT count(*) FROM papers WHERE venue IS NOT NULL").fetchone()[0]
        assert report.updated == with_venue > 3
        paper = get_paper(db, tacl)
        assert (paper.venue, paper.rating) == (
            "Transactions of the Association for Computational Linguistics", 4)
        assert renormalise_library(db).updated == 0
    finally:
        db.close()


def test_renormalise_gives_pages_captured_before_venues_their_venue(tmp_path):
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    try:
        pid = capture(db, CaptureRequest(
            capture_id="alphafold", url="https://www.nature.com/articles/s41586-021-03819-2",
            html=page("nature_s41586-021-03819-2.html"))).paper_ids[0]
        assert get_paper(db, pid).venue == "Nature"
    finally:
        db.close()
    _as_before_m011(path)
    db = open_writer(path)  # m011 again: the column comes back empty
    try:
        assert get_paper(db, pid).venue is None
        report = renormalise_library(db)
        assert (report.captures, report.updated) == (1, 1)
        assert get_paper(db, pid).venue == "Nature"
    finally:
        db.close()


def test_renormalise_reads_the_sample_librarys_pages_whose_capture_ids_the_api_would_refuse(tmp_path):
    # Regression: scripts/run's samples are stored as captures "sample:<page>", an id the API's
    # pattern refuses; renormalise decoded each stored request against that pattern and skipped
    # all 32 of them.
    db = open_writer(tmp_path / "library.db", create=True)
    try:
        request = {"capture_id": "sample:nature_s41586-021-03819-2",
                   "url": "https://www.nature.com/articles/s41586-021-03819-2",
                   "html": page("nature_s41586-021-03819-2.html")}
        with write(db) as tx:
            insert_capture(tx, CaptureRow(id=request["capture_id"], kind="scholarly",
                                          captured_at=tx.timestamp,
                                          raw_type="application/vnd.papershelf.capture+json"))
            raw = RawWriter(tx, request["capture_id"])
            raw.write(json.dumps(request).encode())
            raw.close()
        report = renormalise_library(db)
        assert (report.captures, report.new, report.skipped) == (1, 1, [])
        assert db.execute("SELECT venue FROM papers").fetchall() == [("Nature",)]
    finally:
        db.close()
