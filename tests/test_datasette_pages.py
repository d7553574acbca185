"""Datasette under /data/ of a real `papershelf serve`: search, facets, canned queries,
links, the row page with notes, the .bib renderer, and private tables kept private."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import bibtexparser
import httpx
import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from helpers import running_server
from papershelf.normalise.formats.ris import parse_ris
from papershelf.publish.datasette_app import build_datasette
from papershelf.publish.demo import build_demo_library
from papershelf.records import ImportedRecord
from papershelf.store.db import READER_MMAP_BYTES, open_reader
from papershelf.store.library import Library
from papershelf.store.schema import PRIVATE_TABLES

ATTENTION, BERT, MALDACENA, BARZILAY, SPECIALS, UNDATED = range(6)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("datasette") / "library.db"
    ids = build_demo_library(db_path)
    with running_server(db_path, args=()) as server, httpx.Client(
        base_url=server.base_url, timeout=30
    ) as client:
        yield client, ids, server


def get_json(client: httpx.Client, path: str, **params) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def row_ids(data: dict) -> set[str]:
    return {row["id"] for row in data["rows"]}


def test_root_takes_people_to_the_overview(served):
    client, _, _ = served
    response = client.get("/")
    assert response.status_code in (301, 302, 307, 308)
    assert urlsplit(response.headers["location"]).path == "/data/"
    page = client.get("/data/")
    assert page.status_code == 200 and "6</strong> papers" in page.text
    assert client.get("/data/library/papers").status_code == 200
    assert client.get("/data/.json").json()["library"]["tables_count"] >= 4  # Datasette's own


def test_search_papers_and_notes(served):
    client, ids, _ = served
    data = get_json(client, "/data/library/papers.json", _search="bidirectional transformers",
                    _shape="objects")
    assert row_ids(data) == {ids[BERT]}
    data = get_json(client, "/data/library/papers.json", _search="attention", _shape="objects")
    assert row_ids(data) == {ids[ATTENTION]}
    data = get_json(client, "/data/library/papers.json", _search="supergravity", _shape="objects")
    assert row_ids(data) == {ids[MALDACENA]}
    # An FTS syntax character in what a person types is not an error.
    assert get_json(client, "/data/library/papers.json", _search='"attention')["rows"]
    notes = get_json(client, "/data/library/notes.json", _search="recurrence", _shape="objects")
    assert [row["paper_id"] for row in notes["rows"]] == [ids[ATTENTION]]


def facet_counts(data: dict, name: str) -> dict:
    return {str(v["value"]): v["count"] for v in data["facet_results"][name]["results"]}


def test_facets_tags_status_rating_year(served):
    client, ids, _ = served
    data = get_json(client, "/data/library/papers.json", _facet_array="tags")
    assert facet_counts(data, "tags") == {
        "nlp": 3, "transformers": 2, "classic": 1, "physics": 1, "misc": 1}
    assert facet_counts(data, "status") == {"unread": 3, "read": 1, "reading": 1, "skipped": 1}
    assert facet_counts(data, "rating") == {"4": 2, "5": 1}
    assert facet_counts(data, "published") == {
        "2024": 1, "2018": 1, "2017": 1, "2002": 1, "1997": 1}
    # Every toggle stays under /data/ (0.65's array facet forgets base_url on its own).
    for name in ("tags", "status", "rating", "published"):
        for value in data["facet_results"][name]["results"]:
            assert urlsplit(value["toggle_url"]).path.startswith("/data/library/papers"), value
    year = next(v for v in data["facet_results"]["published"]["results"] if v["value"] == "2017")
    toggled = client.get(urlsplit(year["toggle_url"])._replace(scheme="", netloc="").geturl(),
                         headers={"accept": "text/html"})
    assert toggled.status_code == 200 and "Attention Is All You Need" in toggled.text
    filtered = get_json(client, "/data/library/papers.json", published__startswith="2017",
                        tags__arraycontains="nlp", _shape="objects")
    assert row_ids(filtered) == {ids[ATTENTION]}


def test_a_configured_facet_with_no_values_is_not_shown_and_one_the_reader_asked_for_is(served):
    """The papers table configures Hugging Face's facets (organization, linked models); a library
    without that data showed "organization 0" and "linked_models_count 0" boxes on every page.
    A facet the reader adds is shown even when empty, with its cross to take it away. The JSON
    keeps every facet."""
    client, _, _ = served
    response = client.get("/data/library/papers", params={"_facet": "daily_submitted_by"})
    assert response.status_code == 200
    shown = {node.attributes["data-column"]
             for node in HTMLParser(response.text).css("div.facet-info")}
    assert {"status", "tags", "published", "daily_submitted_by"} <= shown
    assert not shown & {"organization", "linked_models_count"}
    data = get_json(client, "/data/library/papers.json")
    assert data["facet_results"]["organization"]["results"] == []


def test_search_is_faceted_without_suggestions(served):
    client, _, _ = served
    data = get_json(client, "/data/library/papers.json", _search="language")
    assert data["suggested_facets"] == []
    assert facet_counts(data, "status") == {"reading": 1}
    assert facet_counts(data, "tags") == {"nlp": 1, "transformers": 1}


@pytest.mark.parametrize(("query", "params", "expected"), [
    ("papers_to_read", {}, [BERT, MALDACENA, BARZILAY, UNDATED]),
    ("top_rated", {}, [ATTENTION, BERT, MALDACENA]),
    ("papers_with_code", {}, [BERT, ATTENTION]),
    ("search_papers", {"q": "attention transformer"}, [ATTENTION]),
])
def test_canned_paper_queries(served, query, params, expected):
    client, ids, _ = served
    data = get_json(client, f"/data/library/{query}.json", _shape="objects", **params)
    got = [row["id"] for row in data["rows"]]
    if query == "top_rated":  # rating desc, then most recently edited: compare as groups
        assert got[0] == ids[ATTENTION] and set(got[1:]) == {ids[BERT], ids[MALDACENA]}
    else:
        assert got == [ids[i] for i in expected]


def test_canned_queries_on_notes_and_captures(served):
    client, ids, _ = served
    notes = get_json(client, "/data/library/notes_with_papers.json", _shape="objects")["rows"]
    assert len(notes) == 3 and {n["paper_id"] for n in notes} == {ids[ATTENTION], ids[BERT]}
    assert all(n["title"] for n in notes)
    found = get_json(client, "/data/library/search_notes.json", q="sqrt", _shape="objects")
    assert [n["paper_id"] for n in found["rows"]] == [ids[ATTENTION]]
    captures = get_json(client, "/data/library/recent_captures.json", _shape="objects")["rows"]
    assert captures[0]["paper_id"] == ids[ATTENTION]
    assert captures[0]["title"] == "Attention Is All You Need"
    for query in ("papers_to_read", "top_rated", "recent_captures", "notes_with_papers",
                  "papers_with_code", "search_papers", "search_notes"):
        assert client.get(f"/data/library/{query}").status_code == 200, query


def test_links_and_escaping_on_the_papers_page(served):
    client, _, _ = served
    html = client.get("/data/library/papers").text
    for href in ("https://arxiv.org/abs/1706.03762", "https://arxiv.org/abs/hep-th/9711200",
                 "https://doi.org/10.3115/1118693.1118697",
                 "https://github.com/tensorflow/tensor2tensor", "https://example.org/project",
                 "/data/library/papers?tags__arraycontains=nlp"):
        assert f'href="{href}"' in html, href
    # Captured titles and abstracts are untrusted text: shown, never interpreted.
    assert "Undated Notes on &lt;b&gt;Markup&lt;/b&gt; in Titles" in html
    assert "<script>alert(" not in html


def test_row_page_lists_the_papers_notes(served):
    client, ids, _ = served
    html = client.get(f"/data/library/papers/{ids[ATTENTION]}").text
    assert "Notes (2)" in html
    assert "<strong>Transformer</strong>" in html  # Markdown rendered
    assert '<blockquote class="papershelf-quote" dir="auto">based solely on attention mechanisms' in html
    # The highlight links back to its passage on the page, with a text fragment.
    assert ('class="papershelf-quote-link" href="https://arxiv.org/abs/1706.03762v7#:~:text='
            'architecture%2C%20the%20Transformer%2C-,based%20solely%20on%20attention%20mechanisms,'
            '-%2C%20dispensing%20with"') in html
    assert 'data-kind="highlight"' in html
    assert "Notes (0)" in client.get(f"/data/library/papers/{ids[UNDATED]}").text


def test_notes_are_faceted_by_kind(served):
    client, _, _ = served
    data = get_json(client, "/data/library/notes.json", _facet="kind")
    assert facet_counts(data, "kind") == {"highlight": 1, "note": 2}


def parse_bib(text: str) -> dict[str, dict]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    return {e.key: {f.key.lower(): f.value for f in e.fields} | {"type": e.entry_type}
            for e in library.entries}


def test_bib_renderer_for_tables_and_queries(served):
    client, _, _ = served
    response = client.get("/data/library/papers.bib", follow_redirects=True)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-bibtex")
    entries = parse_bib(response.text)
    assert len(entries) == 6
    attention = entries["vaswani2017attention"]
    assert (attention["eprint"], attention["archiveprefix"]) == ("1706.03762", "arXiv")
    assert attention["primaryclass"] == "cs.CL"
    assert attention["author"].startswith("Ashish Vaswani and Noam Shazeer")
    assert entries["maldacena1997large"]["primaryclass"] == "hep-th"
    barzilay = entries["barzilay2002bootstrapping"]
    assert barzilay["type"] == "article" and barzilay["doi"] == "10.3115/1118693.1118697"
    assert r"100\% \textbraceleft{}Braces\textbraceright{}" in entries["berg2024costs"]["title"]
    top = parse_bib(client.get("/data/library/top_rated.bib").text)
    assert set(top) == {"vaswani2017attention", "devlin2018bert", "maldacena1997large"}
    # Only rows that are papers get the link.
    assert ".bib" not in client.get("/data/library/captures").text


def test_ris_renderer_for_tables_and_queries_reads_back_as_the_same_papers(served):
    client, _, _ = served
    response = client.get("/data/library/papers.ris", follow_redirects=True)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-research-info-systems")
    assert 'filename="papers.ris"' in response.headers["content-disposition"]
    records = {r.key: r.paper for r in parse_ris(response.text) if isinstance(r, ImportedRecord)}
    assert len(records) == 6 and "ER  - " in response.text
    attention = records["vaswani2017attention"]
    assert (attention.arxiv_id, attention.title) == ("1706.03762", "Attention Is All You Need")
    assert attention.authors[:2] == ["Ashish Vaswani", "Noam Shazeer"]
    assert records["barzilay2002bootstrapping"].doi == "10.3115/1118693.1118697"
    assert "100% {Braces}" in records["berg2024costs"].title  # RIS escapes nothing
    top = {r.key for r in parse_ris(client.get("/data/library/top_rated.ris").text)}
    assert top == {"vaswani2017attention", "devlin2018bert", "maldacena1997large"}
    assert ".ris" not in client.get("/data/library/captures").text


def test_private_tables_are_unreadable(served):
    client, _, server = served
    reader = open_reader(server.db_path)
    hashes = [h for (h,) in reader.conn.execute("select token_hash from tokens")]
    machine_id = reader.conn.execute("select value from meta where key = 'machine_id'").fetchone()
    reader.conn.close()
    assert hashes
    database_page = client.get("/data/library").text
    for table in PRIVATE_TABLES:
        assert f'href="/data/library/{table}"' not in database_page
        for path in (f"/data/library/{table}", f"/data/library/{table}.json",
                     f"/data/library/{table.upper()}.json"):
            assert client.get(path).status_code in (403, 404), path
        for sql in (f"select * from {table}", f"select * from main.{table}",
                    f"select * from (select * from [{table.upper()}])",
                    f"with t as (select * from {table}) select * from t",
                    f"select (select count(*) from {table}) as n",
                    f"select * from papers where exists (select 1 from {table})"):
            response = client.get("/data/library.json", params={"sql": sql})
            assert response.status_code != 200, sql
    # And not by any other route either: the file download, a canned query, a join.
    assert client.get("/data/library.db").status_code in (403, 404)
    joined = client.get("/data/library.json", params={
        "sql": "select papers.id, tokens.token_hash from papers join tokens"})
    for body in (joined.text, database_page):
        assert not any(h in body for h in hashes) and machine_id[0] not in body


def test_datasette_cannot_write(served):
    client, ids, server = served
    response = client.get("/data/library.json", params={
        "sql": f"update papers set title = 'x' where id = '{ids[0]}'"})
    assert response.status_code != 200
    reader = open_reader(server.db_path)
    title = reader.conn.execute("select title from papers where id = ?", [ids[0]]).fetchone()[0]
    reader.conn.close()
    assert title == "Attention Is All You Need"


def test_plain_datasette_command_serves_the_same_pages(tmp_path):
    """The README's command: `datasette library.db` with the files in datasette/ alone."""
    db_path = tmp_path / "library.db"
    build_demo_library(db_path)
    folder = Path(__file__).resolve().parents[1] / "datasette"
    command = [str(Path(sys.executable).with_name("datasette")), str(db_path),
               "--metadata", str(folder / "metadata.yml"),
               "--plugins-dir", str(folder / "plugins"),
               "--template-dir", str(folder / "templates"),
               "--setting", "suggest_facets", "off", "--setting", "allow_download", "off"]

    def get(path: str) -> subprocess.CompletedProcess:
        return subprocess.run([*command, "--get", path], capture_output=True, text=True,
                              timeout=60)

    found = json.loads(get("/library/papers.json?_search=supergravity&_shape=array").stdout)
    assert [p["arxiv_id"] for p in found] == ["hep-th/9711200"]
    facets = json.loads(get("/library/papers.json").stdout)["facet_results"]
    assert {"tags", "status", "rating", "published"} <= set(facets)
    assert "@misc{vaswani2017attention," in get("/library/top_rated.bib").stdout
    assert get("/library.json?sql=select+*+from+tokens").returncode != 0
    assert get("/library/tokens.json").returncode != 0


def test_datasette_connections_are_read_only(tmp_path):
    db_path = tmp_path / "library.db"
    ids = build_demo_library(db_path)
    db = build_datasette(db_path).get_database("library")

    async def attempt():
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only"):
            await db.execute_write("create table scratch (a)")
        with pytest.raises(sqlite3.DatabaseError):  # refused already by the FTS trigger's read
            await db.execute_write("update papers set title = 'x'")
        return (await db.execute("select count(*) from papers")).rows[0][0]

    # Its own thread: a browser test's Playwright may hold this thread's event loop.
    with ThreadPoolExecutor(max_workers=1) as thread:
        assert thread.submit(asyncio.run, attempt()).result() == len(ids)


def _mmap_cap() -> int:
    """The most mmap_size this SQLite build grants (SQLITE_MAX_MMAP_SIZE)."""
    options = sqlite3.connect(":memory:").execute("PRAGMA compile_options").fetchall()
    caps = [int(o.split("=", 1)[1], 0) for (o,) in options if o.startswith("MAX_MMAP_SIZE=")]
    return caps[0] if caps else 0x7FFF0000


def test_the_servers_readers_map_the_library_and_one_shot_readers_do_not(tmp_path):
    """The API's reader threads and Datasette's read through a mapped file
    (READER_MMAP_BYTES): a search's facets read rows all over it, each page a system call
    otherwise. One-shot readers (backup, export, status) do not: a file shrunk under a
    mapped read kills the process instead of failing one command."""
    db_path = tmp_path / "library.db"
    build_demo_library(db_path)
    mapped = min(READER_MMAP_BYTES, _mmap_cap())
    library = Library(db_path)
    try:
        assert library._reader().conn.execute("PRAGMA mmap_size").fetchone()[0] == mapped
    finally:
        library.close()
    one_shot = open_reader(db_path)
    try:
        assert one_shot.execute("PRAGMA mmap_size").fetchone()[0] == 0
    finally:
        one_shot.close()
    db = build_datasette(db_path).get_database("library")

    async def datasettes():
        return (await db.execute("PRAGMA mmap_size")).rows[0][0]

    with ThreadPoolExecutor(max_workers=1) as thread:
        assert thread.submit(asyncio.run, datasettes()).result() == mapped


def test_bib_holds_every_paper_beyond_datasettes_row_limit(tmp_path):
    """Datasette stops a page at max_returned_rows (1,000); a .bib must not."""
    dump = tmp_path / "many.txt"
    abstract = "An abstract that is long enough to be a paragraph about graphs. " * 4
    dump.write_text("".join(f"Paper number {n}\n\n{abstract}\n\n" for n in range(1200)))
    db_path = tmp_path / "library.db"
    subprocess.run([sys.executable, "-m", "papershelf", "import", str(dump), "--db", str(db_path)],
                   check=True, capture_output=True)
    datasette = build_datasette(db_path)

    async def get_bib() -> str:
        response = await datasette.client.get("/library/papers.bib?_size=max&_search=graphs")
        assert response.status_code == 200
        return response.text

    with ThreadPoolExecutor(max_workers=1) as thread:
        text = thread.submit(asyncio.run, get_bib()).result()
    assert len(parse_bib(text)) == 1200
