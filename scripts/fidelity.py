"""How faithfully the normalisers read real pages: every field of every sidecar in the corpus.

`scripts/fidelity [--round N|all] [--split train|held-out|all] [--failures] [--json]` runs each page of
tests/fixtures/pages through `normalise_capture`, compares every `expected` field of its sidecar
(tests/fixtures/pages/README.md says what each means), and prints a table per site and per field
(right / wrong / missing) and a total. It exits 1 below 100%.

`--no-meta` measures the fallback for pages that carry no metadata instead: every single-paper page
with all its meta tags and JSON-LD blocks taken off and its address hidden (so no publisher row
chosen by host applies): how many still give a record, how many with the exact title, and how many
fields are right. It never fails; it is a figure to raise, not a test.

`--no-sites` reads every page with the publisher table (normalise/sites.py) emptied, as a page of a
site nobody on the project has seen is read: only the generic readers (meta, JSON-LD, what the body
shows) and the page kinds (arXiv, Hugging Face). What the table alone gets right is what a new site's
page is likely to miss; it never fails either.

`--meta FAMILIES` reads them with only some of their metadata, address hidden likewise: a comma list of
the families kept (highwire, dc, og, html, jsonld, other; see META_FAMILIES), as a site nobody on the
project has seen may carry only Open Graph, or only Dublin Core. `--mixes` prints every mix of MIXES in
one table, and for each the fields it gets wrong that the same page read with no metadata at all gets
right: metadata that makes a page read worse than none is a reader to fix.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import msgspec

from papershelf.normalise import body, normalise_capture
from papershelf.normalise.html_meta import parse_page
from papershelf.normalise.page_bytes import page_text
from papershelf.records import Paper

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"
SPLITS = ("train", "held-out")
# Each collection round of the corpus has its own held-out split (HOLDOUT.md); older sidecars are round 1.
# The rounds `--round` accepts are the ones the sidecars name (rounds()).
# The day a page is captured on, where its sidecar names no day it was served: a text capture's dates and a
# page's relative day ('Сегодня, 11:09', today) are read as of it.
CAPTURED = date(2026, 11, 30)

# Sidecar key -> how to read it off a Paper. The older sidecars name a few fields their own way.
FIELDS: dict[str, Callable[[Paper], Any]] = {
    "title": lambda paper: paper.title,
    "authors": lambda paper: paper.authors,
    "authors_first3": lambda paper: paper.authors[:3] if paper.authors else None,
    "authors_last2": lambda paper: paper.authors[-2:] if paper.authors else None,
    "authors_count": lambda paper: paper.authors_count,
    "abstract_first80": lambda paper: paper.abstract[:80] if paper.abstract else None,
    "published": lambda paper: paper.published,
    "doi": lambda paper: paper.doi,
    "arxiv_id": lambda paper: paper.arxiv_id,
    "arxiv_version": lambda paper: paper.arxiv_version,
    "primary_category": lambda paper: paper.primary_category,
    "pdf_url": lambda paper: paper.pdf_url,
    "upvotes": lambda paper: paper.upvotes,
    "ai_summary": lambda paper: paper.summary,
    "github_url": lambda paper: paper.code_url,
    "project_page": lambda paper: paper.project_url,
    "hf_url": lambda paper: paper.url,
    # What Hugging Face says about a paper (issue 16).
    "organization": lambda paper: paper.organization,
    "ai_keywords": lambda paper: paper.ai_keywords,
    "linked_models": lambda paper: paper.linked_models,
    "linked_datasets": lambda paper: paper.linked_datasets,
    "linked_spaces": lambda paper: paper.linked_spaces,
    "models_citing": lambda paper: paper.linked_models_count,
    "github_stars": lambda paper: paper.github_stars,
    "submitted_by": lambda paper: paper.daily_submitted_by,
    "submitted_on_daily": lambda paper: paper.daily_submitted_on,
}


class Check(msgspec.Struct):
    """One expected field of one page: right, wrong (another value) or missing (no value)."""

    page: str
    site: str
    split: str
    field: str
    expected: Any
    actual: Any
    verdict: str


def sidecars(split: str = "all", round_: str = "all") -> list[dict[str, Any]]:
    """The corpus sidecars (optionally one split of one round), each with its `name`."""
    found = []
    for path in sorted(CORPUS.glob("*.json")):
        sidecar = json.loads(path.read_text(encoding="utf-8"))
        in_split = split in ("all", sidecar.get("split", "train"))
        in_round = round_ in ("all", str(sidecar.get("round", 1)))
        if in_split and in_round:
            found.append({**sidecar, "name": path.stem})
    return found


def rounds() -> list[str]:
    """The corpus's collection rounds, in order: each a round some sidecar names."""
    return sorted({str(sidecar.get("round", 1)) for sidecar in sidecars()}, key=int)


def page_url(sidecar: dict[str, Any]) -> str:
    # Some older sidecars add a remark after the URL: "https://huggingface.co/papers (og:url; …)".
    return sidecar["source"]["original_url"].split()[0]


class PageResult(msgspec.Struct):
    page: str
    records: int  # how many papers the normalisers found on the page
    checks: list[Check]


def served_day(sidecar: dict[str, Any]) -> date:
    """The day the page is captured on here: the day it was served, where its sidecar's source names it (a
    page that dates itself 'today' is read as the extension reads it, captured the day the site served it),
    else CAPTURED."""
    served = sidecar.get("source", {}).get("served")
    return date.fromisoformat(served) if served else CAPTURED


def check_page(sidecar: dict[str, Any]) -> PageResult:
    """Normalise one page the way a capture is, and judge every field its sidecar expects."""
    html = page_text((CORPUS / sidecar["file"]).read_bytes())
    return read_as_captured(sidecar, page_url(sidecar), html)


def read_as_captured(sidecar: dict[str, Any], url: str, html: str) -> PageResult:
    """The page's HTML (as it is, or with meta taken off) captured at `url`, every expected field judged."""
    return judged(sidecar, captured_papers(url, html, served_day(sidecar)))


def captured_papers(url: str, html: str, captured: date = CAPTURED) -> list[Paper]:
    """The papers a capture of the page's HTML at `url` on the day `captured` gives."""
    found = normalise_capture(url, html, None, captured=captured)
    return found.papers if found is not None else []


def judged(sidecar: dict[str, Any], papers: list[Paper]) -> PageResult:
    """Every field the sidecar expects, judged against the papers read off its page."""
    return PageResult(page=sidecar["name"], records=len(papers), checks=list(_checks(sidecar, papers)))


# The address a page without meta is read at: no publisher row, arXiv or Hugging Face rule by host.
HIDDEN_ADDRESS = "https://example.org/saved-page"


# Taken off the page's own text, not a parser's copy of it: a parser's copy would already be a
# reading of the page (an XHTML-style <script src="…" /> swallows the rest of a page parsed as HTML).
_META_TAG = re.compile(r"""<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.IGNORECASE)
_JSON_LD = re.compile(r"<script\b[^>]*ld\+json[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)


# Which family a meta tag's name belongs to (names are matched lower-cased, by prefix or whole).
META_FAMILIES = {
    "highwire": ("citation_", "prism.", "bepress_", "eprints."),  # the scholarly tags Google Scholar reads
    "dc": ("dc.", "dcterms.", "dc:"),
    "og": ("og:", "twitter:", "article:"),
    "html": ("description", "author", "keywords", "abstract", "title"),  # HTML's own, whole names
}
_WHOLE_NAMES = frozenset({"html"})
ALL_FAMILIES = frozenset({*META_FAMILIES, "jsonld", "other"})
# The mixes `--mixes` reads: what sites carry when they carry some metadata but not all of it.
MIXES: dict[str, frozenset[str]] = {
    "none": frozenset(),
    "html": frozenset({"html", "other"}),
    "og": frozenset({"og", "html", "other"}),
    "dc": frozenset({"dc", "other"}),
    "jsonld": frozenset({"jsonld", "other"}),
    "og+jsonld": frozenset({"og", "html", "jsonld", "other"}),
    "no-highwire": ALL_FAMILIES - {"highwire"},
    "all": ALL_FAMILIES,
}
_META_NAME = re.compile(r"""\b(?:name|property)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


def meta_family(tag: str) -> str:
    """The family of one meta tag (its source text)."""
    found = _META_NAME.search(tag)
    name = found.group(1).lower() if found else ""
    for family, names in META_FAMILIES.items():
        if name in names if family in _WHOLE_NAMES else name.startswith(names):
            return family
    return "other"


def with_meta_of(html: str, families: frozenset[str]) -> str:
    """The page with only the meta tags of `families` left, and its JSON-LD only with "jsonld"."""
    kept = _META_TAG.sub(lambda tag: tag[0] if meta_family(tag[0]) in families else "", html)
    return kept if "jsonld" in families else _JSON_LD.sub("", kept)


def check_page_without_meta(sidecar: dict[str, Any], families: frozenset[str] = frozenset()
                            ) -> PageResult:
    """A single-paper page read with its metadata taken off (all but `families`) and its address
    hidden."""
    html = with_meta_of(page_text((CORPUS / sidecar["file"]).read_bytes()), families)
    return read_as_captured(sidecar, HIDDEN_ADDRESS, html)


def parse_families(text: str) -> frozenset[str]:
    families = frozenset(name.strip() for name in text.split(",") if name.strip())
    if unknown := families - ALL_FAMILIES:
        raise argparse.ArgumentTypeError(
            f"unknown meta families: {', '.join(sorted(unknown))} (known: {', '.join(sorted(ALL_FAMILIES))})")
    return families


class MixResult(msgspec.Struct):
    """The single-paper pages read with one mix of meta families."""

    records: int  # pages that gave a record
    titled: int  # … with the exact title
    right: int
    total: int
    worse: list[Check]  # fields not right that the page read with no metadata gets right


def page_in_every_mix(sidecar: dict[str, Any]) -> dict[str, PageResult]:
    """One single-paper page read in each mix of MIXES. A page lacking a family reads the same in
    the mixes that differ by it: each distinct version of it is read once (a third fewer)."""
    page = page_text((CORPUS / sidecar["file"]).read_bytes())
    read: dict[str, PageResult] = {}
    found = {}
    for name, families in MIXES.items():
        html = with_meta_of(page, families)
        if html not in read:
            read[html] = read_as_captured(sidecar, HIDDEN_ADDRESS, html)
        found[name] = read[html]
    return found


def read_mixes(single: list[dict[str, Any]], workers: int = 1) -> dict[str, MixResult]:
    """Every mix of MIXES, judged against the same pages read with no metadata at all; the pages
    shared among `workers` processes (forked: the readers are pure functions of the page)."""
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pages = pool.map(page_in_every_mix, single, chunksize=4)
    else:
        pages = [page_in_every_mix(sidecar) for sidecar in single]
    bare = {(check.page, check.field): check.verdict for page in pages for check in page["none"].checks}
    found = {}
    for name in MIXES:
        results = [page[name] for page in pages]
        checks = [check for result in results for check in result.checks]
        right, total = score(checks)
        found[name] = MixResult(
            records=sum(bool(result.records) for result in results),
            titled=sum(check.field == "title" and check.verdict == "right" for check in checks),
            right=right, total=total,
            worse=[check for check in checks
                   if check.verdict != "right" and bare[(check.page, check.field)] == "right"],
        )
    return found


def mixes_report(mixes: dict[str, MixResult], failures: bool) -> list[str]:
    lines = [f"{'mix':<12}  records  titles  fields right       worse than none"]
    for name, mix in mixes.items():
        lines.append(f"{name:<12}  {mix.records:7d}  {mix.titled:6d}  {mix.right:5d}/{mix.total} "
                     f"{100 * mix.right / mix.total:5.1f}%  {len(mix.worse):15d}")
    if failures:
        lines += ["", *(f"{name}: {check.verdict} {check.page} {check.field}: expected "
                        f"{check.expected!r}, got {check.actual!r}"
                        for name, mix in mixes.items() for check in mix.worse)]
    return lines


def no_meta_report(results: list[PageResult], failures: bool = False) -> list[str]:
    checks = [check for result in results for check in result.checks]
    right, total = score(checks)
    listed = [f"{check.verdict:7s} {check.page} {check.field}: expected {check.expected!r}, got "
              f"{check.actual!r}" for check in checks if failures and check.verdict != "right"]
    titled = sum(
        any(check.field == "title" and check.verdict == "right" for check in result.checks)
        for result in results
    )
    empty = [result.page for result in results if not result.records]
    return [
        *table(checks, _field_family, "field"),
        "",
        *([*listed, ""] if listed else []),
        f"pages without a record: {', '.join(empty) or 'none'}",
        f"without meta: {len(results) - len(empty)} of {len(results)} single-paper pages give a record, "
        f"{titled} with the exact title; {right}/{total} fields right",
    ]


def _checks(sidecar: dict[str, Any], papers: list[Paper]) -> Iterator[Check]:
    expected = sidecar["expected"]
    if "records" not in expected:
        yield from _record_checks(sidecar, expected, papers[0] if papers else None, "")
        return
    records = expected["records"]
    count = expected.get("count", len(records))
    yield _judge(sidecar, "count", count, len(papers) if papers else None)
    for position, record in enumerate(records):
        index = record.get("index", position)
        paper = papers[index] if index < len(papers) else None
        yield from _record_checks(sidecar, record, paper, f"records[{index}].")


def _record_checks(
    sidecar: dict[str, Any], expected: dict[str, Any], paper: Paper | None, prefix: str
) -> Iterator[Check]:
    for key, wanted in expected.items():
        read = FIELDS.get(key)
        if read is None:
            continue  # venue, pages, …: read off the page, but no Paper field holds them
        if key == "arxiv_version" and isinstance(wanted, str):
            wanted = int(wanted.removeprefix("v"))  # older sidecars write "v7"
        yield _judge(sidecar, prefix + key, wanted, read(paper) if paper is not None else None)


def _judge(sidecar: dict[str, Any], field: str, expected: Any, actual: Any) -> Check:
    if actual == expected:
        verdict = "right"
    elif actual is None:
        verdict = "missing"
    else:
        verdict = "wrong"
    return Check(
        page=sidecar["name"],
        site=sidecar.get("site", "?"),
        split=sidecar.get("split", "train"),
        field=field,
        expected=expected,
        actual=actual,
        verdict=verdict,
    )


def score(checks: list[Check]) -> tuple[int, int]:
    """(right, total)."""
    return sum(check.verdict == "right" for check in checks), len(checks)


def table(checks: list[Check], key: Callable[[Check], str], title: str) -> list[str]:
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for check in checks:
        rows[key(check)][check.verdict] += 1
    width = max([len(title), *map(len, rows)])
    lines = [f"{title:<{width}}  right  wrong  missing  score"]
    for name in sorted(rows, key=str.casefold):
        counts = rows[name]
        total = sum(counts.values())
        lines.append(
            f"{name:<{width}}  {counts['right']:5d}  {counts['wrong']:5d}  {counts['missing']:7d}"
            f"  {100 * counts['right'] / total:5.1f}%"
        )
    return lines


def _field_family(check: Check) -> str:
    # records[3].title and title are the same field
    return check.field.rsplit(".", 1)[-1]


def report(results: list[PageResult], failures: bool) -> list[str]:
    checks = [check for result in results for check in result.checks]
    right, total = score(checks)
    empty = [result.page for result in results if not result.records]
    lines = [*table(checks, lambda c: c.site, "site"), ""]
    lines += [*table(checks, _field_family, "field"), ""]
    if failures:
        for check in checks:
            if check.verdict != "right":
                lines.append(
                    f"{check.verdict:7s} {check.page} {check.field}: "
                    f"expected {check.expected!r}, got {check.actual!r}"
                )
        lines.append("")
    if empty:
        lines.append(f"pages without a record: {', '.join(empty)}")
    percent = 100 * right / total if total else 100.0
    lines.append(f"total: {right}/{total} fields right ({percent:.1f}%) on {len(results)} pages")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", dest="round_", choices=("all", *rounds()), default="all")
    parser.add_argument("--split", choices=("all", *SPLITS), default="all")
    parser.add_argument("--failures", action="store_true", help="list every field that is not right")
    parser.add_argument("--json", action="store_true", help="one JSON object per field")
    parser.add_argument(
        "--no-meta", action="store_true", help="read the single-paper pages with their meta taken off"
    )
    parser.add_argument("--meta", type=parse_families, metavar="FAMILIES",
                        help="read the single-paper pages with only these meta families (comma list)")
    parser.add_argument("--no-sites", action="store_true",
                        help="read every page with the publisher table emptied (as a site nobody has seen)")
    parser.add_argument("--mixes", action="store_true",
                        help="read the single-paper pages with each mix of meta families in turn")
    args = parser.parse_args(argv)
    with without_site_rows() if args.no_sites else contextlib.nullcontext():
        return run(args)


@contextlib.contextmanager
def without_site_rows() -> Iterator[None]:
    """The publisher table emptied while the pages are read (site_rows reads it on each page)."""
    table = body.SITES
    body.SITES = ()
    try:
        yield
    finally:
        body.SITES = table


def read_by_publisher_rows(sidecar: dict[str, Any]) -> bool:
    """Whether a row of the publisher table applies to the page as a capture reads it (`body.site_rows`,
    asked with the capture's address and the page, is the table's one reader): a page no row applies to
    reads the same with the table emptied."""
    html = page_text((CORPUS / sidecar["file"]).read_bytes())
    return bool(body.site_rows(page_url(sidecar), parse_page(html)))


def run(args: argparse.Namespace) -> int:
    chosen = sidecars(args.split, args.round_)
    single = [sidecar for sidecar in chosen if "records" not in sidecar["expected"]]
    if args.mixes:
        print("\n".join(mixes_report(read_mixes(single, workers=os.cpu_count() or 1), args.failures)))
        return 0
    if args.no_meta or args.meta is not None:
        families = args.meta or frozenset()
        print("\n".join(no_meta_report([check_page_without_meta(sidecar, families)
                                        for sidecar in single], args.failures)))
        return 0
    results = [check_page(sidecar) for sidecar in sidecars(args.split, args.round_)]
    checks = [check for result in results for check in result.checks]
    if args.json:
        for check in checks:
            print(msgspec.json.encode(check).decode())
    else:
        print("\n".join(report(results, args.failures)))
    right, total = score(checks)
    return 0 if right == total or args.no_sites else 1


if __name__ == "__main__":
    sys.exit(main())
