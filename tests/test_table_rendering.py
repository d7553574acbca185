"""The table page's rows (datasette/plugins/papershelf_pages.table_body) and cell links
(papershelf_links.py), written in Python for speed (issue 14: Jinja's per-cell lookups were
the largest part of a search page over a million papers): the same HTML Datasette's
template wrote, every untrusted value escaped."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from types import SimpleNamespace

import jinja2
import pytest
from datasette import hookimpl
from datasette.app import Datasette
from datasette.plugins import pm
from datasette.utils import (
    path_with_added_args,
    path_with_replaced_args,
    tilde_encode,
    to_css_class,
)
from datasette.utils.asgi import Request
from markupsafe import Markup
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from helpers import datasette_plugin, off_loop
from papershelf.publish.datasette_app import build_datasette
from papershelf.publish.paper_page import row_path
from papershelf.records import Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note
from papershelf.store.papers import edit_paper, save_paper
from papershelf.store.search_text import register_search_text
from papershelf.store.tx import write

pages = datasette_plugin("papershelf_pages")

HOSTILE = ('<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "O'Brien & <b>Co</b>",
           "plain", "")
# Datasette 0.65's templates/_table.html cell loop, as papershelf's template had it.
JINJA = jinja2.Environment(autoescape=True, enable_async=True)
JINJA.filters["to_css_class"] = to_css_class
DATASETTE_CELLS = JINJA.from_string(
    """{% for row in display_rows %}<tr>{% for i in order %}{% set cell = row.cells[i] %}"""
    """<td class="col-{{ cell.column|to_css_class }} type-{{ cell.value_type }}">{{ cell.value }}"""
    """</td>{% endfor %}</tr>{% endfor %}""")


class Row:
    def __init__(self, cells):
        self.cells = cells


def squeeze(html: str) -> str:
    return re.sub(r">\s+<", "><", str(html)).strip()


def test_table_body_writes_the_cells_datasettes_template_wrote():
    columns = ["title", "a b", "_private", "ünï", "<x>"]
    rows = [Row([{"column": column, "value": value, "value_type": kind, "raw": value}
                 for column, value, kind in zip(columns, values, kinds, strict=True)])
            for values, kinds in (
                (HOSTILE, ("str", "str", "str", "str", "str")),
                ((Markup("<a href='/x'>kept</a>"), 3, None, 2.5, Markup("&nbsp;")),
                 ("str", "int", "none", "float", '"><b>')),
            )]
    for order in ([0, 1, 2, 3, 4], [4, 2, 0, 3, 1]):
        expected = off_loop(asyncio.run, DATASETTE_CELLS.render_async(display_rows=rows, order=order))
        assert squeeze(pages.table_body(rows, order)) == squeeze(expected)
    assert pages.table_body([], [0]) == ""


# And its column headings, as papershelf's template had them.
DATASETTE_HEADINGS = JINJA.from_string(
    """{% for i in order %}{% set column = display_columns[i] %}<th {% if column.description %}"""
    """data-column-description="{{ column.description }}" {% endif %}class="col-{{ column.name|"""
    """to_css_class }}" scope="col" data-column="{{ column.name }}" data-column-type="{{ """
    """column.type.lower() }}" data-column-not-null="{{ column.notnull }}" data-is-pk="{% if """
    """column.is_pk %}1{% else %}0{% endif %}">{% if not column.sortable %}{{ column.name }}"""
    """{% else %}{% if column.name == shown_sort %}<a href="{{ fix_path(path_with_replaced_args("""
    """request, dict(picked, _sort_desc=column.name, _sort=None, _next=None))) }}" rel="nofollow">"""
    """{{ column.name }}&nbsp;▼</a>{% else %}<a href="{{ fix_path(path_with_replaced_args(request, """
    """dict(picked, _sort=column.name, _sort_desc=None, _next=None))) }}" rel="nofollow">{{ """
    """column.name }}{% if column.name == shown_sort_desc %}&nbsp;▲{% endif %}</a>{% endif %}"""
    """{% endif %}</th>{% endfor %}""")


def test_table_head_writes_the_headings_datasettes_template_wrote():
    """Regression (issue 18): the 30 headings of a search page, each link built by
    path_with_replaced_args in Jinja, took a third of its template's time; written in
    Python, they are the same HTML, byte for byte (whitespace aside)."""
    columns = [
        {"name": "title", "sortable": True, "is_pk": False, "type": "TEXT", "notnull": 1,
         "description": 'The paper\'s "title" <as shown>'},
        {"name": "id", "sortable": True, "is_pk": True, "type": "text", "notnull": 0},
        {"name": "a b&c", "sortable": True, "is_pk": False, "type": "", "notnull": 0,
         "description": ""},
        {"name": "<x>", "sortable": False, "is_pk": False, "type": "INTEGER", "notnull": 0,
         "description": None},
        {"name": "ünï", "sortable": True, "is_pk": False, "type": "REAL", "notnull": 0,
         "description": None},
    ]
    targets = ("/library/papers", "/library/papers?_search=a+b&_sort=title&_next=xyz",
               "/library/papers?_search=%C3%A9t%C3%A9&status=read&status=unread&a=&_sort_desc=id",
               "/library/papers?_papershelf_sorted=1&_search=x&_size=5")
    fix_paths = {base: Datasette([], memory=True, settings={"base_url": base}).urls.path
                 for base in ("/", "/data/")}
    for target in targets:
        request = Request.fake(target)
        for picked in ({}, {"_papershelf_sorted": "1"}):
            for sort, sort_desc in ((None, None), ("title", None), (None, "id"), ("ünï", None)):
                for order in ([0, 1, 2, 3, 4], [4, 3, 2, 1, 0]):
                    for fix_path in fix_paths.values():
                        expected = off_loop(asyncio.run, DATASETTE_HEADINGS.render_async(
                            display_columns=columns, order=order, request=request,
                            shown_sort=sort, shown_sort_desc=sort_desc, picked=picked,
                            fix_path=fix_path, path_with_replaced_args=path_with_replaced_args,
                            dict=dict))
                        got = pages.table_head(columns, order, request, sort, sort_desc, picked,
                                               fix_path)
                        assert squeeze(got) == squeeze(expected), (target, picked, sort, sort_desc)


def test_table_page_escapes_every_untrusted_value_and_links_what_it_should(tmp_path):
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    with db.conn:
        db.conn.execute(
            "INSERT INTO papers (id, title, abstract, authors, authors_count, status, tags, url, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            ["00000000000000aa", HOSTILE[0], HOSTILE[1], '["<i>Ann</i>", "Bob \\"B\\" & Co"]', 2,
             "unread", '["<b>tag</b>"]', "javascript:alert(3)", "2026-01-01T00:00:00Z",
             "2026-01-01T00:00:00Z"])
    db.close()
    ds = build_datasette(db_path, base_url="/")
    html = off_loop(asyncio.run, ds.client.get("/library/papers")).text
    body = HTMLParser(html).css_first("tbody")
    assert body.css("script") == [] and body.css("img") == [] and body.css("i") == []
    title = body.css_first("td.col-title a.papershelf-title")
    assert title.text() == HOSTILE[0] and title.attributes["href"] == "/library/papers/00000000000000aa"
    assert body.css_first("td.col-abstract .papershelf-clamp").text() == HOSTILE[1]
    authors = body.css("td.col-authors a")
    assert [a.text() for a in authors] == ["<i>Ann</i>", 'Bob "B" & Co']
    assert authors[1].attributes["href"] == "/library/papers?authors__arraycontains=Bob%20%22B%22%20%26%20Co"
    assert [a.text() for a in body.css("td.col-tags a")] == ["<b>tag</b>"]
    assert body.css_first("td.col-url").css("a") == []  # only http(s) URLs become links
    assert body.css_first("td.col-url").text().strip() == "javascript:alert(3)"


@pytest.mark.parametrize("base_url", ["/", "/data/"])
@pytest.mark.parametrize("force_https", [False, True])
def test_facet_value_links_are_the_ones_datasettes_helpers_write(base_url, force_https):
    """papershelf_facets.ValueLinks builds a facet value's link without Datasette's per-value
    urljoin (2.5 ms of a search's facets): the same URL, byte for byte."""
    facets = datasette_plugin("papershelf_facets")
    ds = Datasette([], memory=True, settings={"base_url": base_url, "force_https_urls": force_https})
    targets = ("/library/papers?_search=a+b&_facet=status&status=read&_next=abc", "/library/papers",
               "/library/papers?_sort=title&tags=%C3%A9t%C3%A9&a=1&a=2&b=", "/library/./papers?x=1",
               "/library//papers?x=%2F", "/library/../papers", "/library/papers.json?_shape=objects")
    args = ({"status": "unread"}, {"published__startswith": "2024"}, {"rating": 5},
            {"tags__arraycontains": "été & <co>?#"}, {"_next": None, "status": "read"}, {"a": None})
    for target in targets:
        for scheme in ("http", "https"):
            request = Request.fake(target, scheme=scheme)
            links = facets.ValueLinks(ds, request)
            for arg in args:
                expected = ds.absolute_url(request, ds.urls.path(path_with_added_args(request, arg)))
                assert links.added(arg) == expected, (target, arg)


def test_the_array_facet_counts_a_value_once_per_row_however_often_the_row_lists_it():
    """LeanArrayFacet counts first occurrences instead of deduping (row, value) pairs: the
    counts are Datasette's (one per row a value is in), duplicates, nulls and mixed types
    included."""
    facets = datasette_plugin("papershelf_facets")
    arrays = ['["a", "a", "b"]', '["a"]', '["b", "a", "b", "b"]', '[null, null, "c"]',
              '[1, "1", 1]', '[]', '{"x": "a", "y": "a"}', '"a"']
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (items TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(a,) for a in arrays])
    facet = SimpleNamespace(get_facet_size=lambda: 100, table="t")
    sql = facets.LeanArrayFacet.sql_for(facet, "items", "select items from t")
    counted = {(type(value).__name__, value): count for value, count in conn.execute(sql)}
    expected: dict = {}
    for text in arrays:
        loaded = json.loads(text)
        members = loaded.values() if isinstance(loaded, dict) else (
            loaded if isinstance(loaded, list) else [loaded])
        for value in {(type(v).__name__, v) for v in members}:
            expected[value] = expected.get(value, 0) + 1
    assert counted == expected
    assert counted[("str", "a")] == 5 and counted[("str", "b")] == 2


def test_the_tags_facet_counts_without_deduplicating_because_the_store_writes_tags_as_a_set(
        tmp_path):
    """papers.tags never lists a tag twice, however the reader typed it or peers merged it, so
    its facet skips the per-row search for a first occurrence; should the store ever write a
    tag twice, the counts part from Datasette's here."""
    facets = datasette_plugin("papershelf_facets")
    db = open_writer(tmp_path / "library.db", create=True)
    typed = [["b", "a", "a", "b"], ["a"], ["c", "c"], [], ["a", "c", "a"]]
    with write(db) as tx:
        for number, tags in enumerate(typed):
            pid = save_paper(tx, Paper(title=f"Paper {number}"), rank=Rank.PAGE,
                             hlc=f"2026-12-01T00:00:0{number}Z")[0]
            edit_paper(tx, pid, {}, tags=tags)
    sized = {"get_facet_size": lambda: 100}
    lean = facets.LeanArrayFacet.sql_for(SimpleNamespace(**sized, table="papers"), "tags",
                                         "select tags from papers")
    generic = facets.LeanArrayFacet.sql_for(SimpleNamespace(**sized, table="other"), "tags",
                                            "select tags from papers")
    assert "not exists" in generic and "not exists" not in lean
    counted = dict(db.execute(lean).fetchall())
    assert counted == dict(db.execute(generic).fetchall()) == {"a": 3, "b": 1, "c": 2}
    db.close()


def test_a_tables_allow_block_still_decides_who_sees_it_once_its_answer_is_kept():
    """papershelf_config_cache keeps a table's `allow` blocks (Datasette deep-copies the whole
    metadata for them, four times a page): the kept answer is Datasette's, every time."""
    cache = datasette_plugin("papershelf_config_cache")
    ds = Datasette([], memory=True, metadata={
        "databases": {"_memory": {"tables": {"secret": {"allow": {"id": "root"}}}}}})
    cache.startup(ds)
    for _ in range(2):
        assert ds._table_permission_allows("_memory", "secret") == [{"id": "root"}]
        assert ds._table_permission_allows("_memory", "open") == []

    async def allowed(actor):
        await ds.invoke_startup()
        return await ds.permission_allowed(actor, "view-table", ("_memory", "secret"))

    assert off_loop(asyncio.run, allowed(None)) is False
    assert off_loop(asyncio.run, allowed({"id": "root"})) is True
    ds._table_permission_allows("_memory", "secret").append({"id": "anyone"})  # a copy
    assert off_loop(asyncio.run, allowed({"id": "anyone"})) is False


def test_kept_metadata_is_datasettes_answer_and_a_callers_copy():
    """papershelf_config_cache keeps `metadata()`'s answers (every get_metadata hook asked
    and merged, some forty times a search): the kept answer is Datasette's, and what a
    caller does to its copy reaches no other caller."""
    cache = datasette_plugin("papershelf_config_cache")
    metadata = {"title": "Mine", "databases": {"_memory": {"tables": {"papers": {
        "facets": ["status"], "sort_desc": "published"}}}}}
    fresh = Datasette([], memory=True, metadata=metadata)
    ds = Datasette([], memory=True, metadata=metadata)
    cache.startup(ds)
    for asked in ({}, {"key": "title"}, {"key": "databases"}, {"database": "_memory"}):
        for _ in range(2):
            assert ds.metadata(**asked) == fresh.metadata(**asked)
    assert ds.table_metadata("_memory", "papers") == {"facets": ["status"],
                                                      "sort_desc": "published"}
    ds.metadata("databases")["_memory"] = {}
    assert ds.table_metadata("_memory", "papers")["sort_desc"] == "published"


def test_sqlite_json1_is_asked_once_and_the_facet_classes_made_once(tmp_path, monkeypatch):
    """Regression (issue 18): Datasette's detect_json1() opened an in-memory connection on
    every call (three a search), and the sampled facet classes were made anew twice a
    search; both are now made once a process. The array facet and filters still work."""
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    with write(db) as tx:
        for number, tags in enumerate((["nlp"], ["nlp", "vision"], [])):
            pid = save_paper(tx, Paper(title=f"Sparse paper {number}"), rank=Rank.PAGE,
                             hlc=f"2026-12-01T00:00:0{number}Z")[0]
            edit_paper(tx, pid, {}, tags=tags)
    db.close()
    ds = build_datasette(db_path, base_url="/")
    # The plugin modules as Datasette loaded them (a test's own import is another module).
    cache = pm.get_plugin("papershelf_config_cache.py")
    facets = pm.get_plugin("papershelf_facets.py")
    asked = []
    real = cache.detect_json1
    monkeypatch.setattr(cache, "detect_json1", lambda conn=None: asked.append(conn) or real(conn))
    cache._sqlite_has_json1.cache_clear()
    for path in ("/library/papers.json?_search=sparse", "/library/papers?_search=sparse",
                 "/library/papers.json?tags__arraycontains=vision"):
        response = off_loop(asyncio.run, ds.client.get(path))
        assert response.status_code == 200, response.text
    assert asked == [None]
    assert response.json()["filtered_table_rows_count"] == 1
    tags = off_loop(asyncio.run, ds.client.get("/library/papers.json?_facet_array=tags")).json()
    assert {v["value"]: v["count"] for v in tags["facet_results"]["tags"]["results"]} == {
        "nlp": 2, "vision": 1}
    assert facets.sampled(facets.LeanColumnFacet) is facets.sampled(facets.LeanColumnFacet)


def test_a_paper_without_a_title_still_links_to_its_page_named_by_its_id(tmp_path):
    """A PDF captured by its address alone has no title until its page is captured; the title
    cell was empty, and the row had no link to the paper's page (the id column is hidden)."""
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    with write(db) as tx:
        by_doi = save_paper(tx, Paper(doi="10.1007/BF02727953", pdf_url="https://x.org/a.pdf"),
                            rank=Rank.PAGE, hlc="2026-12-02T00:00:01Z")[0]
        by_arxiv = save_paper(tx, Paper(arxiv_id="1706.03762"), rank=Rank.PAGE,
                              hlc="2026-12-02T00:00:02Z")[0]
        titled = save_paper(tx, Paper(title="A titled paper", doi="10.1/titled"), rank=Rank.PAGE,
                            hlc="2026-12-02T00:00:03Z")[0]
    db.close()
    ds = build_datasette(db_path, base_url="/")
    html = off_loop(asyncio.run, ds.client.get("/library/papers")).text
    links = {a.attributes["href"]: (a.text(), a.attributes.get("class"))
             for a in HTMLParser(html).css("tbody td.col-title a")}
    assert links == {
        f"/library/papers/{by_doi}": ("10.1007/BF02727953", "papershelf-title papershelf-untitled"),
        f"/library/papers/{by_arxiv}": ("arXiv:1706.03762", "papershelf-title papershelf-untitled"),
        f"/library/papers/{titled}": ("A titled paper", "papershelf-title"),
    }
    page = HTMLParser(off_loop(asyncio.run, ds.client.get(f"/library/papers/{by_doi}")).text)
    assert page.css_first("h1.papershelf-paper-title").text() == "10.1007/BF02727953"
    assert page.css_first("title").text().startswith("10.1007/BF02727953")


def _library_with_a_note(tmp_path):
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    with write(db) as tx:
        pid = save_paper(tx, Paper(title="**Not bold** in a title", authors=["Ada Lovelace"]),
                         rank=Rank.PAGE, hlc="2026-12-02T00:00:01Z")[0]
        create_note(tx, pid, "A **bold** claim")
    db.close()
    return db_path


def test_row_pages_of_other_tables_have_their_headings_though_their_template_has_no_fix_path(
        tmp_path):
    """Regression: a row page of any table but papers (its own template) writes its headings
    with papershelf_table_head, and Datasette's row view gives the template no `fix_path`;
    the headings asked for it once a page and every such page was a 500."""
    ds = build_datasette(_library_with_a_note(tmp_path), base_url="/")

    async def pages():
        note = (await ds.get_database("library").execute("select id from notes")).first()[0]
        return [await ds.client.get(path) for path in (
            f"/library/notes/{note}", "/library/_sqlite_migrations/1")]

    for response in off_loop(asyncio.run, pages()):
        assert response.status_code == 200, (response.url, response.text[:200])
        headings = [th.attributes["data-column"] for th in HTMLParser(response.text).css("th")]
        assert headings and all(headings)


def test_markdown_renders_where_its_plugin_says_and_the_plugin_decides_once_per_column(
        tmp_path, monkeypatch):
    """Regression (issue 18): datasette-render-markdown looked up its configuration for every
    text cell of every page (2 µs a cell, ~1.7 ms a papers page); whether it renders a
    column is now asked once per column. It renders the same: note bodies as Markdown,
    anything else escaped."""
    ds = build_datasette(_library_with_a_note(tmp_path), base_url="/")
    off_loop(asyncio.run, ds.invoke_startup())
    asked = []
    kept = ds.plugin_config
    monkeypatch.setattr(ds, "plugin_config", lambda name, **kw: asked.append(name) or kept(name, **kw))
    for _ in range(2):
        asked.clear()
        notes = HTMLParser(off_loop(asyncio.run, ds.client.get("/library/notes")).text)
        papers = HTMLParser(off_loop(asyncio.run, ds.client.get("/library/papers")).text)
        assert notes.css_first("td.col-body strong").text() == "bold"
        assert papers.css_first("td.col-title").css("strong") == []
        assert papers.css_first("td.col-title a").text() == "**Not bold** in a title"
    # The second time round, the plugin looks at its configuration only for the one cell it
    # renders (its own render_cell does); it looked for each text cell of both pages.
    assert asked.count("datasette-render-markdown") == 1


def test_cell_links_follow_each_instances_base_url(tmp_path):
    """The papers table's address is kept per Datasette instance: two of them in one process
    (the server's under /data/, another at /) each link to their own."""
    db_path = _library_with_a_note(tmp_path)
    for base_url in ("/data/", "/", "/data/"):
        ds = build_datasette(db_path, base_url=base_url)
        body = HTMLParser(off_loop(asyncio.run, ds.client.get("/library/papers")).text)
        assert body.css_first("td.col-authors a").attributes["href"] == (
            f"{base_url}library/papers?authors__arraycontains=Ada%20Lovelace")
        assert body.css_first("td.col-title a").attributes["href"].startswith(
            f"{base_url}library/papers/")


def _hostile_papers_library(tmp_path):
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    values = [
        (HOSTILE[0], HOSTILE[1], '["<i>Ann</i>", "Bob \\"B\\" & Co"]', '["<b>tag</b>", "nlp"]',
         "javascript:alert(3)", "https://example.org/a b"),
        ("", "x" * 3000, "[]", "[]", "https://example.org/<p>?q=1&r=2", "http://x.org/"),
        (None, None, "not json", '[1, 2]', "  https://spaces.example.org/  ", None),
        ("**Markdown** title", "", '["Ada"]', '["a", "a"]', "ftp://example.org/", "https://y.org"),
    ]
    # Columns no plugin renders reach Datasette's fallbacks: text, a URL, NULL.
    fallbacks = [("<script>cat</script>", '<img src=x onerror="y">'),
                 ('  https://e.org/"><script>u</script>  ', '" onmouseover="x'),
                 (None, "2026-01-01"), ("cs.CL", "")]
    ids = ["00000000000000a0", '<b>"x&/~y', "00000000000000a2", "a b%2F"]
    with db.conn:
        for number, (title, abstract, authors, tags, url, pdf_url) in enumerate(values):
            category, published = fallbacks[number]
            db.conn.execute(
                "INSERT INTO papers (id, title, abstract, authors, authors_count, status, tags, "
                "url, pdf_url, arxiv_id, doi, rating, upvotes, primary_category, published, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [ids[number], title, abstract, authors, number, "unread", tags, url,
                 pdf_url, "1706.03762" if number % 2 else None, "10.1/<x>" if number else None,
                 number or None, 2.5 if number == 3 else number, category, published,
                 "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"])
    db.close()
    return db_path


def _typed(cells: list[dict]) -> list[dict]:
    """Cells with each value's type beside it: Markup and str of the same text differ."""
    return [{key: (type(value).__name__, value) for key, value in cell.items()} for cell in cells]


def _display_both(ds, rows_sql: str, **options):
    """(whether papershelf's cells were made without Datasette's loop, papershelf's answer,
    Datasette's own answer) for the rows of `rows_sql` on the papers table."""
    from datasette.views import table as table_view

    cells_plugin = pm.get_plugin("papershelf_cells.py")
    fallbacks = []
    real_fallback = cells_plugin._fallback

    async def both():
        await ds.invoke_startup()
        result = await ds.get_database("library").execute(rows_sql)
        ours = table_view.display_columns_and_rows
        assert ours.papershelf_cells
        answers = []
        for display in (ours, ours.datasettes_own):
            columns, rows = await display(ds, "library", "papers", result.description,
                                          result.rows, **options)
            answers.append((columns, [_typed(row.cells) for row in rows]))
        return answers

    # Only papershelf's own cells fall back on _fallback (every row has an empty column).
    cells_plugin._fallback = lambda *args: fallbacks.append(args) or real_fallback(*args)
    try:
        ours, datasettes = off_loop(asyncio.run, both())
    finally:
        cells_plugin._fallback = real_fallback
    return bool(fallbacks), ours, datasettes


@pytest.mark.parametrize("options", [
    {"link_column": True, "truncate_cells": 2048}, {"link_column": True, "truncate_cells": 0},
    {"link_column": False, "truncate_cells": 20},
])
@pytest.mark.parametrize("base_url", ["/", "/data/"])
def test_papers_cells_are_the_ones_datasettes_own_loop_makes(tmp_path, options, base_url):
    """Regression (issue 18): Datasette's loop over every cell (every render_cell hook through
    pluggy, then its fallbacks) took 9–10 ms of a 50-row papers page; papershelf_cells.py
    makes the same cells from papershelf_links alone in a third of that."""
    ds = build_datasette(_hostile_papers_library(tmp_path), base_url=base_url)
    alone, ours, datasettes = _display_both(ds, "select * from papers order by rowid", **options)
    assert alone and ours == datasettes
    cells = {cell["column"][1]: cell["value"][1] for cell in ours[1][1]}
    assert str(cells["abstract"]).count("x") == 3000  # papershelf_links clamps, in full
    assert cells["url"].startswith('<a href="https://example.org/&lt;p&gt;?q=1&amp;r=2"')
    assert cells["primary_category"].startswith(  # the text may be truncated, the link is not
        '<a href="https://e.org/&#34;&gt;&lt;script&gt;u&lt;/script&gt;">https://e.org/&#34;')
    first = {cell["column"][1]: cell["value"] for cell in ours[1][0]}
    assert first["primary_category"] == ("str", "<script>cat</script>")  # escaped when written
    if options["link_column"]:
        link = {cell["column"][1]: cell["value"][1] for cell in ours[1][1]}["id"]
        assert link.endswith('>&lt;b&gt;&#34;x&amp;/~y</a>')


def test_papers_cells_go_datasettes_way_for_what_papershelf_links_alone_cannot_show(tmp_path):
    """A blob in a papers column, and another plugin's render_cell, each take Datasette's own
    loop: the blob's download link, the plugin's cells."""
    db_path = _hostile_papers_library(tmp_path)
    conn = sqlite3.connect(db_path)
    register_search_text(conn)  # the full-text triggers' function, as any writer needs it
    with conn:
        conn.execute("UPDATE papers SET summary = ? WHERE rowid = 2", [b"\x00\x01"])
    conn.close()
    ds = build_datasette(db_path, base_url="/")
    alone, ours, datasettes = _display_both(ds, "select * from papers order by rowid",
                                            link_column=True)
    assert not alone and ours == datasettes
    assert "Binary:&nbsp;2&nbsp;bytes" in str(
        next(c["value"][1] for c in ours[1][1] if c["column"][1] == "summary"))

    class Shouting:
        @staticmethod
        @hookimpl
        def render_cell(value, column):
            return Markup("<b>LOUD</b>") if column == "status" else None

    pm.register(Shouting, name="shouting-for-tests")
    try:
        alone, ours, datasettes = _display_both(ds, "select * from papers where summary is null",
                                                link_column=True)
    finally:
        pm.unregister(name="shouting-for-tests")
    assert not alone and ours == datasettes
    assert {c["value"] for row in ours[1] for c in row if c["column"][1] == "status"} == {
        ("Markup", Markup("<b>LOUD</b>"))}


def test_a_papers_table_keyed_otherwise_than_by_id_keeps_datasettes_cells(tmp_path):
    """papershelf_cells writes the link cell of a table keyed by `id` alone; a `papers` table
    of another file (rowid-keyed, an `id` column beside) gets Datasette's "Link" cells."""
    from datasette.views import table as table_view

    from papershelf.publish.datasette_app import datasette_dir

    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE papers (id TEXT, title TEXT)")
        conn.execute("INSERT INTO papers VALUES ('<i>1</i>', 'A title')")
    conn.close()
    ds = Datasette([str(path)], plugins_dir=str(datasette_dir() / "plugins"))

    async def both():
        await ds.invoke_startup()
        result = await ds.get_database("other").execute("select rowid, * from papers")
        ours = table_view.display_columns_and_rows
        return [await display(ds, "other", "papers", result.description, result.rows,
                              link_column=True) for display in (ours, ours.datasettes_own)]

    (columns, rows), (own_columns, own_rows) = off_loop(asyncio.run, both())
    assert columns == own_columns and columns[0]["name"] == "Link"
    assert [_typed(row.cells) for row in rows] == [_typed(row.cells) for row in own_rows]


def test_what_a_query_names_fills_no_cache(tmp_path):
    """Regression (review of the caches above): a query's columns are whatever its SQL names,
    and a value any text: the Markdown decisions are kept for tables' columns only, and the
    author and tag links for short values only, so queries cannot fill the server's memory."""
    ds = build_datasette(_library_with_a_note(tmp_path), base_url="/")
    off_loop(asyncio.run, ds.invoke_startup())
    links = pm.get_plugin("papershelf_links.py")
    markdown = next(impl.function for impl in pm.hook.render_cell.get_hookimpls()
                    if getattr(impl.function, "papershelf_decided", False))
    kept = dict(zip(markdown.__code__.co_freevars,  # the decisions the wrapper keeps
                    (cell.cell_contents for cell in markdown.__closure__), strict=True))["renders"]
    long_tag = "x" * (links.CACHED_ITEM_CHARS + 1)
    query = ("select '**a**' as body, '**b**' as made_up_name, "
             f"json_array('{long_tag}', 'short') as tags")
    before = links._cached_list_link.cache_info().currsize
    page = HTMLParser(off_loop(asyncio.run, ds.client.get(
        "/library", params={"sql": query})).text)
    assert [a.text() for a in page.css("td.col-tags a")] == [long_tag, "short"]
    assert links._cached_list_link.cache_info().currsize == before + 1  # "short" alone
    assert not any(table is None for _, table, _ in kept.get(ds, {}))
    off_loop(asyncio.run, ds.client.get("/library/notes"))
    assert ("library", "notes", "body") in kept[ds]


def test_only_a_json_list_of_strings_becomes_author_or_tag_links():
    links = datasette_plugin("papershelf_links")
    assert links._json_list('["Ann Round", "Bo Flat"]') == ["Ann Round", "Bo Flat"]
    assert links._json_list("[]") == []
    for value in ("[1, 2]", '["a", null]', '{"a": "b"}', "not json", "", '"a"', "[\"a\""):
        assert links._json_list(value) is None, value


@pytest.mark.parametrize("key", ["0123456789abcdef", "Abc_9", "a-b", "a.b", "a b", "a/b~c", "é", "²",
                                 "", "1e5"])
def test_a_rows_address_is_the_one_datasettes_encoder_writes(key):
    """row_path keeps a paper's hex id as it is, without Datasette's byte-by-byte encoder
    (~5 µs a key, twice a row of a table page: issue 18), and any other key as it encodes it."""
    assert row_path(key) == tilde_encode(key)


def test_a_requests_query_string_is_parsed_once_and_read_as_datasette_reads_it(tmp_path,
                                                                              monkeypatch):
    """Regression (issue 18): Datasette's `Request.args` parsed the query string on every use,
    some fifty times a search page (~0.4 ms); papershelf_config_cache parses it once a request
    (and again only if the query string is another)."""
    from datasette.utils import asgi

    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    with write(db) as tx:
        save_paper(tx, Paper(title="Sparse attention"), rank=Rank.PAGE, hlc="2026-12-01T00:00:00Z")
    db.close()
    ds = build_datasette(db_path, base_url="/")
    off_loop(asyncio.run, ds.invoke_startup())
    parsed = []
    real = asgi.parse_qs
    monkeypatch.setattr(asgi, "parse_qs", lambda **kw: parsed.append(kw["qs"]) or real(**kw))
    response = off_loop(asyncio.run, ds.client.get(
        "/library/papers?_search=sparse&_facet=status&_facet=rating&_nocol=abstract"))
    assert response.status_code == 200 and "Sparse attention" in response.text
    assert parsed == ["_search=sparse&_facet=status&_facet=rating&_nocol=abstract"]

    request = Request({"type": "http", "query_string": b"a=1&a=2&b=&c=3"}, None)
    assert request.args.getlist("a") == ["1", "2"] and request.args["b"] == ""
    assert request.args is request.args
    request.scope["query_string"] = b"c=4"  # another query string: read again
    assert {name: request.args.getlist(name) for name in request.args} == {"c": ["4"]}
