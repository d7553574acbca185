"""The reading pages (issue 12) over the sample library, Datasette in process: the paper
page, title-first tables and queries, relevance order for `_search`, the overview, the
similar-papers hook, and Datasette's own JSON at the same URLs (compared with a plain
Datasette in a process of its own, which has none of our plugins)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from helpers import FIXTURES, off_loop
from papershelf.publish.datasette_app import build_datasette
from papershelf.publish.demo import SAMPLES, add_sample_library
from papershelf.publish.paper_page import AUTHORS_FOLDED_AFTER, AUTHORS_SHOWN, paper_links
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.papers import save_paper
from papershelf.store.queries import fts_query
from papershelf.store.search_text import INDEXED_COLUMNS
from papershelf.store.tx import write

DATASETTE = Path(__file__).resolve().parents[1] / "datasette"


def fetch(ds, path: str):
    return off_loop(asyncio.run, ds.client.get(path))


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("reading") / "library.db"
    off_loop(add_sample_library, db_path, FIXTURES)
    ds = build_datasette(db_path, base_url="/")
    conn = sqlite3.connect(db_path)
    ids = dict(conn.execute("select arxiv_id, id from papers where arxiv_id is not null"))
    conn.close()
    return ds, db_path, ids


def get(ds, path: str):
    response = fetch(ds, path)
    assert response.status_code == 200, (path, response.text[:500])
    return response


def html(ds, path: str) -> HTMLParser:
    return HTMLParser(get(ds, path).text)


def test_sample_library_has_authors_links_notes_and_is_added_once(tmp_path):
    db_path = tmp_path / "library.db"
    first = off_loop(add_sample_library, db_path, FIXTURES)
    assert first.dumps == 3 and first.pages == len(SAMPLES) and not first.skipped
    conn = sqlite3.connect(db_path)
    tables = ("papers", "notes", "captures", "paper_captures", "library_counts")

    def state():
        return {t: conn.execute(f"select * from {t} order by 1, 2").fetchall() for t in tables}

    before = state()
    again = off_loop(add_sample_library, db_path, FIXTURES)
    assert (again.dumps, again.pages) == (0, 0) and state() == before
    with_authors, with_arxiv, with_links = conn.execute(
        "select sum(authors != '[]'), sum(arxiv_id is not null), sum(url is not null) from papers"
    ).fetchone()
    assert with_authors >= 30 and with_arxiv >= 20 and with_links >= 30
    assert conn.execute("select count(*) from notes where quote is not null").fetchone()[0] >= 4
    assert conn.execute("select count(distinct rating) from papers").fetchone()[0] >= 4
    conn.close()


def test_sample_library_leaves_the_readers_own_papers_alone(tmp_path, library):
    from papershelf.records import Paper, Rank
    from papershelf.store.papers import edit_paper, save_paper
    from papershelf.store.tx import write

    with write(library) as tx:
        mine, _ = save_paper(tx, Paper(title="My own paper on reading"), rank=Rank.PAGE,
                             hlc=tx.now())
        edit_paper(tx, mine, {"status": "read", "rating": 1}, tags=["mine"])
    path = library.conn.execute("pragma database_list").fetchone()[2]
    library.conn.commit()
    off_loop(add_sample_library, Path(path), FIXTURES)
    row = library.conn.execute("select title, status, rating, tags from papers where id = ?",
                               [mine]).fetchone()
    assert tuple(row) == ("My own paper on reading", "read", 1, '["mine"]')


def test_paper_page_is_for_reading(sample):
    ds, _, ids = sample
    page = html(ds, f"/library/papers/{ids['1706.03762']}")
    assert page.css_first("h1").text() == "Attention Is All You Need"
    assert page.css_first("title").text() == "Attention Is All You Need"
    authors = page.css(".papershelf-authors a")
    assert authors[0].text() == "Ashish Vaswani"
    assert authors[0].attributes["href"] == "/library/papers?authors__arraycontains=Ashish%20Vaswani"
    buttons = {a.text(): a.attributes["href"] for a in page.css(".papershelf-button")}
    assert buttons == {"Abstract page": "https://arxiv.org/abs/1706.03762",
                       "PDF": "https://arxiv.org/pdf/1706.03762",
                       "Hugging Face": "https://huggingface.co/papers/1706.03762"}
    assert "dominant sequence transduction" in page.css_first(".papershelf-abstract p").text()
    assert page.css_first(".papershelf-rating").text() == "★★★★★"
    assert [a.text() for a in page.css(".papershelf-yours a")] == [
        "read", "classic", "nlp", "transformers"]
    note = page.css_first(".papershelf-note")
    assert note.css_first(".papershelf-note-body strong").text() == "Transformer"
    assert len(note.css(".papershelf-note-body li")) == 2
    quote = note.css_first("blockquote.papershelf-quote")
    assert "dispensing with recurrence and convolutions entirely" in quote.text()
    assert quote.css_first("a").attributes["href"] == (
        "https://arxiv.org/abs/1706.03762#:~:text=dispensing%20with%20recurrence%20and%20"
        "convolutions%20entirely")
    seen = page.css_first(".papershelf-seen").text()
    # Where it was seen, named as a reader names it, not by the normaliser's kind ("arxiv", "hf_paper").
    assert "arXiv:" in seen and "https://arxiv.org/abs/1706.03762" in seen
    assert page.css_first(".papershelf-similar") is None  # until issue 13 wires its hook



def test_a_paper_of_thousands_of_authors_names_the_first_and_folds_the_rest(tmp_path):
    # A collaboration's paper (ATLAS and CMS sign with 3,000 names and more) listed every name
    # before its abstract, screens of them; arXiv folds such lists too.
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    names = [f"Given Surname{n}" for n in range(3000)]
    with write(db) as tx:
        boson = Paper(title="Observation of a new boson", authors=names, authors_count=len(names),
                      abstract="We saw it.")
        pid, _ = save_paper(tx, boson, rank=Rank.PAGE, hlc=tx.now())
        few, _ = save_paper(tx, Paper(title="A paper of a large team", authors=names[:AUTHORS_FOLDED_AFTER]),
                            rank=Rank.PAGE, hlc=tx.now())
    db.close()
    ds = build_datasette(db_path, base_url="/")
    page = html(ds, f"/library/papers/{pid}")
    assert [a.text() for a in page.css(".papershelf-authors > a")] == names[:AUTHORS_SHOWN]
    folded = page.css_first(".papershelf-authors details")
    assert folded.css_first("summary").text() == f"and {3000 - AUTHORS_SHOWN:,} more"
    assert [a.text() for a in folded.css("a")] == names[AUTHORS_SHOWN:]
    cell = html(ds, "/library/papers?title=Observation+of+a+new+boson").css_first("td.col-authors")
    assert len(cell.css("a")) == AUTHORS_SHOWN and cell.text().endswith(f"and {3000 - AUTHORS_SHOWN:,} more")
    whole = html(ds, f"/library/papers/{few}")  # a list no longer than that is shown whole
    assert [a.text() for a in whole.css(".papershelf-authors > a")] == names[:AUTHORS_FOLDED_AFTER]
    assert whole.css_first(".papershelf-authors details") is None


def test_a_paper_whose_list_names_only_some_authors_says_and_others(tmp_path):
    # A BibTeX "and others" (Google Scholar's long lists): the page named two authors as if all.
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    with write(db) as tx:
        cut, _ = save_paper(tx, Paper(title="BERT", authors=["Jacob Devlin", "Ming-Wei Chang"]),
                            rank=Rank.PAGE, hlc=tx.now())
        whole, _ = save_paper(tx, Paper(title="A pair", authors=["Ada Round", "Bo Square"], authors_count=2),
                              rank=Rank.PAGE, hlc=tx.now())
    db.close()
    ds = build_datasette(db_path, base_url="/")
    assert html(ds, f"/library/papers/{cut}").css_first(".papershelf-authors").text(
        ).split() == ["Jacob", "Devlin,", "Ming-Wei", "Chang,", "and", "others"]
    assert html(ds, f"/library/papers/{whole}").css_first(".papershelf-authors").text(
        ).split() == ["Ada", "Round,", "Bo", "Square"]
    cells = [cell.text() for cell in html(ds, "/library/papers?_sort=title").css("td.col-authors")]
    assert cells == ["Ada Round, Bo Square", "Jacob Devlin, Ming-Wei Chang, and others"]


def test_captured_text_reads_in_its_own_direction_on_the_paper_page_and_the_tables(sample):
    # Round 77's Persian pages (Noormags, Magiran): the title and abstract rendered left to right, the
    # sentences' full stops at their beginnings. dir="auto" lets each text take its own direction.
    ds, _, ids = sample
    page = html(ds, f"/library/papers/{ids['1706.03762']}")
    for selector in ("h1.papershelf-paper-title", ".papershelf-authors", ".papershelf-abstract p",
                     "blockquote.papershelf-quote", ".papershelf-note-body"):
        assert page.css_first(selector).attributes.get("dir") == "auto", selector
    papers = html(ds, "/library/papers")
    for selector in ("td.col-title a.papershelf-title", "td.col-abstract .papershelf-clamp",
                     "td.col-authors .papershelf-clamp"):
        assert papers.css_first(selector).attributes.get("dir") == "auto", selector
    assert html(ds, "/").css_first("a.papershelf-title").attributes.get("dir") == "auto"  # the overview


def test_paper_page_names_the_venue_and_links_the_venues_papers(sample):
    ds, db_path, _ = sample
    conn = sqlite3.connect(db_path)
    (pid, venue), = conn.execute("select id, venue from papers where doi = '10.1038/s41586-021-03819-2'")
    conn.close()
    assert venue == "Nature"  # the page's citation_journal_title, stored
    link = html(ds, f"/library/papers/{pid}").css_first(".papershelf-venue a")
    assert (link.text(), link.attributes["href"]) == ("Nature", "/library/papers?venue=Nature")
    listed = get(ds, "/library/papers.json?venue=Nature&_shape=array&_col=title").json()
    assert [row["title"] for row in listed] == [
        "Highly accurate protein structure prediction with AlphaFold"]

def test_paper_page_shows_notes_newest_first_and_dump_lines(sample):
    ds, db_path, _ = sample
    conn = sqlite3.connect(db_path)
    from_dump = conn.execute(
        "select paper_id, line from paper_captures join captures on captures.id = capture_id "
        "where captures.kind = 'dump' and line is not null limit 1").fetchone()
    conn.close()
    seen = html(ds, f"/library/papers/{from_dump[0]}").css_first(".papershelf-seen").text()
    assert f"line {from_dump[1]}" in seen and ".txt" in seen
    assert "Hugging Face Papers listing:" in seen and "dump:" not in seen


@pytest.mark.parametrize(("kind", "shown"), [
    ("hf_paper", "Hugging Face"), ("arxiv_listing", "arXiv listing"), ("scholarly", "page"),
    ("web_page", "page"), ("bibtex", "BibTeX"), ("zotero", "Zotero export"),
    ("dump", "Hugging Face Papers listing"), ("some-future-kind", "some-future-kind")])
def test_where_a_paper_was_seen_names_the_page_or_the_file_as_a_reader_does(kind, shown):
    from papershelf.publish.paper_page import source_label

    assert source_label(kind) == shown


def test_paper_page_lists_similar_papers_once_discover_has_run(tmp_path):
    """Issue 12 item 1 meets issue 13: the paper page shows discover's "papers like this"
    (read from its private tables on a connection of its own), each linked to its page."""
    from papershelf.discover.refresh import refresh
    from papershelf.store.db import open_writer

    db_path = tmp_path / "library.db"
    off_loop(add_sample_library, db_path, FIXTURES)
    ds = build_datasette(db_path, base_url="/")
    conn = sqlite3.connect(db_path)
    ids = dict(conn.execute("select arxiv_id, id from papers where arxiv_id is not null"))
    conn.close()
    attention = f"/library/papers/{ids['1706.03762']}"
    assert html(ds, attention).css_first(".papershelf-similar") is None  # nothing computed yet
    db = open_writer(db_path)
    off_loop(refresh, db, lambda fn, *args: fn(db, *args))
    db.close()
    section = html(ds, attention).css_first(".papershelf-similar")
    links = section.css("a.papershelf-title")
    assert links and all(a.attributes["href"].startswith("/library/papers/") for a in links)
    assert ids["1706.03762"] not in {a.attributes["href"].rsplit("/", 1)[1] for a in links}


def test_tables_and_queries_put_the_title_first_and_link_it(sample):
    ds, _, _ = sample
    for path in ("/library/papers", "/library/papers_to_read", "/library/top_rated",
                 "/library/notes_with_papers", "/library/search_papers?q=attention"):
        page = html(ds, path)
        headers = [th.attributes["data-column"] if "data-column" in th.attributes else th.text(
            strip=True) for th in page.css("table.rows-and-columns thead th")]
        visible = [h for h in headers if h not in ("id", "paper_id")]
        assert visible[0] == "title", (path, headers)
        link = page.css_first("td.col-title a.papershelf-title")
        assert link is not None and link.attributes["href"].startswith("/library/papers/"), path
    papers = html(ds, "/library/papers")
    headers = [th.attributes["data-column"] for th in papers.css("thead th")]
    assert headers.index("rating") < headers.index("abstract")
    assert headers[-2:] == ["abstract", "summary"]
    assert papers.css_first("td.col-abstract .papershelf-clamp") is not None
    notes = html(ds, "/library/notes")
    link = notes.css_first("td.col-paper_id a")
    assert link.attributes["href"].startswith("/library/papers/") and link.text()
    css = get(ds, "/-/papershelf.css").text
    assert ".rows-and-columns th.col-id" in css and "display: none" in css


def ranked_ids(db_path: Path, words: str) -> list[str]:
    conn = sqlite3.connect(db_path)
    found = [i for (i,) in conn.execute(
        "select papers.id from papers_fts join papers on papers.rowid = papers_fts.rowid "
        "where papers_fts match ? order by papers_fts.rank, papers.id", [fts_query(words)])]
    conn.close()
    return found


def test_search_lists_the_best_matches_first_across_pages(sample):
    ds, db_path, _ = sample
    expected = ranked_ids(db_path, "attention")
    assert len(expected) > 12
    got, path = [], "/library/papers.json?_search=attention&_size=5&_shape=objects"
    while path:
        data = get(ds, path).json()
        got += [row["id"] for row in data["rows"]]
        path = data["next_url"] and urlsplit(data["next_url"])._replace(scheme="", netloc="").geturl()
    assert got == expected
    page = get(ds, "/library/papers?_search=attention").text
    assert "best matches first" in page


def test_search_keeps_the_sort_the_reader_picks(sample):
    ds, db_path, _ = sample
    data = get(ds, "/library/papers.json?_search=attention&_sort=title&_shape=objects"
                   "&_size=max").json()
    titles = [row["title"] for row in data["rows"]]
    assert titles == sorted(titles) and len(titles) == len(ranked_ids(db_path, "attention"))
    # The default sort picked from a column link, paged: Datasette's order on every page.
    page = html(ds, "/library/papers?_search=attention&_sort=published")
    link = next(a.attributes["href"] for a in page.css("th.col-published a"))
    assert "_papershelf_sorted=1" in link and "_sort_desc=published" in link
    got, path = [], link.replace(".json", "").replace("/library/papers?", "/library/papers.json?")
    path += "&_size=7&_shape=objects"
    while path:
        data = get(ds, path).json()
        got += [(row["published"] or "", row["id"]) for row in data["rows"]]
        path = data["next_url"] and urlsplit(data["next_url"])._replace(scheme="", netloc="").geturl()
    assert len(got) == len(ranked_ids(db_path, "attention"))
    assert [g for g in got if g[0]] == sorted((g for g in got if g[0]), key=lambda g: g[0],
                                              reverse=True)


def test_facets_of_the_papers_table(sample):
    ds, _, _ = sample
    facets = get(ds, "/library/papers.json").json()["facet_results"]
    assert {"status", "rating", "tags", "published", "primary_category"} <= set(facets)
    tags = {v["value"]: v["count"] for v in facets["tags"]["results"]}
    assert tags["classic"] >= 3
    # Authors are a facet on request (each row and paper page links its authors already).
    facets = get(ds, "/library/papers.json?_facet_array=authors").json()["facet_results"]
    toggle = next(v["toggle_url"] for v in facets["authors"]["results"])
    assert "authors__arraycontains=" in toggle


def test_overview_counts_charts_and_queries(sample):
    ds, db_path, _ = sample
    conn = sqlite3.connect(db_path)
    papers, unread = conn.execute(
        "select count(*), sum(status = 'unread') from papers").fetchone()
    conn.close()
    page = html(ds, "/")
    counts = {c.css_first("strong").text(): c.text(strip=True) for c in page.css(".papershelf-count")}
    assert f"{papers:,}" in counts or str(papers) in counts
    assert str(unread) in counts
    assert {c.attributes["data-chart"] for c in page.css(".papershelf-chart")} == {
        "captured-per-week", "by-year", "by-tag", "by-status", "by-rating"}
    queries = {a.text() for a in page.css("a")}
    assert {"Papers to read", "Top rated", "Search notes"} <= queries
    page.strip_tags(["script"])  # the charts' SQL names library_counts
    text = page.text()
    for hidden in ("_sqlite_migrations", "library_counts", "tokens", "capture_raw"):
        assert hidden not in text, hidden
    assert "classic" in page.css_first(".papershelf-tags").text()
    # Recent captures name where they came from as a reader does, not by the normaliser's kind.
    recent = " ".join(li.text() for li in page.css("section li") if "paper" in li.text())
    assert "scholarly," not in recent and "hf_paper," not in recent and "arxiv," not in recent
    assert "arXiv," in recent or "page," in recent or "Hugging Face" in recent


def test_what_search_says_it_searches_is_what_its_index_holds(sample):
    # The index has held authors since migration 10; the search box, the ranked search query
    # and the API's docs still said "titles, abstracts and summaries".
    ds, _, _ = sample
    said = {
        "search box": html(ds, "/").css_first("input[name=_search]").attributes["placeholder"],
        "ranked search": ds.metadata("queries", database="library")["search_papers"]["description"],
        "API docs": (Path(__file__).resolve().parents[1] / "docs" / "api.md").read_text().split(
            "`q` is words")[1].split("no query syntax")[0],
    }
    for where, text in said.items():
        for column in INDEXED_COLUMNS["papers"]:
            word = {"arxiv_id": "arXiv id", "doi": "DOI"}.get(column, column.rstrip("sy")[:6])
            assert word in text, (where, column, text)


def test_overview_chart_queries_answer_rows(sample):
    ds, _, _ = sample
    dashboard = ds.plugin_config("datasette-dashboards")["overview"]
    for slug, chart in dashboard["charts"].items():
        rows = get(ds, "/library.json?_shape=array&sql=" + quote(chart["query"])).json()
        assert rows, slug


PLAIN_DATASETTE = """
import asyncio, json, sys
from datasette.app import Datasette
ds = Datasette([sys.argv[1]], metadata=json.loads(sys.argv[2]),
               settings={"suggest_facets": False, "default_page_size": 50})
async def main():
    out = {}
    for path in sys.argv[3:]:
        out[path] = (await ds.client.get(path)).json()
    print(json.dumps(out))
asyncio.run(main())
"""


def _without_timing(data):
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if k != "query_ms"}
    return data


def test_datasettes_json_is_unchanged_at_the_same_urls(sample):
    """Scripts read the JSON of these URLs: our plugins change the HTML only (and the order
    of a search not sorted by the reader, tested above)."""
    ds, db_path, ids = sample
    import yaml

    metadata = yaml.safe_load((DATASETTE / "metadata.yml").read_text(encoding="utf-8"))
    del metadata["databases"]["library"]["queries"]["search_papers"]  # our SQL function
    del metadata["databases"]["library"]["queries"]["search_notes"]
    paths = ["/library/papers.json", f"/library/papers/{ids['1706.03762']}.json",
             "/library/notes.json", "/library/papers_to_read.json", "/library/captures.json",
             "/library/papers.json?_search=attention&_sort=title",
             "/library/papers.json?status=read&_shape=array",
             "/library/notes_with_papers.json?_shape=objects"]
    plain = subprocess.run(
        [sys.executable, "-c", PLAIN_DATASETTE, str(db_path), json.dumps(metadata), *paths],
        capture_output=True, text=True, timeout=60, check=True)
    expected = json.loads(plain.stdout)
    for path in paths:
        ours, theirs = _without_timing(get(ds, path).json()), _without_timing(expected[path])
        if isinstance(ours, dict) and "facet_results" in ours:
            # Facets by year and the lean array facet are papershelf_facets.py's: the
            # facets plain Datasette can draw are there, with the same counts.
            mine, plain = ours.pop("facet_results"), theirs.pop("facet_results")
            for name in plain:
                assert {v["value"]: v["count"] for v in mine[name]["results"]} == {
                    v["value"]: v["count"] for v in plain[name]["results"]}, (path, name)
        assert ours == theirs, path
    search = get(ds, "/library/papers.json?_search=attention&_size=max").json()
    assert set(search) - {"query_ms"} == set(expected["/library/papers.json?_search=attention"
                                                      "&_sort=title"]) - {"query_ms"}


def test_row_json_of_a_missing_paper_is_datasettes_404(sample):
    ds, _, _ = sample
    response = fetch(ds, "/library/papers/0000000000000000")
    assert response.status_code == 404


def test_queries_in_the_overview_link_to_their_pages(sample):
    ds, _, _ = sample
    page = html(ds, "/")
    hrefs = {a.attributes.get("href") for a in page.css("a")}
    assert "/library/papers_to_read" in hrefs and "/library/notes" in hrefs
    search = page.css_first("form.papershelf-search")
    assert search.attributes["action"] == "/library/papers"
    assert search.css_first("input[type=search]").attributes["name"] == "_search"


def test_a_published_copy_of_any_name_keeps_queries_facets_and_pages(sample, tmp_path):
    from datasette.app import Datasette

    from helpers import run_cli

    _, db_path, ids = sample
    out = tmp_path / "my-shelf.db"
    run_cli("publish", str(out), db_path=db_path)  # without notes
    ds = Datasette([str(out)], metadata=yaml_metadata(), plugins_dir=str(DATASETTE / "plugins"),
                   template_dir=str(DATASETTE / "templates"), settings={"suggest_facets": False})
    facets = get(ds, "/my-shelf/papers.json").json()["facet_results"]
    assert {"status", "rating", "tags", "published", "primary_category"} <= set(facets)
    assert get(ds, "/my-shelf/papers_to_read.json?_shape=array").json()
    assert fetch(ds, "/my-shelf/notes_with_papers.json").status_code == 404
    page = html(ds, f"/my-shelf/papers/{ids['1706.03762']}")
    assert page.css_first("h1").text() == "Attention Is All You Need"
    assert page.css_first(".papershelf-notes") is None  # the copy has no notes
    overview = html(ds, "/")
    assert overview.css_first(".papershelf-count strong") is not None
    assert "/my-shelf/papers_to_read" in {a.attributes.get("href") for a in overview.css("a")}


def yaml_metadata() -> dict:
    import yaml

    return yaml.safe_load((DATASETTE / "metadata.yml").read_text(encoding="utf-8"))


def test_a_kept_web_pages_own_link_is_the_page_and_a_papers_its_abstract_page():
    url = "https://lab.example.org/notes"
    assert [(link.label, link.href) for link in paper_links({"url": url, "item_type": "web_page"})] \
        == [("The page", url)]
    assert paper_links({"url": url, "doi": "10.1/x"})[0].label == "Abstract page"


def test_a_news_story_read_as_a_paper_links_the_page_not_an_abstract_page():
    # Stop 57: a science story captured (a record: its title, byline and day, no DOI, arXiv id, PDF or
    # venue) was linked as its "Abstract page".
    url = "https://news.example.edu/2024/ice-record"
    story = {"url": url, "title": "Antarctic ice at a record low", "published": "2024-02-01"}
    assert [(link.label, link.href) for link in paper_links(story)] == [("The page", url)]
    assert paper_links(story | {"pdf_url": "https://news.example.edu/x.pdf"})[0].label == "Abstract page"


def test_a_kept_web_pages_own_page_calls_it_a_page(tmp_path):
    db = open_writer(tmp_path / "library.db", create=True)
    with write(db) as tx:
        pid, _ = save_paper(tx, Paper(title="Lab notes", url="https://lab.example.org/notes",
                                      item_type="web_page"), rank=Rank.TEXT, hlc=tx.now())
    db.close()
    page = html(build_datasette(tmp_path / "library.db", base_url="/"), f"/library/papers/{pid}")
    assert page.css_first(".papershelf-notes p").text() == "No notes on this page yet."
    assert page.css_first(".papershelf-formats").text().startswith("This page as")
    assert [a.text() for a in page.css(".papershelf-button")] == ["The page"]


def test_where_you_saw_it_shows_a_non_latin_address_as_its_letters_and_links_it_as_stored(tmp_path):
    # Round 77's Noormags page: its address, percent-escaped Persian, filled five lines of the page.
    from helpers import capture
    from papershelf.capture import CaptureRequest

    sidecar = json.loads((FIXTURES / "pages" / "noormags_105489.json").read_text(encoding="utf-8"))
    url = sidecar["source"]["original_url"]
    page = (FIXTURES / "pages" / sidecar["file"]).read_text(encoding="utf-8")
    db = open_writer(tmp_path / "library.db", create=True)
    done = capture(db, CaptureRequest(capture_id="noormags", url=url, html=page))
    db.close()
    ds = build_datasette(tmp_path / "library.db", base_url="/")
    link = html(ds, f"/library/papers/{done.answer.papers[0].id}").css_first(".papershelf-seen a")
    assert link.attributes["href"] == url
    assert link.text() == ("http://www.noormags.ir/view/fa/articlepage/105489/تحلیل-منافع-بهره-وری-ناشی-از-"
                           "اصلاحات-صنعت-برق-استرالیا--چارچوب-های-روش-شناختی?q=برق&score=21.639421&rownumber=1")
