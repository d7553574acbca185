"""`exports`: importing another tool's export of a whole library (BibTeX, RIS, CSL-JSON).

A researcher's Zotero or Mendeley library runs to tens of thousands of entries. The same
synthetic library (20,000 papers; --quick 2,000) is written as Better BibTeX writes it (titles
with case-protecting braces, a tenth with \\emph or \\textit, a third of the names accented
as {\\"u} or \\'{e}, abstracts with TeX's dashes and quotes, inline math and an escaped \\%),
as RIS and as CSL-JSON, and each file is imported into a fresh library in this process:
records/s for the whole import (read, merge, write, one transaction), and for BibTeX the
reader alone (its LaTeX decoding was 2 ms an entry when every field went through pylatexenc).
No target: the figures say what an import of a whole library costs.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.common import rows_for
from papershelf.importer import import_file
from papershelf.normalise.formats.bibtex import parse_bibtex
from papershelf.store.db import open_writer

_row = rows_for("exports")

WORDS = ("deep", "learning", "neural", "graph", "attention", "model", "data", "vision", "language",
         "robust", "efficient", "transformer", "protein", "folding", "quantum", "error", "correction")
NAMES = (("Müller", r"M{\"u}ller"), ("Jörg", r"J{\"o}rg"), ("Émile", r"{\'E}mile"), ("Smith", "Smith"),
         ("Doe", "Doe"), ("Chen", "Chen"), ("Škoda", r"{\v{S}}koda"), ("Núñez", r"N{\'u}{\~n}ez"))


def library(count: int) -> list[dict]:
    rng = random.Random(7)
    papers = []
    for n in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(5, 11))]
        authors = [(rng.choice(NAMES), rng.choice(NAMES)) for _ in range(rng.randint(1, 6))]
        papers.append({"n": n, "words": words, "authors": authors, "year": rng.randint(1990, 2026),
                       "emph": rng.random() < 0.1, "math": rng.random() < 0.3})
    return papers


def bibtex(papers: list[dict]) -> str:
    out = []
    for p in papers:
        title = " ".join(p["words"])
        title = (rf"\emph{{{title.title()}}}: a study {p['n']}" if p["emph"]
                 else f"{{{title.title()}}}: {{BERT}}-style study {p['n']}")
        names = " and ".join(f"{family[1]}, {given[1]}" for given, family in p["authors"])
        maths = r" with $\alpha$-tests" if p["math"] else ""
        abstract = (f"We study {' '.join(p['words'])} at scale --- ``carefully''{maths}, "
                    f"improving 5\\% over {' '.join(reversed(p['words']))} in {p['n']} runs.")
        out.append(f"@article{{key{p['n']},\n  title = {{{title}}},\n  author = {{{names}}},\n"
                   f"  journal = {{Journal of {{AI}} Research}},\n  year = {{{p['year']}}},\n"
                   f"  doi = {{10.1000/bench.{p['n']}}},\n  abstract = {{{abstract}}},\n"
                   f"  keywords = {{{p['words'][0]}, {p['words'][1]}}}\n}}\n")
    return "\n".join(out)


def ris(papers: list[dict]) -> str:
    out = []
    for p in papers:
        lines = ["TY  - JOUR", f"TI  - {' '.join(p['words']).title()}: a study {p['n']}",
                 *(f"AU  - {family[0]}, {given[0]}" for given, family in p["authors"]),
                 f"PY  - {p['year']}///", "JO  - Journal of AI Research", f"DO  - 10.1000/bench.{p['n']}",
                 f"AB  - We study {' '.join(p['words'])} at scale, improving 5% in {p['n']} runs.",
                 *(f"KW  - {word}" for word in p["words"][:2]), "ER  - "]
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def csl(papers: list[dict]) -> str:
    return json.dumps([{
        "id": f"key{p['n']}", "type": "article-journal",
        "title": f"{' '.join(p['words']).title()}: a study {p['n']}",
        "author": [{"family": family[0], "given": given[0]} for given, family in p["authors"]],
        "issued": {"date-parts": [[p["year"]]]}, "container-title": "Journal of AI Research",
        "DOI": f"10.1000/bench.{p['n']}", "abstract": f"We study {' '.join(p['words'])} at scale.",
        "keyword": f"{p['words'][0]}, {p['words'][1]}"} for p in papers], ensure_ascii=False)


def imported_per_second(folder: Path, name: str, text: str, count: int) -> float:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    db = open_writer(folder / f"{name}.db", create=True)
    try:
        started = time.perf_counter()
        report = import_file(db, path, captured_at=date(2026, 12, 1))
        seconds = time.perf_counter() - started
    finally:
        db.close()
    if (report.new, report.problems) != (count, []):
        raise AssertionError(f"{name}: {report.new} new of {count}, problems {report.problems[:3]}")
    return count / seconds


def run(quick: bool) -> list[dict]:
    count = 2_000 if quick else 20_000
    papers = library(count)
    texts = {"library.bib": bibtex(papers), "library.ris": ris(papers), "library.json": csl(papers)}
    started = time.perf_counter()
    read = sum(1 for _ in parse_bibtex(texts["library.bib"]))
    reading = read / (time.perf_counter() - started)
    rows = []
    with tempfile.TemporaryDirectory(prefix="papershelf-exports-") as tmp:
        for name, label in (("library.bib", "BibTeX"), ("library.ris", "RIS"), ("library.json", "CSL-JSON")):
            rate = imported_per_second(Path(tmp), name, texts[name], count)
            rows.append(_row(f"{label}, {count:,} entries: import, one transaction", round(rate),
                             "records/s"))
            if label == "BibTeX":
                rows.append(_row("  of which the reader alone (LaTeX decoded)", round(reading), "records/s"))
    return rows
