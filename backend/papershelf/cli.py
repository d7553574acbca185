"""The `papershelf` command line. Commands are thin: the work lives in the modules they call."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click
import platformdirs


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("papershelf", appauthor=False)) / "library.db"


def db_option(func):
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="PAPERSHELF_DB",
        default=default_db_path,
        show_default="a file in the user's data directory",
        help="The library file (env PAPERSHELF_DB).",
    )(func)


def fail(message: str) -> None:
    """One clear line on stderr and a non-zero exit."""
    click.echo(f"papershelf: {message}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="papershelf")
def cli() -> None:
    """papershelf: your research-paper library in one SQLite file."""


@cli.command("import")
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
    from .importer import import_files

    day: date | None = captured_at.date() if captured_at else None
    summary = import_files(db_path, files, captured_at=day, err=lambda line: click.echo(line, err=True))
    click.echo(summary.line())
    click.echo(f"library: {db_path}")
    if summary.refused:
        sys.exit(1)


def _add_commands() -> None:
    """Commands that live beside the parts they drive (imported late: they import `db_option`)."""
    from .api.cli import COMMANDS as api_commands
    from .publish.cli import COMMANDS as publish_commands
    from .sync.cli import COMMANDS as sync_commands

    for command in (*api_commands, *sync_commands, *publish_commands):
        cli.add_command(command)


_add_commands()
