"""The fault-injection ledger: every acknowledged write and what it must leave behind.

A write is acknowledged by a 2xx answer (an import, by exiting 0). The ledger keeps, for
each, how to find its papers in any library (their identity, whatever id they have there)
and, for papers only their owner edits, which values their fields may end with.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from papershelf.identity import doi_key, title_fingerprint


@dataclass(frozen=True)
class PaperRef:
    """How to find a paper in any library: the id a server answered and its identity."""

    id: str
    arxiv_id: str | None
    doi: str | None
    title: str | None

    @classmethod
    def from_answer(cls, paper: dict) -> PaperRef:
        return cls(paper["id"], paper.get("arxiv_id"), paper.get("doi"), paper.get("title"))

    def label(self) -> str:
        if self.arxiv_id:
            return f"arXiv {self.arxiv_id}"
        if self.doi:
            return f"DOI {self.doi}"
        return f"title {self.title!r}"


@dataclass
class FieldWrites:
    """One owner's writes of one field of one paper, in the order sent: (value, acknowledged)."""

    writes: list[tuple[Any, bool]] = field(default_factory=list)

    def allowed(self) -> list[Any]:
        """The values the field may end with: the last acknowledged one, or one sent after it
        that got no answer (it may or may not have been stored)."""
        last_acked = max((i for i, (_, acked) in enumerate(self.writes) if acked), default=-1)
        return [value for value, _ in self.writes[max(last_acked, 0):]]


@dataclass
class OwnedPaper:
    """A paper only its owner edits, on its own machine: its fields have one expected end."""

    ref: PaperRef
    machine: str
    rating: FieldWrites
    status: FieldWrites
    tags_acked: set[str]  # tags are only ever added: every acknowledged one must stay
    tags_sent: set[str]


@dataclass
class AckedCapture:
    capture_id: str
    machine: str
    papers: list[PaperRef]
    note: str | None
    tags: list[str]
    rating: int | None
    page: str | None  # the fixture page's name; None for a synthetic page


@dataclass
class AckedNote:
    body: str
    paper: PaperRef
    machine: str


@dataclass
class AckedImport:
    machine: str
    file: str
    fingerprints: set[str]


class Ledger:
    """Every acknowledged write and what it must leave behind on every library."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.captures: list[AckedCapture] = []
        self.notes: list[AckedNote] = []
        self.owned: list[OwnedPaper] = []
        self.imports: list[AckedImport] = []
        self.edits = 0
        self.unacknowledged = 0
        self.stored_despite_5xx = 0
        self.busy_while_held = 0
        # Ratings sent with captures of each fixture page (answered or not): several machines
        # rate its first paper, which must end with one of them.
        self.shared_ratings: dict[str, set[int]] = defaultdict(set)
        self.twinnable: list[tuple[str, str]] = []  # (machine, title) of arXiv papers captured

    def record(self, kind: str, item: Any) -> None:
        with self.lock:
            getattr(self, kind).append(item)

    def count(self, name: str, n: int = 1) -> None:
        with self.lock:
            setattr(self, name, getattr(self, name) + n)


def identity(ref: PaperRef) -> str:
    if ref.arxiv_id:
        return f"arxiv:{ref.arxiv_id}"
    if ref.doi:
        return f"doi:{doi_key(ref.doi)}"
    return f"title:{title_fingerprint(ref.title)}"
