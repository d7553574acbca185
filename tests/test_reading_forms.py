"""The paper page's forms: status, rating, tags and a new note saved from the reading page, only
from this library's own page, only what the reader changed, beyond loopback only for a signed-in
token with the write scope. Real servers on a real library file (api/reading_forms.py)."""

from __future__ import annotations

import sqlite3

import httpx
import lxml.html
import pytest
from litestar.testing import TestClient

from helpers import create_token, running_server
from papershelf.api.app import create_app
from papershelf.api.settings import Settings
from test_datasette_auth import sign_in


@pytest.fixture(scope="module")
def library(demo_library):
    return demo_library


@pytest.fixture(scope="module")
def server(demo_server):
    return demo_server


def papers(server) -> list[dict]:
    return httpx.get(f"{server.base_url}/api/papers", headers=server.headers,
                     params={"limit": 50}).json()["papers"]


def api_paper(server, pid: str) -> dict:
    return httpx.get(f"{server.base_url}/api/papers/{pid}", headers=server.headers).json()


def page_forms(client: httpx.Client, pid: str) -> dict[str, tuple[str, dict]]:
    """The page's forms by class: where each posts and the fields it would send as shown."""
    page = lxml.html.fromstring(client.get(f"/data/library/papers/{pid}").text)
    found = {}
    for form in page.xpath("//form[@method='post'][starts-with(@class, 'papershelf-')]"):
        fields = {name: value or "" for name, value in form.form_values()}
        found.setdefault(form.get("class"), (form.get("action"), fields))  # the first: the newest note
    return found


def post(client: httpx.Client, action: str, fields: dict, *, origin: str | None = "same",
         fetch_site: str | None = None) -> httpx.Response:
    """A form's post as a browser without Fetch Metadata sends it (its Origin), or as one with it
    (`fetch_site`, and Origin "null" as under the pages' Referrer-Policy: no-referrer)."""
    if origin == "same":
        origin = str(client.base_url).rstrip("/")
    headers = {} if origin is None else {"Origin": origin}
    if fetch_site:
        headers = {"Sec-Fetch-Site": fetch_site, "Origin": "null"}
    return client.post(action, data=fields, headers=headers)


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.base_url, timeout=30) as open_client:
        yield open_client


def test_the_page_saves_status_rating_tags_and_a_note(server, client):
    pid = papers(server)[0]["id"]
    action, fields = page_forms(client, pid)["papershelf-edit"]
    answer = post(client, action, {**fields, "status": "reading", "rating": "4",
                                   "tags": fields["tags"] + ", from the page"}, fetch_site="same-origin")
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/data/library/papers/{pid}#yours"
    paper = api_paper(server, pid)
    assert (paper["status"], paper["rating"]) == ("reading", 4) and "from the page" in paper["tags"]

    action, fields = page_forms(client, pid)["papershelf-add-note"]
    answer = post(client, action, {**fields, "body": "  Read **section 3** again.\n"})
    assert answer.status_code == 303 and answer.headers["location"].startswith(
        f"/data/library/papers/{pid}#note-")
    assert api_paper(server, pid)["notes"][0]["body"] == "Read **section 3** again."
    shown = client.get(f"/data/library/papers/{pid}").text
    assert "<strong>section 3</strong>" in shown and 'selected>reading<' in shown


def test_the_form_writes_only_what_the_reader_changed(server, client):
    """Regression guard: a form posting its whole state would undo a tag or a status another tab,
    the popup or a synced machine set after the page was made."""
    pid = papers(server)[1]["id"]
    action, fields = page_forms(client, pid)["papershelf-edit"]
    before = api_paper(server, pid)
    httpx.patch(f"{server.base_url}/api/papers/{pid}", headers=server.headers,
                json={"status": "skipped", "tags": [*before["tags"], "added elsewhere"]})
    post(client, action, {**fields, "rating": "2", "tags": fields["tags"] + ", mine"})
    paper = api_paper(server, pid)
    assert paper["status"] == "skipped" and paper["rating"] == 2
    assert {"added elsewhere", "mine"} <= set(paper["tags"])


def test_posts_not_from_the_librarys_own_page_change_nothing(server, client):
    pid, other = papers(server)[2]["id"], papers(server)[3]["id"]
    action, fields = page_forms(client, pid)["papershelf-edit"]
    other_token = page_forms(client, other)["papershelf-edit"][1]["token"]
    changed = {**fields, "status": "skipped"}
    before = api_paper(server, pid)
    attempts = [
        post(client, action, changed, origin="https://evil.example"),  # another site's form
        post(client, action, changed, origin=None),  # neither Origin nor Referer
        post(client, action, changed, fetch_site="cross-site"),  # a browser says it is another site's
        post(client, action, changed, fetch_site="same-site"),  # another port or subdomain's page
        post(client, action, {**changed, "token": other_token}),  # a token for another paper
        post(client, action, {**changed, "token": fields["token"][:-3] + "abc"}),  # altered
        post(client, action, {key: value for key, value in changed.items() if key != "token"}),
    ]
    assert [answer.status_code for answer in attempts] == [403] * 7
    assert "Not saved: the form was not sent from this library's own page" in attempts[0].text
    assert "Reload the page and save again" in attempts[4].text
    assert "Back to the paper" in attempts[5].text and "Traceback" not in attempts[5].text
    assert api_paper(server, pid) == before


@pytest.mark.parametrize(("form", "change", "said"), [
    ("papershelf-edit", {"rating": "6"}, "Not saved: rating must be 1 to 5, or none."),
    ("papershelf-edit", {"status": "done"}, "Not saved: status must be one of unread, reading, read, skip"),
    ("papershelf-edit", {"tags": "x" * 101}, "Not saved: a tag has at most 100 characters"),
    ("papershelf-add-note", {"body": "   "}, "Not saved: the note is empty"),
])
def test_values_the_library_cannot_keep_are_refused_in_a_line(server, client, form, change, said):
    pid = papers(server)[4]["id"]
    action, fields = page_forms(client, pid)[form]
    answer = post(client, action, {**fields, **change})
    assert answer.status_code == 400 and said in answer.text


def test_a_paper_removed_since_its_page_was_made_is_said_to_be_gone(server, client):
    pid = papers(server)[5]["id"]
    action, fields = page_forms(client, pid)["papershelf-edit"]
    httpx.delete(f"{server.base_url}/api/papers/{pid}", headers=server.headers)
    answer = post(client, action, {**fields, "status": "read"})
    assert answer.status_code == 404 and "no longer in the library" in answer.text


def test_beyond_loopback_only_a_signed_in_write_token_saves(library):
    reader = create_token(library, "forms-reader", scopes=("read",))
    with running_server(library, args=("--host", "0.0.0.0")) as remote, \
            httpx.Client(base_url=remote.base_url, timeout=30) as writing, \
            httpx.Client(base_url=remote.base_url, timeout=30) as reading:
        pid = papers(remote)[0]["id"]
        httpx.patch(f"{remote.base_url}/api/papers/{pid}", headers=remote.headers, json={"status": "unread"})
        assert post(writing, f"/reading/papers/{pid}", {"status": "read"}).status_code == 403  # signed out
        assert sign_in(reading, reader).status_code == 302
        assert page_forms(reading, pid) == {}  # a reading token is shown no form
        assert sign_in(writing, remote.token).status_code == 302  # all scopes
        action, fields = page_forms(writing, pid)["papershelf-edit"]

        # The writer's page, posted with the reading token's cookie: refused for want of the scope.
        answer = post(reading, action, {**fields, "status": "skipped"})
        assert answer.status_code == 403 and "sign in with a token that has the write scope" in answer.text
        forged = writing.cookies["ds_actor"][:-4] + "AAAA"
        with httpx.Client(base_url=remote.base_url, cookies={"ds_actor": forged}, timeout=30) as forger:
            assert post(forger, action, {**fields, "status": "skipped"}).status_code == 403
        assert api_paper(remote, pid)["status"] == "unread"

        assert post(writing, action, {**fields, "status": "read"}).status_code == 303
        assert api_paper(remote, pid)["status"] == "read"


def test_a_server_open_to_anyone_offers_no_form_and_takes_no_post(library):
    with running_server(library, args=("--host", "0.0.0.0", "--public")) as public, \
            httpx.Client(base_url=public.base_url, timeout=30) as client:
        pid = papers(public)[0]["id"]
        before = api_paper(public, pid)
        assert page_forms(client, pid) == {}
        answer = client.post(f"/reading/papers/{pid}", data={"status": "skipped", "status_was": "x"},
                             headers={"Origin": public.base_url})
        assert answer.status_code == 404 and api_paper(public, pid) == before


def test_the_page_corrects_what_a_page_was_read_as_and_only_that(server, client):
    pid = papers(server)[4]["id"]
    action, fields = page_forms(client, pid)["papershelf-correct-form"]
    before = api_paper(server, pid)
    assert fields["authors"] == "\n".join(before["authors"] or [])
    answer = post(client, action, {
        **fields, "title": "  A Corrected   Title ", "published": "2019-07",
        "authors": "Ada Lovelace\r\n\r\nCharles Babbage\r\n",
        "abstract": fields["abstract"].replace("\n", "\r\n")})  # as a browser sends a textarea
    assert answer.status_code == 303
    paper = api_paper(server, pid)
    assert (paper["title"], paper["published"], paper["authors"]) == (
        "A Corrected Title", "2019-07", ["Ada Lovelace", "Charles Babbage"])
    assert (paper["abstract"], paper["doi"], paper["venue"]) == (
        before["abstract"], before["doi"], before["venue"])

    action, fields = page_forms(client, pid)["papershelf-correct-form"]
    assert post(client, action, {**fields, "venue": ""}).status_code == 303
    assert api_paper(server, pid)["venue"] is None


@pytest.mark.parametrize(("change", "said"), [
    ({"published": "2023-02-30"}, "Not saved: published: 2023-02-30 is no date (YYYY, YYYY-MM or YYYY"),
    ({"title": "   "}, "Not saved: a paper keeps a title; write the right one."),
    ({"doi": "not a doi"}, "Not saved: doi: not a DOI (10.NNNN/…)."),
    ({"venue": "v" * 501}, "Not saved: venue: at most 500 characters."),
    ({"authors": "Ada Lovelace\n" + "n" * 501}, "Not saved: authors: a name has at most 500 characters."),
])
def test_corrections_the_library_cannot_keep_are_refused_in_a_line(server, client, change, said):
    pid = papers(server)[3]["id"]
    action, fields = page_forms(client, pid)["papershelf-correct-form"]
    before = api_paper(server, pid)
    answer = post(client, action, {**fields, "title": "Changed too", **change})
    assert answer.status_code == 400 and said in answer.text
    assert api_paper(server, pid) == before


def test_a_note_is_edited_and_deleted_from_the_page(server, client):
    pid = papers(server)[0]["id"]
    action, fields = page_forms(client, pid)["papershelf-add-note"]
    post(client, action, {**fields, "body": "first thoughts"})
    (note,) = [n for n in api_paper(server, pid)["notes"] if n["body"] == "first thoughts"]
    action, fields = page_forms(client, pid)["papershelf-edit-note"]
    assert action.endswith(f"/notes/{note['id']}") and fields["body"] == "first thoughts"
    answer = post(client, action, {**fields, "body": "second thoughts\r\n- a list"})
    assert answer.status_code == 303 and answer.headers["location"].endswith(f"#note-{note['id']}")
    assert [n["body"] for n in api_paper(server, pid)["notes"] if n["id"] == note["id"]] == [
        "second thoughts\n- a list"]

    action, fields = page_forms(client, pid)["papershelf-delete-note"]
    assert post(client, action, fields).status_code == 303
    assert note["id"] not in [n["id"] for n in api_paper(server, pid)["notes"]]
    again = post(client, action, fields)  # the same button in a tab left open
    assert again.status_code == 404 and "the note is no longer on this paper" in again.text


def test_a_note_of_another_paper_cannot_be_reached_through_this_papers_form(server, client):
    mine, theirs = papers(server)[1]["id"], papers(server)[2]["id"]
    action, fields = page_forms(client, theirs)["papershelf-add-note"]
    post(client, action, {**fields, "body": "their note"})
    (their_note,) = [n["id"] for n in api_paper(server, theirs)["notes"] if n["body"] == "their note"]
    token = page_forms(client, mine)["papershelf-edit"][1]["token"]
    answer = post(client, f"/reading/papers/{mine}/notes/{their_note}/delete", {"token": token})
    assert answer.status_code == 404
    assert their_note in [n["id"] for n in api_paper(server, theirs)["notes"]]


def test_a_paper_removed_from_its_page_comes_back_by_the_button_that_follows(server, client):
    pid = papers(server)[2]["id"]
    httpx.patch(f"{server.base_url}/api/papers/{pid}", headers=server.headers, json={"rating": 3})
    action, fields = page_forms(client, pid)["papershelf-remove-paper"]
    answer = post(client, action, fields)
    assert answer.status_code == 303 and answer.headers["location"] == f"/reading/papers/{pid}/removed"
    assert httpx.get(f"{server.base_url}/api/papers/{pid}", headers=server.headers).status_code == 404

    gone = client.get(answer.headers["location"])
    page = lxml.html.fromstring(gone.text)
    assert "from the library and every machine it syncs with" in page.text_content()
    (form,) = page.xpath("//form")
    back = post(client, form.get("action"), dict(form.form_values()))
    assert back.status_code == 303 and back.headers["location"] == f"/data/library/papers/{pid}"
    assert api_paper(server, pid)["rating"] == 3
    # Brought back, the page that said it was removed goes to the paper.
    assert client.get(f"/reading/papers/{pid}/removed").headers["location"] == f"/data/library/papers/{pid}"


def test_a_busy_library_is_a_line_saying_to_try_again_and_nothing_half_saved(tmp_path, library):
    db_path = tmp_path / "library.db"
    db_path.write_bytes(library.read_bytes())
    with TestClient(create_app(Settings(db_path=db_path, write_timeout_ms=300)),
                    base_url="http://127.0.0.1") as app_client:
        pid = app_client.app.state.library.submit_write(lambda db: db.execute(
            "select id from papers limit 1").fetchone()[0]).result()
        action, fields = page_forms(app_client, pid)["papershelf-edit"]
        wanted = "read" if fields["status_was"] != "read" else "unread"
        importer = sqlite3.connect(db_path, isolation_level=None)
        importer.execute("BEGIN IMMEDIATE")  # what `papershelf import` holds for a whole file
        try:
            answer = post(app_client, action, {**fields, "status": wanted}, fetch_site="same-origin")
        finally:
            importer.execute("ROLLBACK")
        assert answer.status_code == 503 and "Not saved: the library is busy" in answer.text
        assert "try again in a few seconds" in answer.text

        def status(db):
            return db.execute("select status from papers where id = ?", [pid]).fetchone()[0]

        assert app_client.app.state.library.submit_write(status).result() == fields["status_was"]
        again = post(app_client, action, {**fields, "status": wanted}, fetch_site="same-origin")
        assert again.history[0].status_code == 303  # back to the page, saved
        assert app_client.app.state.library.submit_write(status).result() == wanted
