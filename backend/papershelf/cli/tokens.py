"""`papershelf token create|list|revoke`."""

from __future__ import annotations

from pathlib import Path

import click

from ..store.tokens import SCOPES, TokenError, create_token, list_tokens, revoke_token
from .common import db_option, fail, readable_library, writable_library


@click.group()
def token() -> None:
    """Make, list and revoke API tokens."""


@token.command("create")
@click.argument("name")
@click.option("--scope", "scopes", multiple=True, type=click.Choice(SCOPES),
              help="Repeat for several; default: all.")
@db_option
def token_create(name: str, scopes: tuple[str, ...], db_path: Path) -> None:
    """Make a token; it is printed once, as the last line."""
    with writable_library(db_path) as db:
        try:
            value = create_token(db, name, scopes or SCOPES)
        except TokenError as error:
            fail(str(error))
    click.echo(f"token {name!r} ({', '.join(scopes or SCOPES)}); it is shown only this once:")
    click.echo(value)


@token.command("list")
@db_option
def token_list(db_path: Path) -> None:
    """Names, scopes and last use of the live tokens (never the tokens)."""
    with readable_library(db_path) as db:
        tokens = list_tokens(db)
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
    with writable_library(db_path) as db:
        try:
            revoke_token(db, name)
        except TokenError as error:
            fail(str(error))
    click.echo(f"revoked {name!r}")


COMMANDS = [token]
