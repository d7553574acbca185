"""What a reader sees in a real browser (Debian's Chromium through Playwright) over the
sample library `scripts/run` builds: the paper page, the tables, the overview and its
charts, /schema, all with every request to another host refused (a library works
offline). Screenshots are saved under the test's tmp dir; with
PAPERSHELF_SCREENSHOT=docs they are the README's (docs/screenshot-{overview,paper,papers}.png).

Playwright runs in a thread of its own: the extension tests in this folder may hold a
sync Playwright session open on the main thread, and two cannot share one thread.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers import FIXTURES, off_loop, running_server
from papershelf.publish.demo import add_sample_library

pytestmark = pytest.mark.e2e

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS_TO = os.environ.get("PAPERSHELF_SCREENSHOT")


@pytest.fixture(scope="module")
def sample_server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("reading") / "library.db"
    off_loop(add_sample_library, db_path, FIXTURES)
    with running_server(db_path, args=()) as server:
        yield server


def screenshot_path(tmp_path: Path, name: str) -> Path:
    folder = Path(SCREENSHOTS_TO) if SCREENSHOTS_TO else tmp_path
    return folder / f"screenshot-{name}.png"


def in_browser(base_url: str, steps) -> dict:
    """Run `steps(page, seen)` in a fresh Chromium page that may reach `base_url` only."""
    from playwright.sync_api import sync_playwright

    seen: dict = {"elsewhere": [], "errors": [], "console_errors": []}
    local = urlsplit(base_url).netloc
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})

        def route(r):
            if urlsplit(r.request.url).netloc == local or r.request.url.startswith("data:"):
                r.continue_()
            else:
                seen["elsewhere"].append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("pageerror", lambda e: seen["errors"].append(str(e)))
        page.on("console", lambda m: m.type == "error" and seen["console_errors"].append(m.text))
        steps(page, seen)
        browser.close()
    return seen


def run(base_url: str, steps) -> dict:
    seen = off_loop(in_browser, base_url, steps)
    assert seen["elsewhere"] == [], seen["elsewhere"]
    assert seen["errors"] == [], seen["errors"]
    return seen


def paper_id(db_path: Path, arxiv_id: str) -> str:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("select id from papers where arxiv_id = ?", [arxiv_id]).fetchone()[0]


def test_paper_page_reads_like_a_paper(sample_server, tmp_path):
    base = sample_server.base_url
    attention = paper_id(sample_server.db_path, "1706.03762")
    shot = screenshot_path(tmp_path, "paper")

    def steps(page, seen):
        page.goto(f"{base}/data/library/papers/{attention}", wait_until="networkidle")
        seen["h1"] = page.locator("h1").inner_text()
        seen["buttons"] = page.locator(".papershelf-button").all_inner_texts()
        seen["list_items"] = page.locator(".papershelf-note-body li").all_inner_texts()
        seen["quote_style"] = page.locator("blockquote.papershelf-quote").first.evaluate(
            "e => [getComputedStyle(e).fontStyle, getComputedStyle(e).borderLeftWidth]")
        seen["quote_href"] = page.locator(".papershelf-quote-link").first.get_attribute("href")
        page.screenshot(path=str(shot), full_page=True)
        page.locator(".papershelf-authors a").first.click()
        page.wait_for_load_state("networkidle")
        seen["author_url"] = page.url
        seen["author_titles"] = page.locator("td.col-title").all_inner_texts()
        page.go_back(wait_until="networkidle")
        page.locator(".papershelf-yours a.papershelf-tag", has_text="classic").click()
        page.wait_for_load_state("networkidle")
        seen["tag_titles"] = page.locator("td.col-title").all_inner_texts()

    seen = run(base, steps)
    assert seen["h1"] == "Attention Is All You Need"
    assert seen["buttons"] == ["Abstract page", "PDF", "Hugging Face"]
    assert seen["list_items"] == ["multi-head attention", "positional encodings"]
    assert seen["quote_style"][0] == "italic" and seen["quote_style"][1] != "0px"
    assert seen["quote_href"].startswith("https://arxiv.org/abs/1706.03762#:~:text=dispensing")
    assert "authors__arraycontains=Ashish" in seen["author_url"]
    assert "Attention Is All You Need" in seen["author_titles"]
    assert "Attention Is All You Need" in seen["tag_titles"] and len(seen["tag_titles"]) >= 3
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_a_reader_marks_notes_corrects_and_removes_a_paper_from_its_page(sample_server):
    base = sample_server.base_url
    bert = paper_id(sample_server.db_path, "1810.04805")

    def steps(page, seen):
        page.goto(f"{base}/data/library/papers/{bert}", wait_until="networkidle")
        page.select_option(".papershelf-edit select[name=status]", "read")
        page.select_option(".papershelf-edit select[name=rating]", "5")
        tags = page.locator(".papershelf-edit input[name=tags]")
        tags.fill(tags.input_value() + ", to cite")
        page.locator(".papershelf-edit button").click()
        page.wait_for_load_state("networkidle")
        seen["after_save"] = page.url
        seen["status"] = page.locator(".papershelf-yours a.papershelf-status").inner_text()
        seen["rating"] = page.locator(".papershelf-yours .papershelf-rating").inner_text()
        seen["tags"] = page.locator(".papershelf-yours a.papershelf-tag").all_inner_texts()
        page.locator(".papershelf-add-note textarea").fill("Masked LM, *then* next sentence.")
        page.locator(".papershelf-add-note button").click()
        page.wait_for_load_state("networkidle")
        seen["after_note"] = page.url
        seen["first_note"] = page.locator(".papershelf-note-body").first.inner_html()
        page.locator(".papershelf-correct summary").click()
        page.locator(".papershelf-correct-form input[name=venue]").fill("NAACL 2019")
        page.locator(".papershelf-correct-form button").click()
        page.wait_for_load_state("networkidle")
        seen["venue"] = page.locator(".papershelf-venue").inner_text()
        seen["h1"] = page.locator("h1").inner_text()
        page.locator(".papershelf-remove summary").click()
        page.locator(".papershelf-remove-paper button").click()
        page.wait_for_load_state("networkidle")
        seen["removed"] = page.locator("main p").first.inner_text()
        seen["undo_style"] = page.locator("button").evaluate("e => getComputedStyle(e).backgroundColor")
        page.locator("button", has_text="Bring it back").click()
        page.wait_for_load_state("networkidle")
        seen["back"] = (page.url, page.locator(".papershelf-venue").inner_text())

    seen = run(base, steps)
    assert seen["after_save"].endswith(f"/data/library/papers/{bert}#yours")
    assert (seen["status"], seen["rating"]) == ("read", "★★★★★")
    assert "to cite" in seen["tags"]
    assert f"/data/library/papers/{bert}#note-" in seen["after_note"]
    assert "<em>then</em>" in seen["first_note"]
    assert seen["venue"] == "NAACL 2019" and seen["h1"].startswith("BERT: Pre-training")
    assert seen["removed"].startswith("Removed “BERT: Pre-training")
    assert seen["undo_style"] == "rgb(39, 104, 144)"  # in the pages' own style
    assert seen["back"] == (f"{base}/data/library/papers/{bert}", "NAACL 2019")  # back whole


def test_overview_draws_every_chart_with_its_data(sample_server, tmp_path):
    base = sample_server.base_url
    with sqlite3.connect(sample_server.db_path) as conn:
        years = conn.execute("select count(*) from library_counts where facet = 'year' "
                             "and value != 'undated' and count > 0").fetchone()[0]
        statuses = conn.execute("select count(*) from library_counts where facet = 'status' "
                                "and count > 0").fetchone()[0]
        papers = conn.execute("select count(*) from papers").fetchone()[0]
    shot = screenshot_path(tmp_path, "overview")

    def steps(page, seen):
        page.goto(f"{base}/data/", wait_until="networkidle")
        for slug in ("captured-per-week", "by-year", "by-tag", "by-status", "by-rating"):
            page.wait_for_selector(f"#chart-{slug} svg .role-mark path", timeout=10_000)
        seen["year_bars"] = page.locator("#chart-by-year svg .mark-rect path").count()
        # Time axes: a year or week without papers is a gap (an ordinal axis left it out).
        seen["time_axes"] = [page.locator(f"#chart-{slug} svg [aria-label^='X-axis']").first
                             .get_attribute("aria-label") for slug in ("captured-per-week", "by-year")]
        seen["status_arcs"] = page.locator("#chart-by-status svg .mark-arc path").count()
        seen["first_count"] = page.locator(".papershelf-count strong").first.inner_text()
        page.screenshot(path=str(shot), full_page=True)
        page.locator("a", has_text="Papers to read").first.click()
        page.wait_for_load_state("networkidle")
        seen["query_h1"] = page.locator("h1").inner_text()

    seen = run(base, steps)
    assert seen["year_bars"] == years and seen["status_arcs"] == statuses
    assert all("for a utc scale" in label for label in seen["time_axes"]), seen["time_axes"]
    assert seen["first_count"].replace(",", "") == str(papers)
    assert seen["query_h1"] == "Papers to read"
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_tables_put_the_title_first_and_search_by_relevance(sample_server, tmp_path):
    base = sample_server.base_url
    with sqlite3.connect(sample_server.db_path) as conn:
        best = conn.execute(
            "select papers.title from papers_fts join papers on papers.rowid = papers_fts.rowid "
            "where papers_fts match 'protein' order by papers_fts.rank, papers.id").fetchone()[0]
    shot = screenshot_path(tmp_path, "papers")

    def steps(page, seen):
        page.goto(f"{base}/data/library/papers", wait_until="networkidle")
        headers = page.locator("table.rows-and-columns thead th")
        seen["visible_headers"] = [h.get_attribute("data-column") for h in headers.all()
                                   if h.is_visible()]
        seen["row_height"] = page.evaluate(
            "Math.max(...[...document.querySelectorAll('table.rows-and-columns tbody tr')]"
            ".map(r => r.getBoundingClientRect().height))")
        page.set_viewport_size({"width": 1280, "height": 1400})  # the facets and some rows
        page.screenshot(path=str(shot))
        seen["empty_tags"] = page.locator("td.col-tags").all_inner_texts()
        title = page.locator("td.col-title a").first
        seen["clicked_title"] = title.inner_text()
        title.click()
        page.wait_for_load_state("networkidle")
        seen["page_h1"] = page.locator("h1").inner_text()
        page.goto(f"{base}/data/library/papers", wait_until="networkidle")
        page.fill("input[name=_search]", "protein")
        page.locator("input[name=_search]").press("Enter")
        page.wait_for_load_state("networkidle")
        seen["first_found"] = page.locator("td.col-title").first.inner_text()
        page.goto(f"{base}/data/library/notes", wait_until="networkidle")
        link = page.locator("td.col-paper_id a").first
        seen["note_paper"] = link.inner_text()
        link.click()
        page.wait_for_load_state("networkidle")
        seen["note_h1"] = page.locator("h1").inner_text()

    seen = run(base, steps)
    headers = seen["visible_headers"]
    assert headers[0] == "title" and "id" not in headers
    assert headers.index("rating") < headers.index("published") < headers.index("abstract")
    assert seen["row_height"] < 160  # abstracts two lines, authors three, not twenty
    assert "[]" not in seen["empty_tags"] and "" in seen["empty_tags"]
    assert seen["page_h1"] == seen["clicked_title"]
    assert seen["first_found"] == best
    assert seen["note_h1"] == seen["note_paper"]


def test_schema_viewer_works_offline(sample_server):
    def steps(page, seen):
        page.goto(f"{sample_server.base_url}/schema", wait_until="networkidle")
        page.wait_for_selector(".opblock", timeout=10_000)
        seen["operations"] = page.locator(".opblock").count()

    seen = run(sample_server.base_url, steps)
    assert seen["operations"] >= 10


@pytest.fixture(scope="module")
def outsized_server(tmp_path_factory):
    """A library holding what imports let through: a 'title' of one 3,000-character word (a
    record's fields run together), a URL for a title, and a collaboration's 3,000 authors."""
    from papershelf.records import Paper, Rank
    from papershelf.store.db import open_writer
    from papershelf.store.papers import save_paper
    from papershelf.store.tx import write

    db_path = tmp_path_factory.mktemp("outsized") / "library.db"
    db = open_writer(db_path, create=True)
    with write(db) as tx:
        for paper in (Paper(title="x" * 3000, published="2021"),
                      Paper(title="https://example.org/" + "a/" * 120, published="2020"),
                      Paper(title="Observation of a new boson", published="2012-07-31", abstract="We saw it.",
                            authors=[f"Given Surname{n}" for n in range(3000)])):
            save_paper(tx, paper, rank=Rank.PAGE, hlc=tx.now())
    db.close()
    with running_server(db_path, args=()) as server:
        yield server


def test_outsized_titles_and_author_lists_stay_in_their_place(outsized_server, tmp_path):
    base = outsized_server.base_url
    shot = screenshot_path(tmp_path, "outsized")
    # How far each table cell's content runs past its cell, and how tall the tallest row is.
    overflow = ("Math.max(...[...document.querySelectorAll('table.rows-and-columns tbody td')]"
                ".map(td => td.scrollWidth - td.clientWidth))")
    tallest = ("Math.max(...[...document.querySelectorAll('table.rows-and-columns tbody tr')]"
               ".map(r => r.getBoundingClientRect().height))")

    def steps(page, seen):
        page.goto(f"{base}/data/library/papers", wait_until="networkidle")
        seen["overflow"], seen["tallest"] = page.evaluate(overflow), page.evaluate(tallest)
        page.screenshot(path=str(shot))
        page.locator("td.col-title a", has_text="Observation").click()
        page.wait_for_load_state("networkidle")
        seen["abstract_top"] = page.locator(".papershelf-abstract").bounding_box()["y"]
        seen["links_before"] = page.locator(".papershelf-authors a:visible").count()
        page.locator(".papershelf-authors summary").click()
        seen["links_after"] = page.locator(".papershelf-authors a:visible").count()
        page.goto(f"{base}/data/", wait_until="networkidle")  # the overview lists it to read
        seen["overview_wider_by"] = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")

    seen = run(base, steps)
    assert seen["overflow"] <= 1, seen  # a word longer than its cell breaks inside it
    assert seen["tallest"] < 400, seen
    assert seen["abstract_top"] < 900, seen  # the abstract on the first screen, not after 3,000 names
    assert (seen["links_before"], seen["links_after"]) == (20, 3000)
    assert seen["overview_wider_by"] <= 1, seen  # the long word wraps, the page does not scroll sideways
