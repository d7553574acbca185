"""`papershelf renormalise`."""

from __future__ import annotations

import click

from .common import db_option, writable_library


@click.command("renormalise")
@db_option
def renormalise(db_path) -> None:
    """Read every stored capture again with today's normalisers: papers gain the fields
    they read now, and each capture's observations (upvotes, stars, …) are added.

    One transaction per capture; running it again changes nothing."""
    from ..renormalise import renormalise_with_progress

    with writable_library(db_path) as db:
        report = renormalise_with_progress(db)
    click.echo(report.line())


COMMANDS = [renormalise]
