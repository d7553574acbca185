"""`papershelf sync URL --token TOKEN` (registered by papershelf.cli)."""

from __future__ import annotations

from pathlib import Path

import click

from ..cli import db_option, fail


@click.command("sync")
@click.argument("url")
@click.option("--token", envvar="PAPERSHELF_SYNC_TOKEN", required=True,
              help="A token of the peer with the sync scope (env PAPERSHELF_SYNC_TOKEN).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds to wait for each answer of the peer.")
@db_option
def sync(url: str, token: str, timeout: float, db_path: Path) -> None:
    """Bring this library and the one served at URL to the same state."""
    from ..store.db import open_writer
    from .client import sync_with
    from .peer import SyncError, peer_url

    try:
        peer_url(url)  # a mistyped URL is told before any library file is opened or made
        db = open_writer(db_path)
    except SyncError as error:
        fail(str(error))
    except Exception as error:  # a directory, an unreadable file: one line
        fail(f"cannot open the library {db_path}: {error}")
    try:
        report = sync_with(db, url, token, timeout=timeout)
    except SyncError as error:
        fail(str(error))
    finally:
        db.close()
    click.echo(report.line())


COMMANDS = [sync]
