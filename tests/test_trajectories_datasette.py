"""Issue 16 in Datasette: the "rising" query, a paper's observations for a chart, facets on
organisation and linked-model count; the sync bookkeeping of observations stays private."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from helpers import capture, page
from papershelf.capture import CaptureRequest
from papershelf.publish.datasette_app import build_datasette
from papershelf.store.db import open_writer
from papershelf.store.tx import use_wall_clock

HF_PAPER = "hf_paper_1810.04805.excerpt.html"
HF_LISTING = "hf_daily_papers_2026-09-28.excerpt.html"
DAY_MS = 86400 * 1000
NOW = int(time.time() * 1000)


def at(days_ago: float) -> int:
    return NOW - int(days_ago * DAY_MS)


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def listing_with(upvotes: dict[int, int]) -> str:
    """The daily listing as it read on another day: FuseReg (110) and RayOrch (42) at other counts."""
    html = page(HF_LISTING)
    for old, new in upvotes.items():
        assert f"&quot;upvotes&quot;:{old}," in html
        html = html.replace(f"&quot;upvotes&quot;:{old},", f"&quot;upvotes&quot;:{new},")
    return html


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """FuseReg: 10 upvotes 40 days ago, 60 ten days ago, 110 now (+50 in 7 days, +100 in 30);
    RayOrch: 40 two days ago, 42 now (+2); BERT from its page (455 linked models)."""
    path = tmp_path_factory.mktemp("rising") / "library.db"
    db = open_writer(path, create=True)
    ids = {}
    for n, (when, html) in enumerate(((at(40), listing_with({110: 10, 42: 40})),
                                      (at(10), listing_with({110: 60, 42: 40})),
                                      (at(2), listing_with({42: 40})),
                                      (at(0.01), page(HF_LISTING)))):
        use_wall_clock(db, lambda when=when: when)
        found = capture(db, CaptureRequest(capture_id=f"listing-{n}", url="https://huggingface.co/papers",
                                           html=html))
        ids["fusereg"], ids["rayorch"] = found.paper_ids[:2]
    use_wall_clock(db, None)
    ids["bert"] = capture(db, CaptureRequest(capture_id="bert", url="https://huggingface.co/papers/1810.04805",
                                             html=page(HF_PAPER))).paper_ids[0]
    db.close()
    return path, ids


def get(path, url: str):
    datasette = build_datasette(path)

    async def fetch():
        return await datasette.client.get(url)

    with ThreadPoolExecutor(max_workers=1) as thread:  # Playwright may hold this thread's loop
        return thread.submit(asyncio.run, fetch()).result()


def rows(path, url: str) -> list[dict]:
    response = get(path, url)
    assert response.status_code == 200, response.text
    return response.json()["rows"] if "rows" in response.json() else response.json()


def test_rising_ranks_papers_by_upvotes_gained_in_the_last_7_or_30_days(library):
    path, ids = library
    week = rows(path, "/library/rising.json?_shape=objects")
    assert [(r["id"], r["gained"], r["upvotes_then"], r["upvotes_now"]) for r in week] == [
        (ids["fusereg"], 50, 60, 110), (ids["rayorch"], 2, 40, 42)]
    assert week[0]["organization"] == "USC-PSI-Lab"
    month = rows(path, "/library/rising.json?_shape=objects&days=30")
    assert [(r["id"], r["gained"]) for r in month] == [(ids["fusereg"], 100), (ids["rayorch"], 2)]


def test_a_papers_observations_come_oldest_first_for_a_chart(library):
    path, ids = library
    history = rows(path, f"/library/paper_observations.json?_shape=objects&paper_id={ids['fusereg']}")
    assert [(r["upvotes"], r["github_stars"]) for r in history] == [(10, 12), (60, 12), (110, 12),
                                                                    (110, 12)]
    assert [r["observed_at"] for r in history] == sorted(r["observed_at"] for r in history)
    assert history[0]["observed_at"] == iso(at(40))


def test_papers_are_faceted_by_organisation_and_linked_model_count(library):
    path, _ = library
    data = get(path, "/library/papers.json").json()
    organisations = {v["value"]: v["count"] for v in data["facet_results"]["organization"]["results"]}
    assert organisations == {"USC-PSI-Lab": 1, "PekingUniversity": 1, "adobe": 1, "SUNGKYUNARCH": 1}
    models = {v["value"]: v["count"] for v in data["facet_results"]["linked_models_count"]["results"]}
    assert models == {455: 1}


def test_observations_are_readable_and_their_sync_state_is_not(library):
    path, _ = library
    assert rows(path, "/library/observations.json?_shape=objects&source=hf_paper")[0]["models"] == 455
    for url in ("/library/observation_state.json",
                "/library.json?sql=select+*+from+observation_state",
                "/library.json?sql=select+o.id,+s.origin+from+observations+o+join+observation_state+s+using(id)"):
        assert get(path, url).status_code in (400, 403, 404), url


def test_a_papers_page_charts_its_upvotes_and_stars_over_time(library):
    path, ids = library
    html = get(path, f"/library/papers/{ids['fusereg']}").text
    upvotes = html.split('class="papershelf-trajectory-upvotes"')[1].split("</figure>")[0]
    assert f"Upvotes: 10 on {iso(at(40))[:10]} &rarr; 110 on {iso(at(0.01))[:10]} (+100)" in upvotes
    assert upvotes.count("<circle") == 4 and upvotes.count("<polyline") == 1
    stars = html.split('class="papershelf-trajectory-github_stars"')[1].split("</figure>")[0]
    assert "GitHub stars: 12 on" in stars and "(+0)" in stars
    assert f"paper_observations?paper_id={ids['fusereg']}" in html
    # BERT was captured once and has no code: one upvote count, drawn as a dot.
    bert = get(path, f"/library/papers/{ids['bert']}").text
    assert "Upvotes: 32 on" in bert and "papershelf-trajectory-github_stars" not in bert
    assert bert.count("<polyline") == 0 and "1 observation:" in bert


def test_the_chart_is_left_out_without_a_value_to_draw():
    from helpers import datasette_plugin

    chart = datasette_plugin("papershelf_trajectory").trajectory_chart
    assert chart([]) is None
    assert chart([{"observed_at": "2026-11-30T09:00:00Z", "upvotes": None, "github_stars": None}]) is None
    # Two counts of one moment (or a time edited by hand) are spread in order, not stacked.
    same = chart([{"observed_at": "2026-11-30T09:00:00Z", "upvotes": 3, "github_stars": None},
                  {"observed_at": "not a time", "upvotes": 5, "github_stars": None}])
    (series,) = same["series"]
    assert [d["x"] for d in series["dots"]] == [same["left"], same["right"]]
    assert [d["y"] for d in series["dots"]] == [same["bottom"], same["top"]]
