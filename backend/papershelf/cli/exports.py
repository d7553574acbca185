"""`papershelf export` and `papershelf publish`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..records import STATUSES
from ..store.db import LibraryError
from ..wording import counted
from .common import cannot_write, db_option, fail

FORMATS = ("bibtex", "ris", "csl-json", "markdown")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="bibtex", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File to write (default: stdout); for markdown, the folder to write into.")
@click.option("--tag", help="Only papers with this tag.")
@click.option("--status", type=click.Choice(STATUSES), help="Only papers with this status.")
@db_option
def export(fmt: str, output: Path | None, tag: str | None, status: str | None,
           db_path: Path) -> None:
    """Export the library (or the papers with --tag/--status) as BibTeX, RIS, CSL-JSON or
    Markdown."""
    from ..publish.library import load_notes, load_papers

    if fmt == "markdown" and output is None:
        fail("--format markdown writes one file per paper: give the folder with -o")
    try:
        papers = load_papers(db_path, tag=tag, status=status)
        if tag is not None and not papers and not load_papers(db_path, tag=tag):
            fail(f"no paper is tagged {tag!r}")  # a mistyped tag, not an empty export
    except LibraryError as error:
        fail(str(error))
    if fmt == "markdown":
        from ..publish.markdown_export import write_markdown

        if output.exists() and not output.is_dir():
            fail(f"{output} is a file; markdown export needs a folder")
        try:
            written = write_markdown(papers, load_notes(db_path, [p["id"] for p in papers]), output)
        except OSError as error:
            fail(cannot_write(output, error))
        click.echo(f"wrote {counted(written, 'paper')} to {output}/", err=True)
        return
    if fmt == "bibtex":
        from ..publish.bibtex import to_bibtex

        text = to_bibtex(papers)
    elif fmt == "ris":
        from ..publish.ris import to_ris

        text = to_ris(papers)
    else:
        from ..publish.csl import to_csl

        notes = load_notes(db_path, [p["id"] for p in papers])
        text = json.dumps(to_csl(papers, notes), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as error:
            fail(cannot_write(output, error))
        click.echo(f"wrote {counted(len(papers), 'paper')} to {output}", err=True)


@click.command("publish")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--with-notes", is_flag=True, help="Include your notes (left out by default).")
@click.option("--with-observations", is_flag=True,
              help="Include the observations: upvotes and stars over time, as you captured "
              "them (left out by default).")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@db_option
def publish(out: Path, with_notes: bool, with_observations: bool, force: bool,
            db_path: Path) -> None:
    """Write a copy of the library for the public: no tokens, sync state or raw captures.

    Serve it with plain `datasette OUT`.
    """
    from ..publish.public_copy import publish as build

    if out.exists() and not force:
        fail(f"{out} exists (use --force to replace it)")
    if not out.parent.is_dir():
        fail(f"no folder {out.parent} to write {out.name} in")
    try:
        result = build(db_path, out, with_notes=with_notes, with_observations=with_observations)
    except (LibraryError, ValueError) as error:
        fail(str(error))
    click.echo(result.line())


COMMANDS = [export, publish]
