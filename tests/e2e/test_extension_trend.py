"""The popup on a Hugging Face page of a paper saved before: "+N upvotes since you saved it"
(issue 16), in Debian's Chromium with the real extension against a real `papershelf serve`."""

from __future__ import annotations

import base64
import json
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
BERT_PAGE = PAGES / "hf_paper_1810.04805.excerpt.html"


def wait_until(predicate, timeout=10.0, message="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if value := predicate():
            return value
        time.sleep(0.05)
    raise TimeoutError(f"timed out waiting for {message}")


def shown_text(popup, element_id):
    el = f"document.getElementById({json.dumps(element_id)})"
    return wait_until(lambda: popup.eval(f"{el}.hidden ? '' : {el}.textContent"),
                      message=f"#{element_id} to show")


def screenshot(popup, path: Path) -> None:
    """The popup as the user sees it (a CDP target: Page.captureScreenshot through its session)."""
    popup.n += 1
    popup.cdp.send("Target.sendMessageToTarget", {"sessionId": popup.session, "message": json.dumps(
        {"id": popup.n, "method": "Page.captureScreenshot", "params": {"format": "png"}})})
    end = time.monotonic() + 10
    while popup.n not in popup.replies and time.monotonic() < end:
        popup.pump(25)
    reply = popup.replies.pop(popup.n)
    path.write_bytes(base64.b64decode(reply["result"]["data"]))


def test_popup_on_a_saved_hf_paper_shows_the_upvotes_gained_since_saving(extension, make_server,
                                                                           site, tmp_path):
    server = make_server()
    extension.configure(server.url, server.token)
    # Saved earlier, when the page said 12 upvotes (the same page with its count lowered).
    earlier = BERT_PAGE.read_text(encoding="utf-8").replace("&quot;upvotes&quot;:32",
                                                            "&quot;upvotes&quot;:12")
    status, body = server.api("POST", "/api/captures", {
        "capture_id": str(uuid.uuid4()), "url": site.hf_paper, "html": earlier})
    assert status == 201, body
    page = extension.open(site.hf_paper)  # today's page: 32 upvotes
    popup = extension.click_action(page)
    try:
        assert popup.status() == ("exists", "already in your library")
        assert shown_text(popup, "trend") == "+20 upvotes since you saved it"
        screenshot(popup, tmp_path / "popup-trend.png")
    finally:
        popup.close()
        page.close()
    paper_id = body["papers"][0]["id"]
    status, history = server.api("GET", f"/api/papers/{paper_id}/observations")
    assert [o["upvotes"] for o in history["observations"]] == [12, 32]
    assert (tmp_path / "popup-trend.png").stat().st_size > 1000
