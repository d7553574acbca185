"""Two libraries to try papershelf on.

- `build_demo_library`: six papers, small and exact (special characters, markup in a
  title, one undated paper): the tests of the Datasette pages, the exports and the public
  copy count on what it holds. It goes through the store like a capture and the
  reader's edits would (identity, merge rules, FTS triggers).
- `add_sample_library`: what a new user sees on the first `scripts/run`: the sample
  dumps and a few dozen real pages of tests/fixtures/pages captured through the capture
  service itself (`capture_page`, as the API calls it), some of them with a rating, a
  status, tags and a note as the extension would send them. Each page is its own
  capture id, so adding the samples twice adds nothing (a stored capture id answers its
  stored result); the README's screenshots are of this library.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..capture import CaptureRequest, NoPaper, capture_page
from ..importer import import_dump
from ..records import NoteTarget, Paper, Rank, TextQuoteSelector
from ..store.captures import CaptureRow, insert_capture
from ..store.db import open_writer
from ..store.library import InlineLibrary
from ..store.notes import create_note
from ..store.papers import edit_paper, save_paper
from ..store.tx import write

PAPERS = [
    (Paper(
        title="Attention Is All You Need",
        abstract="The dominant sequence transduction models are based on complex recurrent or "
        "convolutional neural networks. We propose a new simple network architecture, the "
        "Transformer, based solely on attention mechanisms.",
        authors=["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit",
                 "Llion Jones", "Aidan N. Gomez", "Łukasz Kaiser", "Illia Polosukhin"],
        authors_count=8, published="2017-06-12", arxiv_id="1706.03762", arxiv_version=7,
        primary_category="cs.CL",
        url="https://arxiv.org/abs/1706.03762", pdf_url="https://arxiv.org/pdf/1706.03762",
        code_url="https://github.com/tensorflow/tensor2tensor", upvotes=120,
    ), {"rating": 5, "status": "read"}, ["transformers", "nlp", "classic"]),
    (Paper(
        title="BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        abstract="We introduce a new language representation model called BERT, which stands for "
        "Bidirectional Encoder Representations from Transformers.",
        authors=["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"],
        authors_count=4, published="2018-10-11", arxiv_id="1810.04805",
        url="https://huggingface.co/papers/1810.04805",
        code_url="https://github.com/google-research/bert",
        summary="BERT pre-trains deep bidirectional representations from unlabeled text.",
    ), {"rating": 4, "status": "reading"}, ["transformers", "nlp"]),
    (Paper(
        title="The Large N Limit of Superconformal Field Theories and Supergravity",
        abstract="We show that the large N limit of certain conformal field theories in various "
        "dimensions include in their Hilbert space a sector describing supergravity.",
        authors=["Juan M. Maldacena"], authors_count=1, published="1997-11-27",
        arxiv_id="hep-th/9711200", url="https://arxiv.org/abs/hep-th/9711200",
    ), {"rating": 4, "status": "unread"}, ["physics"]),
    (Paper(
        title="Bootstrapping Lexical Choice via Multiple-Sequence Alignment",
        abstract="An important component of any generation system is the mapping dictionary.",
        authors=["Regina Barzilay", "Lillian Lee"], authors_count=2, published="2002-07-06",
        doi="10.3115/1118693.1118697", url="https://aclanthology.org/W02-1022/",
    ), {"status": "unread"}, ["nlp"]),
    (Paper(
        title="Costs & Benefits of 100% {Braces}: $x_i^2$ ~ #1 \\ escapes",
        abstract="A title full of characters that BibTeX and LaTeX treat specially.",
        authors=["Zoë van der Berg", "Smith, Jr., John"], authors_count=2,
        published="2024-05-14", arxiv_id="2405.01234",
        project_url="https://example.org/project",
    ), {"status": "skipped"}, []),
    (Paper(
        title="Undated Notes on <b>Markup</b> in Titles",
        abstract="An abstract with <script>alert('abstract')</script> in it, shown as text.",
        url="https://example.org/undated",
    ), {}, ["misc"]),
]

NOTES = [
    (0, "The **Transformer** drops recurrence entirely.\n\n- multi-head attention\n"
        "- positional encodings\n\nSee [the annotated version](https://nlp.seas.harvard.edu/annotated-transformer/).",
     "based solely on attention mechanisms"),
    (0, "Scaled dot-product attention: divide by `sqrt(d_k)`.", None),
    (1, "Masked LM + next sentence prediction. *Re-read section 3.*", None),
]
# The first note is a highlight anchored to its passage on the arXiv page (W3C selectors).
DEMO_TARGET = NoteTarget(source="https://arxiv.org/abs/1706.03762v7", version="arxiv:v7", selector=[
    TextQuoteSelector(exact="based solely on attention mechanisms",
                      prefix="network architecture, the Transformer, ",
                      suffix=", dispensing with recurrence and con"),
])


def build_demo_library(path: Path) -> list[str]:
    """Fill `path` with the demo papers, edits, notes and one capture; answers the paper ids."""
    db = open_writer(path, create=True)
    ids = []
    try:
        with write(db) as tx:
            insert_capture(tx, CaptureRow(
                id="demo:capture", kind="arxiv", url="https://arxiv.org/abs/1706.03762",
                title="Attention Is All You Need", captured_at=tx.timestamp, records=1,
            ))
            for n, (paper, _edits, _tags) in enumerate(PAPERS):
                capture = "demo:capture" if n == 0 else None
                pid, _ = save_paper(tx, paper, rank=Rank.PAGE, hlc=tx.now(), capture_id=capture, line=None)
                ids.append(pid)
        with write(db) as tx:
            for pid, (_, edits, tags) in zip(ids, PAPERS, strict=True):
                if edits or tags:
                    edit_paper(tx, pid, edits, tags=tags)
            for n, (index, body, quote) in enumerate(NOTES):
                anchored = {"kind": "highlight", "target": DEMO_TARGET} if n == 0 else {}
                create_note(tx, ids[index], body, quote, **anchored)
    finally:
        db.conn.close()
    return ids


# The sample dumps were captured on this day (their year-less dates count from it).
DUMPS_CAPTURED = date(2025, 11, 6)


@dataclass(frozen=True)
class Sample:
    """One fixture page, captured as the extension would send it."""

    page: str  # tests/fixtures/pages/<page>.html, its sidecar beside it
    rating: int | None = None
    status: str | None = None
    tags: list[str] = field(default_factory=list)
    note: str | None = None
    selection: str | None = None  # the passage the note quotes, as selected on the page


SAMPLES = [
    Sample("arxiv_abs_1706.03762", 5, "read", ["transformers", "nlp", "classic"],
           "The **Transformer**: attention only, no recurrence.\n\n- multi-head attention\n"
           "- positional encodings\n\nSee [the annotated version]"
           "(https://nlp.seas.harvard.edu/annotated-transformer/).",
           "dispensing with recurrence and convolutions entirely"),
    Sample("hf_paper_1810.04805.excerpt", 4, "reading", ["transformers", "nlp"],
           "Masked LM + next sentence prediction. *Re-read section 3.*",
           "deep bidirectional representations from unlabeled text"),
    Sample("nature_s41586-021-03819-2", 5, "read", ["biology", "protein-structure", "classic"],
           "AlphaFold 2. Evoformer + structure module; pLDDT as a confidence measure.\n\n"
           "> accuracy competitive with experimental structures\n\nin most cases.",
           "regularly predict protein structures with atomic accuracy"),
    Sample("arxiv_abs_hep-th_9711200", 4, "unread", ["physics", "classic"],
           "AdS/CFT. Start with section 2.", "include in their Hilbert space a sector "
           "describing supergravity"),
    Sample("arxiv_abs_1207.7214", 5, "read", ["physics"]),
    Sample("arxiv_abs_2006.05188", 3, "reading", ["ml", "theory"],
           "Continual learning is NP-hard in general: compare with the replay literature."),
    Sample("arxiv_abs_1902.02534", None, "unread", ["open-science"]),
    Sample("arxiv_html_2401.00001v1", None, "unread", ["ml"]),
    Sample("arxiv_list_cs.CL_recent"),
    Sample("hf_daily_papers_2026-09-28.excerpt"),
    Sample("biorxiv_2020.03.22.002386v3", 4, "read", ["biology", "covid"]),
    Sample("acl_2021.naacl-main.208", 3, "read", ["nlp"]),
    Sample("acl_N04-1001", None, "unread", ["nlp", "classic"]),
    Sample("aps_PhysRevLett.122.145901", None, "unread", ["physics"]),
    Sample("aps_RevModPhys.94.045004", 4, "reading", ["physics", "review"]),
    Sample("elife_e04407", None, "unread", ["biology"]),
    Sample("neurips_1988_006f52e9", 3, "read", ["ml", "classic"]),
    Sample("nips_8668", 4, "unread", ["ml", "rl"]),
    Sample("ijcai_2018_0512", 2, "skipped", ["ml", "video"]),
    Sample("springer_s10994-021-05946-3", None, "unread", ["ml"]),
    Sample("usenix_bulekov", 4, "read", ["systems", "security"],
           "Fuzzing virtual devices by bending the input space: worth trying on our emulator."),
    Sample("ieee_6649456", None, "unread", ["systems"]),
    Sample("plos_pone.0000001", None, "unread", ["biology"]),
    Sample("peerj_4886", None, "unread", ["biology"]),
    Sample("nber_w29971", 3, "read", ["economics"]),
    Sample("frontiers_fpsyg-05-01582", None, "skipped", ["psychology"]),
    Sample("royalsociety_rsos.160123", None, "unread", ["open-science"]),
    Sample("zenodo_1196821", None, "unread", ["data"]),
    Sample("dryad_7898", None, "unread", ["data", "biology"]),
    Sample("pmc_PMC3531190", None, "unread", ["biology"]),
    Sample("semanticscholar_704dde84_crosswalk", None, "unread", ["ml"]),
    Sample("mdpi_04-00932", None, "unread"),
]


@dataclass
class SamplesAdded:
    dumps: int = 0
    pages: int = 0
    skipped: list[str] = field(default_factory=list)  # pages that held no paper

    def line(self) -> str:
        return f"samples: {self.dumps} dumps and {self.pages} pages added"


def sample_capture_id(sample: Sample) -> str:
    return f"sample:{sample.page}"


def _request(sample: Sample, pages: Path) -> CaptureRequest:
    sidecar = json.loads((pages / f"{sample.page}.json").read_text(encoding="utf-8"))
    return CaptureRequest(
        capture_id=sample_capture_id(sample),
        url=sidecar["source"]["original_url"].split()[0],
        html=(pages / f"{sample.page}.html").read_text(encoding="utf-8"),
        rating=sample.rating, status=sample.status, tags=sample.tags or None,
        note=sample.note, selection=sample.selection if sample.note else None,
    )


async def _capture_samples(db, pages: Path, added: SamplesAdded) -> None:
    library = InlineLibrary(db)
    for sample in SAMPLES:
        try:
            result = await capture_page(library, _request(sample, pages))
        except NoPaper:
            added.skipped.append(sample.page)
            continue
        added.pages += int(result.created)


def add_sample_library(db_path: Path, fixtures: Path,
                       before_upgrade: Callable[[int], None] | None = None) -> SamplesAdded:
    """Import fixtures/dumps and capture the SAMPLES pages of fixtures/pages into the library
    at `db_path` (made when there is none). What is there already is left as it is: a dump
    imported before and a sample page captured before add nothing."""
    added = SamplesAdded()
    db = open_writer(db_path, create=True, before_upgrade=before_upgrade)
    try:
        for dump in sorted((fixtures / "dumps").glob("*.txt")):
            report = import_dump(db, dump, captured_at=DUMPS_CAPTURED)
            added.dumps += int(not report.already_imported)
        asyncio.run(_capture_samples(db, fixtures / "pages", added))
    finally:
        db.close()
    return added

