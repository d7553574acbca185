"""`papershelf export` (BibTeX, CSL-JSON, Markdown) and `papershelf publish`, read back."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import bibtexparser
import pytest
import yaml

from helpers import create_token, run_cli
from papershelf.publish.bibtex import citation_keys, escape
from papershelf.publish.demo import build_demo_library
from papershelf.store.schema import PRIVATE_TABLES


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    db_path = tmp_path_factory.mktemp("export") / "library.db"
    build_demo_library(db_path)
    create_token(db_path, "secret-holder")
    return db_path


def bib_entries(text: str) -> dict:
    parsed = bibtexparser.parse_string(text)
    assert not parsed.failed_blocks
    return {e.key: {f.key.lower(): f.value for f in e.fields} for e in parsed.entries}


def test_export_bibtex_whole_library_and_filters(library, tmp_path):
    out = tmp_path / "library.bib"
    run_cli("export", "--format", "bibtex", "-o", str(out), db_path=library)
    entries = bib_entries(out.read_text(encoding="utf-8"))
    assert len(entries) == 6
    assert entries["vaswani2017attention"]["eprint"] == "1706.03762"
    assert entries["maldacena1997large"]["primaryclass"] == "hep-th"
    assert entries["berg2024costs"]["author"] == "Zoë van der Berg and {Smith, Jr., John}"
    stdout = run_cli("export", "--tag", "nlp", db_path=library).stdout
    assert set(bib_entries(stdout)) == {
        "vaswani2017attention", "devlin2018bert", "barzilay2002bootstrapping"}
    stdout = run_cli("export", "--status", "reading", db_path=library).stdout
    assert set(bib_entries(stdout)) == {"devlin2018bert"}


def test_export_csl_json(library, tmp_path):
    out = tmp_path / "library.json"
    run_cli("export", "--format", "csl-json", "-o", str(out), db_path=library)
    items = json.loads(out.read_text(encoding="utf-8"))
    assert len(items) == 6
    for item in items:
        assert {"id", "type", "title", "author", "issued"} <= set(item), item
        assert isinstance(item["author"], list)
    attention = next(i for i in items if i["id"] == "vaswani2017attention")
    assert attention["author"][0] == {"given": "Ashish", "family": "Vaswani"}
    assert attention["issued"] == {"date-parts": [[2017, 6, 12]]}
    assert attention["number"] == "arXiv:1706.03762"
    berg = next(i for i in items if i["id"] == "berg2024costs")
    assert berg["author"][0] == {"given": "Zoë", "family": "van der Berg"}
    undated = next(i for i in items if i["title"].startswith("Undated"))
    assert undated["issued"] == {"literal": "n.d."}


def test_export_markdown_folder(library, tmp_path):
    folder = tmp_path / "notes"
    run_cli("export", "--format", "markdown", "-o", str(folder), db_path=library)
    files = sorted(folder.glob("*.md"))
    assert len(files) == 6
    text = (folder / "vaswani2017attention.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    assert meta["title"] == "Attention Is All You Need" and meta["rating"] == 5
    assert meta["tags"] == ["classic", "nlp", "transformers"]
    assert meta["published"] == "2017-06-12"  # a string, not a YAML date
    assert "## Notes" in body and "> based solely on attention mechanisms" in body
    assert "The **Transformer** drops recurrence entirely." in body
    odd = yaml.safe_load((folder / "berg2024costs.md").read_text().split("---\n")[1])
    assert odd["title"] == "Costs & Benefits of 100% {Braces}: $x_i^2$ ~ #1 \\ escapes"


def test_export_errors_are_one_line(library, tmp_path):
    result = run_cli("export", "--format", "markdown", db_path=library, check=False)
    assert result.returncode != 0 and "-o" in result.stderr
    result = run_cli("export", db_path=tmp_path / "missing.db", check=False)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1


def test_citation_keys_and_escaping():
    papers = [
        {"id": "aaaa1111", "title": "On Attention", "authors": ["Ada Lovelace"],
         "published": "2020-01-01"},
        {"id": "bbbb2222", "title": "Attention again", "authors": ["Ada Lovelace"],
         "published": "2020-05-01"},
        {"id": "cccc3333", "title": "Ölçek", "authors": ["Ümit Çelik"], "published": None},
    ]
    keys = citation_keys(papers)
    assert keys == {"aaaa1111": "lovelace2020attentionaaaa",
                    "bbbb2222": "lovelace2020attentionbbbb", "cccc3333": "celikndolcek"}
    assert citation_keys(papers[2:]) == {"cccc3333": "celikndolcek"}  # not order-dependent
    assert escape("50% of {a} & b_c") == r"50\% of \textbraceleft{}a\textbraceright{} \& b\_c"


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("select name from sqlite_master where type = 'table'")
        return {name for (name,) in rows}


def test_publish_leaves_out_private_data(library, tmp_path):
    out = tmp_path / "public.db"
    result = run_cli("publish", str(out), db_path=library)
    assert "6 papers" in result.stdout
    names = tables(out)
    assert {"papers", "papers_fts", "captures", "paper_captures", "paper_aliases"} <= names
    assert not names & {*PRIVATE_TABLES, "notes", "notes_fts", "_sqlite_migrations"}
    # Not in the file at all, not even in free pages.
    with sqlite3.connect(library) as conn:
        secrets = [h for (h,) in conn.execute("select token_hash from tokens")]
        secrets += [v for (v,) in conn.execute("select value from meta where key = 'machine_id'")]
        note = conn.execute("select body from notes limit 1").fetchone()[0]
    raw = out.read_bytes()
    assert secrets and not any(s.encode() in raw for s in secrets)
    assert note.encode()[:30] not in raw
    with sqlite3.connect(out) as conn:  # FTS rebuilt
        hits = conn.execute("select rowid from papers_fts where papers_fts match 'supergravity'")
        assert len(hits.fetchall()) == 1
    # Refuses to overwrite without --force.
    assert run_cli("publish", str(out), db_path=library, check=False).returncode != 0
    run_cli("publish", str(out), "--force", db_path=library)


def test_publish_with_notes_opens_in_plain_datasette(library, tmp_path):
    out = tmp_path / "public.db"
    run_cli("publish", str(out), "--with-notes", db_path=library)
    assert {"notes", "notes_fts"} <= tables(out)
    datasette = Path(sys.executable).with_name("datasette")
    for path, check in [
        ("/public/papers.json?_search=supergravity&_shape=array",
         lambda rows: [r["arxiv_id"] for r in rows] == ["hep-th/9711200"]),
        ("/public/notes.json?_search=recurrence&_shape=array", lambda rows: len(rows) == 1),
    ]:
        result = subprocess.run([str(datasette), str(out), "--get", path],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert check(json.loads(result.stdout)), result.stdout
