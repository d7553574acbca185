"""A paper page Chromium saved as one file (MHTML: what Save Page As → "Webpage, Single File"
writes, Blink's own serialiser) imports as its paper, at the address the browser saved it from.

The page is the corpus's BioMed Central page, served to Chromium under its real address by
Playwright's router (nothing leaves the machine); Playwright runs on a thread of its own
(helpers.off_loop), beside the extension tests' session.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import off_loop

pytestmark = pytest.mark.e2e

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PAGE = Path(__file__).parents[1] / "fixtures" / "pages" / "bmc_1471-2164-13-425.html"
ADDRESS = "http://www.biomedcentral.com/1471-2164/13/425"


def saved_by_chromium(address: str, body: bytes) -> str:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--disable-gpu"])
        page = browser.new_page()
        # The page itself from the corpus; its scripts, styles and images go nowhere.
        page.route("**/*", lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=body)
            if route.request.url == address else route.abort())
        page.goto(address, wait_until="load")
        snapshot = page.context.new_cdp_session(page).send("Page.captureSnapshot", {"format": "mhtml"})
        browser.close()
    return snapshot["data"]


def test_a_page_chromium_saved_as_one_file_imports_as_its_paper(tmp_path):
    mhtml = off_loop(saved_by_chromium, ADDRESS, PAGE.read_bytes())
    assert mhtml.startswith("From: <Saved by Blink>")
    saved = tmp_path / "Yellow lupin transcriptome.mhtml"
    saved.write_bytes(mhtml.encode("utf-8"))
    db = tmp_path / "library.db"
    result = subprocess.run([sys.executable, "-m", "papershelf", "import", "--db", str(db), str(saved)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "1 record read, 1 paper new" in result.stdout
    expected = json.loads(PAGE.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT title, doi, url, authors FROM papers").fetchall()
        kind = conn.execute("SELECT kind FROM captures").fetchall()
    [(title, doi, url, authors)] = stored
    assert (title, doi, url) == (expected["title"], expected["doi"], ADDRESS)
    assert json.loads(authors) == expected["authors"]
    assert kind == [("saved-page",)]
