"""Every write goes through one writer thread; reads never wait on SQLite's write lock.

Regression tests for issue 9 item 3 (a capture answered 500 although stored, when the
token guard wrote `last_used_at` on the writer connection from another thread) and
item 14 (a full disk answered 500), and for the event loop never waiting on a lock
another program holds.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
from litestar.testing import TestClient

from helpers import off_loop, page, running_server
from papershelf.api.app import create_app
from papershelf.api.settings import Settings
from papershelf.store.db import open_writer
from papershelf.store.library import Library
from papershelf.store.tokens import create_token as make_token
from papershelf.store.tx import write

CLIENTS = 8
CAPTURES_EACH = 25


def scholarly_page(n: int) -> str:
    return (f'<html><head><meta name="citation_title" content="Writer paper {n}">'
            f'<meta name="citation_doi" content="10.5555/writer.{n}"></head><body></body></html>')


def capture_body(n: int, **extra) -> dict:
    return {"capture_id": uuid.uuid4().hex, "url": f"https://example.org/paper/{n}",
            "html": scholarly_page(n), **extra}


def test_first_use_of_many_tokens_under_concurrent_captures_never_answers_500(tmp_path):
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    # Every capture with a token used for the first time: each one's use is recorded.
    tokens = [make_token(db, f"client-{i}") for i in range(CLIENTS * CAPTURES_EACH)]
    db.close()
    with running_server(db_path) as server:
        def client(index: int) -> list[int]:
            statuses = []
            with httpx.Client(base_url=server.base_url, timeout=30) as http:
                for n in range(index * CAPTURES_EACH, (index + 1) * CAPTURES_EACH):
                    response = http.post("/api/captures", json=capture_body(n),
                                         headers={"Authorization": f"Bearer {tokens[n]}"})
                    statuses.append(response.status_code)
            return statuses

        with ThreadPoolExecutor(CLIENTS) as pool:
            statuses = [s for result in pool.map(client, range(CLIENTS)) for s in result]
        assert statuses == [201] * CLIENTS * CAPTURES_EACH, server.log()[-2000:]
        with server.client() as http:
            assert http.get("/api/status").json()["papers"] == CLIENTS * CAPTURES_EACH
    conn = sqlite3.connect(db_path)
    used = conn.execute("SELECT count(*) FROM tokens WHERE name LIKE 'client-%' "
                        "AND last_used_at IS NOT NULL").fetchone()[0]
    assert used == CLIENTS * CAPTURES_EACH  # every token's use was still recorded, by the writer


def test_reads_and_pages_answer_while_another_program_holds_the_write_lock(tmp_path):
    db_path = tmp_path / "library.db"
    with running_server(db_path, args=()) as server, server.client() as http:
        assert http.post("/api/captures", json=capture_body(1)).status_code == 201
        importer = sqlite3.connect(db_path, isolation_level=None)
        importer.execute("BEGIN IMMEDIATE")  # what `papershelf import` holds for a whole file
        waiting: list[httpx.Response] = []
        capture = threading.Thread(
            target=lambda: waiting.append(http.post("/api/captures", json=capture_body(2))))
        capture.start()
        try:
            # The capture now waits for the lock on the writer thread; everything that
            # only reads must answer meanwhile (the timeout is below the write deadline).
            with httpx.Client(base_url=server.base_url, headers=server.headers, timeout=4) as quick:
                assert quick.get("/api/papers").json()["papers"][0]["title"] == "Writer paper 1"
                assert quick.get("/api/lookup", params={"url": "https://doi.org/10.5555/writer.1"}
                                 ).json()["papers"]
                assert quick.get("/data/library/papers.json").status_code == 200
                assert quick.get("/api/status").status_code == 200
            assert capture.is_alive() and not waiting
        finally:
            importer.execute("ROLLBACK")
            capture.join(30)
        assert waiting[0].status_code == 201  # the lock came free in time: stored


def _app_client(tmp_path, **settings) -> tuple[TestClient, dict]:
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    token = make_token(db, "tests")
    db.close()
    app = create_app(Settings(db_path=db_path, datasette=False, **settings))
    return TestClient(app, base_url="http://127.0.0.1"), {"Authorization": f"Bearer {token}"}


def test_a_write_that_cannot_get_the_lock_in_time_is_503_with_retry_after(tmp_path):
    client, headers = _app_client(tmp_path, write_timeout_ms=300)
    with client:
        importer = sqlite3.connect(tmp_path / "library.db", isolation_level=None)
        importer.execute("BEGIN IMMEDIATE")
        try:
            response = client.post("/api/captures", json=capture_body(1), headers=headers)
        finally:
            importer.execute("ROLLBACK")
        assert response.status_code == 503
        assert response.headers["retry-after"] == "5"
        assert response.json()["error"] == "library_busy"
        assert "try again" in response.json()["message"]
        retried = client.post("/api/captures", json=capture_body(1), headers=headers)
        assert retried.status_code == 201


def test_a_full_disk_is_507_and_the_library_stays_whole(tmp_path):
    client, headers = _app_client(tmp_path)
    with client:
        library = client.app.state.library
        assert client.post("/api/captures", json=capture_body(1), headers=headers).status_code == 201

        def fill(db):
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}")  # what a full disk does to SQLite

        library.submit_write(fill).result()
        big = capture_body(2, html=page("biorxiv_2020.03.22.002386v3.html"),
                           url="https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3",
                           note="kept with its paper, or not at all")
        response = client.post("/api/captures", json=big, headers=headers)
        assert response.status_code == 507
        assert response.json()["error"] == "storage_full"
        assert "free some space" in response.json()["message"]
        assert client.get("/api/status", headers=headers).json()["papers"] == 1

        def check(db):
            return (db.execute("PRAGMA integrity_check").fetchone()[0],
                    db.execute("SELECT count(*) FROM notes").fetchone()[0],
                    db.execute("SELECT count(*) FROM captures").fetchone()[0])

        assert library.submit_write(check).result() == ("ok", 0, 1)
        library.submit_write(lambda db: db.execute("PRAGMA max_page_count = 1073741823")).result()
        assert client.post("/api/captures", json=big, headers=headers).status_code == 201


def test_grouped_writes_queued_together_share_one_commit_and_a_failing_one_undoes_only_itself(
        tmp_path):
    library = Library(tmp_path / "library.db", create=True)
    reader = sqlite3.connect(tmp_path / "library.db", check_same_thread=False)
    visible: list[int] = []

    def remember(db, key: str) -> str:
        with write(db):
            db.execute("INSERT INTO meta (key, value) VALUES (?, 'x')", [key])
        # Another connection sees none of the group's jobs until the group commits.
        visible.append(reader.execute("SELECT count(*) FROM meta WHERE key LIKE 'group-%'"
                                      ).fetchone()[0])
        return key

    def fail(db) -> None:
        with write(db):
            db.execute("INSERT INTO meta (key, value) VALUES ('group-bad', 'x')")
            raise ValueError("a bad job")

    def fail_after(db) -> None:  # its transaction done, reading its answer fails
        with write(db):
            db.execute("INSERT INTO meta (key, value) VALUES ('group-worse', 'x')")
        raise LookupError("a bad answer")

    async def main() -> list:
        gate = threading.Event()
        held = library.submit_write(lambda db: gate.wait(10))  # the writer busy: jobs queue
        jobs = [asyncio.ensure_future(library.write_grouped(remember, "group-1")),
                asyncio.ensure_future(library.write_grouped(fail)),
                asyncio.ensure_future(library.write_grouped(fail_after)),
                asyncio.ensure_future(library.write_grouped(remember, "group-3"))]
        await asyncio.sleep(0.05)
        gate.set()
        await asyncio.wrap_future(held)
        return await asyncio.gather(*jobs, return_exceptions=True)

    try:
        first, failed, failed_after, third = off_loop(asyncio.run, main())
    finally:
        library.close()
    assert (first, third) == ("group-1", "group-3")
    assert isinstance(failed, ValueError) and isinstance(failed_after, LookupError)
    assert visible == [0, 0]  # both ran before either was committed: one commit
    keys = {key for (key,) in reader.execute("SELECT key FROM meta WHERE key LIKE 'group-%'")}
    assert keys == {"group-1", "group-3"}
    reader.close()



def test_a_read_now_that_meets_a_lock_is_read_again_on_a_reader_thread_not_on_the_loop(tmp_path):
    library = Library(tmp_path / "library.db", create=True)
    loop_thread: list[threading.Thread] = []

    def machine(db) -> tuple[str, bool]:
        if threading.current_thread() in loop_thread:
            # What a WAL reader meets when another program keeps readers out (its
            # connection is in exclusive locking mode): SQLITE_BUSY at once, no wait.
            busy = sqlite3.OperationalError("database is locked")
            busy.sqlite_errorcode = 5
            raise busy
        value = db.execute("SELECT value FROM meta WHERE key = 'machine_id'").fetchone()[0]
        return value, db.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0

    def never_waits(db) -> tuple[int, bool]:
        return (db.conn.execute("PRAGMA busy_timeout").fetchone()[0],
                threading.current_thread() in loop_thread)

    async def main():
        loop_thread.append(threading.current_thread())
        return await library.read_now(never_waits), await library.read_now(machine)

    try:
        on_loop, (value, waits) = off_loop(asyncio.run, main())
    finally:
        library.close()
    assert on_loop == (0, True)  # a lookup on the loop itself never waits on a lock
    assert value and waits  # busy, it was read on a reader thread, which may wait
