"""/api/recommendations and /api/papers/{id}/similar, kept up to date by the server's
background refresher; the For you page, its feed and the tag/search feeds in Datasette."""

from __future__ import annotations

import asyncio
import re
import time
from datetime import date

import pytest

from atom_check import assert_valid_atom
from helpers import DUMPS, off_loop
from papershelf.discover.refresh import refresh
from papershelf.importer import import_dump
from papershelf.publish.datasette_app import build_datasette
from papershelf.publish.public_copy import publish
from papershelf.records import Paper, Rank
from papershelf.store.db import open_reader, open_writer
from papershelf.store.papers import edit_paper, save_paper
from papershelf.store.tx import write
from test_error_shape import assert_error

ATOM = "{http://www.w3.org/2005/Atom}"
SAE = "title LIKE '%sparse autoencoder%'"


@pytest.fixture(scope="module")
def sae_ids(api) -> list[str]:
    db = open_writer(api.db_path)
    try:
        for dump in sorted(DUMPS.glob("*.txt")):
            import_dump(db, dump, captured_at=date(2025, 11, 6))
        return [pid for (pid,) in db.execute(f"SELECT id FROM papers WHERE {SAE} ORDER BY id")]
    finally:
        db.close()


def wait_for(client, path: str, ready, seconds: float = 60):
    """Poll until the background refresher has caught up (no timing is asserted)."""
    deadline = time.monotonic() + seconds
    while True:
        body = client.get(path).json()
        if ready(body) or time.monotonic() > deadline:
            return body
        time.sleep(0.2)


def test_the_server_keeps_recommendations_up_to_date_in_the_background(api, sae_ids):
    with api.client() as client:
        for pid in sae_ids[:4]:
            assert client.patch(f"/api/papers/{pid}", json={"rating": 5}).status_code == 200
        body = wait_for(client, "/api/recommendations?limit=10",
                        lambda b: b["model"] and b["model"]["positives"] == 4)
        assert body["model"]["positives"] == 4, body["model"]
        shown = [p["id"] for p in body["papers"]]
        assert len(shown) == 10 and not set(shown) & set(sae_ids[:4])
        assert set(sae_ids[4:]) & set(shown[:5])
        first = body["papers"][0]
        assert {"id", "title", "abstract", "score", "reasons"} <= set(first)
        assert all({"kind", "text"} <= set(r) for r in first["reasons"])
        # Skipping the top one takes it out at once; the model learns from it in the background.
        assert client.patch(f"/api/papers/{shown[0]}", json={"status": "skipped"}).status_code == 200
        assert shown[0] not in [p["id"] for p in client.get("/api/recommendations").json()["papers"]]
        body = wait_for(client, "/api/recommendations", lambda b: b["model"]["negatives"] == 1)
        assert body["model"]["negatives"] == 1


def test_a_tag_gets_its_suggestions_and_an_unknown_tag_is_404(api, sae_ids):
    with api.client() as client:
        assert client.patch(f"/api/papers/{sae_ids[0]}", json={"tags": ["interp"]}).status_code == 200
        body = wait_for(client, "/api/recommendations?tag=interp", lambda b: b["model"] is not None)
        assert body["model"]["tag"] == "interp" and body["papers"]
        assert body["papers"][0]["reasons"][0]["text"] == "for your tag “interp”"
        assert_error(client.get("/api/recommendations?tag=nope"), 404, "not_found")
        assert_error(client.get("/api/recommendations?limit=0"), 400, "validation_error", "limit")


def test_similar_is_ranked_with_reasons_and_never_the_paper_itself(api, sae_ids):
    with api.client() as client:
        body = wait_for(client, f"/api/papers/{sae_ids[0]}/similar?limit=5", lambda b: b["papers"])
        ids = [p["id"] for p in body["papers"]]
        assert len(ids) == 5 and sae_ids[0] not in ids and set(ids) & set(sae_ids)
        scores = [p["score"] for p in body["papers"]]
        assert scores == sorted(scores, reverse=True)
        assert body["papers"][0]["reasons"][0]["kind"] == "terms"
        assert_error(client.get("/api/papers/0000000000000000/similar"), 404, "not_found")


# ---- Datasette -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def liked_library(tmp_path_factory):
    path = tmp_path_factory.mktemp("ds") / "library.db"
    db = open_writer(path, create=True)
    for dump in sorted(DUMPS.glob("*.txt")):
        import_dump(db, dump, captured_at=date(2025, 11, 6))
    sae = [pid for (pid,) in db.execute(f"SELECT id FROM papers WHERE {SAE} ORDER BY id")]
    with write(db) as tx:
        for pid in sae[:3]:
            edit_paper(tx, pid, {"rating": 5})
        edit_paper(tx, sae[3], {}, tags=["<b>sae</b>"])
        # A title that is markup must reach the page as text.
        edit_paper(tx, sae[4], {"title": "<script>alert(1)</script> Sparse autoencoders"})
    refresh(db, lambda fn, *args: fn(db, *args))
    db.close()
    return path, sae


def get(datasette, *paths):
    async def fetch():
        return [await datasette.client.get(path) for path in paths]

    return off_loop(asyncio.run, fetch())


def test_the_for_you_page_lists_suggestions_with_their_reasons(liked_library):
    path, sae = liked_library
    page, tagged, feed, unknown = get(build_datasette(path), "/-/for-you",
                                      "/-/for-you?tag=%3Cb%3Esae%3C%2Fb%3E",
                                      "/-/for-you.atom", "/-/for-you?tag=nope")
    assert page.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Sparse autoencoders" in page.text
    assert "<script>alert(1)" not in page.text
    assert "like “" in page.text and "weighs “" in page.text
    assert f'href="/data/library/papers/{sae[4]}"' in page.text
    assert 'href="/data/-/for-you.atom"' in page.text and ">For you</a>" in page.text
    # When the model learned, as a reader reads a time (it was "2026-12-05T15:21:26Z").
    assert re.search(r'Learned <time datetime="\d{4}-\d\d-\d\dT[\d:]+Z">\d{4}-\d\d-\d\d \d\d:\d\d UTC</time>',
                     page.text)
    assert tagged.status_code == 200 and "for your tag “&lt;b&gt;sae&lt;/b&gt;”" in tagged.text
    assert unknown.status_code == 404
    entries = assert_valid_atom(feed.content)
    assert feed.headers["content-type"].startswith("application/atom+xml")
    assert len(entries) == 50 and entries[-1].find(f"{ATOM}content").text.startswith(("weighs", "like"))
    assert not {f"urn:papershelf:paper:{pid}" for pid in sae[:4]} & {
        e.find(f"{ATOM}id").text for e in entries}


def test_for_you_in_a_new_library_says_nothing_is_like_the_liked_paper_yet(tmp_path):
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    with write(db) as tx:
        ids = [save_paper(tx, Paper(title=title), rank=Rank.PAGE, hlc=tx.now())[0] for title in (
            "Grasses of the Alpine meadows", "Deep residual learning", "The TeXbook", "Tides and the moon")]
        edit_paper(tx, ids[0], {"rating": 5})
    refresh(db, lambda fn, *args: fn(db, *args))
    db.close()
    (page,) = get(build_datasette(path), "/-/for-you")
    assert "Nothing unread in the library is like them yet" in page.text
    assert "score" not in page.text and "The TeXbook" not in page.text


def test_for_you_is_off_on_a_server_open_to_anyone(liked_library):
    path, _ = liked_library
    page, feed = get(build_datasette(path, show_taste=False), "/-/for-you", "/-/for-you.atom")
    assert page.status_code == 404 and feed.status_code == 404


def test_the_readers_taste_is_unreadable_through_sql_and_left_out_of_the_public_copy(liked_library, tmp_path):
    path, _ = liked_library
    for table in ("discover_scores", "discover_models", "discover_features", "discover_state"):
        (table_page, sql) = get(build_datasette(path), f"/library/{table}.json",
                                f"/library.json?sql=select+*+from+{table}")
        assert table_page.status_code == 403 and sql.status_code in (400, 403), sql.text
    copy = publish(path, tmp_path / "public.db")
    assert not any(t.startswith("discover") for t in copy.counts)


def test_every_feed_is_valid_atom_even_when_nothing_matches(liked_library):
    path, sae = liked_library
    tag, search, empty, tag_for_you, no_search = get(
        build_datasette(path), "/library/tag_feed.atom?tag=%3Cb%3Esae%3C%2Fb%3E",
        "/library/search_feed.atom?q=sparse+autoencoders", "/library/tag_feed.atom?tag=none+yet",
        "/-/for-you.atom?tag=%3Cb%3Esae%3C%2Fb%3E", "/library/search_feed.atom?q=zzzqqq")
    assert len(assert_valid_atom(tag_for_you.content)) > 10
    assert len(assert_valid_atom(no_search.content)) == 1
    ids = [e.find(f"{ATOM}id").text for e in assert_valid_atom(tag.content)]
    assert ids == [f"urn:papershelf:paper:{sae[3]}"]
    found = assert_valid_atom(search.content)
    assert len(found) >= 8 and all(e.find(f"{ATOM}link").get("href") for e in found)
    assert empty.status_code == 200
    assert [e.find(f"{ATOM}title").text for e in assert_valid_atom(empty.content)] \
        == ["No papers with this tag yet"]


def test_templates_get_similar_papers_for_the_paper_page(liked_library):
    from helpers import datasette_plugin

    path, sae = liked_library
    plugin = datasette_plugin("papershelf_discover")
    datasette = build_datasette(path)

    class Request:
        actor = None

    async def similar():
        await datasette.invoke_startup()
        return await plugin.extra_template_vars("row", datasette, Request())["similar_papers"](sae[0], 3)

    found = off_loop(asyncio.run, similar())
    assert len(found) == 3 and sae[0] not in [p["id"] for p in found]
    assert found[0]["url"] == f"/data/library/papers/{found[0]['id']}" and found[0]["reasons"]


def test_similar_in_library_is_empty_where_discover_has_no_tables(liked_library, tmp_path):
    """The paper page's call must not fail on a published copy (no private tables) or an
    unknown id: it shows nothing instead."""
    from datasette.app import Datasette
    from sqlite_utils import Database

    from papershelf.discover.similar import similar_in_library
    from papershelf.publish.datasette_app import datasette_dir

    path, sae = liked_library
    db = open_reader(path)
    try:
        found = similar_in_library(db, sae[0], 3)
        assert len(found) == 3 and sae[0] not in [p.id for p in found] and found[0].reasons
        assert similar_in_library(db, "0000000000000000") == []
    finally:
        db.close()
    publish(path, tmp_path / "public.db")
    assert similar_in_library(Database(tmp_path / "public.db"), sae[0]) == []
    plain = Datasette([str(tmp_path / "public.db")], plugins_dir=str(datasette_dir() / "plugins"))
    page, feed = get(plain, "/-/for-you", "/-/for-you.atom")
    assert page.status_code == 404 and feed.status_code == 404

    class Request:
        actor = None

    async def similar():
        from helpers import datasette_plugin

        await plain.invoke_startup()
        return await datasette_plugin("papershelf_discover").extra_template_vars(
            "row", plain, Request())["similar_papers"](sae[0], 3)

    assert off_loop(asyncio.run, similar()) == []
