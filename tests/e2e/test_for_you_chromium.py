"""The "For you" page in a real browser (Debian's Chromium through Playwright) on a real
`papershelf serve`: the reader rates and tags through the API, the server's background
refresher learns, and the page found through Datasette's menu shows the ranked papers
with their reasons, switches to a tag and links to each paper and to a valid feed.
"""

from __future__ import annotations

import os
import shutil
import time
from datetime import date

import httpx
import pytest

from atom_check import assert_valid_atom
from helpers import DUMPS, off_loop, running_server
from papershelf.importer import import_dump
from papershelf.store.db import open_writer

pytestmark = pytest.mark.e2e

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def taught_server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("for-you") / "library.db"
    db = open_writer(db_path, create=True)
    try:
        for dump in sorted(DUMPS.glob("*.txt")):
            import_dump(db, dump, captured_at=date(2025, 11, 6))
        sae = [pid for (pid,) in db.execute(
            "SELECT id FROM papers WHERE title LIKE '%sparse autoencoder%' ORDER BY id")]
    finally:
        db.close()
    with running_server(db_path, args=()) as server:
        for pid in sae[:3]:
            answer = httpx.patch(f"{server.base_url}/api/papers/{pid}", headers=server.headers,
                                 json={"rating": 5}, timeout=30)
            assert answer.status_code == 200, answer.text
        answer = httpx.patch(f"{server.base_url}/api/papers/{sae[3]}", headers=server.headers,
                             json={"tags": ["interp"]}, timeout=30)
        assert answer.status_code == 200, answer.text
        deadline = time.monotonic() + 60  # the background refresher's turn; no timing asserted
        while time.monotonic() < deadline:
            body = httpx.get(f"{server.base_url}/api/recommendations?tag=interp",
                             headers=server.headers, timeout=30).json()
            liked = httpx.get(f"{server.base_url}/api/recommendations", headers=server.headers,
                              timeout=30).json()
            if body["model"] and liked["model"] and liked["model"]["positives"] == 4:
                break
            time.sleep(0.3)
        yield server, sae


def browse(base_url: str, screenshot) -> dict:
    from playwright.sync_api import sync_playwright

    seen: dict = {"errors": [], "console": [], "failed": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        # `papershelf serve` has no /favicon.ico (Datasette's is under /data/): the browser's
        # own request for it is answered here so that any other failed load shows.
        page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
        page.on("pageerror", lambda e: seen["errors"].append(str(e)))
        page.on("console", lambda m: m.type == "error" and seen["console"].append(m.text))
        page.on("response", lambda r: r.status >= 400 and seen["failed"].append(f"{r.status} {r.url}"))
        page.goto(base_url + "/data/", wait_until="networkidle")
        page.locator("nav details summary").first.click()  # Datasette's menu
        page.get_by_role("link", name="For you").click()
        page.wait_for_load_state("networkidle")
        seen["url"] = page.url
        seen["h1"] = page.locator("h1").inner_text()
        items = page.locator(".papershelf-for-you > ol > li")
        seen["count"] = items.count()
        seen["first_title"] = items.first.locator("a").first.inner_text()
        seen["first_reasons"] = items.first.locator(".why li").all_inner_texts()
        seen["with_reasons"] = sum(1 for i in range(seen["count"]) if items.nth(i).locator(".why li").count())
        seen["feed"] = page.locator("link[rel=alternate][type='application/atom+xml']").get_attribute("href")
        page.screenshot(path=str(screenshot), full_page=False)
        page.get_by_role("link", name="interp", exact=True).click()
        page.wait_for_load_state("networkidle")
        seen["tag_h1"] = page.locator("h1").inner_text()
        seen["tag_first_reason"] = page.locator(".papershelf-for-you > ol > li .why li").first.inner_text()
        page.locator(".papershelf-for-you > ol > li a").first.click()
        page.wait_for_load_state("networkidle")
        seen["paper_url"] = page.url
        seen["paper_h1"] = page.locator("h1").inner_text()
        browser.close()
    return seen


def test_for_you_in_a_browser_shows_ranked_papers_with_reasons_and_a_valid_feed(taught_server, tmp_path):
    assert shutil.which(CHROMIUM), f"{CHROMIUM} is missing: apt-get install chromium"
    server, sae = taught_server
    screenshot = tmp_path / "for-you.png"
    seen = off_loop(browse, server.base_url, screenshot)
    assert seen["errors"] == [] and seen["console"] == [] and seen["failed"] == [], seen
    assert seen["url"].endswith("/data/-/for-you") and seen["h1"] == "For you"
    assert seen["count"] == 50 and seen["with_reasons"] == 50
    assert any(r.startswith("weighs “") for r in seen["first_reasons"]), seen["first_reasons"]
    assert "autoencoder" in seen["first_title"].lower() or "sae" in seen["first_title"].lower(), seen
    assert seen["tag_h1"] == "For you: interp" and seen["tag_first_reason"] == "for your tag “interp”"
    assert "/data/library/papers/" in seen["paper_url"] and seen["paper_h1"]
    assert seen["paper_url"].rsplit("/", 1)[1] not in sae[:4]  # never one the reader rated or tagged
    feed = httpx.get(server.base_url + seen["feed"], timeout=30)
    assert feed.status_code == 200 and len(assert_valid_atom(feed.content)) == 50
    assert screenshot.read_bytes().startswith(b"\x89PNG") and screenshot.stat().st_size > 20_000
