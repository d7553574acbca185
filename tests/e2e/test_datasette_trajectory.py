"""A paper's page in Datasette, in a real browser (Debian's Chromium through Playwright):
its upvotes and GitHub stars over time drawn as the reader sees them (issue 16)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from helpers import capture, off_loop, page, running_server
from papershelf.capture import CaptureRequest
from papershelf.store.db import open_writer
from papershelf.store.tx import use_wall_clock

pytestmark = pytest.mark.e2e

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
DAY_MS = 86400 * 1000


def build_library(path: Path) -> str:
    """BERT's page captured three times over a month: 12, 20, then 32 upvotes."""
    db = open_writer(path, create=True)
    now = int(time.time() * 1000)
    html = page("hf_paper_1810.04805.excerpt.html")
    try:
        for n, (days_ago, upvotes) in enumerate(((30, 12), (10, 20), (0, 32))):
            use_wall_clock(db, lambda when=now - days_ago * DAY_MS: when)
            found = capture(db, CaptureRequest(
                capture_id=f"bert-{n}", url="https://huggingface.co/papers/1810.04805",
                html=html.replace("&quot;upvotes&quot;:32", f"&quot;upvotes&quot;:{upvotes}")))
    finally:
        db.close()
    return found.paper_ids[0]


def look(url: str, screenshot: Path) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        tab = browser.new_page(viewport={"width": 1000, "height": 900})
        errors: list[str] = []
        tab.on("pageerror", lambda e: errors.append(str(e)))
        assert tab.goto(url, wait_until="networkidle").status == 200
        chart = tab.locator("figure.papershelf-trajectory-upvotes")
        chart.scroll_into_view_if_needed()
        tab.locator("section.papershelf-trajectory").screenshot(path=str(screenshot))
        seen = {
            "caption": chart.locator("figcaption").inner_text(),
            "box": chart.locator("svg").bounding_box(),
            "dots": chart.locator("circle").count(),
            "line": chart.locator("polyline").bounding_box(),
            "tips": chart.locator("circle title").all_text_contents(),
            "errors": errors,
        }
        browser.close()
    return seen


def test_a_papers_page_draws_its_upvotes_over_time(tmp_path):
    db_path = tmp_path / "library.db"
    paper_id = build_library(db_path)
    with running_server(db_path, args=()) as server:
        seen = off_loop(look, f"{server.base_url}/data/library/papers/{paper_id}",
                        tmp_path / "trajectory.png")
    assert seen["errors"] == []
    assert seen["caption"].startswith("Upvotes: 12 on ") and seen["caption"].endswith("(+20)")
    assert seen["dots"] == 3 and [t.split()[0] for t in seen["tips"]] == ["12", "20", "32"]
    # Drawn, and rising left to right: the line spans most of the chart's width and height.
    box, line = seen["box"], seen["line"]
    assert box["width"] >= 400 and line["width"] > 0.8 * box["width"]
    assert line["height"] > 0.5 * box["height"]
    assert (tmp_path / "trajectory.png").read_bytes().startswith(b"\x89PNG")
