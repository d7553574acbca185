"""`papershelf import FILE…` and `papershelf import --from zotero`."""

from __future__ import annotations

import sys
import tempfile
from contextlib import ExitStack
from datetime import UTC, date, datetime
from pathlib import Path

import click

from ..store.db import library_exists
from .common import db_option, fail, registry_options, tune_collector, writable_library


@click.command("import")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--captured-at",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The date the files were captured (dump dates without a year take its year); "
    "default: each file's modification date.",
)
@click.option("--dry-run", is_flag=True,
              help="Say what each record would do (new, merge into which paper, refused) "
              "and write nothing.")
@click.option("--from", "source", type=click.Choice(["zotero"]),
              help="Import from a running program instead of files: Zotero's local API.")
@click.option("--zotero-url", default="http://localhost:23119/api", show_default=True,
              help="Where Zotero's local API answers.")
@db_option
def import_command(files: tuple[Path, ...], captured_at, dry_run: bool, source: str | None,
                   zotero_url: str, db_path: Path) -> None:
    """Import papers from BibTeX, RIS, EndNote (.enw), EndNote XML, PubMed (.nbib), Web of
    Science plain text or tab-delimited, Scopus CSV, CSL-JSON, Zotero, Hypothesis, Pocket and
    Omnivore exports, an arXiv metadata snapshot, an arXiv API answer (Atom), an HTML page saved
    from the browser (or its MHTML; read as a capture of it) and Hugging Face Papers listings (dumps), the
    format read from each file's content; or from a running Zotero with --from zotero."""
    from ..importer import import_files, import_payload
    from ..importer.files import report_problems
    from ..importer.preview import Preview

    if not files and source is None:
        fail("give the files to import, or --from zotero")
    if files and source is not None:
        fail("give files or --from, not both")
    day: date | None = captured_at.date() if captured_at else None
    preview = Preview(click.echo) if dry_run else None
    payload = None
    if source == "zotero":
        from ..importer.zotero_api import ZoteroUnavailable, fetch_library

        try:
            payload = fetch_library(zotero_url)
        except ZoteroUnavailable as error:
            fail(str(error))
    with ExitStack() as stack:
        target, scratch = db_path, False
        if dry_run and not library_exists(db_path):
            # A preview before the first import: against an empty library, never created here.
            target, scratch = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "preview.db", True
            click.echo(f"papershelf: no library at {db_path} yet: everything would be new", err=True)
        db = stack.enter_context(writable_library(target, create=True, announce=not scratch))
        tune_collector()  # before the dump reader forks: it inherits the settings
        err = lambda line: click.echo(line, err=True)  # noqa: E731
        if payload is not None:
            from ..importer import ImportRefused, ImportSummary

            summary = ImportSummary(files=1)
            try:
                report = import_payload(db, "zotero", payload, "zotero",
                                        captured=day or datetime.now(UTC).date(), preview=preview)
            except ImportRefused as refused:
                fail(f"Zotero: {refused.reason}; nothing from it was stored")
            report_problems(report, err)
            summary.add(report)
        else:
            summary = import_files(db, files, captured_at=day, err=err, preview=preview)
    click.echo(summary.line(dry_run=dry_run))
    if not dry_run:
        click.echo(f"library: {db_path}")
    if summary.refused:
        sys.exit(1)


@click.command("add")
@click.argument("identifiers", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True,
              help="Say what each paper would do (new, merge into which paper) and write nothing.")
@registry_options
@db_option
def add_command(identifiers: tuple[str, ...], dry_run: bool, registries, db_path: Path) -> None:
    """Add papers by arXiv id, PubMed id or DOI (or an arXiv, Hugging Face, PubMed or doi.org
    address): their records are asked of arXiv's API, NCBI's E-utilities and doi.org, and merged
    into the library as an import's are. `-` reads more from standard input, one a line."""
    from ..importer.files import report_problems
    from ..importer.identifiers import add_identified, listed_identifiers
    from ..importer.preview import Preview

    err = lambda line: click.echo(line, err=True)  # noqa: E731
    if "-" in identifiers:
        with click.open_file("-") as stdin:
            listed = listed_identifiers(stdin.read())
        identifiers = tuple(item for given in identifiers for item in (listed if given == "-" else [given]))
        if not identifiers:
            fail("no identifiers on standard input: give one a line (1706.03762, PMID:16403221, 10.…)")
    with ExitStack() as stack:
        target = db_path
        if dry_run and not library_exists(db_path):
            target = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "preview.db"
        db = stack.enter_context(writable_library(target, create=True, announce=target == db_path))
        added = add_identified(db, identifiers, captured=datetime.now(UTC).date(),
                               preview=Preview(click.echo) if dry_run else None, registries=registries)
    for missed in added.unanswered:
        err(f"{missed.given}: {missed.reason}; not added")
    for report, papers in zip(added.reports, added.papers, strict=True):
        report_problems(report, err)
        for paper_id, title in papers:
            click.echo(f"{paper_id}  {title or '(no title)'}")
    click.echo(added.line(len(identifiers), dry_run=dry_run))
    if added.unanswered:
        sys.exit(1)

COMMANDS = [import_command, add_command]
