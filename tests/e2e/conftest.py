"""Real-browser end-to-end harness: a real `papershelf serve`, test pages served
under their real host names, and the unpacked extension in Debian's Chromium
(Playwright with executable_path; never a downloaded browser).

See ../shared/research/extension_e2e.md for why each browser flag is here.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from papershelf.store.db import open_writer
from papershelf.store.tokens import SCOPES
from papershelf.store.tokens import create_token as make_token

ROOT = Path(__file__).resolve().parents[2]
EXT_DIR = ROOT / "extension"
PAGES_DIR = ROOT / "tests" / "fixtures" / "pages"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

HF_PAPER = "http://huggingface.co/papers/1810.04805"
HF_DAILY = "http://huggingface.co/papers/date/2026-09-28"
ARXIV_ABS = "http://arxiv.org/abs/1706.03762"
ARXIV_PDF = "http://arxiv.org/pdf/1810.04805"  # BERT's PDF: the same paper as HF_PAPER
# A lab's notes page with no paper on it (written for these tests): kept as a web page.
LAB_NOTES = "http://lab.example.org/notes/sparse-probes"
LAB_NOTES_HTML = (
    b'<!doctype html><html><head><meta charset="utf-8"><title>Sparse probes: notes from the lab'
    b'</title></head><body><nav><a href="/">Lab home</a></nav><main><h1>Sparse probes</h1>'
    b"<p>This week we tried sparse probes on the small model and wrote down what we saw.</p>"
    b"</main></body></html>")

# The smallest PDF Chromium opens: lets the badge test visit a real PDF URL.
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
# The abstract page as a revised version might show it: words inserted before the
# abstract and inside its second sentence (the highlight tests re-find a passage there).
ARXIV_ABS_REVISED = "http://arxiv.org/abs/1706.03762v2"
_ABS_HTML = (PAGES_DIR / "arxiv_abs_1706.03762.html").read_text()
_HEAD, _ABSTRACT = _ABS_HTML.split('<blockquote class="abstract', 1)
REVISED_HTML = (_HEAD + '<blockquote class="abstract' + _ABSTRACT.replace(
    '<span class="descriptor">Abstract:</span>The dominant',
    '<span class="descriptor">Abstract:</span>In this revised version: the dominant', 1,
).replace("based solely on attention mechanisms", "based solely on the attention mechanisms", 1)).encode()
assert REVISED_HTML.count(b"In this revised version") == 1
assert REVISED_HTML.count(b"solely on the attention") == 1

PAGES = {
    ARXIV_ABS_REVISED: ("text/html; charset=utf-8", REVISED_HTML),
    HF_PAPER: ("text/html; charset=utf-8", PAGES_DIR / "hf_paper_1810.04805.excerpt.html"),
    HF_DAILY: ("text/html; charset=utf-8", PAGES_DIR / "hf_daily_papers_2026-09-28.excerpt.html"),
    ARXIV_ABS: ("text/html; charset=utf-8", PAGES_DIR / "arxiv_abs_1706.03762.html"),
    ARXIV_PDF: ("application/pdf", MINIMAL_PDF),
    LAB_NOTES: ("text/html; charset=utf-8", LAB_NOTES_HTML),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate, timeout=10.0, interval=0.05, message="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if value := predicate():
            return value
        time.sleep(interval)
    raise TimeoutError(f"timed out waiting for {message}")


# ---- the papershelf server --------------------------------------------------


def papershelf_cli() -> list[str]:
    # PAPERSHELF_E2E_CLI points the suite at another papershelf build.
    if cmd := os.environ.get("PAPERSHELF_E2E_CLI"):
        return shlex.split(cmd)
    script = Path(sys.executable).with_name("papershelf")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "papershelf"]


class Server:
    """One `papershelf serve` over its own SQLite file; can stop and come back on the same port."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.db = workdir / "library.db"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        open_writer(self.db, create=True).close()  # `token create` never starts a library
        self.token = self.create_token("e2e")

    def create_token(self, name: str, *scopes: str) -> str:
        """A new token for this library; all scopes unless some are named. Made in this process
        as `papershelf token create` makes it (tests/test_tokens.py runs the command)."""
        db = open_writer(self.db)
        try:
            return make_token(db, name, scopes or SCOPES)
        finally:
            db.close()

    def start(self) -> Server:
        log = open(self.workdir / "serve.log", "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [
                *papershelf_cli(),
                "serve",
                "--db",
                str(self.db),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()

        def up():
            if self.proc.poll() is not None:
                raise RuntimeError(f"papershelf serve exited:\n{(self.workdir / 'serve.log').read_text()}")
            try:
                return self.api("GET", "/api/status")[0] == 200
            except OSError:
                return False

        wait_until(up, timeout=30, interval=0.1, message="papershelf serve to answer /api/status")
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def api(self, method: str, path: str, body=None, token: str | None = None):
        req = urllib.request.Request(
            self.url + path,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={
                "Authorization": f"Bearer {token or self.token}",
                "Content-Type": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                raw = resp.read()
                return resp.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as err:
            raw = err.read()
            return err.code, json.loads(raw) if raw else None

    def query(self, sql: str, *params):
        """Read the library file directly, read-only, as a Datasette user would."""
        with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True) as conn:
            return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="session")
def site():
    """The test pages' URLs (tests import nothing from this conftest: the name clashes)."""
    from types import SimpleNamespace

    return SimpleNamespace(hf_paper=HF_PAPER, hf_daily=HF_DAILY, arxiv_abs=ARXIV_ABS, arxiv_pdf=ARXIV_PDF,
                           arxiv_abs_revised=ARXIV_ABS_REVISED, lab_notes=LAB_NOTES)


@pytest.fixture
def make_server(tmp_path):
    """A papershelf server with a library of its own, for tests that stop and restart it."""
    started = []

    def make():
        started.append(Server(tmp_path).start())
        return started[-1]

    yield make
    for srv in started:
        srv.stop()


@pytest.fixture
def other_server(tmp_path):
    """A second machine: a papershelf server over a library file of its own."""
    (tmp_path / "other").mkdir()
    srv = Server(tmp_path / "other").start()
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("papershelf")).start()
    yield srv
    srv.stop()


# ---- test pages under their real host names ----------------------------------


class _PageHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        # Chromium maps the host names here (--host-resolver-rules) and sends a
        # normal request line; Firefox reaches us as its HTTP proxy and sends
        # the absolute URL. Both end up as "http://host/path".
        if self.path.startswith("http://"):
            parts = urlsplit(self.path)
            url = f"http://{parts.hostname}{parts.path}"
        else:
            url = f"http://{self.headers.get('Host', '').split(':')[0]}{self.path.split('?')[0]}"
        page = PAGES.get(url)
        if page is None:
            self.send_error(404)
            return
        ctype, source = page
        body = source if isinstance(source, bytes) else source.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def pages_port():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _PageHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1]
    httpd.shutdown()


# ---- Chromium with the extension ----------------------------------------------


@pytest.fixture(scope="session")
def chromium(tmp_path_factory, pages_port):
    from playwright.sync_api import sync_playwright

    assert shutil.which(CHROMIUM), f"{CHROMIUM} is missing: apt-get install chromium"
    hosts = ",".join(f"MAP {h} 127.0.0.1:{pages_port}"
                     for h in ("huggingface.co", "arxiv.org", "lab.example.org"))
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            headless=True,  # Playwright's --headless = the new headless mode: extensions load
            args=[
                # without this Playwright's own --disable-extensions wins
                f"--disable-extensions-except={EXT_DIR}",
                f"--load-extension={EXT_DIR}",
                "--enable-unsafe-extension-debugging",  # CDP Extensions.triggerAction
                f"--host-resolver-rules={hosts}",
                "--disable-gpu",
                "--disable-quic",
                "--disable-sync",
            ],
        )
        yield ctx
        ctx.close()


class CdpTarget:
    """Runs JS in a target Playwright does not expose as a Page (the real action popup)."""

    def __init__(self, cdp, target_id, pump):
        self.cdp, self.pump, self.target_id, self.n, self.replies = cdp, pump, target_id, 0, {}
        self.session = cdp.send("Target.attachToTarget", {"targetId": target_id, "flatten": False})[
            "sessionId"
        ]
        cdp.on("Target.receivedMessageFromTarget", self._receive)

    def _receive(self, event):
        if event.get("sessionId") == self.session:
            msg = json.loads(event["message"])
            if "id" in msg:
                self.replies[msg["id"]] = msg

    def eval(self, expression, timeout=10.0):
        self.n += 1
        self.cdp.send(
            "Target.sendMessageToTarget",
            {
                "sessionId": self.session,
                "message": json.dumps(
                    {
                        "id": self.n,
                        "method": "Runtime.evaluate",
                        "params": {
                            "expression": expression,
                            "awaitPromise": True,
                            "returnByValue": True,
                        },
                    }
                ),
            },
        )
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.n in self.replies:
                reply = self.replies.pop(self.n)
                result = reply.get("result", {})
                if "exceptionDetails" in result:
                    raise RuntimeError(json.dumps(result["exceptionDetails"])[:500])
                return result.get("result", {}).get("value")
            self.pump(25)  # not time.sleep: sync Playwright dispatches events only inside its own calls
        raise TimeoutError(expression)

    def close(self):
        self.cdp.send("Target.closeTarget", {"targetId": self.target_id})


class Popup(CdpTarget):
    def status(self, timeout=15.0):
        """(data-state, text) of #status once the save has finished."""
        js = """new Promise((resolve) => {
          const poll = () => {
            const s = document.getElementById('status');
            if (s && s.dataset.state !== 'saving') resolve([s.dataset.state, s.textContent]);
            else setTimeout(poll, 25);
          };
          poll();
        })"""
        return tuple(self.eval(js, timeout))

    def change(self, element_id, value):
        """Set a form field and fire `change`, as typing then leaving the field does."""
        self.eval(
            f"(() => {{ const el = document.getElementById({json.dumps(element_id)});"
            f" el.value = {json.dumps(value)};"
            " el.dispatchEvent(new Event('change', { bubbles: true })); })()"
        )

    def visible(self, element_id):
        return self.eval(f"!document.getElementById({json.dumps(element_id)}).hidden")


class Extension:
    """The loaded extension, driven the way a user drives it."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.worker = ctx.service_workers[0] if ctx.service_workers else ctx.wait_for_event("serviceworker")
        assert self.worker.url.endswith("/background.js"), self.worker.url
        self.id = self.worker.url.split("/")[2]
        self.cdp = ctx.browser.new_browser_cdp_session()

    def configure(self, server_url, token):
        """Fill the real options page and press Save."""
        from playwright.sync_api import expect

        page = self.ctx.new_page()
        page.goto(f"chrome-extension://{self.id}/options.html")
        page.wait_for_selector("body[data-ready]")
        page.fill("#server-url", server_url)
        page.fill("#token", token)
        page.click("#save")
        expect(page.locator("#result")).to_have_text("Saved")
        page.close()

    def open(self, url):
        page = self.ctx.new_page()
        page.goto(url)
        return page

    def tab_id(self, url):
        tabs = self.worker.evaluate("async () => (await chrome.tabs.query({})).map((t) => [t.id, t.url])")
        ids = [i for i, u in tabs if u == url]
        assert len(ids) == 1, tabs
        return ids[0]

    def click_action(self, page) -> Popup:
        """A real toolbar click: opens the action popup and grants activeTab on the page."""
        page.bring_to_front()
        targets = self.cdp.send("Target.getTargets", {"filter": [{"type": "tab"}]})["targetInfos"]
        tab = next(t["targetId"] for t in targets if t["url"] == page.url)
        popup_url = f"chrome-extension://{self.id}/popup.html"
        before = {t["targetId"] for t in self.cdp.send("Target.getTargets")["targetInfos"]}
        self.cdp.send("Extensions.triggerAction", {"id": self.id, "targetId": tab})

        def opened():
            infos = self.cdp.send("Target.getTargets")["targetInfos"]
            return next((t for t in infos if t["url"] == popup_url and t["targetId"] not in before), None)

        target = None
        for _ in range(200):
            if target := opened():
                break
            page.wait_for_timeout(25)
        assert target, "the action popup did not open"
        return Popup(self.cdp, target["targetId"], page.wait_for_timeout)

    def badge(self, tab_id):
        return self.worker.evaluate("(tabId) => chrome.action.getBadgeText({ tabId })", tab_id)

    def queue(self):
        return self.worker.evaluate("() => papershelf.queuedCaptures()")


@pytest.fixture(scope="session")
def extension(chromium):
    return Extension(chromium)


@pytest.fixture
def tabs_closed(extension):
    """The extension, its tabs as the test found them once it ends: a tab left open on a page
    another test opens makes that test's tab lookup ambiguous (the suite runs in any order)."""
    before = set(extension.ctx.pages)
    yield extension
    for page in set(extension.ctx.pages) - before:
        page.close()


@pytest.fixture
def ext(tabs_closed, server):
    """The extension set up for the shared server; pages a test opened are closed after it."""
    tabs_closed.configure(server.url, server.token)
    return tabs_closed


@pytest.fixture
def fresh(tabs_closed, make_server):
    """The extension on a server with a library of its own, for tests that expect a first save
    or count what the library holds, whichever tests ran before; its pages closed after."""
    server = make_server()
    tabs_closed.configure(server.url, server.token)
    return tabs_closed, server
