"""A small, realistic library for trying the Datasette pages, the exports and the public copy.

It goes through the store like a capture and the reader's edits would (identity, merge
rules, FTS triggers), so what the pages show is what a real library shows. Tests, the
browser test and the README screenshot all start from it.
"""

from __future__ import annotations

from pathlib import Path

from ..records import NoteTarget, Paper, Rank, TextQuoteSelector
from ..store.captures import CaptureRow, insert_capture
from ..store.db import open_writer
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
