"""Datasette in a real browser (Debian's Chromium through Playwright, never a downloaded one):
notes and a title full of XSS payloads render without running anything, on every page
that shows them (tables, queries, the paper page, the overview).

Playwright runs in a thread of its own: the extension tests in this folder may hold a
sync Playwright session open on the main thread, and two cannot share one thread.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import httpx
import pytest

from helpers import off_loop, running_server
from papershelf.publish.demo import build_demo_library
from papershelf.records import Paper
from papershelf.store.db import open_writer
from papershelf.store.papers import save_paper
from papershelf.store.tx import write

pytestmark = pytest.mark.e2e

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

# Every payload would announce itself with "XSS" in a dialog, the console or the title.
PAYLOADS = """# Payloads

<script>alert('XSS script')</script>
<img src=x onerror="alert('XSS onerror')">
<svg onload="alert('XSS svg')"><circle r="5"/></svg>
<svg><script>console.log('XSS svg script')</script></svg>
<iframe src="javascript:alert('XSS iframe')"></iframe>
<a href="javascript:alert('XSS link')">click me</a>
[markdown link](javascript:alert('XSS md link'))
<a href="JaVaScRiPt:alert('XSS case')">mixed case</a>
<a href="&#106;avascript:alert('XSS entity')">entity</a>
<details open ontoggle="alert('XSS details')">x</details>
<body onload="alert('XSS body')">
<math><mtext><table><mglyph><style><img src=x onerror="alert('XSS mxss')">
<div style="background:url(javascript:alert('XSS css'))">css</div>
<object data="javascript:alert('XSS object')"></object>
![img](x" onerror="alert('XSS md img'))
"""
TITLE = "<img src=x onerror=\"alert('XSS title')\"> Untrusted <script>alert('XSS t')</script>"


@pytest.fixture(scope="module")
def library_server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("xss") / "library.db"
    ids = build_demo_library(db_path)
    with running_server(db_path, args=()) as server:
        yield server, ids


def browse(base_url: str, pages: list[str], screenshot: Path) -> dict:
    from playwright.sync_api import sync_playwright

    seen = {"dialogs": [], "console": [], "errors": [], "hrefs": [], "handlers": [], "titles": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
        page.on("console", lambda m: seen["console"].append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: seen["errors"].append(str(e)))
        for path in pages:
            response = page.goto(base_url + path, wait_until="networkidle")
            assert response.status == 200, path
            page.wait_for_timeout(300)  # onerror/onload fire after load
            seen["titles"].append(page.title())
            seen["hrefs"] += page.eval_on_selector_all(
                "[href], [src], [data], [action]",
                "els => els.flatMap(e => ['href', 'src', 'data', 'action']"
                ".map(a => e.getAttribute(a)).filter(Boolean))")
            seen["handlers"] += page.evaluate(
                "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
                ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))")
            # Clicking what is left of the payload links must not run anything either.
            for link in page.locator(".papershelf-note a:not([href]), td a:not([href])").all():
                link.click(no_wait_after=True, timeout=2000)
            page.wait_for_timeout(100)
        page.screenshot(path=str(screenshot), full_page=True)  # the last page, the overview
        browser.close()
    return seen


def test_xss_payloads_never_run(library_server, tmp_path):
    screenshot = tmp_path / "overview.png"
    assert shutil.which(CHROMIUM), f"{CHROMIUM} is missing: apt-get install chromium"
    server, ids = library_server
    # The note goes in as a user's would: through the API.
    created = httpx.post(f"{server.base_url}/api/papers/{ids[0]}/notes", headers=server.headers,
                         json={"body": PAYLOADS, "quote": TITLE}, timeout=30)
    assert created.status_code == 201, created.text
    db = open_writer(server.db_path, create=True)  # a captured page with a hostile title
    try:
        with write(db) as tx:
            xss_id, _ = save_paper(tx, Paper(title=TITLE, abstract=PAYLOADS), rank=2,
                                   hlc=tx.now())
    finally:
        db.close()
    pages = ["/data/library/notes", f"/data/library/papers/{ids[0]}",
             "/data/library/notes_with_papers", "/data/library/search_notes?q=payloads",
             "/data/library/papers?_search=payloads", f"/data/library/papers/{xss_id}",
             "/data/library/notes?_search=payloads", "/data/library/papers",
             "/data/library/papers_to_read", "/data/"]
    seen = off_loop(browse, server.base_url, pages, screenshot)
    assert seen["dialogs"] == []
    assert not [m for m in seen["console"] if "XSS" in m], seen["console"]
    assert seen["errors"] == [], seen["errors"]
    assert not [h for h in seen["hrefs"] if h.strip().lower().startswith(("javascript:", "&#"))]
    assert seen["handlers"] == []
    # The hostile title is the paper page's title and heading, as text.
    assert not [t for t in seen["titles"] if "alert(" in t and t != TITLE], seen["titles"]
    xss_page = httpx.get(f"{server.base_url}/data/library/papers/{xss_id}", timeout=30).text
    assert '<h1 class="papershelf-paper-title" dir="auto">&lt;img src=x onerror=' in xss_page
    assert "<script>alert('XSS t')" not in xss_page
    # The payload text is still there, as text: the note was rendered, not dropped.
    html = httpx.get(f"{server.base_url}/data/library/papers/{ids[0]}", timeout=30).text
    assert "&lt;script&gt;alert('XSS script')&lt;/script&gt;" in html
    assert "<h1>Payloads</h1>" in html
    assert screenshot.read_bytes().startswith(b"\x89PNG") and screenshot.stat().st_size > 20_000
