"""`papershelf export` (BibTeX, RIS, CSL-JSON, Markdown) and `papershelf publish`, read back."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import bibtexparser
import msgspec
import pytest
import yaml

from helpers import create_token, run_cli
from papershelf.clock import format_hlc
from papershelf.normalise.formats.ris import parse_ris
from papershelf.normalise.names import display_name
from papershelf.publish.bibtex import citation_keys, escape, to_bibtex
from papershelf.publish.csl import name as csl_name
from papershelf.publish.csl import to_csl
from papershelf.publish.demo import build_demo_library
from papershelf.publish.library import paper_dict
from papershelf.publish.markdown_export import render, write_markdown
from papershelf.records import ImportedRecord
from papershelf.store.db import open_writer
from papershelf.store.papers import delete_paper
from papershelf.store.schema import PRIVATE_TABLES
from papershelf.store.tx import write
from papershelf.sync import server
from papershelf.sync.protocol import PROTOCOL, decode_result


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
    # Its notes in `annote`: the highlight with its quote and its link back to the passage.
    annote = attention["annote"]
    highlight = annote[annote.index("[highlight] "):].splitlines()
    assert highlight[1] == "“based solely on attention mechanisms”"
    assert highlight[2].startswith("https://arxiv.org/abs/1706.03762v7#:~:text=architecture%2C%20the")
    assert highlight[3] == "The **Transformer** drops recurrence entirely."
    assert annote.count("[note] ") == 1
    assert "annote" not in next(i for i in items if i["title"].startswith("Undated"))
    berg = next(i for i in items if i["id"] == "berg2024costs")
    assert berg["author"][0] == {"given": "Zoë", "family": "van der Berg"}
    undated = next(i for i in items if i["title"].startswith("Undated"))
    assert undated["issued"] == {"literal": "n.d."}


def test_export_ris_as_reference_managers_read_it(library, tmp_path):
    out = tmp_path / "library.ris"
    run_cli("export", "--format", "ris", "-o", str(out), db_path=library)
    text = out.read_text(encoding="utf-8")
    records = [r for r in parse_ris(text) if isinstance(r, ImportedRecord)]
    assert len(records) == 6 == text.count("\nER  - \n")
    attention = text[text.index("ID  - vaswani2017attention"):].split("ER  - ")[0].splitlines()
    assert attention[:3] == ["ID  - vaswani2017attention", "TI  - Attention Is All You Need",
                             "AU  - Vaswani, Ashish"]
    assert {"PY  - 2017", "DA  - 2017/06/12/", "UR  - https://arxiv.org/abs/1706.03762"} <= set(attention)
    berg = text[text.index("ID  - berg2024costs"):].split("ER  - ")[0].splitlines()
    assert [line for line in berg if line.startswith("AU")] == [
        "AU  - van der Berg, Zoë", "AU  - Smith, Jr., John"]
    # A value is one line however many its text had: no line of it can pass for a tag.
    assert all(re.match(r"[A-Z][A-Z0-9]  - |$", line) for line in text.splitlines())
    stdout = run_cli("export", "--format", "ris", "--tag", "nlp", db_path=library).stdout
    assert {r.key for r in parse_ris(stdout)} == {
        "vaswani2017attention", "devlin2018bert", "barzilay2002bootstrapping"}


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
    # A quoted note links to its passage on the page (a text fragment) and says its kind.
    assert ("[On the page](https://arxiv.org/abs/1706.03762v7#:~:text=architecture%2C%20the%20Transformer"
            "%2C-,based%20solely%20on%20attention%20mechanisms,-%2C%20dispensing%20with)") in body
    assert re.search(r"^### \d{4}-\d\d-\d\d \(\w+\) highlight$", body, re.M)
    assert "The **Transformer** drops recurrence entirely." in body
    odd = yaml.safe_load((folder / "berg2024costs.md").read_text().split("---\n")[1])
    assert odd["title"] == "Costs & Benefits of 100% {Braces}: $x_i^2$ ~ #1 \\ escapes"


def test_export_errors_are_one_line(library, tmp_path):
    result = run_cli("export", "--format", "markdown", db_path=library, check=False)
    assert result.returncode != 0 and "-o" in result.stderr
    result = run_cli("export", db_path=tmp_path / "missing.db", check=False)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1


def test_an_export_of_a_tag_no_paper_has_says_so_instead_of_writing_nothing(library, tmp_path):
    # A mistyped tag gave an empty file and exit 0; `papershelf recommend --tag` already said so.
    out = tmp_path / "thesis.bib"
    result = run_cli("export", "--tag", "thesis-typo", "-o", str(out), db_path=library, check=False)
    assert (result.returncode, result.stderr.strip()) == (1, "papershelf: no paper is tagged 'thesis-typo'")
    assert not out.exists()


def test_an_export_or_a_copy_that_cannot_be_written_is_one_line_not_a_traceback(library, tmp_path):
    """A folder that does not exist, a folder given for a file, a file given for a folder:
    each printed Python's traceback (FileNotFoundError, IsADirectoryError, sqlite3's
    "unable to open database file") instead of saying what to fix."""
    (tmp_path / "a-file.txt").write_text("x")
    for args in (("export", "-o", str(tmp_path / "missing" / "library.bib")),
                 ("export", "--format", "csl-json", "-o", str(tmp_path)),
                 ("export", "--format", "markdown", "-o", str(tmp_path / "a-file.txt" / "notes")),
                 ("publish", str(tmp_path / "missing" / "public.db"))):
        result = run_cli(*args, db_path=library, check=False)
        assert result.returncode == 1, args
        assert "Traceback" not in result.stderr, args
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("papershelf: ") and str(tmp_path) in line, (args, line)


def test_a_title_of_one_long_word_gives_a_short_key_and_a_file_it_can_write(tmp_path):
    # A web page kept by its address as its title, a record's fields run together: the key (and
    # the Markdown export's file name) was the whole word, past what a file system allows.
    papers = [{"id": "0123456789abcdef", "title": "https://example.org/" + "a/" * 200,
               "authors": ["Given " + "Surname" * 50], "published": "2020"},
              {"id": "fedcba9876543210", "title": "x" * 3000}]
    keys = citation_keys(papers)
    assert max(map(len, keys.values())) <= 60, keys
    assert write_markdown(papers, {}, tmp_path) == 2
    assert sorted(path.stem for path in tmp_path.glob("*.md")) == sorted(keys.values())


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


def test_a_deleted_papers_notes_captures_and_observations_stay_out_of_the_public_copy(tmp_path):
    # Kept for a restore, they were published with --with-notes: the note under the paper's
    # bare id, the page it was saved from, what the page said of it.
    source = tmp_path / "library.db"
    build_demo_library(source)
    with sqlite3.connect(source) as conn:  # a paper with a note and a page of its own
        gone, body, url = conn.execute(
            "SELECT n.paper_id, n.body, c.url FROM notes n JOIN paper_captures pc ON "
            "pc.paper_id = n.paper_id JOIN captures c ON c.id = pc.capture_id WHERE NOT EXISTS "
            "(SELECT 1 FROM paper_captures o WHERE o.capture_id = c.id AND o.paper_id != n.paper_id) "
            "ORDER BY n.id LIMIT 1").fetchone()
    db = open_writer(source)
    with write(db) as tx:
        delete_paper(tx, gone)
    db.close()
    out = tmp_path / "public.db"
    run_cli("publish", str(out), "--with-notes", "--with-observations", db_path=source)
    with sqlite3.connect(out) as conn:
        for table in ("notes", "paper_captures", "observations", "paper_aliases"):
            held = conn.execute(f"SELECT count(*) FROM {table} WHERE paper_id = ?", [gone]).fetchone()
            assert held == (0,), table
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] > 0
        published = {u for (u,) in conn.execute("SELECT url FROM captures")}
    assert url not in published
    assert body.encode()[:30] not in out.read_bytes()


# ---- hostile values (from a page or a peer's sync change) cannot break out of a field ----

HOSTILE = (
    "x}, title = {INJECTED}, note = {",
    "x}}\n@misc{injected, title = {INJECTED}}\n@misc{rest, note = {",
    "\\}, title = {INJECTED",
    "2020}, title = {INJECTED}",
    "2020},t={}}",
    "}{",
    "%\n@comment{INJECTED",
    '", title = "INJECTED',
)
SANE = {
    "id": "0123456789abcdef", "title": "A Fine Title", "authors": ["Ada Lovelace"],
    "published": "2020-01-02", "arxiv_id": "2001.00001", "primary_category": "cs.CL",
    "doi": "10.1000/x", "url": "https://x.org/a", "abstract": "Some words.", "tags": ["t"],
}
FIELDS = {"title", "author", "year", "date", "eprint", "archiveprefix", "primaryclass", "doi",
          "url", "abstract", "keywords"}


def only_entry(text: str):
    parsed = bibtexparser.parse_string(text)
    assert not parsed.failed_blocks, text
    assert len(parsed.blocks) == 1 and len(parsed.entries) == 1, text
    return parsed.entries[0]


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("column", sorted(SANE))
def test_a_hostile_value_in_any_column_stays_inside_its_bibtex_field(column, hostile):
    paper = {**SANE, column: [hostile] if column in ("authors", "tags") else hostile}
    text = to_bibtex([paper])
    entry = only_entry(text)
    names = [field.key.lower() for field in entry.fields]
    assert len(names) == len(set(names)) and set(names) <= FIELDS, text
    if column != "title":
        assert entry.fields_dict["title"].value == "A Fine Title", text
    assert all("INJECTED" not in name.upper() for name in names)


def test_hostile_values_pushed_by_a_peer_export_as_one_sound_entry(tmp_path):
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    clock = f"2:{format_hlc(1_700_000_000_000, 0, 'feedfacefeedface')}"
    values = {"title": "Pushed", "primary_category": HOSTILE[0], "published": HOSTILE[4],
              "arxiv_id": "2001.00001", "doi": HOSTILE[1], "url": HOSTILE[6],
              "authors": [HOSTILE[2]], "abstract": HOSTILE[3]}
    change = {"type": "paper", "id": "0" * 16, "version": 1, "values": values,
              "clocks": dict.fromkeys(values, clock)}
    body = msgspec.json.encode({"protocol": PROTOCOL, "machine": "feedfacefeedface",
                                "changes": [change]})
    try:
        assert decode_result(server.accept_push(db, body)).results[0].status == "new"
    finally:
        db.close()
    entry = only_entry(run_cli("export", "--format", "bibtex", db_path=path).stdout)
    fields = {field.key.lower(): field.value for field in entry.fields}
    assert set(fields) <= FIELDS and fields["title"] == "Pushed"
    assert fields["primaryclass"].startswith("x\\textbraceright{}, title = ")


def test_hostile_ids_sharing_a_key_give_sound_distinct_keys():
    base = {"title": "Same Title", "authors": ["Ada Lovelace"], "published": "2020-01-01"}
    ids = ["0}, title = {INJECTED", "0{x", "a}", "a{", "0123456789abcdef"]
    papers = [{**base, "id": pid} for pid in ids]
    keys = citation_keys(papers)
    assert len(set(keys.values())) == len(ids)
    assert all(re.fullmatch(r"[0-9a-z]+", key) for key in keys.values()), keys
    assert keys["0123456789abcdef"] == "lovelace2020same0123"
    parsed = bibtexparser.parse_string(to_bibtex(papers))
    assert not parsed.failed_blocks and len(parsed.entries) == len(ids)


def test_exports_take_any_row_a_datasette_query_hands_them():
    rows = [
        {"id": None, "title": None, "authors": 3, "published": 2020, "tags": 7},
        {"id": 12, "title": 5, "authors": '["Ada Lovelace", 1]', "published": None, "tags": '"x"',
         "arxiv_id": 1706.03762},
        {"id": "c", "title": "Fine", "authors": "not json", "tags": "[1, 2]", "doi": 10},
    ]
    papers = [paper_dict(row) for row in rows]
    assert [p["authors"] for p in papers] == [None, ["Ada Lovelace"], ["not json"]]
    assert [p["tags"] for p in papers] == [[], ["x"], []]
    parsed = bibtexparser.parse_string(to_bibtex(papers))
    assert not parsed.failed_blocks and len(parsed.entries) == 3
    assert [item["title"] for item in to_csl(papers)] == ["", "5", "Fine"]
    for paper in papers:
        assert render(paper, "key", []).startswith("---\ncitekey: key\n")


@pytest.mark.parametrize("written", ["ter Haar, Vincent", "van der Ploeg, Atze", "al Hashimi, Ahmed",
                                     "dos Santos, Maria"])
def test_a_family_name_read_with_its_particles_is_the_family_name_csl_writes(written):
    """One list of name particles: a name a page writes family first, with its particles,
    comes back as that family name in CSL-JSON (the list was once kept twice, and the
    copies differed)."""
    family, _, given = written.partition(", ")
    shown = display_name(written)
    assert shown == f"{given} {family}"
    assert csl_name(shown) == {"given": given, "family": family}


def test_an_organisation_and_a_suffixed_name_export_as_other_tools_read_them():
    """BibTeX read "World Health Organization" as given names World Health, family name
    Organization, and "John Doe Jr." as a person whose family name is "Jr."; CSL-JSON split
    them the same way. An organisation is one literal name; a suffix is the name's suffix."""
    authors = ["World Health Organization", "John Doe Jr.", "Jan van der Berg", "Ashish Vaswani",
               "HOPE Project Consortium"]
    paper = {"id": "0123456789abcdef", "title": "Names", "authors": authors, "published": "2020"}
    field = next(line for line in to_bibtex([paper]).splitlines() if "author =" in line)
    assert field == ("  author = {{World Health Organization} and Doe, Jr., John and Jan van der Berg"
                     " and Ashish Vaswani and {HOPE Project Consortium}},")
    parsed = bibtexparser.parse_string(to_bibtex([paper]))  # as another tool splits them
    names = bibtexparser.middlewares.SplitNameParts().transform(
        bibtexparser.middlewares.SeparateCoAuthors().transform(parsed)).entries[0]["author"]
    assert [(n.last, n.jr) for n in names][:2] == [(["{World Health Organization}"], []), (["Doe"], ["Jr."])]
    assert [csl_name(name) for name in authors] == [
        {"literal": "World Health Organization"},
        {"given": "John", "family": "Doe", "suffix": "Jr."},
        {"given": "Jan", "family": "van der Berg"},
        {"given": "Ashish", "family": "Vaswani"},
        {"literal": "HOPE Project Consortium"},
    ]
    # and papershelf reads its own export back to the same names
    assert by_key_authors(to_bibtex([paper])) == authors


def by_key_authors(bib: str) -> list[str]:
    from papershelf.normalise.formats.bibtex import parse_bibtex

    (record,) = list(parse_bibtex(bib))
    return record.paper.authors


def test_a_venue_exports_as_the_journal_or_the_proceedings_and_reads_back():
    journal = {"id": "0123456789abcdef", "title": "A Study", "authors": ["Ann Smith"], "published": "2020",
               "venue": "Journal of Studies & Things", "doi": "10.1234/a"}
    meeting = {"id": "fedcba9876543210", "title": "A Talk", "authors": ["Bo Li"], "published": "2021",
               "venue": "Proceedings of the 2021 Conference on Things", "arxiv_id": "2101.00001"}
    entries = bib_entries(to_bibtex([journal, meeting]))
    by_title = {fields["title"]: fields for fields in entries.values()}
    assert by_title["A Study"]["journal"] == r"Journal of Studies \& Things"
    assert by_title["A Talk"]["booktitle"] == "Proceedings of the 2021 Conference on Things"
    assert re.findall(r"^@(\w+)", to_bibtex([journal, meeting]), re.MULTILINE) == ["article", "inproceedings"]
    csl = to_csl([journal, meeting])
    assert [(item["type"], item["container-title"]) for item in csl] == [
        ("article-journal", "Journal of Studies & Things"),
        ("paper-conference", "Proceedings of the 2021 Conference on Things")]
    from papershelf.normalise.formats.bibtex import parse_bibtex
    from papershelf.normalise.formats.csl import parse_csl

    assert [r.paper.venue for r in parse_bibtex(to_bibtex([journal, meeting]))] == [
        journal["venue"], meeting["venue"]]
    assert [r.paper.venue for r in parse_csl(json.dumps(csl))] == [journal["venue"], meeting["venue"]]
