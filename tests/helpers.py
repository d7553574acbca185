"""Running a real `papershelf serve` for tests (API, e2e, sync): `running_server(db_path)`.

The server is the installed command in a subprocess on 127.0.0.1 and a free
port, over a real library file, with a token made by `papershelf token create`.
Its output goes to a log file beside the library, shown when it fails to start.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
from lxml import etree

from papershelf.normalise.page_bytes import page_text
from papershelf.store.search_text import INDEXED_COLUMNS, SEARCH_TEXT

START_TIMEOUT = 30.0
FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"
DUMPS = FIXTURES / "dumps"


def datasette_plugin(name: str):
    """A module of datasette/plugins, imported from its file as Datasette loads it."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "datasette" / "plugins" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"tests_plugin_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page(name: str) -> str:
    """A fixture page's HTML, read from its bytes as a browser reads them (round 92's pages are in
    ISO-8859-1 and windows-1252)."""
    return page_text((PAGES / name).read_bytes())


def sidecar(name: str) -> dict:
    """A fixture page's sidecar: where it came from and the values read off it by hand."""
    return json.loads((PAGES / name).with_suffix(".json").read_text(encoding="utf-8"))


def off_loop(fn, *args):
    """fn(*args) on a thread of its own: the browser tests' Playwright keeps an event loop
    running in the main thread for the whole session, and asyncio.run refuses to nest in
    it (and Playwright's sync API refuses to run inside it)."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(fn, *args).result()


# A papers row's values where a test names none: no authors, unread, untagged, made at one time.
_PAPER_DEFAULTS = {"authors": "[]", "authors_count": 0, "status": "unread", "tags": "[]",
                   "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}


def insert_papers(db, rows: list[dict]) -> None:
    """Papers rows written straight into a library (`db`, a writer), each a dict of columns
    over _PAPER_DEFAULTS, in one transaction: a search's or a page's fixture, no capture."""
    with db.conn:
        for row in rows:
            values = {**_PAPER_DEFAULTS, **row}
            db.conn.execute(f"INSERT INTO papers ({', '.join(values)}) "
                            f"VALUES ({', '.join('?' * len(values))})", list(values.values()))


def started_datasette(path):
    """Datasette over the library at `path`, in process, its plugins started."""
    from papershelf.publish.datasette_app import build_datasette

    datasette = build_datasette(path, base_url="/")
    off_loop(asyncio.run, datasette.invoke_startup())
    return datasette


def datasette_get(datasette, path: str):
    """A page of an in-process Datasette, asserted to answer 200."""
    response = off_loop(asyncio.run, datasette.client.get(path))
    assert response.status_code == 200, (path, response.text[:300])
    return response


def capture(db, request, **options):
    """The capture service (`capture_page`, as the server calls it) on one connection."""
    from papershelf.capture import capture_page
    from papershelf.store.library import InlineLibrary

    return off_loop(asyncio.run, capture_page(InlineLibrary(db), request, **options))


# The CPU the larger size of a pair must cost, measured, when the pair is smaller than `size`: a quadratic
# reader's smaller size then costs a quarter of it, 0.25 s, and its larger past `ratio` times that plus
# `slack` by a sixth. 0.4 s let a quadratic work pass on a loaded CI worker (its pair at 0.1 s and 0.4 s).
# More only spends the suite's time (the ~300 tests of this helper cost ~210 s of CPU when every one ran
# at its full size, most of it in its dearest forty).
ENOUGH_CPU = 1.0
# The probe's share of `size`: timed first, it pays the one-off costs and says how large a pair need be.
_PROBE_SHARE = 16


def assert_linear_time(
    run: Callable[[int], Callable[[], object]], size: int, ratio: float = 3, slack: float = 0.1,
    at_most: float | None = None,
):
    """Assert that the work `run(n)` sets up costs about linear CPU in n, and return what it gave at the
    size the pair ended at (`size`, or a half, quarter… of it when that already costs ENOUGH_CPU).

    `run(n)` builds an input of size n (a page, a file) and returns the work to time on it, a function of
    no arguments; only that call is timed, in the processor's time (time.process_time), not the clock's.

    A ratio, not a bound: a bound in seconds ("under 3 s") is a timed test in all but name, passing or
    failing with the machine and its load (one failed at 3.95 s on a loaded machine, and CI may be half as
    fast), while a quadratic reader's cost quadruples when its input doubles on any machine, a linear one's
    doubles. So the work is timed at n // 2 and at n, and the larger may cost at most `ratio` (3) times the
    smaller, plus `slack` seconds so that work of a few hundredths of a second cannot fail on noise (a
    regression this guards against took seconds, and fails by far more than the slack). A reader still
    superlinear after its fix (a cubic one made quadratic) passes a larger ratio, below its regression's.

    n is `size` unless a smaller halving of it already costs ENOUGH_CPU: the ratio does not care how large
    the pair is once its work outweighs the slack, so a page whose reading takes seconds at `size` is timed
    at the size where it takes a fraction of one. A probe at size // 16, timed first, says which; it also
    pays the one-off costs (imports, compiled patterns, warm caches) that would make the small size look dear
    and let a quadratic reader pass (a size too small for a probe has its small size, when cheap, timed
    twice and the lesser kept instead).
    A pair over the bound is timed once more: a stray pause or a burst of a neighbour's load fails one pair,
    a quadratic reader every pair.

    `at_most` seconds at `size` as well, for a regression that grew less than the ratio but cost a
    thousand times the fix: far enough from the fix's time that no machine's speed decides it (such a test
    is timed at `size`).
    """

    def cpu(n: int) -> tuple[float, object]:
        work = run(n)
        gc.collect()  # the garbage of building the input is not the work's
        started = time.process_time()
        result = work()
        return time.process_time() - started, result

    n = size
    probe = size // _PROBE_SHARE
    warmed = probe >= 2
    if warmed:
        cost = cpu(probe)[0] / probe  # per unit of size, an overestimate if one-off costs fell in it
        while at_most is None and n // 2 >= probe and cost * (n // 2) >= ENOUGH_CPU:
            n //= 2
    failed = 0
    while failed < 2:
        small, _ = cpu(n // 2)
        if small < 0.1 and not warmed:
            small = min(small, cpu(n // 2)[0])
        large, result = cpu(n)
        if n < size and large < ENOUGH_CPU:  # the probe was dear for its size: a pair twice as large
            n *= 2
        elif large <= ratio * small + slack and (at_most is None or large <= at_most):
            return result
        else:
            failed += 1
    raise AssertionError(
        f"{large:.3f} s of CPU at size {n}, {small:.3f} s at {n // 2}: {large / max(small, 1e-9):.1f} "
        f"times, more than {ratio} times or {at_most} s (twice)")


def papershelf_command() -> list[str]:
    script = Path(sys.executable).with_name("papershelf")
    return [str(script)] if script.exists() else [sys.executable, "-m", "papershelf"]


def run_cli(
    *args: str, db_path: Path | None = None, check: bool = True
) -> subprocess.CompletedProcess:
    """Run `papershelf ARGS… [--db PATH]` and capture its output."""
    command = [*papershelf_command(), *args]
    if db_path is not None:
        command += ["--db", str(db_path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return result


def create_token(db_path: Path, name: str = "tests", scopes: tuple[str, ...] = ()) -> str:
    """A new token, in a library made first when there is none. Made in this process, as
    `papershelf token create` makes it (tests/test_tokens.py runs the command): a process of
    its own cost each server a test starts most of a second of CPU."""
    from papershelf.store.db import open_writer
    from papershelf.store.tokens import SCOPES
    from papershelf.store.tokens import create_token as make_token

    db = open_writer(db_path, create=True)
    try:
        return make_token(db, name, scopes or SCOPES)
    finally:
        db.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    base_url: str
    token: str
    db_path: Path
    process: subprocess.Popen
    log_path: Path
    headers: dict[str, str] = field(default_factory=dict)

    def client(self, **kwargs) -> httpx.Client:
        """An httpx client for this server that sends the token."""
        return httpx.Client(base_url=self.base_url, headers=self.headers, timeout=30, **kwargs)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def log_lines(self, count: int, *, after: int = 0, timeout: float = 5.0) -> list[str]:
        """The log's lines after the first `after`, once `count` of them are there: a request's
        line is written after its answer went out, so it may trail the response a little."""
        deadline = time.monotonic() + timeout
        while len(self.log().splitlines()[after:]) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.1)  # and no line more than expected follows
        return self.log().splitlines()[after:]

    def logged(self, request_id: str, *, after: int = 0, timeout: float = 5.0) -> list[str]:
        """The log's lines after the first `after`, once the line of the request answered with
        `request_id` (its X-Request-Id) is there: that line trails the answer a little, and
        so may an earlier request's."""
        deadline = time.monotonic() + timeout
        while request_id not in self.log() and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.1)  # and no line more than expected follows
        return self.log().splitlines()[after:]

    # Unpacks as (base_url, token, db_path), the shape the `server` fixture promises.
    def __iter__(self):
        return iter((self.base_url, self.token, self.db_path))


def _wait_until_up(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"papershelf serve exited ({server.process.returncode}):\n"
                               f"{server.log()}")
        try:
            response = httpx.get(f"{server.base_url}/api/status", headers=server.headers,
                                 timeout=2)
            if response.status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"papershelf serve did not answer in {timeout}s:\n{server.log()}")


@contextmanager
def running_server(
    db_path: Path, *, token: str | None = None, args: tuple[str, ...] = ("--no-datasette",),
    env: dict[str, str] | None = None, timeout: float = START_TIMEOUT,
) -> Iterator[Server]:
    """Start `papershelf serve` over `db_path`, wait until /api/status answers, stop it after.

    `token` defaults to a new one made with `papershelf token create`; pass `args=()`
    to serve with Datasette mounted.
    """
    db_path = Path(db_path)
    token = token or create_token(db_path, f"tests-{free_port()}")
    port = free_port()
    log_path = db_path.with_name(f"{db_path.stem}-serve-{port}.log")
    command = [*papershelf_command(), "serve", "--db", str(db_path), "--host", "127.0.0.1",
               "--port", str(port), *args]
    with log_path.open("w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                   env={**os.environ, **(env or {})})
    server = Server(base_url=f"http://127.0.0.1:{port}", token=token, db_path=db_path,
                    process=process, log_path=log_path,
                    headers={"Authorization": f"Bearer {token}"})
    try:
        _wait_until_up(server, timeout)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def check_full_text_index(conn: sqlite3.Connection, table: str) -> None:
    """FTS5's 'integrity-check' against the rows, for an index that holds them spaced: FTS5
    compares its index with the rows as typed, so it calls a spaced row corrupt. The index's
    own structure is checked by FTS5; its terms (each with its row, column and position) are
    compared with those of an index built afresh from the rows, spaced. Raises
    sqlite3.DatabaseError, as FTS5's check does, naming how many terms differ."""
    fts = f"{table}_fts"
    conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    columns = INDEXED_COLUMNS[table]
    spaced = ", ".join(f"{SEARCH_TEXT}({column})" for column in columns)
    conn.execute(f"CREATE VIRTUAL TABLE temp.papershelf_fresh USING fts5({', '.join(columns)})")
    try:
        conn.execute(f"INSERT INTO temp.papershelf_fresh (rowid, {', '.join(columns)}) "
                     f"SELECT rowid, {spaced} FROM main.{table}")
        conn.execute(f"CREATE VIRTUAL TABLE temp.papershelf_held_terms USING "
                     f"fts5vocab(main, {fts}, instance)")
        conn.execute("CREATE VIRTUAL TABLE temp.papershelf_fresh_terms USING "
                     "fts5vocab(temp, papershelf_fresh, instance)")
        (differ,) = conn.execute(
            "SELECT (SELECT count(*) FROM (SELECT * FROM temp.papershelf_held_terms EXCEPT "
            "SELECT * FROM temp.papershelf_fresh_terms)) + (SELECT count(*) FROM (SELECT * FROM "
            "temp.papershelf_fresh_terms EXCEPT SELECT * FROM temp.papershelf_held_terms))"
        ).fetchone()
    finally:
        for name in ("papershelf_held_terms", "papershelf_fresh_terms", "papershelf_fresh"):
            conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
    if differ:
        raise sqlite3.DatabaseError(f"{fts}: {differ} terms differ from its rows' text")


def back_to_before_m010(conn: sqlite3.Connection) -> None:
    """Make a library what papershelf made before m010: papers_fts of three columns, indexed
    so, its triggers, and the records of the migrations that build it again (m010, m016)."""
    from papershelf.store.schema import _search_text_triggers

    with conn:
        for name in ("papers_fts_ai", "papers_fts_ad", "papers_fts_au"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE papers_fts")
        conn.execute("CREATE VIRTUAL TABLE papers_fts USING fts5(title, abstract, summary, "
                     "content='papers', content_rowid='rowid')")
        for statement in _search_text_triggers({"papers": ("title", "abstract", "summary")}):
            conn.execute(statement)
        conn.execute("INSERT INTO papers_fts(papers_fts) VALUES ('rebuild')")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m010_authors_searchable', "
                     "'m016_identifiers_searchable')")


# arXiv's recorded answer (tests/fixtures/imports/SOURCE.md), what the stand-in answers from.
ARXIV_ANSWER = Path(__file__).parent / "fixtures" / "imports" / "arxiv-api-all-science.atom"
_ATOM = "{http://www.w3.org/2005/Atom}"


def arxiv_answer_for(ids: list[str]) -> bytes:
    """The recorded feed with only the entries of `ids`, as arXiv answers an id list."""
    feed = etree.fromstring(ARXIV_ANSWER.read_bytes())
    for entry in feed.findall(f"{_ATOM}entry"):
        address = entry.findtext(f"{_ATOM}id")
        if address.removeprefix("http://arxiv.org/abs/").rsplit("v", 1)[0] not in ids:
            feed.remove(entry)
    return etree.tostring(feed, xml_declaration=True, encoding="UTF-8")


# NCBI's recorded efetch answer (biopython's, tests/fixtures/imports/SOURCE.md): four MEDLINE records.
PUBMED_ANSWER = Path(__file__).parent / "fixtures" / "imports" / "biopython-pubmed_result2.txt"


def pubmed_answer_for(ids: list[str]) -> bytes:
    """The recorded MEDLINE text with only the records of `ids`, as efetch answers an id list."""
    records = PUBMED_ANSWER.read_text(encoding="utf-8").strip().split("\n\n")
    return "\n\n".join(record for record in records
                        if record.split("\n", 1)[0].removeprefix("PMID-").strip() in ids).encode() + b"\n"


@contextmanager
def standin_arxiv() -> Iterator[tuple[str, list[str], list[float]]]:
    """A stand-in for arXiv's export API on 127.0.0.1 for a server under test to ask (the real one
    is a third party): (its address, the paths asked, [seconds it waits before answering])."""
    with _standin("id_list", arxiv_answer_for, "application/atom+xml; charset=UTF-8") as (port, asked, delay):
        yield f"http://127.0.0.1:{port}/api/query", asked, delay


@contextmanager
def standin_pubmed() -> Iterator[tuple[str, list[str], list[float]]]:
    """A stand-in for NCBI's efetch on 127.0.0.1, answering from its recorded MEDLINE text, as
    standin_arxiv does for arXiv."""
    with _standin("id", pubmed_answer_for, "text/plain; charset=UTF-8") as (port, asked, delay):
        yield f"http://127.0.0.1:{port}/entrez/eutils/efetch.fcgi", asked, delay


@contextmanager
def _standin(ids_parameter: str, answer_for: Callable[[list[str]], bytes], content_type: str
             ) -> Iterator[tuple[int, list[str], list[float]]]:
    asked: list[str] = []
    delay: list[float] = [0.0]

    class StandIn(BaseHTTPRequestHandler):
        def do_GET(self):
            asked.append(self.path)
            time.sleep(delay[0])
            body = answer_for(parse_qs(urlsplit(self.path).query).get(ids_parameter, [""])[0].split(","))
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1], asked, delay
    finally:
        server.shutdown()
        server.server_close()
