"""`papershelf serve`: the API, the extension's endpoint and Datasette on one port."""

from __future__ import annotations

import logging
import socket
import sys
from pathlib import Path

import click

from ..store.db import LibraryError, quick_check
from ..store.litestream import redact
from ..store.sqlite_tuning import turn_off_memory_statistics
from ..store.tokens import create_token, has_tokens
from .common import (
    config_option,
    db_option,
    fail,
    registry_options,
    replica_config,
    tune_collector,
    writable_library,
)

DEFAULT_TOKEN_NAME = "default"


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--public", is_flag=True, help="Serve the Datasette pages without a token.")
@click.option("--no-datasette", is_flag=True, help="Serve the API only.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Also answer requests for this host name (repeatable); see README.")
@click.option("--replicate", "replicate_url", metavar="URL",
              help="Run Litestream beside the server, replicating the library to URL "
                   "(file:///FOLDER, sftp://USER@HOST/PATH, s3://BUCKET/PATH).")
@click.option("--capture-workers", type=click.IntRange(0), metavar="N",
              help="Processes reading captured pages (default: one per core; 0: threads only).")
@click.option("--offline", is_flag=True, envvar="PAPERSHELF_OFFLINE",
              help="Never ask arXiv's API, PubMed or doi.org for a paper's record (a PDF saved by its "
              "address, POST /api/papers/identified); env PAPERSHELF_OFFLINE=1.")
@registry_options
@config_option
def serve(db_path: Path, host: str, port: int, public: bool, no_datasette: bool,
          allowed_hosts: tuple[str, ...], replicate_url: str | None, capture_workers: int | None,
          offline: bool, registries, config_path: Path | None) -> None:
    """Run the API (and Datasette) over the library."""
    from ..api.app import create_app
    from ..api.log_lines import configure_logging
    from ..api.server import exposure_settings, run_server
    from ..api.settings import Settings

    # Before the first connection, or never (its module says why): a server that could not is
    # correct but slower, and says so, or its searches would be slow for no reason anyone sees.
    if not turn_off_memory_statistics() and sys.platform == "linux":
        click.echo("papershelf: SQLite's memory statistics stay on in this process (SQLite was "
                   "in use before serve started): searches run side by side are slower.")
    try:  # HTTP exposure: host names, limits (api/server.py)
        exposure = exposure_settings(allowed_hosts)
    except ValueError as error:
        fail(str(error))
    replicate = replica_config(config_path, replicate_url)
    # Bind first: a port in use is one clear line, before a token is made or a
    # "listening" line is printed that would not be true.
    try:
        listener = _bind(host, port)
    except OSError as error:
        fail(f"cannot listen on {host}:{port}: {error.strerror or error}"
             + ("; is papershelf already running? --port N serves on another port"
                if error.errno == 98 else ""))
    with writable_library(db_path, create=True) as db:
        try:  # every page read once: damage found now, not by a request (docs/durability.md)
            quick_check(db, db_path)
        except LibraryError as error:
            fail(str(error))
        if not has_tokens(db):
            token = create_token(db, DEFAULT_TOKEN_NAME)
            click.echo(f"created the token {DEFAULT_TOKEN_NAME!r}; paste it into the extension's "
                       "options. It is shown only this once: `papershelf token create NAME` "
                       "makes another.")
            click.echo(token)
    settings = Settings(db_path=db_path, host=host, port=port, public=public,
                        datasette=not no_datasette, replicate=replicate,
                        capture_workers=capture_workers, ask_registries=not offline,
                        registries=registries, **exposure)
    configure_logging(logging.INFO)
    click.echo(f"papershelf: listening on {settings.base_url} (library: {db_path})"
               + (f", replicating to {redact(replicate.url)}" if replicate else ""))
    sys.stdout.flush()
    app = create_app(settings)
    tune_collector()
    run_server(app, settings, listener)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
        listener.listen(2048)
    except OSError:
        listener.close()
        raise
    listener.set_inheritable(True)
    return listener


COMMANDS = [serve]
