"""Half a UTF-16 surrogate pair in a capture (papershelf/surrogates.py): a page can hold half
of an emoji a site cut in two, JSON.stringify writes it as an escape of its own, and msgspec
refused the whole body ("Input data was truncated"). Such a page is now captured, the half
read as U+FFFD as the browser shows it, on a thread and in a worker process alike, and the
payload it keeps reads again; and so are other tools' export files holding such a title or
quote."""

from __future__ import annotations

import json
import uuid
import zipfile
from datetime import date
from pathlib import Path

import msgspec
import pytest
from click.testing import CliRunner

from helpers import page
from papershelf.capture import INLINE_BELOW, CaptureRequest
from papershelf.cli import cli
from papershelf.importer import import_payload
from papershelf.store.captures import raw_chunks
from papershelf.store.db import open_reader, open_writer
from papershelf.surrogates import decode_mending, whole_surrogates


@pytest.mark.parametrize("body, read", [
    (b'{"a": "x\\ud83dy"}', "x\ufffdy"),  # a high half
    (b'{"a": "x\\udc00y"}', "x\ufffdy"),  # a low half
    (b'{"a": "x\\ud83d"}', "x\ufffd"),  # at the string's end
    (b'{"a": "x\\uD83Dy"}', "x\ufffdy"),  # upper-case hex
    (b'{"a": "\\ud83d\\ud83d\\ude00"}', "\ufffd\U0001f600"),  # a half, then a whole pair
    (b'{"a": "\\ude00\\ud83d"}', "\ufffd\ufffd"),  # a low before a high is no pair
    (b'{"a": "x\\\\\\ud83dy"}', "x\\\ufffdy"),  # an escaped backslash, then a half
])
def test_half_a_surrogate_pair_is_read_as_the_replacement_character(body, read):
    with pytest.raises(msgspec.DecodeError):
        msgspec.json.decode(body)
    decoded, mended = decode_mending(msgspec.json.decode, body)
    assert decoded == {"a": read} and mended == whole_surrogates(body)


@pytest.mark.parametrize("body", [
    b'{"a": "x\\ud83d\\ude00y"}',  # a whole pair
    b'{"a": "x\\\\ud83dy"}',  # an escaped backslash and the letters ud83d: no escape at all
    b'{"a": "plain"}',
])
def test_a_body_without_halves_is_read_as_it_is(body):
    assert whole_surrogates(body) is body
    decoded, mended = decode_mending(msgspec.json.decode, body)
    assert mended is body and decoded == json.loads(body)


@pytest.mark.parametrize("body", [b'{"a": "x"', b'{"a": "x\\ud83d"', b'{"a": 1}'])
def test_any_other_fault_is_still_msgspecs_error(body):
    with pytest.raises(msgspec.DecodeError):
        decode_mending(lambda raw: msgspec.json.decode(raw, type=dict[str, str]), body)


def cut_in_two(text: str) -> str:
    """`text` with half an emoji in it, as JSON.stringify writes it."""
    return text.replace("</title>", " \ud83d</title>", 1)


@pytest.mark.parametrize("big", [False, True], ids=["on a thread", "in a worker process"])
def test_a_page_holding_half_a_character_is_captured_and_its_payload_reads_again(api, big):
    html = cut_in_two(page("hf_paper_1810.04805.excerpt.html"))
    if not big:
        html = html[:INLINE_BELOW // 2]
    capture_id = uuid.uuid4().hex
    body = json.dumps({"capture_id": capture_id, "url": "https://huggingface.co/papers/1810.04805",
                       "html": html, "title": "BERT \ud83d"}).encode()
    assert b"\\ud83d" in body and (len(body) >= INLINE_BELOW) is big
    with api.client() as client:
        response = client.post("/api/captures", content=body,
                               headers={"Content-Type": "application/json"})
    assert response.status_code == 201, response.text
    assert [p["arxiv_id"] for p in response.json()["papers"]] == ["1810.04805"]
    db = open_reader(api.db_path)
    try:
        stored = msgspec.json.decode(b"".join(raw_chunks(db, capture_id)), type=CaptureRequest)
    finally:
        db.close()
    assert stored.title == "BERT \ufffd" and " \ufffd</title>" in stored.html


# An export file another tool wrote from page text: one title or quote holds half an emoji.
IMPORTS = Path(__file__).parent / "fixtures" / "imports"
HALF = "\\ud83d"  # as JSON writes it


def with_half(name: str, where: str) -> str:
    text = (IMPORTS / name).read_text(encoding="utf-8")
    assert text.count(where) >= 1
    return text.replace(where, where[:-1] + f" {HALF}" + where[-1], 1)


def arxiv_snapshot(folder: Path) -> Path:
    path = folder / "snapshot.jsonl"
    path.write_text(with_half("arxiv-snapshot-excerpt.jsonl",
                              '"Sparsity-certifying Graph Decompositions"'), encoding="utf-8")
    return path


def csl_json(folder: Path) -> Path:
    path = folder / "items.json"
    path.write_text(with_half("bbt-dates-360.csl.json",
                              '"EDTF date range, circa begin & end: 2011-05-25~/2012-06-26~"'),
                    encoding="utf-8")
    return path


def hypothesis_export(folder: Path) -> Path:
    path = folder / "hypothesis.json"
    path.write_text(with_half("hypothesis-arxiv-export.json", '"The claim the paper starts from."'),
                    encoding="utf-8")
    return path


def omnivore_export(folder: Path) -> Path:
    path = folder / "omnivore.zip"
    with zipfile.ZipFile(IMPORTS / "omnivore-export.zip") as source, \
            zipfile.ZipFile(path, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("metadata_"):
                data = data.replace(b'"[1706.03762] Attention Is All You Need"',
                                    b'"[1706.03762] Attention Is All You Need \\ud83d"', 1)
                assert HALF.encode() in data
            copy.writestr(name, data)
    return path


@pytest.mark.parametrize("export, stored, sql", [
    (arxiv_snapshot, "Sparsity-certifying Graph Decompositions \ufffd",
     "SELECT title FROM papers"),
    (csl_json, "2012-06-26~ \ufffd", "SELECT title FROM papers"),
    (hypothesis_export, "The claim the paper starts from. \ufffd", "SELECT body FROM notes"),
    (omnivore_export, "\ufffd", "SELECT title FROM papers"),
], ids=["arxiv-snapshot", "csl-json", "hypothesis", "omnivore"])
def test_an_export_holding_half_a_character_imports_whole(tmp_path, export, stored, sql):
    """Regression: msgspec refused the whole file ("not valid JSON (… utf-16 surrogate pair)";
    an arXiv snapshot's first line made it no snapshot at all), and nothing was imported."""
    path = export(tmp_path)
    db_path = tmp_path / "library.db"
    result = CliRunner().invoke(cli, ["import", "--db", str(db_path), str(path)])
    assert result.exit_code == 0, result.output
    assert "0 files refused" in result.output and "0 broken records" in result.output
    db = open_reader(db_path)
    try:
        found = [row[0] for row in db.execute(sql).fetchall()]
    finally:
        db.close()
    assert any(stored in (text or "") for text in found), found


def test_a_zotero_library_holding_half_a_character_imports_whole(tmp_path):
    items = [*json.loads((IMPORTS / "zotero-api" / "items-page1.json").read_text()),
             *json.loads((IMPORTS / "zotero-api" / "items-page2.json").read_text())]
    payload = json.dumps({"collections": json.loads((IMPORTS / "zotero-api" / "collections.json")
                                                    .read_text()), "items": items})
    payload = payload.replace('"Sherlock Holmes in Babylon"',
                              f'"Sherlock Holmes in Babylon {HALF}"', 1)
    db = open_writer(tmp_path / "library.db", create=True)
    try:
        report = import_payload(db, "zotero", payload.encode(), "zotero", captured=date(2026, 12, 2))
        titles = [row[0] for row in db.execute("SELECT title FROM papers").fetchall()]
    finally:
        db.close()
    assert report.new > 0 and "Sherlock Holmes in Babylon \ufffd" in titles
