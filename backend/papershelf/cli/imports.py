"""`papershelf import FILE…`."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from .common import db_option, writable_library


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--captured-at",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The date the dumps were captured (dates without a year take its year); "
    "default: each file's modification date.",
)
@db_option
def import_command(files: tuple[Path, ...], captured_at, db_path: Path) -> None:
    """Import text dumps of Hugging Face Papers pages (formats A, B and C)."""
    from ..importer import import_files

    day: date | None = captured_at.date() if captured_at else None
    with writable_library(db_path, create=True) as db:
        summary = import_files(db, files, captured_at=day,
                               err=lambda line: click.echo(line, err=True))
    click.echo(summary.line())
    click.echo(f"library: {db_path}")
    if summary.refused:
        sys.exit(1)


COMMANDS = [import_command]
