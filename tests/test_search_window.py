"""Search at any library size (issues 12, 14, 18): a search matching more papers than the
window ranks, counts, sorts and facets the window's most recently added matches, and says
so; one of a normal size is exact. Real Datasette (in process) and the real API over a
real library file of 6,000 papers, the Datasette window lowered through its setting."""

from __future__ import annotations

import asyncio
import itertools
import json
import shutil
import sqlite3
from urllib.parse import urlsplit

import pytest
import yaml
from litestar.testing import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from helpers import off_loop
from papershelf.api.app import create_app
from papershelf.api.papers import search_papers
from papershelf.api.settings import Settings
from papershelf.publish.datasette_app import build_datasette, datasette_dir
from papershelf.store.db import open_writer
from papershelf.store.queries import PaperFilter, fts_query, list_papers
from papershelf.store.tokens import create_token

PAPERS = 6_000
WINDOW = 300  # the Datasette window in these tests (papershelf-search: window)
SAMPLE = 100  # and the facets' sample (papershelf-search: facet_sample)
STATUSES = ("unread", "reading", "read", "skipped")


COMMON_SAMPLE = 200  # papershelf-search: common_sample (store/relevance.py)


def build(path) -> None:
    """`common` in every paper (1 to 4 times, texts of varied length: distinct ranks; in the
    title of every 7th), `many` in 2 of 5 (1 to 3 times), `medium` in every 40th, `few` in every
    100th, `rare` in every 1000th."""
    db = open_writer(path, create=True)
    rows = []
    for n in range(PAPERS):
        words = ["common"] * (1 + n % 4) + [f"filler{n % 13}"] * (n % 23)
        if n % 5 < 2:
            words += ["many"] * (1 + n % 3)
        if n % 40 == 0:
            words.append("medium")
        if n % 100 == 0:
            words.append("few")
        if n % 1000 == 0:
            words.append("rare")
        title = f"Common paper {n:05d}" if n % 7 == 0 else f"Paper {n:05d}"
        rows.append((f"{n:016x}", title, " ".join(words), "[]", 0,
                     f"20{10 + n % 15}-01-01", STATUSES[n % 4], json.dumps([f"t{n % 3}"]),
                     "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))
    with db.conn:
        db.conn.executemany(
            "INSERT INTO papers (id, title, abstract, authors, authors_count, published, status, "
            "tags, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    db.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-window")
    db_path = folder / "library.db"
    build(db_path)
    config = folder / "datasette"
    shutil.copytree(datasette_dir(), config, ignore=shutil.ignore_patterns("__pycache__"))
    metadata = yaml.safe_load((config / "metadata.yml").read_text(encoding="utf-8"))
    metadata["plugins"]["papershelf-search"] = {"window": WINDOW, "facet_sample": SAMPLE,
                                                "common_sample": COMMON_SAMPLE}
    (config / "metadata.yml").write_text(yaml.safe_dump(metadata), encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("PAPERSHELF_DATASETTE_DIR", str(config))
    ds = build_datasette(db_path, base_url="/")
    mp.undo()
    # The plugin wraps the database's execute at startup; run_and_record wraps it again, so
    # startup must come first, whichever test of the module runs first.
    off_loop(asyncio.run, ds.invoke_startup())
    return ds, db_path


def get(ds, path: str):
    response = off_loop(asyncio.run, ds.client.get(path))
    assert response.status_code == 200, (path, response.text[:500])
    return response


def window_of(db_path, word: str, size: int) -> dict[str, float]:
    """The `size` most recently added papers matching `word`: id -> FTS5 rank."""
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "select papers.id, papers_fts.rank from papers_fts join papers on papers.rowid = "
        "papers_fts.rowid where papers_fts match ? and papers_fts.rowid in (select rowid from "
        "papers_fts where papers_fts match ? order by rowid desc limit ?)",
        [fts_query(word), fts_query(word), size])
    found = dict(rows.fetchall())
    conn.close()
    return found


def matches(db_path, word: str) -> dict[str, float]:
    return window_of(db_path, word, PAPERS)


def pages(ds, path: str) -> list[dict]:
    rows = []
    while path:
        data = get(ds, path).json()
        rows += data["rows"]
        path = data["next_url"] and urlsplit(data["next_url"])._replace(scheme="", netloc="").geturl()
    return rows


def test_a_word_in_every_paper_answers_with_the_window_counted_and_said(setup):
    ds, _ = setup
    data = get(ds, "/library/papers.json?_search=common").json()
    assert data["filtered_table_rows_count"] == WINDOW  # not 6,000: the window, and said so
    assert f"among its {WINDOW:,} most recently added matches" in data["human_description_en"]
    assert f"facets count its {SAMPLE:,} most recently added" in data["human_description_en"]
    facets = data["facet_results"]
    assert sum(v["count"] for v in facets["status"]["results"]) == SAMPLE
    page = HTMLParser(get(ds, "/library/papers?_search=common").text)
    said = page.css_first(".papershelf-window").text()
    assert f"More than {WINDOW:,} papers match" in said
    assert f"the facets count the {SAMPLE:,} most recently added" in said
    # A word in every paper has no best matches (store/relevance.py): the page says its order.
    assert "title matches first, then the newest" in page.css_first("h3").text()
    assert "best matches first" not in page.css_first("h3").text()
    assert "Its words are in most papers" in page.css_first(".papershelf-relevance").text()
    page = HTMLParser(get(ds, "/library/papers?_search=many").text)
    assert "best matches first" in page.css_first("h3").text()
    assert "Best matches first" in page.css_first(".papershelf-relevance").text()


def test_a_search_in_relevance_order_shows_no_column_sorted(setup):
    """Regression: the table's default sort column kept its arrow (published ▲) over rows
    in relevance order; a sort the reader picks still shows it."""
    ds, _ = setup
    headers = {th.attributes["data-column"]: th.text(strip=True) for th in HTMLParser(
        get(ds, "/library/papers?_search=many").text).css("th[data-column]")}
    assert headers["published"] == "published" and not any("▲" in h or "▼" in h for h in headers.values())
    for path in ("/library/papers", "/library/papers?_search=many&_sort_desc=published&_papershelf_sorted=1"):
        headers = {th.attributes["data-column"]: th.text(strip=True)
                   for th in HTMLParser(get(ds, path).text).css("th[data-column]")}
        assert headers["published"] == "published\xa0▲", path


def test_best_matches_of_the_window_first_across_pages(setup):
    ds, db_path = setup
    window = window_of(db_path, "many", WINDOW)
    rows = pages(ds, "/library/papers.json?_search=many&_size=70&_shape=objects")
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)) == WINDOW and set(ids) == set(window)
    ranks = [window[pid] for pid in ids]
    assert ranks == sorted(ranks)
    best = min(window.values())
    assert window[ids[0]] == best


def test_a_normal_search_is_exact_count_facets_and_rank(setup):
    ds, db_path = setup
    found = matches(db_path, "few")
    assert len(found) < SAMPLE
    data = get(ds, "/library/papers.json?_search=few&_shape=objects&_size=max").json()
    assert data["filtered_table_rows_count"] == len(found)
    assert "most recently added" not in data["human_description_en"]
    assert sum(v["count"] for v in data["facet_results"]["status"]["results"]) == len(found)
    ranks = [found[row["id"]] for row in data["rows"]]
    assert ranks == sorted(ranks) and len(ranks) == len(found)
    page = HTMLParser(get(ds, "/library/papers?_search=few").text)
    assert page.css_first(".papershelf-window") is None
    assert page.css(".facet-info")  # the facets a reader filters by


def test_facets_of_a_larger_search_count_its_newest_matches_and_say_so(setup):
    ds, db_path = setup
    found = matches(db_path, "medium")
    assert SAMPLE < len(found) < WINDOW
    sample = window_of(db_path, "medium", SAMPLE)
    conn = sqlite3.connect(db_path)
    expected = dict(conn.execute(
        f"select status, count(*) from papers where id in ({','.join('?' * len(sample))}) "
        "group by status", list(sample)).fetchall())
    conn.close()
    data = get(ds, "/library/papers.json?_search=medium").json()
    assert data["filtered_table_rows_count"] == len(found)  # the count is exact
    statuses = {v["value"]: v["count"] for v in data["facet_results"]["status"]["results"]}
    assert statuses == expected
    tags = data["facet_results"]["tags"]["results"]
    assert sum(v["count"] for v in tags) == SAMPLE  # one tag a paper
    assert f"facets count its {SAMPLE:,} most recently added" in data["human_description_en"]
    said = HTMLParser(get(ds, "/library/papers?_search=medium").text).css_first(
        ".papershelf-window").text()
    assert f"The facets count the {SAMPLE:,} most recently added matches" in said


def test_a_sort_the_reader_picks_is_kept_within_the_window(setup):
    ds, db_path = setup
    window = window_of(db_path, "common", WINDOW)
    rows = pages(ds, "/library/papers.json?_search=common&_sort=title&_size=100&_shape=objects")
    titles = [row["title"] for row in rows]
    assert titles == sorted(titles) and {row["id"] for row in rows} == set(window)


def test_a_search_with_a_filter_ranks_the_filtered_window(setup):
    ds, db_path = setup
    window = window_of(db_path, "many", WINDOW)
    rows = pages(ds, "/library/papers.json?_search=many&status=read&_size=20&_shape=objects")
    assert rows and all(row["status"] == "read" for row in rows)
    assert {row["id"] for row in rows} <= set(window)
    ranks = [window[row["id"]] for row in rows]
    assert ranks == sorted(ranks)


def title_first_then_newest(db_path, word: str, size: int) -> list[str]:
    """The `size` most recently added papers matching `word`, those with it in the title
    first, then the newest: the order of a search of words in most papers."""
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "select id, title from papers where rowid in (select rowid from papers_fts where "
        "papers_fts match ? order by rowid desc limit ?) order by rowid desc", [word, size])
    ordered = sorted(rows.fetchall(), key=lambda row: word not in row[1].lower())
    conn.close()
    return [pid for pid, _ in ordered]


def test_a_search_of_a_word_in_most_papers_comes_title_matches_first_then_newest(setup):
    """Regression (issue 14): bm25 counted each of a word's matches for a weight of a
    millionth (40 ms for a word in 84% of a million papers) to order matches it cannot
    tell apart; such a search now lists title matches first, then the newest."""
    ds, db_path = setup
    expected = title_first_then_newest(db_path, "common", WINDOW)
    assert 0 < sum("Common" in title for title in _titles(db_path, expected)) < WINDOW
    rows = pages(ds, "/library/papers.json?_search=common&_size=70&_shape=objects")
    assert [row["id"] for row in rows] == expected
    db = open_writer(db_path)
    try:
        got, cursor = [], None
        while True:
            papers, cursor, _ = list_papers(db, PaperFilter(q="common", limit=64, cursor=cursor),
                                            window=WINDOW, common_sample=COMMON_SAMPLE)
            got += [p.id for p in papers]
            if cursor is None:
                break
    finally:
        db.close()
    assert got == expected


def _titles(db_path, ids: list[str]) -> list[str]:
    conn = sqlite3.connect(db_path)
    by_id = dict(conn.execute(f"select id, title from papers where id in ({','.join('?' * len(ids))})",
                              ids).fetchall())
    conn.close()
    return [by_id[pid] for pid in ids]


def test_a_word_in_most_papers_beside_others_is_not_weighed_and_the_order_stays_bm25s(setup, relevance):
    """Regression (issue 14): `common many` counted every match of `common` to rank;
    now only `many` is ranked, among the papers matching both, in bm25's order of both."""
    ds, db_path = setup
    window = window_of(db_path, "common many", WINDOW)
    data, ran = run_and_record(ds, "/library/papers.json?_search=common+many&_size=100&_shape=objects")
    params = data["query"]["params"]
    assert params["papershelf_informative"] == '("many" OR "manies")'
    page = [relevance.ranked(sql, params)[0] for sql in ran if "papershelf-relevance" in sql]
    page = [sql for sql in page if "papershelf_match" in sql]
    assert len(page) == 1 and "match :papershelf_informative" in page[0]
    rows = pages(ds, "/library/papers.json?_search=common+many&_size=70&_shape=objects")
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)) == WINDOW and set(ids) == set(window)
    # The whole query's ranks, but for what the common word adds: a millionth a column, ten in
    # a title (search_text.COLUMN_WEIGHTS).
    ranks = [window[pid] for pid in ids]
    assert all(earlier <= later + 1e-4 for earlier, later in itertools.pairwise(ranks))
    db = open_writer(db_path)
    try:
        got, cursor = [], None
        while True:
            papers, cursor, _ = list_papers(db, PaperFilter(q="common many", limit=64, cursor=cursor),
                                            window=WINDOW)
            got += [p.id for p in papers]
            if cursor is None:
                break
    finally:
        db.close()
    assert len(got) == len(set(got)) == WINDOW and set(got) == set(window)
    ranks = [window[pid] for pid in got]
    assert all(earlier <= later + 1e-4 for earlier, later in itertools.pairwise(ranks))


def test_a_word_in_fewer_papers_than_the_sample_is_ranked_by_bm25_as_written(setup):
    """A library too small to tell a common word (its matches fewer than the sample) keeps
    FTS5's own ranking: `medium` is in every 40th paper, 150 of them."""
    _, db_path = setup
    db = open_writer(db_path)
    try:
        found = matches(db_path, "medium")
        papers, _, _ = list_papers(db, PaperFilter(q="medium", limit=500), common_sample=len(found))
    finally:
        db.close()
    assert [found[p.id] for p in papers] == sorted(found.values())


def test_raw_search_syntax_errors_stay_datasettes_answer(setup):
    ds, _ = setup
    response = off_loop(asyncio.run, ds.client.get(
        "/library/papers.json?_search=%22unclosed&_searchmode=raw"))
    assert response.status_code == 400


def test_api_search_ranks_the_window_and_says_so(setup):
    _, db_path = setup
    db = open_writer(db_path)
    try:
        window = window_of(db_path, "many", WINDOW)
        got, cursor = [], None
        while True:
            papers, cursor, among = list_papers(db, PaperFilter(q="many", limit=64, cursor=cursor),
                                                window=WINDOW)
            assert among == WINDOW
            got += [p.id for p in papers]
            if cursor is None:
                break
        assert len(got) == len(set(got)) == WINDOW and set(got) == set(window)
        assert [window[pid] for pid in got] == sorted(window[pid] for pid in got)
        filtered, _, among = list_papers(db, PaperFilter(q="many", status="read", limit=500),
                                         window=WINDOW)
        assert among == WINDOW and {p.id for p in filtered} <= set(window)
        assert all(p.status == "read" for p in filtered) and filtered
        exact, _, among = list_papers(db, PaperFilter(q="medium", limit=500), window=WINDOW)
        assert among is None and len(exact) == len(matches(db_path, "medium"))
        # The API's own window (5,000) over 6,000 matches.
        page = search_papers(db, PaperFilter(q="common", limit=5))
        assert page.ranked_among == 5_000 and len(page.papers) == 5
    finally:
        db.close()


def test_api_answers_ranked_among(setup):
    _, db_path = setup
    db = open_writer(db_path)
    token = create_token(db, "search-window")
    db.close()
    app = create_app(Settings(db_path=db_path, datasette=False))
    with TestClient(app, base_url="http://127.0.0.1", timeout=30) as client:
        client.headers["Authorization"] = f"Bearer {token}"
        huge = client.get("/api/papers", params={"q": "common", "limit": 3}).json()
        rare = client.get("/api/papers", params={"q": "rare"}).json()
    assert huge["ranked_among"] == 5_000 and len(huge["papers"]) == 3 and huge["next"]
    assert rare["ranked_among"] is None and len(rare["papers"]) == PAPERS // 1000


# The relevance rewrite (papershelf_search.ranked) takes exactly the page's query of a
# marked search and nothing else; these are the shapes Datasette 0.65 writes.
SEARCH = "rowid in (select rowid from papers_fts where papers_fts match escape_fts(:search))"
WINDOWED = ("rowid in (select rowid from papers_fts where papers_fts match escape_fts(:search) "
            "and rowid >= :papershelf_floor)")
MARK0 = "1 /*papershelf-relevance fts=papers_fts pk=id next=0*/"
MARK1 = "1 /*papershelf-relevance fts=papers_fts pk=id next=1*/"


@pytest.fixture(scope="module")
def relevance():
    from helpers import datasette_plugin

    return datasette_plugin("papershelf_search")


@pytest.mark.parametrize("sql", [
    f"select id, title from papers where {SEARCH} order by published desc limit 26",  # no mark
    f"select count(*) from papers where {MARK0} and {SEARCH}",  # the count
    f"select status as value, count(*) as count from (select id, status from papers where "
    f"{MARK0} and {SEARCH}) where status is not null group by status order by count desc limit 9",
    f"select id from papers where {MARK0} and rowid in (select rowid from papers_fts where "
    f"title match escape_fts(:search_0)) order by published desc limit 26",  # a column search
    f"select id from papers where {MARK1} and {SEARCH} and (published < :p0) "
    f"order by published desc, id limit 26",  # a keyset without the key
])
def test_relevance_rewrite_leaves_every_other_query_as_datasette_wrote_it(relevance, sql):
    params = {"search": "attention", "p0": "2020"}
    assert relevance.ranked(sql, params) == (sql, params)


def test_relevance_rewrite_ranks_inside_fts5_when_only_the_search_filters(relevance):
    sql = f"select id, title from papers where {MARK0} and {WINDOWED} order by published desc limit 26"
    rewritten, _ = relevance.ranked(sql, {"search": "x", "papershelf_floor": 5})
    assert ("(select rowid, rank from papers_fts where papers_fts match escape_fts(:search) and "
            "rowid >= :papershelf_floor order by rank limit 26)") in rewritten
    assert rewritten.endswith("order by papershelf_match.rank, papers.id limit 26")


def test_relevance_rewrite_filters_before_ranking_with_another_filter(relevance):
    sql = (f"select id from papers where \"status\" = :p0 and {MARK0} and {SEARCH} "
           "order by published desc limit 26")
    rewritten, _ = relevance.ranked(sql, {"search": "x", "p0": "read"})
    assert "order by rank limit" not in rewritten and '"status" = :p0' in rewritten


def test_relevance_rewrite_in_a_real_library_pages_after_the_key(setup, relevance):
    _, db_path = setup
    conn = sqlite3.connect(db_path)
    conn.create_function("escape_fts", 1, lambda q: f'"{q}"')
    first = (f"select id from papers where {MARK0} and {SEARCH} order by published desc limit 11")
    ids = [r[0] for r in conn.execute(*relevance.ranked(first, {"search": "few"}))]
    after = (f"select id from papers where {MARK1} and {SEARCH} and ((published < :p1 or published "
             f"is null) or (published = :p1 and id > :p0)) order by published desc, id limit 11")
    params = {"search": "few", "p0": ids[9], "p1": "2099"}
    more = [r[0] for r in conn.execute(*relevance.ranked(after, params))]
    ranks = dict(conn.execute("select papers.id, papers_fts.rank from papers_fts join papers on "
                              "papers.rowid = papers_fts.rowid where papers_fts match 'few'"))
    conn.close()
    got = ids[:10] + more
    assert len(got) == len(set(got)) == min(len(ranks), 21)
    assert [ranks[i] for i in got] == sorted(ranks.values())[:len(got)]


@pytest.mark.parametrize("sql", [
    f"select count(*) from papers where \"status\" = :p0 and {SEARCH} ",  # another filter
    f"select count(*) from papers where {SEARCH} and rowid in (select rowid from papers_fts "
    "where title match escape_fts(:search_0))",
    "select count(*) from papers ",
    f"select count(*) from (select * from papers where {SEARCH})",
])
def test_count_rewrite_leaves_every_other_count_as_datasette_wrote_it(relevance, sql):
    params = {"search": "x", "p0": "read"}
    assert relevance.counted(sql, params) == (sql, params)


def test_count_of_a_search_alone_is_counted_in_fts5_and_equal(setup, relevance):
    _, db_path = setup
    conn = sqlite3.connect(db_path)
    conn.create_function("escape_fts", 1, lambda q: f'"{q}"')
    for sql, params in (
        (f"select count(*) from papers where {MARK0} and {SEARCH} ", {"search": "medium"}),
        (f"select count(*) from papers where {WINDOWED} ", {"search": "common",
                                                           "papershelf_floor": 4000}),
    ):
        rewritten, _ = relevance.counted(sql, params)
        assert rewritten.startswith("select count(*) from papers_fts where papers_fts match")
        assert conn.execute(rewritten, params).fetchone() == conn.execute(sql, params).fetchone()
    conn.close()


def recording(db) -> tuple[list[str], object]:
    """`db.execute` wrapped to note each statement it is given: (the notes, the execute it
    wraps)."""
    ran, original = [], db.execute

    async def execute(sql, *args, **kwargs):
        ran.append(sql)
        return await original(sql, *args, **kwargs)

    db.execute = execute
    return ran, original


def run_and_record(ds, path: str) -> tuple[dict, list[str]]:
    """The JSON of `path`, and the SQL the library ran for it."""
    db = ds.get_database("library")
    ran, original = recording(db)
    try:
        return get(ds, path).json(), ran
    finally:
        db.execute = original


def expected_facets(db_path, ids) -> dict[str, list[tuple]]:
    """Each facet of the papers table over `ids`, counted one by one in SQL."""
    conn = sqlite3.connect(db_path)
    marks = ",".join("?" * len(ids))
    of = f"from papers where papers.id in ({marks})"
    found = {
        "status": conn.execute(f"select status, count(*) as n {of} group by status "
                               "order by n desc, status", list(ids)).fetchall(),
        "tags": conn.execute(f"select j.value, count(*) as n from papers, json_each(papers.tags) j "
                             f"where papers.id in ({marks}) group by j.value order by n desc, j.value",
                             list(ids)).fetchall(),
        "published": conn.execute(f"select substr(published, 1, 4) as y, count(*) {of} "
                                  "group by y order by y desc limit 8", list(ids)).fetchall(),
        "arxiv_version": conn.execute(f"select arxiv_version, count(*) as n {of} and arxiv_version "
                                      "is not null group by arxiv_version", list(ids)).fetchall(),
    }
    conn.close()
    return found


def test_a_searchs_facets_run_as_one_query_and_count_what_each_alone_would(setup):
    """Regression (issue 14): seven facets each read a search's 1,000-paper sample again,
    25 of a million-paper search's 40 ms; now one query reads it once."""
    ds, db_path = setup
    for word, ids in (("medium", window_of(db_path, "medium", SAMPLE)),
                      ("few", matches(db_path, "few"))):
        data, ran = run_and_record(ds, f"/library/papers.json?_search={word}&_facet=arxiv_version")
        facets = data["facet_results"]
        shown = {name: [(v["value"], v["count"]) for v in facets[name]["results"]]
                 for name in ("status", "tags", "published", "arxiv_version")}
        assert shown == expected_facets(db_path, ids)
        assert facets["published"]["type"] == "year" and facets["tags"]["type"] == "array"
        assert len([sql for sql in ran if "count(*) as count" in sql]) == 1, ran
    # Without a search, every facet is Datasette's own query over the table, as before.
    data, ran = run_and_record(ds, "/library/papers.json")
    assert len([sql for sql in ran if "count(*) as count" in sql]) >= 7
    assert sum(v["count"] for v in data["facet_results"]["status"]["results"]) == PAPERS


def recorded_datasette(db_path, config=None):
    """Datasette over `db_path` and the SQL its database really ran (after papershelf's
    rewrites: the recorder is wrapped by them, not around them)."""
    mp = pytest.MonkeyPatch()
    if config is not None:
        mp.setenv("PAPERSHELF_DATASETTE_DIR", str(config))
    ds = build_datasette(db_path, base_url="/")
    mp.undo()
    ran, _ = recording(ds.get_database("library"))
    off_loop(asyncio.run, ds.invoke_startup())
    return ds, ran


def test_a_searchs_count_comes_with_its_windows_floors_and_is_the_one_datasette_counted(setup):
    """Regression (issue 18): Datasette asked a search's count after its rows, one more
    trip through its pool (~3 ms under load, a tenth of the JSON); the query that finds the
    window's floors now counts a search that fits the window, and one that does not has
    the window's size. The count query no longer runs, and the count is the one it gave."""
    _, db_path = setup
    ds, ran = recorded_datasette(db_path, db_path.parent / "datasette")
    conn = sqlite3.connect(db_path)
    medium = len(matches(db_path, "medium"))
    assert SAMPLE < medium < WINDOW
    for query, expected, counted_apart in (
        ("_search=rare", len(matches(db_path, "rare")), False),
        ("_search=medium", medium, False),
        ("_search=many", WINDOW, False),  # 2,400 match: the window
        ("_search=many&_sort=title", WINDOW, False),  # a sort the reader picks
        ("_search=nowhere", 0, False),
        # Another filter: Datasette's own count, over the window.
        ("_search=medium&status=unread", conn.execute(
            "select count(*) from papers where status = 'unread' and rowid in (select rowid "
            "from papers_fts where papers_fts match 'medium')").fetchone()[0], True),
        ("_search=many&status=read", conn.execute(
            "select count(*) from papers where status = 'read' and rowid in (select rowid from "
            "papers_fts where papers_fts match 'many' order by rowid desc limit ?)",
            [WINDOW]).fetchone()[0], True),
    ):
        ran.clear()
        data = get(ds, f"/library/papers.json?{query}").json()
        assert data["filtered_table_rows_count"] == expected, query
        assert any(sql.startswith("select count(*) from") for sql in ran) is counted_apart, query
    conn.close()


def test_a_kept_count_is_its_own_requests_even_in_the_same_task(tmp_path):
    """A count is kept for the request that found it, never reused: a client's requests
    (datasette.client, a test's) can run in one task, and a paper added between two of them
    is counted by the second."""
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)

    def add(n: int) -> None:
        with db.conn:
            db.conn.execute(
                "INSERT INTO papers (id, title, abstract, authors, authors_count, status, tags, "
                "created_at, updated_at) VALUES (?, ?, 'zeta', '[]', 0, 'unread', '[]', ?, ?)",
                [f"{n:016x}", f"Paper {n}", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"])

    for n in range(3):
        add(n)
    ds, _ = recorded_datasette(db_path)

    async def counts() -> list[int]:
        found = []
        for step in range(2):
            if step:
                add(3)
            response = await ds.client.get("/library/papers.json?_search=zeta")
            found.append(response.json()["filtered_table_rows_count"])
        return found

    assert off_loop(asyncio.run, counts()) == [3, 4]
    db.close()


@pytest.mark.parametrize("columns", ["_nocol=abstract", "_col=title&_col=status"])
def test_a_search_showing_chosen_columns_still_counts_its_facets_in_one_query(setup, columns):
    """Regression (issue 18): the facets were started with the page's columns, which a reader
    who hides one (the column menu's `_nocol`) or picks some (`_col`) narrows, while Datasette's
    facets select them all: the started query ran for nothing and every facet then ran its
    own, eight queries for one."""
    ds, db_path = setup
    ids = window_of(db_path, "medium", SAMPLE)
    data, ran = run_and_record(ds, f"/library/papers.json?_search=medium&{columns}"
                                   "&_facet=arxiv_version")
    facets = data["facet_results"]
    shown = {name: [(v["value"], v["count"]) for v in facets[name]["results"]]
             for name in ("status", "tags", "published", "arxiv_version")}
    assert shown == expected_facets(db_path, ids)
    assert len([sql for sql in ran if "count(*) as count" in sql]) == 1, ran
