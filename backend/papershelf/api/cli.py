"""`papershelf serve` and `papershelf token …` (registered by papershelf.cli)."""

from __future__ import annotations

import logging
import socket
import sys
from pathlib import Path

import click

from ..cli import db_option, fail

DEFAULT_TOKEN_NAME = "default"


def _open(db_path: Path):
    from ..store.db import open_writer

    return open_writer(db_path)


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--public", is_flag=True, help="Serve the Datasette pages without a token.")
@click.option("--no-datasette", is_flag=True, help="Serve the API only.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Also answer requests for this host name (repeatable); see README.")
def serve(db_path: Path, host: str, port: int, public: bool, no_datasette: bool,
          allowed_hosts: tuple[str, ...]) -> None:
    """Run the API (and Datasette) over the library."""
    from ..store.tokens import create_token, has_tokens
    from .app import create_app
    from .log_lines import configure_logging
    from .server import exposure_settings, run_server
    from .settings import Settings

    try:  # HTTP exposure: host names, limits (api/server.py)
        exposure = exposure_settings(allowed_hosts)
    except ValueError as error:
        fail(str(error))
    # Bind first: a port in use is one clear line, before a token is made or a
    # "listening" line is printed that would not be true.
    try:
        listener = _bind(host, port)
    except OSError as error:
        fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
    try:
        db = _open(db_path)
    except Exception as error:  # an unreadable file, a directory, a disk error: one line
        fail(f"cannot open the library {db_path}: {error}")
    try:
        if not has_tokens(db):
            token = create_token(db, DEFAULT_TOKEN_NAME)
            click.echo(f"created the token {DEFAULT_TOKEN_NAME!r}; paste it into the extension "
                       "(it is shown only this once):")
            click.echo(token)
    finally:
        db.close()
    settings = Settings(db_path=db_path, host=host, port=port, public=public,
                        datasette=not no_datasette, **exposure)
    configure_logging(logging.INFO)
    click.echo(f"papershelf: listening on {settings.base_url} (library: {db_path})")
    sys.stdout.flush()
    run_server(create_app(settings), settings, listener)


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


@click.group()
def token() -> None:
    """Make, list and revoke API tokens."""


@token.command("create")
@click.argument("name")
@click.option("--scope", "scopes", multiple=True, type=click.Choice(["read", "write", "sync"]),
              help="Repeat for several; default: all.")
@db_option
def token_create(name: str, scopes: tuple[str, ...], db_path: Path) -> None:
    """Make a token; it is printed once, as the last line."""
    from ..store.tokens import SCOPES, TokenError, create_token

    db = _open(db_path)
    try:
        value = create_token(db, name, scopes or SCOPES)
    except TokenError as error:
        fail(str(error))
    finally:
        db.close()
    click.echo(f"token {name!r} ({', '.join(scopes or SCOPES)}); it is shown only this once:")
    click.echo(value)


@token.command("list")
@db_option
def token_list(db_path: Path) -> None:
    """Names, scopes and last use of the live tokens (never the tokens)."""
    from ..store.tokens import list_tokens

    db = _open(db_path)
    try:
        tokens = list_tokens(db)
    finally:
        db.close()
    if not tokens:
        click.echo("no tokens")
    for info in tokens:
        used = info.last_used_at or "never"
        click.echo(f"{info.name}\t{','.join(info.scopes)}\tcreated {info.created_at}\tused {used}")


@token.command("revoke")
@click.argument("name")
@db_option
def token_revoke(name: str, db_path: Path) -> None:
    """Revoke a token; requests with it are refused from now on."""
    from ..store.tokens import TokenError, revoke_token

    db = _open(db_path)
    try:
        revoke_token(db, name)
    except TokenError as error:
        fail(str(error))
    finally:
        db.close()
    click.echo(f"revoked {name!r}")


COMMANDS = [serve, token]
