"""Importing other tools' exports into a real library file: merges, the reader's fields and
notes, provenance, re-imports, round trips, --dry-run, Zotero's local API, bad files."""

import importlib
import json
import shutil
import zipfile
import zlib
from datetime import date
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from helpers import capture, page
from papershelf.capture import CaptureRequest
from papershelf.cli import cli
from papershelf.importer import ImportRefused, import_file, import_payload
from papershelf.importer.zotero_api import ZoteroUnavailable, fetch_library
from papershelf.publish.bibtex import to_bibtex
from papershelf.publish.csl import to_csl
from papershelf.publish.library import load_papers
from papershelf.publish.ris import to_ris
from papershelf.records import Paper, Rank
from papershelf.store.captures import read_raw
from papershelf.store.db import open_writer
from papershelf.store.papers import edit_paper, save_paper
from papershelf.store.tx import write

IMPORTS = Path(__file__).parent / "fixtures" / "imports"
DUMPS = Path(__file__).parent / "fixtures" / "dumps"
CAPTURED = date(2025, 11, 22)
EXPORTS = ("bbt-collections-901.bib", "bbt-arxiv-preprint.bib", "bbt-vietnamese-977.bib",
           "rispy-example_full.ris", "bbt-dates-360.csl.json", "arxiv-snapshot-excerpt.jsonl",
           "hypothesis-wikipedia-export.json", "hypothesis-arxiv-export.json", "pocket-export.csv",
           "omnivore-export.zip")
# What BibTeX and CSL-JSON carry of a paper (the export writes these, the import reads them).
BIBTEX_FIELDS = ("title", "authors", "published", "arxiv_id", "primary_category", "doi", "url",
                 "abstract", "tags", "item_type")
CSL_FIELDS = ("title", "authors", "published", "arxiv_id", "doi", "url", "abstract", "tags", "item_type")
RIS_FIELDS = ("title", "authors", "published", "arxiv_id", "doi", "url", "abstract", "tags", "item_type",
              "venue")


def imported(db, name, **options):
    return import_file(db, IMPORTS / name, captured_at=CAPTURED, **options)


def rows(db, sql, params=()):
    return db.execute(sql, params).fetchall()


def state(db):
    """Everything an import may change."""
    return [rows(db, f"SELECT * FROM {table} ORDER BY 1, 2") for table in
            ("papers", "paper_state", "notes", "note_state", "captures", "paper_captures")]


def paper_with(db, column, value):
    found = rows(db, f"SELECT id, title, status, tags FROM papers WHERE {column} = ?", [value])
    assert len(found) == 1, found
    return found[0]


def capture_attention(db):
    return capture(db, CaptureRequest(capture_id="attention-page", url="https://arxiv.org/abs/1706.03762",
                                      html=page("arxiv_abs_1706.03762.html")))


@pytest.mark.parametrize("name", EXPORTS)
def test_every_export_imports_with_provenance_and_twice_changes_nothing(library, name):
    report = imported(library, name)
    assert report.records > 0 and report.new > 0 and not report.problems
    (file_name, records, raw_size), = rows(library, "SELECT file_name, records, raw_size FROM captures")
    assert (file_name, records) == (name, report.records)
    assert raw_size == (IMPORTS / name).stat().st_size
    assert read_raw(library, report.capture_id) == (IMPORTS / name).read_bytes()  # kept whole
    linked = rows(library, "SELECT count(DISTINCT paper_id) FROM paper_captures WHERE capture_id = ?",
                  [report.capture_id])[0][0]
    assert linked == report.new
    before = state(library)
    again = imported(library, name)
    assert again.already_imported and state(library) == before


def test_same_records_in_a_different_file_change_nothing(library, tmp_path):
    imported(library, "bbt-collections-901.bib")
    before = state(library)[:4]
    copy = tmp_path / "again.bib"
    copy.write_bytes((IMPORTS / "bbt-collections-901.bib").read_bytes() + b"\n% exported again\n")
    report = import_file(library, copy, captured_at=CAPTURED)
    assert (report.new, report.updated, report.notes) == (0, 0, 0)
    assert state(library)[:4] == before


def test_exports_merge_into_the_paper_captured_from_its_page(library):
    captured = capture_attention(library)
    pid = captured.paper_ids[0]
    for name in ("hypothesis-arxiv-export.json", "pocket-export.csv", "omnivore-export.zip"):
        report = imported(library, name)
        assert report.updated >= 1
    zotero = import_payload(library, "zotero", zotero_payload(), "zotero", captured=CAPTURED)
    assert (zotero.new, zotero.updated) == (19, 2)  # the preprint and Pocket's DOI paper merged
    assert paper_with(library, "arxiv_id", "1706.03762")[0] == pid  # one paper, the captured one
    title, authors = rows(library, "SELECT title, authors FROM papers WHERE id = ?", [pid])[0]
    assert title == "Attention Is All You Need" and len(json.loads(authors)) == 8  # the page's, kept
    notes = rows(library, "SELECT body, quote FROM notes WHERE paper_id = ? ORDER BY body, quote", [pid])
    assert ("The claim the paper starts from.", "The dominant sequence transduction models are based on "
            "complex recurrent or convolutional neural networks") in notes  # Hypothesis
    assert ("The core claim.", notes[-1][1]) in notes or any(b == "The core claim." for b, _ in notes)
    assert any(body.startswith("Read for the reading group.") for body, _ in notes)  # Zotero note
    tags = json.loads(paper_with(library, "id", pid)[3])
    assert {"transformers", "to-cite", "LoC"} <= set(tags)
    assert paper_with(library, "id", pid)[2] == "read"  # Pocket's and Omnivore's read state


def test_the_readers_newer_edit_is_never_overwritten_and_a_removed_tag_stays_removed(library):
    pid = capture_attention(library).paper_ids[0]
    imported(library, "pocket-export.csv")  # read, tags to-cite + transformers (2023)
    assert paper_with(library, "id", pid)[2] == "read"
    with write(library) as tx:  # the reader, afterwards: skipped, rated, no "to-cite" tag
        edit_paper(tx, pid, {"status": "skipped", "rating": 2}, tags=["transformers"])
    imported(library, "omnivore-export.zip")  # Archived (read) in 2023, labels to-cite + transformers
    _, _, status, tags = paper_with(library, "id", pid)
    assert (status, json.loads(tags)) == ("skipped", ["transformers"])
    assert rows(library, "SELECT rating FROM papers WHERE id = ?", [pid])[0][0] == 2


def test_a_paper_the_reader_deleted_is_not_brought_back_nor_its_notes(library):
    imported(library, "hypothesis-arxiv-export.json")
    pid = paper_with(library, "arxiv_id", "1706.03762")[0]
    note_id = rows(library, "SELECT id FROM notes WHERE paper_id = ?", [pid])[0][0]
    from papershelf.store.notes import delete_note
    from papershelf.store.papers import delete_paper

    with write(library) as tx:
        delete_note(tx, note_id)
        delete_paper(tx, pid)
    report = imported(library, "omnivore-export.zip")
    assert rows(library, "SELECT count(*) FROM papers WHERE arxiv_id = '1706.03762'")[0][0] == 0
    assert report.notes == 0


def carried(papers, fields):
    """What a format carries of each paper; the export writes an arXiv paper's abstract page
    as its url when it has none, so that is what a copy holds."""
    def value(paper, field):
        if field == "url" and not paper.get("url") and paper.get("arxiv_id"):
            return f"https://arxiv.org/abs/{paper['arxiv_id']}"
        return paper.get(field) or None

    return {p["id"]: {f: value(p, f) for f in fields} for p in papers}


def test_round_trip_bibtex_ris_and_csl_json_lose_nothing_and_add_nothing(tmp_path):
    source_path = tmp_path / "source.db"
    source = open_writer(source_path, create=True)
    for name in ("bbt-collections-901.bib", "bbt-arxiv-preprint.bib", "arxiv-snapshot-excerpt.jsonl",
                 "pocket-export.csv"):
        imported(source, name)
    capture_attention(source)
    capture(source, CaptureRequest(capture_id="kept-home", url="https://lab.example.org/", title="Home",
                                   html="<p>Welcome to the lab.</p>", as_web_page=True))
    papers = load_papers(source_path)
    assert [p["item_type"] for p in papers].count("web_page") == 1
    for fmt, text, fields in (
        ("bib", to_bibtex(papers), BIBTEX_FIELDS),
        ("json", json.dumps(to_csl(papers), ensure_ascii=False), CSL_FIELDS),
        ("ris", to_ris(papers), RIS_FIELDS),
    ):
        exported = tmp_path / f"library.{fmt}"
        exported.write_text(text, encoding="utf-8")
        fresh_path = tmp_path / f"fresh-{fmt}.db"
        fresh = open_writer(fresh_path, create=True)
        report = import_file(fresh, exported, captured_at=CAPTURED)
        fresh.close()
        assert (report.new, report.problems) == (len(papers), []), fmt
        # Same ids (the same identity keys), the same fields.
        assert carried(load_papers(fresh_path), fields) == carried(papers, fields), fmt
        again = import_file(source, exported, captured_at=CAPTURED)
        assert (again.new, again.problems) == (0, []), fmt  # nothing new in the same library
        assert carried(load_papers(source_path), fields) == carried(papers, fields), fmt
    source.close()


def test_a_paper_twice_in_one_file_keeps_its_fuller_record_in_either_order(tmp_path):
    full = ("@inproceedings{vaswani2017, title = {Attention Is All You Need}, eprint = {1706.03762},\n"
            "  author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki}, year = 2017, month = jun}\n")
    sparse = ("@misc{dup, title = {Attention Is All You Need}, author = {Ashish Vaswani},\n"
              "  eprint = {1706.03762}}\n")
    for name, text in (("full-first.bib", full + sparse), ("sparse-first.bib", sparse + full)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        db = open_writer(tmp_path / f"{name}.db", create=True)
        report = import_file(db, tmp_path / name, captured_at=CAPTURED)
        assert (report.new, report.problems) == (1, []), name
        assert rows(db, "SELECT authors, published FROM papers") == [
            ('["Ashish Vaswani","Noam Shazeer","Niki Parmar"]', "2017-06")], name
        db.close()


def test_dry_run_writes_nothing_and_says_what_would_happen(tmp_path):
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    capture_attention(db)
    db.close()
    before = db_path.read_bytes()
    result = CliRunner().invoke(cli, ["import", "--dry-run", "--db", str(db_path), "--captured-at",
                                      "2025-11-22", str(IMPORTS / "pocket-export.csv"),
                                      str(IMPORTS / "bbt-arxiv-preprint.bib")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any("pocket-export.csv:2: unchanged: already in the library as " in line
               and "(Attention Is All You Need)" in line for line in lines), lines
    assert any("pocket-export.csv:3: new: " in line and "arXiv:2505.14536" in line for line in lines)
    assert any("bbt-arxiv-preprint.bib:1: new: Higgs Physics beyond the Standard Model" in line
               for line in lines)
    assert lines[-1].startswith("dry run, nothing was written: 2 files, 5 records read, 4 papers new")
    assert db_path.read_bytes() == before  # byte for byte
    db = open_writer(db_path)
    assert rows(db, "SELECT count(*) FROM papers")[0][0] == 1
    assert rows(db, "SELECT count(*) FROM captures")[0][0] == 1
    db.close()


def test_dry_run_before_the_first_import_creates_no_library(tmp_path):
    db_path = tmp_path / "none-yet.db"
    result = CliRunner().invoke(cli, ["import", "--dry-run", "--db", str(db_path),
                                      str(IMPORTS / "arxiv-snapshot-excerpt.jsonl")])
    assert result.exit_code == 0, result.output
    assert "everything would be new" in result.stderr
    assert "created" not in result.stderr  # not the preview's own library in a temporary folder
    assert "2 papers new" in result.stdout and not db_path.exists()


def zotero_payload() -> bytes:
    return json.dumps({
        "collections": json.loads((IMPORTS / "zotero-api" / "collections.json").read_text()),
        "items": [*json.loads((IMPORTS / "zotero-api" / "items-page1.json").read_text()),
                  *json.loads((IMPORTS / "zotero-api" / "items-page2.json").read_text())],
    }).encode()


def serve_zotero(httpx_mock):
    base = "http://localhost:23119/api/users/0"
    collections = (IMPORTS / "zotero-api" / "collections.json").read_bytes()
    httpx_mock.add_response(url=f"{base}/collections?format=json&limit=100&start=0", content=collections,
                            headers={"Total-Results": "15"})
    for start, name in ((0, "items-page1.json"), (15, "items-page2.json")):
        httpx_mock.add_response(url=f"{base}/items?format=json&limit=100&start={start}",
                                content=(IMPORTS / "zotero-api" / name).read_bytes(),
                                headers={"Total-Results": "25"})


def test_zotero_local_api_pages_collections_notes_and_annotations(httpx_mock, tmp_path):
    serve_zotero(httpx_mock)
    db_path = tmp_path / "library.db"
    result = CliRunner().invoke(cli, ["import", "--from", "zotero", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "1 file, 21 records read, 21 papers new" in result.stdout
    assert "2 notes added" in result.stdout
    db = open_writer(db_path)
    pid, _, _, tags = paper_with(db, "arxiv_id", "1706.03762")
    assert "LoC" in json.loads(tags)
    assert rows(db, "SELECT count(*) FROM notes WHERE paper_id = ? AND quote IS NOT NULL", [pid])[0][0] == 1
    (kind,) = rows(db, "SELECT kind FROM captures")[0]
    assert kind == "zotero"
    db.close()


def test_zotero_not_running_or_local_api_off_is_one_line(httpx_mock, tmp_path):
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    with pytest.raises(ZoteroUnavailable, match="is Zotero running"):
        fetch_library()
    httpx_mock.add_response(status_code=403, text="Local API is not enabled")
    result = CliRunner().invoke(cli, ["import", "--from", "zotero", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Allow other applications" in result.stderr
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize(("name", "cut", "reason"), [
    ("bbt-dates-360.csl.json", 0.5, "not valid JSON"),
    ("hypothesis-wikipedia-export.json", 0.5, "not valid JSON"),
    ("omnivore-export.zip", 0.5, "not a readable zip archive"),
    ("zotero-endnote-xml-records.xml", 0.5, "not well-formed XML"),
])
def test_truncated_file_is_refused_and_nothing_of_it_stored(library, tmp_path, name, cut, reason):
    data = (IMPORTS / name).read_bytes()
    broken = tmp_path / name
    broken.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(ImportRefused) as refused:
        import_file(library, broken, captured_at=CAPTURED)
    assert reason in refused.value.reason or "cannot be read" in refused.value.reason
    assert rows(library, "SELECT count(*) FROM papers")[0][0] == 0
    assert rows(library, "SELECT count(*) FROM captures")[0][0] == 0


def test_a_malformed_json_export_is_refused_naming_the_line_and_column_of_its_fault(library,
                                                                                 tmp_path):
    """msgspec says where by byte ("(byte 1234)"): the refusal says line and column."""
    lines = (IMPORTS / "bbt-dates-360.csl.json").read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, 1) if line.startswith('    "title"'))
    lines[number - 1] = lines[number - 1].replace('"title":', '"title"')  # the colon dropped
    broken = tmp_path / "items.json"
    broken.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_file(library, broken, captured_at=CAPTURED)
    column = lines[number - 1].index('"title"') + len('"title"') + 2
    assert f"(line {number}, column {column})" in refused.value.reason
    assert "byte" not in refused.value.reason


def test_a_snapshot_whose_first_line_is_broken_skips_that_line_and_imports_the_rest(library,
                                                                                   tmp_path):
    """Regression: a first line cut short made the file no snapshot at all: read as CSL-JSON,
    refused whole ("not valid JSON"). A broken line inside says which column."""
    first, second = (IMPORTS / "arxiv-snapshot-excerpt.jsonl").read_text().splitlines()
    snapshot = tmp_path / "snapshot.jsonl"
    snapshot.write_text(f"{first[:150]}\n{second}\n{first.replace('{', '{]', 1)}\n")
    report = import_file(library, snapshot, captured_at=CAPTURED)
    assert report.format == "arxiv-snapshot" and report.records == 1
    assert [problem.line for problem in report.problems] == [1, 3]
    assert report.problems[1].message.endswith("(column 2)")


@pytest.mark.parametrize("name", [
    "bbt-arxiv-preprint.bib", "rispy-example_full.ris", "bbt-dates-360.csl.json",
    "hypothesis-arxiv-export.json", "pocket-export.csv", "arxiv-snapshot-excerpt.jsonl",
    "../dumps/000_286d48ef37147b1c.txt",
])
def test_a_byte_order_mark_before_an_export_changes_nothing_it_gives(tmp_path, name):
    """Regression: Windows tools start UTF-8 with a byte order mark; a BibTeX file then held
    "no records", CSL-JSON and Hypothesis exports were "not valid JSON" and a snapshot's
    first line was a broken record."""
    data = (IMPORTS / name).read_bytes()
    found = []
    for stem, content in (("plain", data), ("marked", b"\xef\xbb\xbf" + data)):
        path = tmp_path / f"{stem}-{Path(name).name}"
        path.write_bytes(content)
        db = open_writer(tmp_path / f"{stem}.db", create=True)
        report = import_file(db, path, captured_at=CAPTURED)
        found.append((report.format, report.records, len(report.problems),
                      rows(db, "SELECT id, title FROM papers ORDER BY id")))
        db.close()
    assert found[0] == found[1] and found[0][1] > 0


@pytest.mark.parametrize("pack", ["gzip", "bz2", "lzma", "zip"])
def test_a_compressed_snapshot_is_refused_saying_to_unpack_it(library, tmp_path, pack):
    """arXiv's snapshot is often downloaded compressed (Kaggle's is a zip). A compressed file
    was refused as "not a text file (it contains NUL bytes)", a zip as Omnivore's "no
    metadata_*.json in the archive"; now the refusal says what the file is and what to do."""
    inner = (IMPORTS / "arxiv-snapshot-excerpt.jsonl").read_bytes()
    packed = tmp_path / f"arxiv-metadata-oai-snapshot.json.{pack}"
    if pack == "zip":
        with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("arxiv-metadata-oai-snapshot.json", inner)
    else:
        packed.write_bytes(importlib.import_module(pack).compress(inner))
    with pytest.raises(ImportRefused) as refused:
        import_file(library, packed, captured_at=CAPTURED)
    reason = refused.value.reason
    says = {"gzip": "compressed (gzip)", "bz2": "compressed (bzip2)", "lzma": "compressed (xz)",
            "zip": "it holds arxiv-metadata-oai-snapshot.json"}[pack]
    assert says in reason and "unpack it and import the file" in reason, reason
    assert rows(library, "SELECT count(*) FROM captures")[0][0] == 0


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_export_with_a_byte_order_mark_imports_as_its_utf8_text_would(tmp_path, encoding):
    """Windows tools (Notepad's "Unicode", some EndNote exports) write UTF-16 with a BOM; it
    was refused as "not a text file (it contains NUL bytes)"."""
    text = (IMPORTS / "rispy-example_utf_chars.ris").read_text(encoding="utf-8")
    wide = tmp_path / "export.ris"
    wide.write_bytes(("\ufeff" + text).encode(encoding))
    assert wide.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    narrow = tmp_path / "narrow.ris"
    narrow.write_text(text, encoding="utf-8")
    found = {}
    for path in (wide, narrow):
        db = open_writer(tmp_path / f"{path.stem}.db", create=True)
        report = import_file(db, path, captured_at=CAPTURED)
        found[path.stem] = (report.format, report.records,
                            rows(db, "SELECT title, authors FROM papers ORDER BY title"))
        db.close()
    assert found["export"] == found["narrow"] and found["export"][1] > 0


def test_a_utf16_dump_or_an_export_that_only_starts_as_utf16_is_refused_saying_what_to_do(
        library, tmp_path):
    dump = tmp_path / "dump.txt"
    dump.write_bytes((DUMPS / "000_286d48ef37147b1c.txt").read_text(encoding="utf-8")
                     .encode("utf-16"))
    broken = tmp_path / "broken.bib"
    broken.write_bytes("@article{k, title={A title}}".encode("utf-16") + b"\x00\xd8")
    for path, says in ((dump, "UTF-16 text, and dump files are read as UTF-8"),
                       (broken, "not UTF-16 text, though it starts as UTF-16 does")):
        with pytest.raises(ImportRefused) as refused:
            import_file(library, path, captured_at=CAPTURED)
        assert says in refused.value.reason and "save it as UTF-8" in refused.value.reason
    assert rows(library, "SELECT count(*) FROM captures")[0][0] == 0


def test_truncated_bibtex_and_ris_keep_what_is_whole_and_name_the_cut_entry(library, tmp_path):
    bib = tmp_path / "cut.bib"
    text = (IMPORTS / "bbt-collections-901.bib").read_text(encoding="utf-8")
    bib.write_text(text[: text.index("@article{Bunge-1978-modelevolution") + 120], encoding="utf-8")
    report = import_file(library, bib, captured_at=CAPTURED)
    assert report.records == 8 and len(report.problems) == 1
    assert report.problems[0].line == 136
    ris = tmp_path / "cut.ris"
    ris.write_text((IMPORTS / "rispy-example_full.ris").read_text()[:-40], encoding="utf-8")
    report = import_file(library, ris, captured_at=CAPTURED)
    assert report.records == 1 and report.problems[0].line == 27


def test_bad_files_are_refused_with_one_line_naming_file_and_reason(tmp_path):
    latin1 = tmp_path / "latin1.bib"
    latin1.write_bytes("@article{x, title = {Syst\xe8mes}}\n".encode("latin-1"))
    only_comments = tmp_path / "empty.bib"
    only_comments.write_text("% nothing here\n@comment{just a comment}\n", encoding="utf-8")
    links = tmp_path / "links.csv"
    links.write_text("title,url,time_added,tags,status\nNews,https://example.com/a,1,,unread\n")
    result = CliRunner().invoke(cli, ["import", "--db", str(tmp_path / "l.db"), str(latin1),
                                      str(only_comments), str(links),
                                      str(IMPORTS / "bbt-arxiv-preprint.bib")])
    assert result.exit_code == 1
    refused = [line for line in result.stderr.splitlines() if "nothing from it was stored" in line]
    assert len(refused) == 3
    assert str(latin1) in refused[0] and "not UTF-8 text (invalid byte at offset 25, line 1)" in refused[0]
    assert str(only_comments) in refused[1] and "holds no records" in refused[1]
    assert "none of them to a paper" in refused[2]
    assert "4 files, 1 record read, 1 paper new" in result.stdout


def test_raw_payload_is_the_file_compressed(library):
    report = imported(library, "pocket-export.csv")
    chunks = rows(library, "SELECT data FROM capture_raw WHERE capture_id = ?", [report.capture_id])
    assert zlib.decompress(b"".join(c for (c,) in chunks)) == (IMPORTS / "pocket-export.csv").read_bytes()


def test_copy_of_snapshot_excerpt_is_one_line_per_paper(library, tmp_path):
    copy = tmp_path / "snapshot.json"
    shutil.copy(IMPORTS / "arxiv-snapshot-excerpt.jsonl", copy)
    report = import_file(library, copy, captured_at=CAPTURED)
    assert report.format == "arxiv-snapshot" and report.new == 2
    assert rows(library, "SELECT line FROM paper_captures ORDER BY line") == [(1,), (2,)]


def test_an_entry_with_nothing_to_know_it_by_is_skipped_and_the_rest_imports(tmp_path):
    # Regression: a title of "???" passed the parser and paper_id raised on it, a traceback.
    bib = tmp_path / "odd.bib"
    bib.write_text("@misc{odd, title = {???}}\n\n@misc{good, title = {A Good Title}}\n")
    db = open_writer(tmp_path / "library.db", create=True)
    try:
        report = import_file(db, bib, captured_at=CAPTURED)
        assert db.execute("SELECT title FROM papers").fetchall() == [("A Good Title",)]
    finally:
        db.close()
    assert report.records == 1 and [p.line for p in report.problems] == [1]


def test_a_zip_is_refused_from_its_directory_naming_a_member_too_big_to_read(library, tmp_path):
    """Regression (review): the zip was read whole to be refused (Kaggle's snapshot is 1.4 GB),
    and a member past the 64 MB an Omnivore file may be was not named."""
    from papershelf.importer.documents import MAX_ZIP_MEMBER

    packed = tmp_path / "arxiv.zip"
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive, \
            archive.open("arxiv-metadata-oai-snapshot.json", "w") as member:
        for _ in range(MAX_ZIP_MEMBER // (1 << 20) + 1):
            member.write(b"{}\n" * (1 << 18) + b" " * (1 << 18))
    with pytest.raises(ImportRefused) as refused:
        import_file(library, packed, captured_at=CAPTURED)
    assert "it holds arxiv-metadata-oai-snapshot.json" in refused.value.reason


def test_web_pages_import_by_their_address_and_export_to_csl_as_web_pages(tmp_path):
    # Regression: two Web Page items called "Home" imported as one record (known by the title).
    items = [{"id": f"home-{n}", "type": "webpage", "title": "Home", "URL": f"https://lab-{n}.example.org/"}
             for n in (1, 2)]
    source = tmp_path / "pages.json"
    source.write_text(json.dumps(items), encoding="utf-8")
    db = open_writer(tmp_path / "library.db", create=True)
    try:
        report = import_file(db, source, captured_at=CAPTURED)
        assert (report.new, report.problems) == (2, [])
        assert rows(db, "SELECT url, item_type FROM papers ORDER BY url") == [
            ("https://lab-1.example.org/", "web_page"), ("https://lab-2.example.org/", "web_page")]
    finally:
        db.close()
    papers = sorted(load_papers(tmp_path / "library.db"), key=lambda p: p["url"])
    exported = to_csl(papers)
    assert [(item["type"], item["URL"]) for item in exported] == [
        ("webpage", "https://lab-1.example.org/"), ("webpage", "https://lab-2.example.org/")]
    kept = [[int(part) for part in paper["created_at"][:10].split("-")] for paper in papers]
    assert [item["accessed"] for item in exported] == [{"date-parts": [day]} for day in kept]


def test_an_endnote_enw_file_imports_by_its_content(tmp_path):
    db_path = tmp_path / "library.db"
    enw = tmp_path / "citation.enw"
    shutil.copy(IMPORTS / "zotero-refer-cases.enw", enw)
    result = CliRunner().invoke(cli, ["import", "--db", str(db_path), str(enw)])
    assert result.exit_code == 0, result.output
    assert "4 records read, 4 papers new" in result.stdout
    db = open_writer(db_path)
    try:
        assert rows(db, "SELECT kind, records FROM captures") == [("endnote", 4)]
        assert rows(db, "SELECT title FROM papers WHERE doi = '10.3969/j.issn.1008-0821.2009.02.027'"
                    ) == [("参考文献管理工具研究",)]
        assert rows(db, "SELECT count(*) FROM notes") == [(1,)]
    finally:
        db.close()


def test_an_endnote_xml_export_imports_by_its_content(tmp_path):
    db_path = tmp_path / "library.db"
    export = tmp_path / "My EndNote Library.xml"
    shutil.copy(IMPORTS / "zotero-endnote-xml-records.xml", export)
    result = CliRunner().invoke(cli, ["import", "--db", str(db_path), str(export)])
    assert result.exit_code == 0, result.output
    assert "9 records read, 9 papers new" in result.stdout
    db = open_writer(db_path)
    try:
        assert rows(db, "SELECT kind, records FROM captures") == [("endnote-xml", 9)]
        assert rows(db, "SELECT item_type FROM papers WHERE title = 'CSL search by example'"
                    ) == [("web_page",)]
    finally:
        db.close()


def test_a_scopus_csv_export_imports_by_its_content(tmp_path):
    db_path = tmp_path / "library.db"
    export = tmp_path / "scopus.csv"
    shutil.copy(IMPORTS / "bibx-scopus-excerpt.csv", export)
    result = CliRunner().invoke(cli, ["import", "--db", str(db_path), str(export)])
    assert result.exit_code == 0, result.output
    assert "5 records read, 5 papers new" in result.stdout
    db = open_writer(db_path)
    try:
        assert rows(db, "SELECT kind, records FROM captures") == [("scopus-csv", 5)]
        assert rows(db, "SELECT authors_count FROM papers WHERE doi = '10.1039/d3cp05340g'") == [(8,)]
    finally:
        db.close()


def test_a_web_of_science_export_imports_by_its_content_and_merges_by_doi(tmp_path):
    db_path = tmp_path / "library.db"
    savedrecs = tmp_path / "savedrecs.txt"
    shutil.copy(IMPORTS / "bibx-wos-savedrecs-excerpt.txt", savedrecs)
    db = open_writer(db_path, create=True)
    with write(db) as tx:  # captured from the publisher's page before: its DOI, another title
        save_paper(tx, Paper(title="Structural control of ultra-fine CoPt nanodot arrays",
                             doi="10.1016/J.JMMM.2017.01.061"), rank=Rank.PAGE, hlc=tx.now())
    db.close()
    result = CliRunner().invoke(cli, ["import", "--db", str(db_path), str(savedrecs)])
    assert result.exit_code == 0, result.output
    assert "5 records read, 4 papers new, 1 paper updated" in result.stdout
    db = open_writer(db_path)
    try:
        assert rows(db, "SELECT kind, records FROM captures") == [("wos", 5)]
        assert rows(db, "SELECT count(*), max(published), max(authors_count) FROM papers "
                        "WHERE doi = '10.1016/j.jmmm.2017.01.061'") == [(1, "2017-05-15", 4)]
    finally:
        db.close()


def test_a_pubmed_nbib_file_imports_by_its_content_and_merges_by_doi(tmp_path):
    """PubMed's citation-manager file (.nbib: MEDLINE text) is read by what it holds, kept as
    a capture of its own kind, and a paper already in the library by its DOI is merged into."""
    db_path = tmp_path / "library.db"
    nbib = tmp_path / "pubmed-Casbon-set.nbib"
    shutil.copy(IMPORTS / "biopython-pubmed_result2.txt", nbib)
    db = open_writer(db_path, create=True)
    with write(db) as tx:
        save_paper(tx, Paper(title="A high-level interface to SCOP and ASTRAL",
                             doi="10.1186/1471-2105-7-10"), rank=Rank.PAGE, hlc=tx.now())
    db.close()
    result = CliRunner().invoke(cli, ["import", "--db", str(db_path), str(nbib)])
    assert result.exit_code == 0, result.output
    assert "4 records read, 3 papers new, 1 paper updated" in result.stdout
    db = open_writer(db_path)
    try:
        assert rows(db, "SELECT kind, records FROM captures") == [("medline", 4)]
        assert rows(db, "SELECT published, authors_count FROM papers "
                        "WHERE doi = '10.1186/1471-2105-7-10'") == [("2006-01-10", 3)]
    finally:
        db.close()


def test_a_bibtex_author_list_ending_and_others_says_more_authors_exist_and_exports_so(tmp_path):
    # Google Scholar's BibTeX cuts long author lists to "A and B and others": the import kept the
    # two names as if they were all (authors_count 2), and an export wrote "A and B".
    bib = tmp_path / "scholar.bib"
    bib.write_text("@article{devlin2018bert,\n  title={BERT: Pre-training of deep bidirectional "
                   "transformers for language understanding},\n  author={Devlin, Jacob and Chang, "
                   "Ming-Wei and others},\n  journal={arXiv preprint arXiv:1810.04805},\n  year={2018}\n}\n",
                   encoding="utf-8")
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    assert import_file(db, bib, captured_at=CAPTURED).new == 1
    db.close()
    [paper] = load_papers(db_path)
    assert paper["authors"] == ["Jacob Devlin", "Ming-Wei Chang"]
    assert paper["authors_count"] is None  # how many is not known
    assert "author = {Jacob Devlin and Ming-Wei Chang and others}" in to_bibtex([paper])
    listed = dict(paper, authors_count=2)  # a list known whole is exported whole
    assert "author = {Jacob Devlin and Ming-Wei Chang}" in to_bibtex([listed])
