"""Highlights anchored to the text, in Debian's Chromium with the real extension: select
and save, see the mark again after a reload, on a changed version of the page, on
another machine after sync; what cannot be found is listed in the popup."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

QUOTE = "based solely on attention mechanisms, dispensing with recurrence"
CHANGED = "based solely on the attention mechanisms, dispensing with recurrence"
MARKS = "() => [...document.querySelectorAll('mark.papershelf-highlight')].map((m) => m.textContent).join('')"


def wait_until(predicate, timeout=10.0, message="condition"):
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if value := predicate():
            return value
        time.sleep(0.05)
    raise TimeoutError(f"timed out waiting for {message}")


def select_text(page, selector, text):
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


def save_selection(extension, page, text):
    """Select `text` in the abstract and use "Save selection to papershelf" (its handler:
    headless Chromium opens no native menu; the toolbar click grants activeTab first)."""
    select_text(page, "blockquote.abstract", text)
    extension.click_action(page).close()
    info = {"menuItemId": "save-selection", "selectionText": text}
    tab = {"id": extension.tab_id(page.url)}
    return extension.worker.evaluate("([info, tab]) => papershelf.onMenuClick(info, tab)", [info, tab])


def open_page(extension, url):
    """The page in a tab of its own URL (a query the page server ignores): other tests of
    the session leave tabs on the same pages open, and the tab is found by its URL."""
    return extension.open(f"{url}?tab={uuid.uuid4().hex[:8]}")


def popup_highlights(popup):
    """(summary, [not found items]) once the popup has asked for the page's highlights."""
    summary = wait_until(
        # The popup's document may still be loading when it is first asked.
        lambda: popup.eval("(() => { const s = document.getElementById('highlights'); return !s || s.hidden"
                           " ? '' : document.getElementById('highlights-summary').textContent; })()"),
        message="the popup's highlights")
    missing = popup.eval("[...document.querySelectorAll('#not-found-list li')].map((li) => li.textContent)")
    return summary, missing


def test_a_saved_selection_is_marked_at_once_and_again_after_a_reload_and_a_click_shows_the_note(
        fresh, site, tmp_path):
    extension, server = fresh
    page = open_page(extension, site.arxiv_abs)
    result = save_selection(extension, page, QUOTE)
    note = result["note"]
    assert note["kind"] == "highlight" and note["quote"] == QUOTE
    quote, position = note["target"]["selector"]
    assert (quote["type"], quote["exact"]) == ("TextQuoteSelector", QUOTE)
    assert position["type"] == "TextPositionSelector"
    assert quote["prefix"].endswith("the Transformer, ") and quote["suffix"].startswith(" and convolutions")
    assert note["target"]["source"] == page.url
    assert note["target"]["version"] == "arxiv:v7"  # the version the page showed
    wait_until(lambda: page.evaluate(MARKS) == QUOTE, message="the mark right after saving")

    status, _ = server.api("PATCH", f"/api/notes/{note['id']}", {"body": "The paper's claim."})
    assert status == 200
    page.reload()
    # The page is marked as it loads where the extension may script it (Chromium keeps
    # activeTab across a same-origin reload), and when the popup opens in any case.
    popup = extension.click_action(page)
    assert popup_highlights(popup) == ("1 of 1 highlight marked on this page", [])
    popup.close()
    assert page.evaluate(MARKS) == QUOTE
    page.locator("mark.papershelf-highlight").first.click()
    box = page.locator("#papershelf-note")
    assert box.inner_text() == "papershelf · highlight\nThe paper's claim."
    page.screenshot(path=str(tmp_path / "highlight-marked.png"))


def test_a_changed_page_still_re_anchors_and_an_impossible_highlight_is_listed_as_not_found(
        fresh, site, tmp_path):
    extension, server = fresh
    page = open_page(extension, site.arxiv_abs)
    note = save_selection(extension, page, QUOTE)["note"]
    paper_id = note["paper_id"]
    elsewhere = {"source": site.arxiv_abs, "selector": [
        {"type": "TextQuoteSelector", "exact": "Residual connections around each of the two sub-layers"}]}
    body = {"body": "From section 3", "target": elsewhere}
    status, _ = server.api("POST", f"/api/papers/{paper_id}/notes", body)
    assert status == 201

    revised = open_page(extension, site.arxiv_abs_revised)  # words inserted before and inside the quote
    popup = extension.click_action(revised)
    summary, missing = popup_highlights(popup)
    popup.close()
    assert summary == "1 of 2 highlights marked on this page"
    assert missing == ["“Residual connections around each of the two sub-layers” — From section 3"]
    assert revised.evaluate(MARKS) == CHANGED
    revised.screenshot(path=str(tmp_path / "highlight-re-anchored.png"))
    # The place it was found on this page is remembered, and tried first next time.
    key = f"anchors:{revised.url}"
    remembered = extension.worker.evaluate("(key) => chrome.storage.local.get(key)", key)
    start = remembered[key][note["id"]]["start"]
    assert revised.evaluate("() => globalThis.document.body.textContent.length") > start > 0


def test_a_highlight_made_on_one_machine_is_marked_on_the_other_after_sync(fresh, other_server, site):
    extension, server = fresh
    page = open_page(extension, site.arxiv_abs)
    note = save_selection(extension, page, QUOTE)["note"]
    page.close()

    cli = Path(sys.executable).with_name("papershelf")
    done = subprocess.run([str(cli), "sync", server.url, "--token", server.token, "--db",
                           str(other_server.db)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    [(target,)] = other_server.query("SELECT target FROM notes WHERE id = ?", note["id"])
    assert '"TextQuoteSelector"' in target

    extension.configure(other_server.url, other_server.token)
    page = open_page(extension, site.arxiv_abs)
    popup = extension.click_action(page)
    assert popup_highlights(popup) == ("1 of 1 highlight marked on this page", [])
    popup.close()
    assert page.evaluate(MARKS) == QUOTE


def test_a_removed_papers_marks_leave_the_page_and_come_back_with_it(fresh, site):
    # The popup's "Remove from library" took the paper's badge off the page, and left its
    # highlights marked until the page was loaded again.
    extension, _ = fresh
    page = open_page(extension, site.arxiv_abs)
    save_selection(extension, page, QUOTE)
    wait_until(lambda: page.evaluate(MARKS) == QUOTE, message="the mark right after saving")
    popup = extension.click_action(page)
    assert popup.status()[0] == "exists"  # the selection saved it
    popup.eval("document.getElementById('remove').click()")
    wait_until(lambda: popup.status() == ("removed", "removed from your library"), message="removed")
    wait_until(lambda: page.evaluate(MARKS) == "", message="the marks gone with the paper")
    popup.eval("document.getElementById('save').click()")
    wait_until(lambda: page.evaluate(MARKS) == QUOTE, message="the marks back with the paper")
    popup.close()
