"""Importing dumps into a real library file: identity, merge, provenance, FTS, bad input."""

import shutil
import time
from datetime import date
from pathlib import Path

import pytest

from papershelf import dump_reader, importer
from papershelf.identity import paper_id
from papershelf.importer import ImportRefused, import_dump
from papershelf.importer.files import import_file
from papershelf.records import Paper, Rank
from papershelf.store import bulk
from papershelf.store.captures import read_raw
from papershelf.store.db import open_writer
from papershelf.store.papers import save_paper
from papershelf.store.tx import write

DUMPS = Path(__file__).parent / "fixtures" / "dumps"
FORMAT_A = DUMPS / "000_286d48ef37147b1c.txt"
FORMAT_B = DUMPS / "001_6f96a1003d4bdb3d.txt"
FORMAT_C = DUMPS / "002_116e930042b20998.txt"
ALL = (FORMAT_A, FORMAT_B, FORMAT_C)
CAPTURED = date(2025, 11, 22)


@pytest.fixture
def db(tmp_path):
    database = open_writer(tmp_path / "library.db", create=True)
    yield database
    database.close()


def import_all(db, paths=ALL):
    return [import_dump(db, path, captured_at=CAPTURED) for path in paths]


def count(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def snapshot(db):
    return db.execute("SELECT * FROM papers ORDER BY id").fetchall()


def test_three_dumps_make_348_distinct_papers(db):
    reports = import_all(db)
    assert [r.records for r in reports] == [220, 101, 87]
    assert count(db, "SELECT count(*) FROM papers") == 348
    assert sum(r.new for r in reports) == 348


def test_paper_in_two_dumps_is_one_row_with_fields_of_the_richer(db):
    import_all(db)
    rows = db.execute(
        "SELECT id, authors_count, published, upvotes FROM papers WHERE title = ?",
        ["Breaking Bad Tokens: Detoxification of LLMs Using Sparse Autoencoders"],
    ).fetchall()
    assert len(rows) == 1
    assert rows[0][1:] == (6, "2025-05-20", 0)
    assert count(db, "SELECT count(*) FROM paper_captures WHERE paper_id = ?", [rows[0][0]]) == 2


def test_poorer_dump_imported_later_never_overwrites_with_null(db):
    import_all(db, (FORMAT_C, FORMAT_A, FORMAT_B))
    nulls = count(
        db,
        "SELECT count(*) FROM papers p JOIN paper_captures c ON c.paper_id = p.id "
        "WHERE c.capture_id = (SELECT id FROM captures WHERE file_name = ?) "
        "AND (published IS NULL OR authors_count IS NULL OR upvotes IS NULL)",
        [FORMAT_C.name],
    )
    assert nulls == 0


def test_unknown_fields_are_null_never_empty_or_zero(db):
    import_dump(db, FORMAT_A, captured_at=CAPTURED)
    assert count(db, "SELECT count(*) FROM papers WHERE upvotes IS NOT NULL") == 0
    assert count(db, "SELECT count(*) FROM papers WHERE authors_count IS NOT NULL") == 0
    assert count(db, "SELECT count(*) FROM papers WHERE arxiv_id = '' OR doi = ''") == 0


def test_reimporting_the_same_files_changes_nothing(db):
    import_all(db)
    before = snapshot(db)
    version = count(db, "SELECT value FROM meta WHERE key = 'version'")
    reports = import_all(db)
    assert all(r.already_imported for r in reports)
    assert snapshot(db) == before
    assert count(db, "SELECT value FROM meta WHERE key = 'version'") == version
    assert count(db, "SELECT count(*) FROM captures") == 3


def test_reimporting_overlapping_content_from_another_file_changes_no_paper(db, tmp_path):
    import_all(db)
    before = snapshot(db)
    lines = FORMAT_C.read_text(encoding="utf-8").splitlines(keepends=True)
    subset = tmp_path / "subset.txt"
    subset.write_text("".join(lines[:60]), encoding="utf-8")
    report = import_dump(db, subset, captured_at=CAPTURED)
    assert (report.records, report.new, report.updated) == (6, 0, 0)
    assert snapshot(db) == before


def test_ids_are_deterministic_across_libraries(tmp_path):
    first, second = open_writer(tmp_path / "a.db", create=True), open_writer(tmp_path / "b.db", create=True)
    import_all(first)
    import_all(second, (FORMAT_C, FORMAT_B, FORMAT_A))
    ids = "SELECT id, title FROM papers ORDER BY id"
    assert first.execute(ids).fetchall() == second.execute(ids).fetchall()
    title = "Learning to Prompt for Vision-Language Models"
    assert count(first, "SELECT count(*) FROM papers WHERE id = ?", [paper_id(Paper(title=title))]) == 1


def test_each_file_is_a_capture_with_provenance_and_raw_text(db):
    import_all(db)
    row = db.execute(
        "SELECT id, kind, file_name, sha256, captured_at, records, problems FROM captures "
        "WHERE file_name = ?",
        [FORMAT_B.name],
    ).fetchone()
    capture_id, kind, name, sha256, captured_at, records, problems = row
    assert (kind, name, captured_at, records, problems) == ("dump", FORMAT_B.name, "2025-11-22", 101, 0)
    assert sha256 == importer.file_sha256(FORMAT_B)
    assert read_raw(db, capture_id) == FORMAT_B.read_bytes()
    lines = db.execute(
        "SELECT line FROM paper_captures WHERE capture_id = ? ORDER BY line LIMIT 2", [capture_id]
    ).fetchall()
    assert lines == [(11,), (15,)]


def test_full_text_search_is_in_step_with_papers(db):
    import_all(db)
    db.execute("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')")
    assert count(db, "SELECT count(*) FROM papers_fts") == 348
    hits = count(db, "SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'detoxification'")
    likes = count(
        db, "SELECT count(*) FROM papers WHERE title LIKE '%detoxification%' "
        "OR abstract LIKE '%detoxification%'",
    )
    assert hits == likes >= 1
    assert count(db, "SELECT count(*) FROM fts_deferred") == 0


def test_fts_follows_a_later_update_of_an_imported_row(db):
    import_dump(db, FORMAT_A, captured_at=CAPTURED)
    db.execute("UPDATE papers SET title = 'zyxwvut' WHERE rowid = 1")
    assert count(db, "SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'zyxwvut'") == 1
    db.execute("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')")


def test_not_utf8_file_is_refused_naming_file_and_reason_and_stores_nothing(db, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(FORMAT_B.read_bytes()[:4000] + "Caf\xe9\n".encode("latin-1"))
    with pytest.raises(ImportRefused) as refused:
        import_dump(db, bad, captured_at=CAPTURED)
    assert str(bad) in str(refused.value)
    assert "not UTF-8" in refused.value.reason
    assert count(db, "SELECT count(*) FROM papers") == 0
    assert count(db, "SELECT count(*) FROM captures") == 0
    assert count(db, "SELECT count(*) FROM capture_raw") == 0


def test_binary_file_is_refused(db, tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportRefused, match="not a text file"):
        import_dump(db, binary, captured_at=CAPTURED)


def test_text_without_records_is_refused(db, tmp_path):
    empty = tmp_path / "notes.txt"
    empty.write_text("just a shopping list\nmilk\neggs\n", encoding="utf-8")
    # It says what papershelf reads: "dump format" told a reader of an EndNote XML nothing.
    with pytest.raises(ImportRefused, match="holds no records papershelf reads: it is not BibTeX, RIS"):
        import_dump(db, empty, captured_at=CAPTURED)
    assert count(db, "SELECT count(*) FROM captures") == 0


def test_broken_record_is_skipped_and_the_rest_imports(db, tmp_path):
    text = FORMAT_C.read_text(encoding="utf-8").replace("\nMay 14, 2024\n", "\n", 1)
    broken = tmp_path / "broken.txt"
    broken.write_text(text, encoding="utf-8")
    report = import_dump(db, broken, captured_at=CAPTURED)
    assert report.records == 86
    assert [p.line for p in report.problems] == [21]
    assert count(db, "SELECT count(*) FROM papers") == 86


def test_a_record_whose_title_has_no_letter_or_digit_is_skipped_with_its_line(db, tmp_path):
    # Regression: paper_id raised on it (nothing to know the paper by) and the whole import
    # stopped with a traceback.
    first = "Breaking Bad Tokens: Detoxification of LLMs Using Sparse Autoencoders"
    text = FORMAT_C.read_text(encoding="utf-8").replace(f"\n{first}\n", "\n???\n", 1)
    nameless = tmp_path / "nameless.txt"
    nameless.write_text(text, encoding="utf-8")
    report = import_dump(db, nameless, captured_at=CAPTURED)
    assert [(p.line, p.message) for p in report.problems] == [
        (13, "title '???' has no letter or digit to know the paper by")]
    assert report.records == 86
    assert count(db, "SELECT count(*) FROM papers") == 86


@pytest.mark.parametrize("where", ["parsing", "storing"])
def test_crash_mid_file_leaves_library_as_before(db, monkeypatch, where):
    import_dump(db, FORMAT_A, captured_at=CAPTURED)
    before = snapshot(db)
    calls = 0
    target, name = (dump_reader, "prepare") if where == "parsing" else (bulk.BulkSaver, "_insert_new")
    real = getattr(target, name)

    def crashing(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 50 or where == "storing":
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, crashing)
    with pytest.raises(RuntimeError, match="power cut"):
        import_dump(db, FORMAT_B, captured_at=CAPTURED)
    assert snapshot(db) == before
    assert count(db, "SELECT count(*) FROM captures") == 1
    assert count(db, "SELECT count(*) FROM fts_deferred") == 0
    assert count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'papers_fts_ai'") == 1
    monkeypatch.undo()
    assert import_dump(db, FORMAT_B, captured_at=CAPTURED).records == 101
    db.execute("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')")


def _format_c_with_its_first_record_again(tmp_path) -> Path:
    """The format-C fixture with its first record repeated at its end (one paper twice)."""
    text = FORMAT_C.read_text(encoding="utf-8")
    start = text.index("Breaking Bad Tokens")
    end = text.index("\n·\n", start)
    end = text.index("\n\n", end + 3) + 2  # through the date line
    path = tmp_path / "twice.txt"
    path.write_text(text.rstrip("\n") + "\n\n" + text[start:end], encoding="utf-8")
    return path


@pytest.mark.parametrize("batch", [1, 500])
def test_a_paper_twice_in_a_format_c_dump_is_observed_once(db, tmp_path, monkeypatch, batch):
    """Its observation id is the same on both lines: in two batches the second insert
    failed the whole file (UNIQUE constraint failed: observations.id)."""
    monkeypatch.setattr(importer.files, "BATCH_RECORDS", batch)
    report = import_dump(db, _format_c_with_its_first_record_again(tmp_path), captured_at=CAPTURED)
    assert (report.records, report.new) == (88, 87)
    assert count(db, "SELECT count(*) FROM observations") == 87
    assert count(db, "SELECT count(*) FROM observation_state") == 87


def test_crash_mid_format_c_dump_keeps_no_observation_and_a_retry_keeps_all(db, monkeypatch):
    monkeypatch.setattr(importer.files, "BATCH_RECORDS", 10)
    calls = 0
    real = bulk.BulkSaver._insert_new

    def crashing(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk.BulkSaver, "_insert_new", crashing)
    with pytest.raises(RuntimeError, match="power cut"):
        import_dump(db, FORMAT_C, captured_at=CAPTURED)
    assert count(db, "SELECT count(*) FROM observations") == 0
    assert count(db, "SELECT count(*) FROM observation_state") == 0
    monkeypatch.setattr(bulk.BulkSaver, "_insert_new", real)
    assert import_dump(db, FORMAT_C, captured_at=CAPTURED).records == 87
    assert count(db, "SELECT count(*) FROM observations") == 87


def test_a_dry_run_of_a_format_c_dump_keeps_no_observation_and_the_import_after_it_all(db):
    from papershelf.importer.preview import Preview

    import_file(db, FORMAT_C, captured_at=CAPTURED, preview=Preview(lambda line: None))
    assert count(db, "SELECT count(*) FROM observations") == 0
    assert import_dump(db, FORMAT_C, captured_at=CAPTURED).records == 87
    assert count(db, "SELECT count(*) FROM observations") == 87


@pytest.mark.parametrize("index_every", [None, 300], ids=["at-the-end", "every-300-rows"])
def test_large_dump_in_many_batches_matches_one_by_one_semantics(db, tmp_path, monkeypatch,
                                                                 index_every):
    if index_every:  # full-text indexed while the import goes on, not only at its end
        monkeypatch.setattr(bulk, "INDEX_EVERY", index_every)
        monkeypatch.setattr(bulk, "INDEX_WHILE_READER_BEHIND", index_every)
    abstract = "A long abstract about graphs and their many properties. " * 5
    lines = []
    for number in range(1, 1301):
        # every 7th title repeats an earlier one, across batch boundaries too
        title = f"Paper number {number % 1000 if number % 7 == 0 else number}"
        lines += [title, "", abstract, ""]
    big = tmp_path / "big.txt"
    big.write_text("\n".join(lines), encoding="utf-8")
    report = import_dump(db, big, captured_at=CAPTURED)
    distinct = len({f"Paper number {n % 1000 if n % 7 == 0 else n}" for n in range(1, 1301)})
    assert report.records == 1300
    assert report.new == distinct == count(db, "SELECT count(*) FROM papers")
    assert count(db, "SELECT count(*) FROM papers_fts") == distinct
    db.execute("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')")


def test_captured_at_defaults_to_file_modification_date(db, tmp_path):
    copy = tmp_path / FORMAT_C.name
    shutil.copy(FORMAT_C, copy)
    stamp = 1_700_000_000  # 2023-11-14
    import os

    os.utime(copy, (stamp, stamp))
    import_dump(db, copy)
    assert count(db, "SELECT captured_at FROM captures") == "2023-11-14"
    published = count(
        db, "SELECT published FROM papers WHERE title LIKE 'Breaking Bad Tokens%'"
    )
    assert published == "2023-05-20"


def test_an_import_indexes_in_large_statements_and_in_smaller_ones_while_its_reader_is_behind(
        db, monkeypatch):
    """FTS5 indexing costs about a fifth more in statements of 10,000 rows than of 100,000;
    smaller statements are for the time the importer would otherwise wait (issue 18)."""
    monkeypatch.setattr(bulk, "INDEX_EVERY", 6)
    monkeypatch.setattr(bulk, "INDEX_WHILE_READER_BEHIND", 3)

    def indexed() -> int:
        return count(db, "SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'meshes'")

    with write(db) as tx, bulk.deferred_upkeep(tx.db.conn, drop_triggers=True) as upkeep:
        for n in range(4):
            save_paper(tx, Paper(title=f"Paper {n} on meshes"), rank=Rank.PAGE, hlc=tx.now())
        upkeep.index_when_due()
        assert indexed() == 0
        upkeep.index_when_due(reader_behind=True)
        assert indexed() == 4
        for n in range(4, 9):
            save_paper(tx, Paper(title=f"Paper {n} on meshes"), rank=Rank.PAGE, hlc=tx.now())
        upkeep.index_when_due()
        assert indexed() == 4
        save_paper(tx, Paper(title="Paper 9 on meshes"), rank=Rank.PAGE, hlc=tx.now())
        upkeep.index_when_due()
        assert indexed() == 10


def test_the_reader_says_when_the_importer_has_taken_every_batch_it_had_ready(monkeypatch):
    real = dump_reader.prepare

    def slowly(*args, **kwargs):  # the reader forked from this process reads at this pace
        time.sleep(0.01)
        return real(*args, **kwargs)

    monkeypatch.setattr(dump_reader, "prepare", slowly)
    batches = dump_reader.read_dump(FORMAT_B, CAPTURED, "hlc", batch_records=10)
    assert next(batches).reader_behind  # taken as it came: the next is 0.1 s away
    time.sleep(1.5)  # the reader sends the rest meanwhile
    assert not next(batches).reader_behind  # others are waiting behind it
    assert list(batches)[-1].last
