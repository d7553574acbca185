"""What the fault-injection scenario sends: pages to capture and dumps to import.

Synthetic scholarly pages (each normalises into one paper of its own), the real pages of
tests/fixtures/pages at the URLs they were captured from, and a generated dump of papers no
other source has, so an import killed half-way can be told from one that committed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from helpers import PAGES, sidecar
from papershelf.identity import title_fingerprint
from papershelf.normalise.dumps import iter_dump
from papershelf.normalise.page_bytes import page_text
from papershelf.records import RecordProblem

# Enough batches that the importer's reader is still sending when the import is killed.
GENERATED_RECORDS = 16000
CAPTURED_AT = "2025-11-06"  # the fixture dumps' capture date (tests/fixtures/dumps/SOURCE.md)
WORDS = ("sparse", "attention", "routing", "graph", "diffusion", "retrieval", "robust", "causal",
         "tokens", "kernel", "federated", "contrastive", "latent", "scaling", "memory", "agents")


def scholarly_page(title: str, *, doi: str | None = None, arxiv_id: str | None = None) -> str:
    """A cheap page with scholarly meta tags: it normalises into one paper."""
    metas = [("citation_title", title), ("citation_author", "Ada Fault"),
             ("citation_author", "Bo Kill"), ("citation_publication_date", "2025/03/01")]
    if doi:
        metas.append(("citation_doi", doi))
    if arxiv_id:
        metas.append(("citation_arxiv_id", arxiv_id))
    head = "".join(f'<meta name="{name}" content="{value}">' for name, value in metas)
    return (f"<!doctype html><html><head><title>{title}</title>{head}</head>"
            f"<body><h1>{title}</h1><p>An abstract about {title.lower()}.</p></body></html>")


@dataclass(frozen=True)
class FixturePage:
    name: str
    url: str
    html: str


def fixture_pages() -> list[FixturePage]:
    """The real pages in tests/fixtures/pages, at the URLs they were captured from."""
    pages = []
    for path in sorted(PAGES.glob("*.html")):
        url = sidecar(path.name)["source"]["original_url"].split()[0]
        pages.append(FixturePage(path.name, url, page_text(path.read_bytes())))
    return pages


def write_generated_dump(path: Path, seed: int, records: int = GENERATED_RECORDS) -> Path:
    """A format-A dump of `records` papers no other source has, so an import killed
    half-way can be told from one that committed."""
    rng = random.Random(f"{seed}:dump")
    lines = ["Get trending papers in your email inbox once a day!",
             "Get trending papers in your email inbox!"]
    for n in range(records):
        title = f"Fault dump {seed} paper {n}: {' '.join(rng.sample(WORDS, 4))}"
        abstract = (f"We study {' and '.join(rng.sample(WORDS, 3))} when servers die at random. "
                    * 3 + f"This is record {n} of a generated dump.")
        lines += [f"Subscribe{title}" if n == 0 else title, abstract]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def dump_fingerprints(path: Path) -> set[str]:
    """The title fingerprints of the records in a dump (what an import of it must store)."""
    with path.open(encoding="utf-8") as lines:
        items = list(iter_dump(lines, date.fromisoformat(CAPTURED_AT)))
    titles = [item.paper.title for item in items if not isinstance(item, RecordProblem)]
    return {fingerprint for title in titles if (fingerprint := title_fingerprint(title))}
