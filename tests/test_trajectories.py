"""Issue 16: everything a Hugging Face page says about a paper, kept over time.

Real recorded pages (tests/fixtures/pages, their sidecars give the values read off them)
through the normaliser, the capture service and the importer; observations per capture;
the latest values on the paper; id merges; and the API's history of a paper.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

import pytest

from helpers import DUMPS, capture, page, sidecar
from papershelf.capture import CaptureRequest
from papershelf.importer import import_dump
from papershelf.normalise import normalise_capture
from papershelf.publish.public_copy import publish
from papershelf.records import Observed, Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.observations import (
    OBSERVATION_COLUMNS,
    Observation,
    add_observations,
    observations_of,
    stage_observations,
    store_staged_observations,
    upvotes_since_saved,
)
from papershelf.store.papers import merge_papers, save_paper
from papershelf.store.queries import get_paper
from papershelf.store.tx import use_wall_clock, write

HF_PAPER = "hf_paper_1810.04805.excerpt.html"
HF_LISTING = "hf_daily_papers_2026-09-28.excerpt.html"
BERT_URL = "https://huggingface.co/papers/1810.04805"
LISTING_URL = "https://huggingface.co/papers"
FORMAT_C = DUMPS / "002_116e930042b20998.txt"
OCT_1 = int(datetime(2026, 10, 1, 8, 0, tzinfo=UTC).timestamp() * 1000)
NOV_30 = int(datetime(2026, 11, 30, 9, 30, tzinfo=UTC).timestamp() * 1000)


def with_upvotes(html: str, upvotes: int) -> str:
    """The BERT page as it would read on a day its count was `upvotes` (it says 32)."""
    changed = html.replace("&quot;upvotes&quot;:32", f"&quot;upvotes&quot;:{upvotes}")
    assert changed != html
    return changed


def normalised(name: str, url: str):
    return normalise_capture(url, page(name), None, captured=datetime.now(UTC).date())


# ---- the normaliser on recorded pages ----------------------------------------------


def test_hf_paper_page_gives_its_record_fields_and_observation_as_read_off_the_page():
    expected = sidecar(HF_PAPER)["expected"]
    found = normalised(HF_PAPER, BERT_URL)
    [paper] = found.papers
    assert paper.ai_keywords == expected["ai_keywords"]
    assert paper.linked_models == expected["linked_models"]
    assert paper.linked_datasets == expected["linked_datasets"]
    assert paper.linked_spaces == expected["linked_spaces"]
    assert paper.linked_models_count == expected["models_citing"] == 455
    assert (paper.organization, paper.github_stars, paper.daily_submitted_on) == (None, None, None)
    assert found.observed_of(0) == Observed(**sidecar(HF_PAPER)["expected_observation"])


def test_daily_listing_gives_each_papers_fields_and_observation_as_read_off_the_page():
    found = normalised(HF_LISTING, LISTING_URL)
    records = sidecar(HF_LISTING)["expected"]["records"]
    assert [p.arxiv_id for p in found.papers] == [r["arxiv_id"] for r in records]
    for index, (paper, record) in enumerate(zip(found.papers, records, strict=True)):
        assert (paper.organization, paper.daily_submitted_by, paper.daily_submitted_on,
                paper.github_stars) == (record["organization"], record["submitted_by"],
                                        record["submitted_on_daily"], record["github_stars"])
        # A daily listing says nothing about trending or linked models.
        assert found.observed_of(index) == Observed(
            upvotes=record["upvotes"], github_stars=record["github_stars"],
            comments=record["num_comments"])


def test_a_trending_listing_marks_every_paper_on_it_trending():
    html = page(HF_LISTING).replace("&quot;isTrending&quot;:false", "&quot;isTrending&quot;:true")
    found = normalise_capture(LISTING_URL, html, None, captured=datetime.now(UTC).date())
    assert [o.trending for o in found.observed] == [True] * 4
    by_address = normalise_capture("https://huggingface.co/papers/trending", page(HF_LISTING), None,
                                   captured=datetime.now(UTC).date())
    assert [o.trending for o in by_address.observed] == [True] * 4


def test_a_paper_page_without_its_json_still_gives_upvotes_and_linked_counts():
    # The PaperContent island broken (a capture cut short): the rendered page is read.
    html = re.sub(r'data-target="PaperContent" data-props="[^"]*"',
                  'data-target="PaperContent" data-props="{broken"', page(HF_PAPER))
    found = normalise_capture(BERT_URL, html, None, captured=datetime.now(UTC).date())
    assert found.observed_of(0) == Observed(upvotes=32, models=455, datasets=10, spaces=4715)
    assert found.papers[0].linked_models[0] == "google-bert/bert-base-uncased"


# ---- captures keep observations; the paper keeps the latest values ---------------


def test_two_captures_of_a_paper_at_different_times_give_two_observations_and_the_latest_values(
        library):
    use_wall_clock(library, lambda: OCT_1)
    first = capture(library, CaptureRequest(capture_id="oct", url=BERT_URL,
                                            html=with_upvotes(page(HF_PAPER), 12)))
    use_wall_clock(library, lambda: NOV_30)
    capture(library, CaptureRequest(capture_id="nov", url=BERT_URL, html=page(HF_PAPER)))
    [pid] = first.paper_ids
    history = observations_of(library, pid)
    assert [(o.observed_at, o.upvotes, o.comments, o.models, o.source) for o in history] == [
        ("2026-10-01T08:00:00Z", 12, 3, 455, "hf_paper"),
        ("2026-11-30T09:30:00Z", 32, 3, 455, "hf_paper"),
    ]
    paper = get_paper(library, pid)
    assert (paper.upvotes, paper.linked_models_count) == (32, 455)
    gained = upvotes_since_saved(history)
    assert (gained.then, gained.now, gained.gained, gained.since) == (
        12, 32, 20, "2026-10-01T08:00:00Z")


def test_two_listings_a_month_apart_give_each_paper_two_observations_and_its_fields(library):
    use_wall_clock(library, lambda: OCT_1)
    listing = capture(library, CaptureRequest(capture_id="listing", url=LISTING_URL,
                                              html=page(HF_LISTING)))
    fusereg = listing.paper_ids[0]
    use_wall_clock(library, lambda: NOV_30)
    # The same listing a month on, FuseReg 30 upvotes up.
    entry = page(HF_LISTING)
    assert "&quot;upvotes&quot;:110" in entry
    again = capture(library, CaptureRequest(capture_id="again", url=LISTING_URL,
                                            html=entry.replace("&quot;upvotes&quot;:110",
                                                               "&quot;upvotes&quot;:140")))
    assert again.paper_ids == listing.paper_ids
    paper = get_paper(library, fusereg)
    assert (paper.organization, paper.daily_submitted_by, paper.github_stars, paper.upvotes) == (
        "USC-PSI-Lab", "Hongyang-Du", 12, 140)
    assert [o.upvotes for o in observations_of(library, fusereg)] == [110, 140]
    assert library.execute("SELECT count(*) FROM observations").fetchone()[0] == 8


def test_a_retried_capture_adds_no_second_observation(library):
    request = CaptureRequest(capture_id="once", url=BERT_URL, html=page(HF_PAPER))
    capture(library, request)
    capture(library, request)
    assert library.execute("SELECT count(*) FROM observations").fetchone()[0] == 1


def test_a_page_without_upvotes_adds_no_observation(library):
    capture(library, CaptureRequest(capture_id="arxiv", url="https://arxiv.org/abs/1706.03762",
                                    html=page("arxiv_abs_1706.03762.html")))
    assert library.execute("SELECT count(*) FROM observations").fetchone()[0] == 0


def test_a_format_c_dump_adds_its_upvotes_dated_by_the_dump_and_formats_a_b_add_none(library):
    report = import_dump(library, FORMAT_C, captured_at=datetime(2025, 11, 6).date())
    rows = library.execute(
        "SELECT o.observed_at, o.source, o.upvotes, p.upvotes FROM observations o "
        "JOIN papers p ON p.id = o.paper_id").fetchall()
    assert len(rows) == report.records == 87
    assert {(at, source) for at, source, _, _ in rows} == {("2025-11-06T00:00:00Z", "dump")}
    assert all(seen == stored for _, _, seen, stored in rows)
    assert max(seen for _, _, seen, _ in rows) > 0
    import_dump(library, FORMAT_C, captured_at=datetime(2025, 11, 6).date())  # already imported
    for name in ("000_286d48ef37147b1c.txt", "001_6f96a1003d4bdb3d.txt"):
        import_dump(library, DUMPS / name, captured_at=datetime(2025, 11, 6).date())
    assert library.execute("SELECT count(*) FROM observations").fetchone()[0] == 87


def test_observations_follow_a_paper_folded_into_another_id(library):
    with write(library) as tx:
        title_only, _ = save_paper(tx, Paper(title="Folded Paper"), rank=Rank.TEXT, hlc=tx.now())
        with_id, _ = save_paper(tx, Paper(arxiv_id="2501.00001"), rank=Rank.PAGE, hlc=tx.now())
        add_observations(tx, [Observation(id=f"{n:032x}", paper_id=pid, observed_at=at,
                                          source="hf_paper", upvotes=n)
                              for n, pid, at in ((1, title_only, "2026-01-01T00:00:00Z"),
                                                 (2, with_id, "2026-02-01T00:00:00Z"))])
        merge_papers(tx, title_only, with_id)
    survivor = min(title_only, with_id)
    assert [o.upvotes for o in observations_of(library, survivor)] == [1, 2]
    assert library.execute("SELECT count(*) FROM observations WHERE paper_id != ?",
                           [survivor]).fetchone()[0] == 0


def test_staged_dump_observations_follow_a_paper_merged_before_the_file_ends(library):
    """A streamed import stores its observations at the file's end: one staged for a
    paper folded into another later in the file lands on the survivor."""
    with write(library) as tx:
        title_only, _ = save_paper(tx, Paper(title="Folded Paper"), rank=Rank.TEXT, hlc=tx.now())
        with_id, _ = save_paper(tx, Paper(arxiv_id="2501.00001"), rank=Rank.PAGE, hlc=tx.now())
        unobserved = (None,) * (len(OBSERVATION_COLUMNS) - 5)
        stage_observations(tx.db.conn, [
            (f"{n:032x}", pid, f"2026-0{n}-01T00:00:00Z", "dump", n, *unobserved)
            for n, pid in ((1, title_only), (2, with_id))])
        merge_papers(tx, title_only, with_id)
        before = tx.version
        assert store_staged_observations(tx) == 2
        assert tx.version == before + 2
    survivor = min(title_only, with_id)
    assert [o.upvotes for o in observations_of(library, survivor)] == [1, 2]
    versions = library.execute("SELECT s.version FROM observation_state s JOIN observations o "
                               "ON o.id = s.id ORDER BY o.id").fetchall()
    assert [v for (v,) in versions] == [before + 1, before + 2]
    assert library.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0


# ---- the API ------------------------------------------------------------------------


def test_api_answers_a_papers_observations_and_upvotes_gained(api):
    with api.client() as client:
        earlier = with_upvotes(page(HF_PAPER), 2)
        first = client.post("/api/captures", json={"capture_id": "api-1", "url": BERT_URL,
                                                   "html": earlier})
        assert first.status_code == 201, first.text
        pid = first.json()["papers"][0]["id"]
        single = client.get(f"/api/papers/{pid}/observations").json()
        assert [o["upvotes"] for o in single["observations"]] == [2]
        assert single["upvotes"] is None  # one count is no history
        client.post("/api/captures", json={"capture_id": "api-2", "url": BERT_URL,
                                           "html": page(HF_PAPER)})
        answer = client.get(f"/api/papers/{pid}/observations").json()
    assert answer["paper_id"] == pid
    assert [(o["upvotes"], o["models"], o["datasets"], o["spaces"]) for o in
            answer["observations"]] == [(2, 455, 10, 4715), (32, 455, 10, 4715)]
    assert answer["observations"][0]["github_stars"] is None  # unknown is null, not left out
    assert {k: answer["upvotes"][k] for k in ("then", "now", "gained")} == {
        "then": 2, "now": 32, "gained": 30}


def test_api_observations_of_an_unknown_paper_is_404(api):
    with api.client() as client:
        response = client.get("/api/papers/ffffffffffffffff/observations")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


@pytest.mark.parametrize("value", [-1, 2**63])
def test_a_count_no_page_could_show_is_unknown(value):
    html = page(HF_PAPER).replace("&quot;upvotes&quot;:32", f"&quot;upvotes&quot;:{value}")
    found = normalise_capture(BERT_URL, html, None, captured=datetime.now(UTC).date())
    assert found.papers[0].upvotes is None


def test_publish_leaves_observations_out_unless_asked(tmp_path):
    source = tmp_path / "library.db"
    db = open_writer(source, create=True)
    capture(db, CaptureRequest(capture_id="bert", url=BERT_URL, html=page(HF_PAPER)))
    db.close()
    plain = publish(source, tmp_path / "public.db")
    assert "observations" not in plain.counts and plain.counts["papers"] == 1
    with_history = publish(source, tmp_path / "history.db", with_observations=True)
    assert with_history.counts["observations"] == 1
    conn = sqlite3.connect(tmp_path / "history.db")
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert "observation_state" not in tables  # the sync bookkeeping never leaves the library
