"""The extension in Debian's Chromium against a real `papershelf serve`."""

from __future__ import annotations

import json
import time

import pytest
from playwright.sync_api import expect

from helpers import standin_arxiv

# Every test leaves the shared browser's tabs as it found them.
pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("tabs_closed")]

BERT = "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
DAILY_IDS = {"2609.31620", "2609.18703", "2609.31291", "2604.02103"}
QUOTE = "We propose a new simple network architecture, the Transformer, based solely on attention mechanisms"


def wait_until(predicate, timeout=10.0, message="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if value := predicate():
            return value
        time.sleep(0.05)
    raise TimeoutError(f"timed out waiting for {message}")


def paper_by_arxiv(server, arxiv_id):
    status, body = server.api("GET", f"/api/lookup?url=https://arxiv.org/abs/{arxiv_id}")
    assert status == 200, body
    assert len(body["papers"]) == 1, body
    status, paper = server.api("GET", f"/api/papers/{body['papers'][0]['id']}")
    assert status == 200, paper
    return paper


def select_text(page, selector, text):
    """Select `text` inside the element the way a user's drag would."""
    page.evaluate(
        """([selector, text]) => {
          const el = document.querySelector(selector);
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node; (node = walker.nextNode());) {
            const at = node.data.indexOf(text);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              getSelection().removeAllRanges();
              getSelection().addRange(range);
              return;
            }
          }
          throw new Error('text not found');
        }""",
        [selector, text],
    )


def test_options_saved_and_reused(extension, make_server, site):
    server = make_server()
    extension.configure(server.url + "/", server.token)  # a trailing slash is tidied away
    page = extension.ctx.new_page()
    page.goto(f"chrome-extension://{extension.id}/options.html")
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("#server-url")).to_have_value(server.url)
    expect(page.locator("#token")).to_have_value(server.token)
    page.get_by_role("button", name="Test connection").click()
    expect(page.locator("#result")).to_contain_text("accepts the token")
    page.close()
    stored = extension.worker.evaluate("() => chrome.storage.local.get(['serverUrl', 'token'])")
    assert stored == {"serverUrl": server.url, "token": server.token}
    # Reused: a toolbar click reaches the server with them.
    paper_page = extension.open(site.arxiv_abs)
    popup = extension.click_action(paper_page)
    assert popup.status() == ("saved", "Attention Is All You Need")
    popup.close()
    paper_page.close()


def test_toolbar_click_saves_the_page_and_edits_reach_the_library(fresh, site):
    ext, server = fresh
    page = ext.open(site.hf_paper)
    popup = ext.click_action(page)
    assert popup.status() == ("saved", BERT)
    paper = paper_by_arxiv(server, "1810.04805")
    assert paper["title"] == BERT
    assert paper["arxiv_id"] == "1810.04805"
    assert paper["authors"][:2] == ["Jacob Devlin", "Ming-Wei Chang"]

    # Rating, status, tags and a note, each sent as it changes.
    def stored(field):
        return server.api("GET", f"/api/papers/{paper['id']}")[1][field]

    popup.eval("document.querySelector('input[name=rating][value=\"4\"]').click()")
    wait_until(lambda: stored("rating") == 4, message="rating")
    popup.change("paper-status", "reading")
    wait_until(lambda: stored("status") == "reading", message="status")
    popup.change("tags", "nlp, pretraining, nlp")
    wait_until(lambda: sorted(stored("tags")) == ["nlp", "pretraining"], message="tags")
    popup.change("note", "Masked LM + next sentence")
    wait_until(
        lambda: [n["body"] for n in stored("notes")] == ["Masked LM + next sentence"],
        message="note",
    )
    # The paper's page in the library, a link the browser opens in a tab of its own.
    wait_until(lambda: popup.visible("in-library"), message="the library's page linked")
    link = popup.eval("document.getElementById('in-library').href")
    assert link == f"{server.url}/data/library/papers/{paper['id']}"
    assert popup.eval("document.getElementById('in-library').target") == "_blank"
    popup.close()
    library_page = ext.open(link)
    assert library_page.locator("h1").inner_text() == BERT
    library_page.close()

    # Clicking again: the same paper, nothing new.
    popup = ext.click_action(page)
    assert popup.status() == ("exists", "already in your library")
    popup.close()


def test_on_the_librarys_own_page_of_a_paper_the_popup_edits_that_paper(fresh, site):
    # Saved as a page, the library's own page of BERT became BERT's address ("Abstract page"
    # led to itself) and a place it was seen.
    ext, server = fresh
    popup = ext.click_action(ext.open(site.hf_paper))
    assert popup.status() == ("saved", BERT)
    popup.close()
    paper = paper_by_arxiv(server, "1810.04805")
    own = ext.open(f"{server.url}/data/library/papers/{paper['id']}")
    popup = ext.click_action(own)
    assert popup.status() == ("exists", "already in your library")
    assert popup.visible("edit") and popup.eval("document.getElementById('detail').textContent") == BERT
    popup.eval("document.querySelector('input[name=rating][value=\"5\"]').click()")
    wait_until(lambda: server.api("GET", f"/api/papers/{paper['id']}")[1]["rating"] == 5, message="rating")
    popup.close()
    assert server.api("GET", f"/api/papers/{paper['id']}")[1]["url"] == paper["url"]
    assert server.query("SELECT count(*) FROM paper_captures WHERE paper_id = ?", paper["id"]) == [(1,)]
    # The library's other pages are no paper's: said so, nothing kept as a web page.
    popup = ext.click_action(ext.open(f"{server.url}/data/"))
    assert popup.status() == ("error", "this is a page of your papershelf library")
    assert popup.eval("document.getElementById('detail').textContent") == (
        "Open a paper's page there to rate, tag or note it.")
    assert not popup.visible("keep")
    popup.close()


def test_a_paper_removed_from_the_popup_comes_back_whole_when_its_page_is_saved_again(fresh, site):
    # Saved again, a deleted paper's page answered "papershelf found no paper on this page".
    ext, server = fresh
    page = ext.open(site.hf_paper)
    popup = ext.click_action(page)
    assert popup.status() == ("saved", BERT)
    paper = paper_by_arxiv(server, "1810.04805")
    popup.eval("document.querySelector('input[name=rating][value=\"4\"]').click()")
    wait_until(lambda: server.api("GET", f"/api/papers/{paper['id']}")[1]["rating"] == 4, message="rating")
    popup.eval("document.getElementById('remove').click()")
    assert wait_until(lambda: popup.status() == ("removed", "removed from your library"), message="removed")
    assert not popup.visible("edit")
    assert server.api("GET", f"/api/papers/{paper['id']}")[0] == 404
    wait_until(lambda: ext.badge(ext.tab_id(page.url)) == "", message="the page's mark gone")
    popup.eval("document.getElementById('save').click()")
    wait_until(lambda: popup.status() == ("saved", "back in your library"), message="saved again")
    assert popup.eval("document.getElementById('detail').textContent") == BERT
    back = server.api("GET", f"/api/papers/{paper['id']}")[1]
    assert (back["title"], back["rating"]) == (BERT, 4)
    assert popup.visible("edit")
    popup.close()


def test_the_popup_corrects_what_the_page_was_read_as_and_a_later_save_keeps_it(fresh, site):
    ext, server = fresh
    page = ext.open(site.hf_paper)
    popup = ext.click_action(page)
    assert popup.status() == ("saved", BERT)
    paper = paper_by_arxiv(server, "1810.04805")
    shown = popup.eval("[...['title', 'published', 'doi']].map((id) => document.getElementById(id).value)"
                       ".concat(document.getElementById('authors').value.split('\\n').slice(0, 2))")
    assert shown == [BERT, paper["published"], paper["doi"] or "", "Jacob Devlin", "Ming-Wei Chang"]

    def stored(field):
        return server.api("GET", f"/api/papers/{paper['id']}")[1][field]

    popup.change("title", "BERT (NAACL 2019)")
    wait_until(lambda: stored("title") == "BERT (NAACL 2019)", message="the corrected title")
    wait_until(lambda: popup.status()[1] == "BERT (NAACL 2019)", message="the status line to follow")
    popup.change("authors", "Jacob Devlin\nMing-Wei Chang\nKenton Lee\nKristina Toutanova")
    wait_until(lambda: stored("authors_count") == 4, message="the corrected authors")
    popup.change("doi", "https://doi.org/10.18653/v1/N19-1423")
    wait_until(lambda: stored("doi") == "10.18653/v1/N19-1423", message="the corrected DOI")
    wait_until(lambda: popup.eval("document.getElementById('doi').value") == "10.18653/v1/N19-1423",
               message="the DOI shown as stored")
    assert popup.eval("document.getElementById('venue').value") == ""  # Hugging Face names none
    popup.change("venue", "  Proceedings of NAACL-HLT 2019 ")
    wait_until(lambda: stored("venue") == "Proceedings of NAACL-HLT 2019", message="the corrected venue")

    # A day that is not on the calendar: the server's message next to the field, nothing stored.
    popup.change("published", "2019-02-30")
    message = wait_until(
        lambda: popup.eval("(() => { const e = document.getElementById('published-error');"
                           " return e && !e.hidden ? e.textContent : ''; })()"),
        message="the server's message next to the date")
    assert "2019-02-30 is no date" in message
    assert stored("published") == paper["published"]
    popup.change("published", "2019-06")
    wait_until(lambda: stored("published") == "2019-06", message="the corrected date")
    popup.close()

    # Saving the page again does not undo the reader's corrections.
    popup = ext.click_action(page)
    assert popup.status() == ("exists", "already in your library")
    assert popup.eval("document.getElementById('detail').textContent") == "BERT (NAACL 2019)"
    assert (stored("title"), stored("published"), stored("authors_count"), stored("venue")) == (
        "BERT (NAACL 2019)", "2019-06", 4, "Proceedings of NAACL-HLT 2019")
    assert popup.eval("document.getElementById('venue').value") == "Proceedings of NAACL-HLT 2019"
    popup.close()


def test_a_page_with_no_paper_is_kept_as_a_web_page_by_the_title_the_reader_gives(fresh, site):
    ext, server = fresh
    page = ext.open(site.lab_notes)
    popup = ext.click_action(page)
    assert popup.status() == ("error", "papershelf found no paper on this page")
    assert server.query("SELECT count(*) FROM papers") == [(0,)]
    offered = popup.eval("[document.getElementById('keep').hidden,"
                         " document.getElementById('keep-title').value]")
    assert offered == [False, "Sparse probes: notes from the lab"]

    # A title of no letter or digit: the server's refusal, next to the title, nothing stored.
    popup.change("keep-title", "???")
    popup.eval("document.getElementById('keep-save').click()")
    message = wait_until(
        lambda: popup.eval("(() => { const e = document.getElementById('keep-title-error');"
                           " return e && !e.hidden ? e.textContent : ''; })()"),
        message="the refusal next to the title")
    assert "title" in message
    assert server.query("SELECT count(*) FROM papers") == [(0,)]

    popup.change("keep-title", "Sparse probes (lab notes, week 12)")
    popup.eval("document.getElementById('keep-save').click()")
    assert popup.status() == ("saved", "Sparse probes (lab notes, week 12)")
    assert server.query("SELECT title, url FROM papers") == [
        ("Sparse probes (lab notes, week 12)", site.lab_notes)]
    assert popup.eval("[document.getElementById('keep').hidden, document.getElementById('record').open,"
                      " document.getElementById('title').value]") == [
        True, True, "Sparse probes (lab notes, week 12)"]

    # What the page did not give, filled in where the reader corrects any paper.
    popup.change("authors", "Ann Lee\nBo Chen")
    wait_until(lambda: server.query("SELECT authors_count FROM papers") == [(2,)],
               message="the authors the reader added")
    popup.close()

    # Opened again on the page: the web page is in the library, found by its address.
    popup = ext.click_action(page)
    assert popup.status() == ("exists", "already in your library")
    assert popup.eval("[document.getElementById('keep').hidden, document.getElementById('title').value,"
                      " document.getElementById('authors').value]") == [
        True, "Sparse probes (lab notes, week 12)", "Ann Lee\nBo Chen"]
    assert server.query("SELECT count(*) FROM papers") == [(1,)]
    popup.close()


def test_a_highlight_on_a_page_with_no_paper_keeps_the_page_as_a_web_page_with_it(fresh, site):
    ext, server = fresh
    page = ext.open(site.lab_notes)
    ext.click_action(page).close()  # grants the page, as the toolbar click before a menu does
    quote = "we tried sparse probes on the small model"
    result = menu_click(ext, page, quote)
    assert (result["state"], result["pageKind"], result["note"]["quote"]) == ("saved", "web_page", quote)
    assert server.query("SELECT title, url FROM papers") == [
        ("Sparse probes: notes from the lab", site.lab_notes)]
    assert server.query("SELECT quote FROM notes") == [(quote,)]
    tab_id = ext.tab_id(page.url)
    title = ext.worker.evaluate("(tabId) => chrome.action.getTitle({ tabId })", tab_id)
    assert title == "papershelf: highlight saved, the page kept as a web page"


def test_a_tag_too_long_for_the_server_shows_its_message_and_stores_nothing(ext, server, site):
    page = ext.open(site.hf_paper)
    popup = ext.click_action(page)
    assert popup.status()[0] in ("saved", "exists")
    paper = paper_by_arxiv(server, "1810.04805")
    before = server.api("GET", f"/api/papers/{paper['id']}")[1]

    # Longer than any limit: the extension forwards it, the server decides.
    popup.change("tags", "nlp, " + "x" * 250)
    shown = wait_until(
        lambda: popup.eval("(() => { const e = document.getElementById('tags-error');"
                           " return e && !e.hidden ? e.textContent : ''; })()"),
        message="the server's message next to the tags",
    )
    assert shown == "papershelf said: tags[1]: Expected `str` of length <= 100"
    assert popup.eval("document.getElementById('tags').getAttribute('aria-invalid')") == "true"
    assert server.api("GET", f"/api/papers/{paper['id']}")[1] == before  # nothing stored

    # Fixed: the edit goes through and the message goes away.
    popup.change("tags", "nlp, bert")
    wait_until(
        lambda: "bert" in server.api("GET", f"/api/papers/{paper['id']}")[1]["tags"],
        message="the fixed tags to be stored",
    )
    wait_until(lambda: popup.eval("document.getElementById('tags-error').hidden"),
               message="the message to go")
    assert popup.eval("document.getElementById('tags').getAttribute('aria-invalid')") is None
    popup.close()


def test_listing_page_saves_every_paper(fresh, site):
    ext, server = fresh
    page = ext.open(site.hf_daily)
    popup = ext.click_action(page)
    state, text = popup.status()
    assert (state, text) == ("saved", f"{len(DAILY_IDS)} papers saved")
    assert not popup.visible("edit")  # the form edits one paper, not a listing
    papers = [paper_by_arxiv(server, arxiv_id) for arxiv_id in DAILY_IDS]
    # Which papers were saved, each new one marked; the one picked opens in the editor.
    listed = popup.eval("[...document.querySelectorAll('#listing-papers li')].map((li) => li.textContent)")
    assert sorted(listed) == sorted(f"{p['title']} new" for p in papers)
    popup.eval("[...document.querySelectorAll('#listing-papers a')]"
               f".find((b) => b.textContent === {json.dumps(papers[1]['title'])}).click()")
    picked = papers[1]
    assert popup.visible("edit") and popup.eval("document.getElementById('title').value") == picked["title"]
    popup.eval("document.querySelector('input[name=rating][value=\"5\"]').click()")
    wait_until(lambda: server.api("GET", f"/api/papers/{picked['id']}")[1]["rating"] == 5, message="rating")
    popup.close()


def test_selection_context_menu_makes_a_note_with_the_quote(fresh, site):
    ext, server = fresh
    page = ext.open(site.arxiv_abs)
    select_text(page, "blockquote.abstract", QUOTE)
    # A user right-clicks on a page they are on; the menu click grants activeTab.
    # Headless Chromium cannot open a native menu, so the toolbar click grants it
    # and the test calls the menu's own onClicked handler with what Chromium passes.
    ext.click_action(page).close()
    tab_id = ext.tab_id(page.url)
    info = {"menuItemId": "save-selection", "selectionText": QUOTE}
    result = ext.worker.evaluate("([info, tab]) => papershelf.onMenuClick(info, tab)", [info, {"id": tab_id}])
    assert result["state"] in ("saved", "exists"), result
    assert result["note"]["quote"] == QUOTE
    paper = paper_by_arxiv(server, "1706.03762")
    assert paper["title"] == "Attention Is All You Need"
    assert [n["quote"] for n in paper["notes"]] == [QUOTE]


def test_an_arxiv_id_selected_on_a_page_is_added_from_the_context_menu(tabs_closed, make_server, site,
                                                                      monkeypatch):
    # The server asks a stand-in for arXiv (the real one is a third party): the test's servers are
    # otherwise offline (tests/conftest.py).
    with standin_arxiv() as (arxiv_api, asked, _):
        monkeypatch.setenv("PAPERSHELF_OFFLINE", "0")
        monkeypatch.setenv("PAPERSHELF_ARXIV_API", arxiv_api)
        ext, server = tabs_closed, make_server()
        ext.configure(server.url, server.token)
        page = ext.open(site.lab_notes)  # a page that cites the paper by its id
        tab = {"id": ext.tab_id(page.url)}

        def add(selection):
            info = {"menuItemId": "add-identifier", "selectionText": selection}
            return ext.worker.evaluate("([info, tab]) => papershelf.onMenuClick(info, tab)", [info, tab])

        added = add("arXiv:1312.7288v1")
        nothing = add("not an id")

    assert added["state"] == "saved", added
    assert added["message"] == "added “The Science of al-Biruni”"
    assert len(asked) == 1
    assert paper_by_arxiv(server, "1312.7288")["authors"] == ["Amelia Carolina Sparavigna"]
    assert nothing["state"] == "error"
    assert nothing["message"].startswith("nothing added (not an id: not an arXiv id, PubMed id or DOI")
    assert ext.badge(tab["id"]) == "!"


def test_badge_marks_another_url_of_a_saved_paper(ext, server, site):
    page = ext.open(site.hf_paper)
    popup = ext.click_action(page)
    assert popup.status()[0] in ("saved", "exists")
    popup.close()
    pdf = ext.open(site.arxiv_pdf)  # never captured itself: the server knows it by identity
    tab_id = ext.tab_id(pdf.url)
    wait_until(lambda: ext.badge(tab_id) == "✓", message="the badge on the arXiv PDF")
    pdf.close()


def test_wrong_token_shows_the_error(ext, server, site):
    ext.configure(server.url, "not-a-token")
    page = ext.open(site.arxiv_abs)
    popup = ext.click_action(page)
    assert popup.status() == ("error", "the token was refused: check the options")
    assert popup.visible("fix")  # the link to the options page
    assert popup.eval("document.getElementById('open-options').textContent") == "Open the options"
    popup.close()


def test_offline_capture_is_queued_and_drained_once(extension, make_server, site):
    server = make_server()  # its own library: exactly one capture must land in it
    extension.configure(server.url, server.token)
    page = extension.open(site.arxiv_abs)
    server.stop()

    popup = extension.click_action(page)
    state, text = popup.status()
    assert (state, text) == ("queued", "queued")
    assert f"cannot reach papershelf at {server.url}" in popup.eval(
        "document.getElementById('detail').textContent"
    )
    popup.close()
    [queued] = extension.queue()
    assert extension.worker.evaluate("() => papershelf.drainSoon()") == 0  # still down: kept
    assert [q["capture_id"] for q in extension.queue()] == [queued["capture_id"]]

    server.start()  # same port, same library
    page.reload()  # the next request that gets an answer (the badge lookup) drains the queue
    wait_until(lambda: extension.queue() == [], message="the queue to drain")
    assert server.query("SELECT count(*) FROM captures") == [(1,)]
    assert paper_by_arxiv(server, "1706.03762")["title"] == "Attention Is All You Need"
    # The server took it under the extension's capture_id: sending it again adds nothing.
    status, body = server.api("POST", "/api/captures", queued)
    assert status == 200, json.dumps(body)[:300]
    assert server.query("SELECT count(*) FROM captures") == [(1,)]
    page.close()


# ---- the offline queue's weak spots ----------------------------------------------

QUEUE_KEYS = ["queue", "queueBlocked", "queueDropped"]


@pytest.fixture
def queue_empty(extension):
    """The queue lives in the shared profile: start and leave it empty."""
    clear = "(keys) => chrome.storage.local.remove(keys)"
    extension.worker.evaluate(clear, QUEUE_KEYS)
    yield extension
    extension.worker.evaluate(clear, [*QUEUE_KEYS, "filler"])


def popup_text(popup, element_id):
    """The element's text once it is shown (the popup fills some in after the save)."""
    el = f"document.getElementById({json.dumps(element_id)})"
    js = f"{el}.hidden ? '' : {el}.textContent"
    return wait_until(lambda: popup.eval(js), message=f"#{element_id} to show")


def menu_click(extension, page, quote):
    info = {"menuItemId": "save-selection", "selectionText": quote}
    tab = {"id": extension.tab_id(page.url)}
    return extension.worker.evaluate("([info, tab]) => papershelf.onMenuClick(info, tab)", [info, tab])


def test_saving_one_page_again_offline_queues_it_once(queue_empty, make_server, site):
    extension = queue_empty
    server = make_server()
    extension.configure(server.url, server.token)
    page = extension.open(site.arxiv_abs)
    select_text(page, "blockquote.abstract", QUOTE)
    server.stop()

    popup = extension.click_action(page)
    assert popup.status() == ("queued", "queued")
    [first] = extension.queue()
    popup.eval("document.getElementById('save').click()")  # "Save again"
    assert popup.status() == ("queued", "queued")
    assert popup_text(popup, "detail").endswith("(1 waiting).")
    popup.close()
    popup = extension.click_action(page)  # opening the popup saves again
    assert popup.status() == ("queued", "queued")
    popup.close()
    [again] = extension.queue()
    assert again["capture_id"] == first["capture_id"]  # the older id: a retry stays idempotent

    # Highlights are captures of their own, but the same one twice is queued once.
    assert menu_click(extension, page, QUOTE)["state"] == "queued"
    assert menu_click(extension, page, QUOTE)["state"] == "queued"
    select_text(page, "h1.title", "Attention Is All You Need")
    assert menu_click(extension, page, "Attention Is All You Need")["state"] == "queued"
    assert [q.get("note") for q in extension.queue()] == [None, "", ""]

    server.start()
    assert extension.worker.evaluate("() => papershelf.drainSoon()") == 3
    assert extension.queue() == []
    assert server.query("SELECT count(*) FROM captures") == [(3,)]
    notes = paper_by_arxiv(server, "1706.03762")["notes"]
    assert sorted(n["quote"] for n in notes) == sorted([QUOTE, "Attention Is All You Need"])


def test_queue_keeps_captures_the_token_may_not_send(queue_empty, make_server, site):
    extension = queue_empty
    server = make_server()
    extension.configure(server.url, server.token)
    page = extension.open(site.arxiv_abs)
    server.stop()
    popup = extension.click_action(page)
    assert popup.status() == ("queued", "queued")
    popup.close()
    server.start()

    def blocked():
        js = "async () => (await chrome.storage.local.get('queueBlocked')).queueBlocked"
        return extension.worker.evaluate(js)

    # A token without the write scope (403), then a wrong one (401): the
    # capture waits, each time for a reason the user can fix in the options.
    extension.configure(server.url, server.create_token("reader", "read"))  # the change starts a drain
    lacks_write = "the token lacks the write scope: check the options"
    wait_until(lambda: (blocked() or {}).get("message") == lacks_write, message="the 403 to be recorded")
    assert len(extension.queue()) == 1
    popup = extension.click_action(page)
    assert popup.status() == ("error", lacks_write)  # this save too
    assert popup_text(popup, "queue") == f"1 queued capture waits: {lacks_write}"
    assert popup.visible("fix")
    popup.close()

    extension.configure(server.url, "not-a-token")
    refused = "the token was refused: check the options"
    wait_until(lambda: (blocked() or {}).get("message") == refused, message="the 401 to be recorded")
    assert len(extension.queue()) == 1

    extension.configure(server.url, server.token)  # fixed: the queue drains by itself
    wait_until(lambda: extension.queue() == [], message="the queue to drain")
    assert blocked() is None
    assert server.query("SELECT count(*) FROM captures") == [(1,)]


def test_a_capture_the_server_never_accepts_is_dropped_and_told(queue_empty, server, site):
    extension = queue_empty
    extension.configure(server.url, server.token)
    nothing = {
        "capture_id": "e2e-no-paper-1",
        "url": "http://huggingface.co/about",
        "title": "About us",
        "text": "We are a company.",
    }
    extension.worker.evaluate("(p) => papershelf.enqueue(p)", nothing)
    assert extension.worker.evaluate("() => papershelf.drainSoon()") == 0
    assert extension.queue() == []  # 400 no_paper: sending it again would fail the same way

    page = extension.open(site.arxiv_abs)
    popup = extension.click_action(page)
    assert popup.status()[0] in ("saved", "exists")
    told = popup_text(popup, "queue")
    assert told.startswith("A queued capture of About us was dropped: papershelf said: "), told
    popup.close()
    told_once = "async () => Object.keys(await chrome.storage.local.get('queueDropped')).length"
    assert extension.worker.evaluate(told_once) == 0


def test_a_page_too_large_for_the_server_is_saved_without_its_html(extension, make_server, site):
    server = make_server()
    extension.configure(server.url, server.token)
    page = extension.open(site.arxiv_abs)
    # 6M characters of two UTF-8 bytes each: a 12 MB body, over the server's 10 MiB.
    page.evaluate(
        "() => { const d = document.createElement('div'); d.hidden = true;"
        " d.textContent = 'é'.repeat(6_000_000); document.body.append(d); }"
    )
    popup = extension.click_action(page)
    assert popup.status(timeout=60)[0] == "saved"  # not "papershelf said: the request body is too large"
    popup.close()
    [(url, raw_size)] = server.query("SELECT url, raw_size FROM captures")
    assert url == site.arxiv_abs
    assert raw_size < 1_000_000  # URL, text and selection went; the HTML did not


def test_enqueue_survives_the_storage_quota(queue_empty, make_server, site):
    extension = queue_empty
    # Queued HTML has a budget: the second big page waits without its HTML.
    big = "x" * 3_000_000
    for n in (1, 2):
        extension.worker.evaluate(
            "(p) => papershelf.enqueue(p)",
            {"capture_id": f"e2e-big-{n}", "url": f"http://arxiv.org/abs/{n}", "text": "t", "html": big},
        )
    assert [("html" in q, q["text"]) for q in extension.queue()] == [(True, "t"), (False, "t")]
    extension.worker.evaluate("() => chrome.storage.local.remove('queue')")

    # Storage nearly full (other data): the capture is still queued, without its HTML.
    server = make_server()
    extension.configure(server.url, server.token)
    page = extension.open(site.arxiv_abs)
    html_size = page.evaluate("() => document.documentElement.outerHTML.length")
    extension.worker.evaluate(
        """async (room) => {
          const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
          await chrome.storage.local.set({ filler: 'f'.repeat(free - room) });
        }""",
        html_size // 2,
    )
    server.stop()
    popup = extension.click_action(page)
    assert popup.status() == ("queued", "queued")
    popup.close()
    [queued] = extension.queue()
    assert "html" not in queued
    assert queued["title"] == "[1706.03762] Attention Is All You Need" and QUOTE in queued["text"]
    extension.worker.evaluate("() => chrome.storage.local.remove('filler')")
    server.start()
    assert extension.worker.evaluate("() => papershelf.drainSoon()") == 1
    assert server.query("SELECT url FROM captures") == [(site.arxiv_abs,)]


LIKE_BERT = {
    "RoBERTa: A Robustly Optimized BERT Pretraining Approach":
        "Language model pre-training of BERT leads to gains; we replicate BERT pre-training and "
        "find BERT was undertrained: our bidirectional Transformer representations improve GLUE and SQuAD.",
    "ALBERT: A Lite BERT for Self-supervised Learning of Language Representations":
        "Parameter reduction for BERT: a lite bidirectional Transformer for language representations, "
        "pre-training with fewer parameters, fine-tuned on GLUE, RACE and SQuAD.",
    "DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter":
        "We pre-train a smaller general-purpose language representation model, distilled from BERT, "
        "that can be fine-tuned on a wide range of language understanding tasks like GLUE.",
}
UNLIKE_BERT = {
    "Gaussian Splatting for Real-Time Radiance Field Rendering":
        "Radiance fields rendered in real time with anisotropic 3D Gaussians and splatting.",
    "Music Source Separation with Band-Split Networks":
        "Separating vocals, drums and bass from music recordings with band-split recurrent networks.",
}


def test_after_a_save_the_popup_lists_papers_like_it_in_the_library(fresh, site, tmp_path):
    from papershelf.records import Paper
    from papershelf.store.db import open_writer
    from papershelf.store.papers import save_paper
    from papershelf.store.tx import write

    # A library of its own: what is "like" BERT depends on every paper the library holds.
    ext, server = fresh
    db = open_writer(server.db)  # papers already in the library, as an import brings them
    try:
        with write(db) as tx:
            for title, abstract in (LIKE_BERT | UNLIKE_BERT).items():
                save_paper(tx, Paper(title=title, abstract=abstract), rank=2, hlc=tx.now())
    finally:
        db.close()
    # The server's background refresher analyses them (not on any capture's path).
    wait_until(lambda: server.query("SELECT count(*) FROM papers")[0][0] == int(
        (server.query("SELECT value FROM discover_state WHERE key = 'documents'") or [[0]])[0][0]),
        timeout=60, message="the new papers to be analysed")
    page = ext.open(site.hf_paper)
    popup = ext.click_action(page)
    assert popup.status()[0] in ("saved", "exists")
    wait_until(lambda: popup.visible("similar"), timeout=15, message="papers like this")
    assert popup.eval("document.getElementById('similar-heading').textContent") \
        == "3 papers like this in your library"
    shown = popup.eval(
        "[...document.querySelectorAll('#similar-list li')].map((li) => li.firstChild.textContent)")
    assert set(shown) == set(LIKE_BERT), shown
    links = popup.eval("[...document.querySelectorAll('#similar-list a')].map((a) => a.href)")
    assert len(links) == 3 and all(href.startswith(f"{server.url}/data/library/papers/") for href in links)
    reasons = popup.eval("[...document.querySelectorAll('#similar-list .why')].map((e) => e.textContent)")
    assert all(r.startswith("shares “") for r in reasons), reasons
    popup.close()
    # The same popup as a page of its own (popup.html?tabId=N), for a screenshot to look at.
    as_page = ext.ctx.new_page()
    as_page.set_viewport_size({"width": 360, "height": 560})
    as_page.goto(f"chrome-extension://{ext.id}/popup.html?tabId={ext.tab_id(page.url)}")
    expect(as_page.locator("#similar-list li")).to_have_count(3)
    as_page.screenshot(path=str(tmp_path / "popup-similar.png"))
    assert (tmp_path / "popup-similar.png").stat().st_size > 5_000
