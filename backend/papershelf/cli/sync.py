"""`papershelf sync URL --token TOKEN`."""

from __future__ import annotations

from pathlib import Path

import click

from ..sync.client import sync_with
from ..sync.peer import SyncError, peer_url
from .common import db_option, fail, tune_collector, writable_library


@click.command("sync")
@click.argument("url")
@click.option("--token", envvar="PAPERSHELF_SYNC_TOKEN", required=True,
              help="A token of the peer with the sync scope (env PAPERSHELF_SYNC_TOKEN).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds to wait for each answer of the peer.")
@click.option("--create", is_flag=True,
              help="Start a new library at --db when there is none (a machine joining).")
@db_option
def sync(url: str, token: str, timeout: float, create: bool, db_path: Path) -> None:
    """Bring this library and the one served at URL to the same state."""
    try:
        peer_url(url)  # a mistyped URL is told before any library file is opened
    except SyncError as error:
        fail(str(error))
    tune_collector()
    with writable_library(db_path, create=create) as db:
        try:
            report = sync_with(db, url, token, timeout=timeout)
        except SyncError as error:
            fail(str(error))
    click.echo(report.line())


COMMANDS = [sync]
