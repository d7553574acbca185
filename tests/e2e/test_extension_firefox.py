"""The same extension in Firefox ESR, driven over raw WebDriver BiDi.

Playwright's Firefox client needs a newer Firefox than ESR and there is no
geckodriver package, so this speaks BiDi over a websocket (see
../shared/research/extension_e2e.md). Pages keep their real host names by
making the test page server Firefox's HTTP proxy (Firefox never proxies
loopback, so the extension still reaches papershelf directly).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from websockets.sync.client import connect

pytestmark = pytest.mark.e2e

FIREFOX = os.environ.get("FIREFOX_PATH", "/usr/bin/firefox-esr")
EXT_DIR = Path(__file__).resolve().parents[2] / "extension"
ADDON_ID = json.loads((EXT_DIR / "manifest.json").read_text())["browser_specific_settings"]["gecko"]["id"]
UUID = "5e2e0000-0000-4000-8000-00000000e2e0"  # pinned moz-extension:// host

# A real toolbar click, as the keyboard shortcut for the action does it: opens
# the popup and grants activeTab. Runs in the browser window (system access).
CLICK_ACTION = """(() => {
  const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
  const extension = ExtensionParent.GlobalManager.getExtension(%s);
  ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
})()"""


class Bidi:
    def __init__(self, ws):
        self.ws, self.n = ws, 0

    def __call__(self, method, **params):
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=30))
            if msg.get("id") == self.n:
                if msg.get("type") == "error":
                    raise RuntimeError(f"{method}: {msg['error']}: {msg['message']}")
                return msg["result"]

    def js(self, context, expression):
        r = self("script.evaluate", expression=expression, target={"context": context}, awaitPromise=True)
        if r["type"] == "exception":
            raise RuntimeError(r["exceptionDetails"]["text"])
        return r["result"].get("value")

    def wait_js(self, context, expression, timeout=15.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if value := self.js(context, expression):
                return value
            time.sleep(0.05)
        raise TimeoutError(expression)


@pytest.fixture
def firefox(tmp_path, pages_port):
    assert shutil.which(FIREFOX), f"{FIREFOX} is missing: apt-get install firefox-esr"
    prefs = {
        "extensions.webextensions.uuids": json.dumps({ADDON_ID: UUID}),
        "network.proxy.type": 1,  # manual proxy: the test page server
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": pages_port,
        "dom.security.https_first": False,
        "datareporting.policy.dataSubmissionEnabled": False,
        "toolkit.telemetry.reportingpolicy.firstRun": False,
        "browser.shell.checkDefaultBrowser": False,
        "app.normandy.enabled": False,
    }
    (tmp_path / "user.js").write_text(
        "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in prefs.items())
    )
    proc = subprocess.Popen(
        [FIREFOX, "--headless", "--no-remote", "--profile", str(tmp_path),
         "--remote-debugging-port=0",  # WebDriver BiDi on a free port
         "--remote-allow-system-access"],  # moz-extension:// pages and the browser window
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        for line in proc.stderr:
            if m := re.search(r"WebDriver BiDi listening on (ws://\S+)", line):
                break
        else:
            raise RuntimeError("firefox-esr did not start WebDriver BiDi")
        with connect(m.group(1) + "/session", max_size=None) as ws:
            bidi = Bidi(ws)
            bidi("session.new", capabilities={})
            yield bidi
    finally:
        proc.terminate()
        proc.wait(15)


def install_and_configure(bidi, server) -> tuple[str, str]:
    """Install the extension and fill its options as a user does; (the first tab, the options
    tab, left open: an extension page can read the popup's DOM)."""
    assert bidi("webExtension.install", extensionData={"type": "path", "path": str(EXT_DIR)}) == {
        "extension": ADDON_ID
    }
    tab = bidi("browsingContext.getTree")["contexts"][0]["context"]
    options = bidi("browsingContext.create", type="tab")["context"]
    bidi("browsingContext.navigate", context=options, url=f"moz-extension://{UUID}/options.html",
         wait="complete")
    bidi.wait_js(options, "document.body.dataset.ready === 'true'")
    bidi.js(options, f"document.getElementById('server-url').value = {json.dumps(server.url)};"
                     f"document.getElementById('token').value = {json.dumps(server.token)};"
                     "document.getElementById('save').click()")  # fmt: skip
    bidi.wait_js(options, "document.getElementById('result').textContent === 'Saved'")
    return tab, options


def test_firefox_toolbar_click_saves_the_page(firefox, make_server, site):
    bidi = firefox
    server = make_server()  # a library of its own: the page is new there
    tab, options = install_and_configure(bidi, server)
    bidi("browsingContext.activate", context=tab)
    bidi("browsingContext.navigate", context=tab, url=site.arxiv_abs, wait="complete")
    assert bidi.js(tab, "document.title").startswith("[1706.03762]")

    window = bidi("browsingContext.getTree", **{"moz:scope": "chrome"})["contexts"][0]["context"]
    bidi.js(window, CLICK_ACTION % json.dumps(ADDON_ID))

    # The options tab stays open behind: an extension page can read the popup's DOM.
    state = bidi.wait_js(
        options,
        """(() => {
        const [popup] = browser.extension.getViews({ type: "popup" });
        const s = popup?.document.getElementById("status");
        return s && s.dataset.state !== "saving" && `${s.dataset.state}: ${s.textContent}`;
    })()""",
    )
    assert state == "saved: Attention Is All You Need"
    status, body = server.api("GET", "/api/lookup?url=https://arxiv.org/abs/1706.03762")
    assert status == 200, body
    [paper] = body["papers"]
    assert (paper["title"], paper["arxiv_id"]) == ("Attention Is All You Need", "1706.03762")


def test_firefox_marks_highlights_on_a_changed_page_and_lists_the_one_not_found(
        firefox, make_server, site):
    """A highlight made elsewhere (another machine, an import) on the arXiv page is found
    again on a revised page with words inserted before and inside it; one whose passage
    is not there is listed in the popup, not dropped."""
    bidi = firefox
    server = make_server()
    capture = {"capture_id": "ff-highlights", "url": site.arxiv_abs}
    status, captured = server.api("POST", "/api/captures", capture)
    assert status == 201, captured
    paper_id = captured["papers"][0]["id"]
    quote = "based solely on attention mechanisms, dispensing with recurrence"
    found = {"source": site.arxiv_abs, "selector": [
        {"type": "TextQuoteSelector", "exact": quote,
         "prefix": "ple network architecture, the Transformer, ",
         "suffix": " and convolutions entirely. Exper"}]}
    lost = {"source": site.arxiv_abs, "selector": [
        {"type": "TextQuoteSelector", "exact": "Residual connections around each of the two sub-layers"}]}
    for body, target in (("The claim.", found), ("From section 3", lost)):
        status, note = server.api("POST", f"/api/papers/{paper_id}/notes",
                                  {"body": body, "target": target})
        assert status == 201, note

    tab, options = install_and_configure(bidi, server)

    bidi("browsingContext.activate", context=tab)
    bidi("browsingContext.navigate", context=tab, url=site.arxiv_abs_revised, wait="complete")
    window = bidi("browsingContext.getTree", **{"moz:scope": "chrome"})["contexts"][0]["context"]
    bidi.js(window, CLICK_ACTION % json.dumps(ADDON_ID))
    shown = bidi.wait_js(options, """(() => {
        const [popup] = browser.extension.getViews({ type: "popup" });
        const section = popup?.document.getElementById("highlights");
        if (!section || section.hidden) return "";
        const missing = [...popup.document.querySelectorAll("#not-found-list li")]
          .map((li) => li.textContent);
        return JSON.stringify([popup.document.getElementById("highlights-summary").textContent, missing]);
    })()""")
    missing = "“Residual connections around each of the two sub-layers” — From section 3"
    assert json.loads(shown) == ["1 of 2 highlights marked on this page", [missing]]
    marked = bidi.js(tab, "[...document.querySelectorAll('mark.papershelf-highlight')]"
                          ".map((m) => m.textContent).join('')")
    assert marked == "based solely on the attention mechanisms, dispensing with recurrence"


def test_firefox_keeps_a_page_with_no_paper_as_a_web_page(firefox, make_server, site):
    bidi = firefox
    server = make_server()
    tab, options = install_and_configure(bidi, server)

    bidi("browsingContext.activate", context=tab)
    bidi("browsingContext.navigate", context=tab, url=site.lab_notes, wait="complete")
    window = bidi("browsingContext.getTree", **{"moz:scope": "chrome"})["contexts"][0]["context"]
    bidi.js(window, CLICK_ACTION % json.dumps(ADDON_ID))
    popup_state = """(() => {
        const [popup] = browser.extension.getViews({ type: "popup" });
        const s = popup?.document.getElementById("status");
        return s && s.dataset.state !== "saving" && `${s.dataset.state}: ${s.textContent}`;
    })()"""
    assert bidi.wait_js(options, popup_state) == "error: papershelf found no paper on this page"
    offered = bidi.js(options, """(() => {
        const [popup] = browser.extension.getViews({ type: "popup" });
        const keep = popup.document.getElementById("keep");
        return keep.hidden ? "" : popup.document.getElementById("keep-title").value;
    })()""")
    assert offered == "Sparse probes: notes from the lab"
    bidi.js(options, """(() => {
        const [popup] = browser.extension.getViews({ type: "popup" });
        popup.document.getElementById("keep-save").click();
    })()""")
    assert bidi.wait_js(options, popup_state.replace('!== "saving"', '=== "saved"')) == (
        "saved: Sparse probes: notes from the lab")
    assert server.query("SELECT title, url FROM papers") == [
        ("Sparse probes: notes from the lab", site.lab_notes)]


def test_firefox_saves_a_papers_status_and_a_note_from_its_library_page(firefox, make_server):
    """The paper page's forms (api/reading_forms.py) in Firefox ESR: its Sec-Fetch-Site, or its Origin
    under the pages' no-referrer policy, must pass as this library's own page."""
    bidi = firefox
    server = make_server()
    status, body = server.api("POST", "/api/captures", {
        "capture_id": "firefox-forms", "url": "https://journal.example.org/article/7",
        "html": ('<html><head><meta name="citation_title" content="Reading in Firefox">'
                 '<meta name="citation_author" content="Ada Lovelace">'
                 '<meta name="citation_publication_date" content="2024/05/01"></head><body></body></html>')})
    assert status == 201, body
    [pid] = [paper["id"] for paper in body["papers"]]
    tab = bidi("browsingContext.getTree")["contexts"][0]["context"]
    bidi("browsingContext.navigate", context=tab, url=f"{server.url}/data/library/papers/{pid}",
         wait="complete")
    assert bidi.js(tab, "document.querySelector('h1').textContent") == "Reading in Firefox"

    bidi.js(tab, "document.querySelector('.papershelf-edit select[name=status]').value = 'read';"
                 "document.querySelector('.papershelf-edit input[name=tags]').value = 'firefox';"
                 "document.querySelector('.papershelf-edit button').click()")
    bidi.wait_js(tab, "location.hash === '#yours' && document.readyState === 'complete'")
    shown = bidi.js(tab, "document.querySelector('.papershelf-yours a.papershelf-status').textContent")
    assert shown == "read"
    bidi.js(tab, "document.querySelector('.papershelf-add-note textarea').value = 'Noted in **Firefox**';"
                 "document.querySelector('.papershelf-add-note button').click()")
    bidi.wait_js(tab, "location.hash.startsWith('#note-') && document.readyState === 'complete'")
    paper = server.api("GET", f"/api/papers/{pid}")[1]
    assert (paper["status"], paper["tags"]) == ("read", ["firefox"])
    assert [note["body"] for note in paper["notes"]] == ["Noted in **Firefox**"]
