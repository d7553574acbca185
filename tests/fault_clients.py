"""The fault-injection scenario's capture clients: one thread per browser.

Each speaks HTTP to its machine's server as the browser extension does, with a token of
its own: captures (queued and retried with the same capture_id when they get no answer,
as the extension's offline queue does), edits and notes on the papers it captured, notes
on papers its library lists. What was acknowledged goes into the ledger.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from fault_chaos import Chaos
from fault_ledger import AckedCapture, AckedNote, FieldWrites, OwnedPaper, PaperRef
from fault_machines import Machine
from fault_pages import WORDS, FixturePage, scholarly_page

TAG_POOL = tuple(f"t{n}" for n in range(12))
SHARED_TAGS = ("reading-group", "survey", "to-cite", "méthodes")


@dataclass
class Queued:
    """A capture that got no acknowledgement, kept for a retry with the same capture_id."""

    payload: dict
    owned: bool
    after_5xx: bool


def busy_answer(response: httpx.Response) -> bool:
    if response.status_code != 503:
        return False
    try:
        return response.json().get("error") == "library_busy"
    except ValueError:
        return False


class CaptureClient:
    """One browser's extension on one machine: captures (queued and retried when they get
    no answer), edits and notes on papers it captured, notes on papers it lists."""

    def __init__(self, name: str, index: int, machine: Machine, token: str, chaos: Chaos,
                 pages: list[FixturePage]):
        self.name, self.index, self.machine, self.pages = name, index, machine, pages
        self.seed, self.rng = chaos.seed, chaos.rng(name)
        self.ledger, self.problems, self.stop = chaos.ledger, chaos.problems, chaos.stop
        self.http = httpx.Client(base_url=machine.base_url, timeout=30,
                                 headers={"Authorization": f"Bearer {token}"})
        self.queue: list[Queued] = []
        self.owned: list[OwnedPaper] = []
        self.sent = 0
        self.sent_at = 0.0  # when the last request went out (monotonic)

    def run(self) -> None:
        actions: list[tuple[Callable[[], None], int]] = [
            (self.capture_new_paper, 6), (self.capture_fixture_page, 2), (self.capture_twin, 1),
            (self.edit_owned_paper, 4), (self.note_on_owned_paper, 2), (self.note_on_listed_paper, 1),
        ]
        while not self.stop.is_set():
            if self.queue and self.rng.random() < 0.3:
                self.retry_first_queued()
            else:
                self.rng.choices([a for a, _ in actions], [w for _, w in actions])[0]()
            self.stop.wait(self.rng.uniform(0.02, 0.12))

    # -- talking to the server

    def send(self, method: str, path: str, **kwargs) -> httpx.Response | None:
        """The answer, or None when none came (the server is down or was killed mid-request)."""
        self.sent_at = time.monotonic()
        try:
            return self.http.request(method, path, **kwargs)
        except httpx.TransportError:
            self.stop.wait(0.2)  # the server is down: a browser would not hammer it either
            return None

    def accepted(self, response: httpx.Response, what: str) -> bool:
        """Whether the answer is a 2xx; a 5xx or another refusal is recorded as a problem,
        but for the library busy while an import or sync held it: the designed answer to a
        write lock held past the server's write deadline (a retry may then succeed)."""
        if response.is_success:
            return True
        if busy_answer(response) and self.machine.held_by_another_writer(self.sent_at):
            self.ledger.count("busy_while_held")
            return False
        kind = "server errors" if response.status_code >= 500 else "unexpected answers"
        self.problems.add(kind, f"{self.machine.name}: {what} answered {response.status_code}: "
                          f"{response.text[:200]}", timed=True)
        return False

    def request(self, method: str, path: str, **kwargs) -> httpx.Response | None:
        """The 2xx answer to an edit or a note, or None (not retried: the reader sees it fail)."""
        response = self.send(method, path, **kwargs)
        if response is None or not self.accepted(response, f"{method} {path.split('?')[0]}"):
            return None
        return response

    def next_label(self) -> str:
        self.sent += 1
        return f"{self.seed}-{self.name}-{self.sent}"

    # -- captures

    def capture(self, payload: dict, *, owned: bool, after_5xx: bool = False) -> None:
        """Send a capture; without a 2xx answer it waits in the queue for a retry, as in the
        extension (a 5xx too: the extension keeps those)."""
        response = self.send("POST", "/api/captures", json=payload)
        if response is None or not self.accepted(response, f"capture {payload['capture_id']}"):
            if response is None or response.status_code >= 500:
                self.queue.append(Queued(payload, owned, after_5xx or response is not None))
            return
        if after_5xx and response.status_code == 200:
            self.ledger.count("stored_despite_5xx")
        self.acknowledge_capture(payload, response.json(), owned=owned)

    def acknowledge_capture(self, payload: dict, answer: dict, *, owned: bool) -> None:
        # Two fixture pages may come from one URL (one record at two dates): the html tells them apart.
        page = next((p.name for p in self.pages if p.url == payload["url"] and p.html == payload["html"]),
                    None)
        papers = [PaperRef.from_answer(paper) for paper in answer["papers"]]
        if not papers:
            self.problems.add("unexpected answers", f"{self.machine.name}: capture "
                              f"{payload['capture_id']} answered no paper", timed=True)
            return
        self.ledger.record("captures", AckedCapture(
            payload["capture_id"], self.machine.name, papers, payload.get("note"),
            payload.get("tags", []), payload.get("rating"), page))
        if owned:
            first = answer["papers"][0]
            paper = OwnedPaper(papers[0], self.machine.name,
                               rating=FieldWrites([(first["rating"], True)]),
                               status=FieldWrites([(first["status"], True)]),
                               tags_acked=set(first["tags"]), tags_sent=set(first["tags"]))
            self.owned.append(paper)
            self.ledger.record("owned", paper)
            if papers[0].arxiv_id:
                self.ledger.record("twinnable", (self.machine.name, papers[0].title))

    def retry_first_queued(self) -> None:
        queued = self.queue.pop(0)
        self.capture(queued.payload, owned=queued.owned, after_5xx=queued.after_5xx)

    def drain_queue(self, attempts: int = 5) -> None:
        """After the faults: send what waits until it is taken (the servers are all up)."""
        for _ in range(attempts):
            for _ in range(len(self.queue)):
                self.retry_first_queued()
            if not self.queue:
                break
            time.sleep(0.5)
        self.http.close()

    def capture_new_paper(self) -> None:
        """A synthetic paper with a unique DOI or arXiv id, owned by this client from now on."""
        label = self.next_label()
        title = f"Fault {label}: {' '.join(self.rng.sample(WORDS, 4))}"
        if self.rng.random() < 0.5:
            # arXiv ids of the future (YYMM.NNNNN from 2029, a month per client): no real paper
            # has them.
            arxiv_id = f"{29 + self.index // 12}{self.index % 12 + 1:02d}.{self.sent:05d}"
            html, doi = scholarly_page(title, arxiv_id=arxiv_id), None
        else:
            doi = f"10.5555/Fault.{label}"
            html = scholarly_page(title, doi=doi)
        payload: dict[str, Any] = {"capture_id": f"cap-{label}",
                                   "url": f"https://papers.example.org/{label}", "html": html}
        if self.rng.random() < 0.5:
            payload["note"] = f"capture note {label}"
        if self.rng.random() < 0.4:
            payload["rating"] = self.rng.randint(1, 5)
        if self.rng.random() < 0.2:
            payload["status"] = self.rng.choice(["reading", "read"])
        if self.rng.random() < 0.4:
            payload["tags"] = self.rng.sample(TAG_POOL, self.rng.randint(1, 2))
        self.capture(payload, owned=True)

    def capture_fixture_page(self) -> None:
        """A real page, captured on every machine now and then: one paper after sync."""
        page = self.rng.choice(self.pages)
        label = self.next_label()
        payload: dict[str, Any] = {"capture_id": f"cap-{label}", "url": page.url, "html": page.html}
        if self.rng.random() < 0.5:
            payload["note"] = f"fixture note {label} on {page.name}"
        if self.rng.random() < 0.3:
            payload["tags"] = self.rng.sample(SHARED_TAGS, self.rng.randint(1, 2))
        if self.rng.random() < 0.3:
            payload["rating"] = self.rng.randint(1, 5)
            with self.ledger.lock:
                self.ledger.shared_ratings[page.name].add(payload["rating"])
        self.capture(payload, owned=False)

    def capture_twin(self) -> None:
        """Another machine's arXiv paper seen here on a page that gives only its title: a
        second id for it until sync folds the two into one."""
        with self.ledger.lock:
            others = [title for machine, title in self.ledger.twinnable if machine != self.machine.name]
        if not others:
            return
        title = self.rng.choice(others)
        label = self.next_label()
        self.capture({"capture_id": f"cap-{label}", "url": f"https://mirror.example.net/{label}",
                      "html": scholarly_page(title), "note": f"twin note {label}"}, owned=False)

    # -- edits and notes

    def pick_owned_paper(self) -> OwnedPaper | None:
        """Mostly one of the last few captured (a reader rates and tags what they just saved),
        now and then an older one."""
        if not self.owned:
            return None
        return self.rng.choice(self.owned[-5:] if self.rng.random() < 0.8 else self.owned)

    def edit_owned_paper(self) -> None:
        if (paper := self.pick_owned_paper()) is None:
            return
        patch: dict[str, Any] = {}
        if self.rng.random() < 0.6:
            patch["rating"] = self.rng.choice([None, 1, 2, 3, 4, 5])
        if self.rng.random() < 0.4:
            patch["status"] = self.rng.choice(["unread", "reading", "read", "skipped"])
        if not patch or self.rng.random() < 0.4:
            # PATCH replaces the tag set: send every acknowledged tag and one more.
            patch["tags"] = sorted(paper.tags_acked | {self.rng.choice(TAG_POOL)})
        acked = self.request("PATCH", f"/api/papers/{paper.ref.id}", json=patch) is not None
        if "rating" in patch:
            paper.rating.writes.append((patch["rating"], acked))
        if "status" in patch:
            paper.status.writes.append((patch["status"], acked))
        if "tags" in patch:
            paper.tags_sent |= set(patch["tags"])
            if acked:
                paper.tags_acked = set(patch["tags"])
        self.ledger.count("edits" if acked else "unacknowledged")

    def note_on_owned_paper(self) -> None:
        if (paper := self.pick_owned_paper()) is not None:
            self.add_note(paper.ref)

    def note_on_listed_paper(self) -> None:
        """A note on any paper the library lists: imported, synced, captured elsewhere."""
        response = self.request("GET", "/api/papers", params={"limit": 50})
        if response is not None and (listed := response.json()["papers"]):
            self.add_note(PaperRef.from_answer(self.rng.choice(listed)))

    def add_note(self, paper: PaperRef) -> None:
        body = f"note {self.next_label()} on {paper.id}"
        if self.request("POST", f"/api/papers/{paper.id}/notes", json={"body": body}) is None:
            self.ledger.count("unacknowledged")
            return
        self.ledger.record("notes", AckedNote(body, paper, self.machine.name))
