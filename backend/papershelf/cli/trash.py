"""`papershelf trash list|restore`: the papers removed from the library, and bringing one back."""

from __future__ import annotations

from pathlib import Path

import click

from ..store.papers import NothingKept, removed_papers, restore_paper
from ..store.queries import get_paper
from ..store.tx import write
from .common import db_option, fail, writable_library


@click.group()
def trash() -> None:
    """The papers removed from the library, kept for a restore."""


@trash.command("list")
@db_option
def trash_list(db_path: Path) -> None:
    """Removed papers, the latest first: id, when, title."""
    # The writer: a library from before removed papers were kept is upgraded (m013) on opening,
    # and only then has what this lists.
    with writable_library(db_path) as db:
        papers = removed_papers(db)
    if not papers:
        click.echo("no removed papers")
    for paper in papers:
        click.echo(f"{paper.id}\tremoved {paper.removed_at}\t{paper.title or '(title not kept)'}")


@trash.command("restore")
@click.argument("paper_id")
@db_option
def trash_restore(paper_id: str, db_path: Path) -> None:
    """Bring a removed paper back, with its rating, status, tags and notes."""
    with writable_library(db_path) as db:
        with write(db) as tx:
            try:
                restore_paper(tx, paper_id)
            except LookupError:
                fail(f"no removed paper {paper_id!r}: `papershelf trash list` shows them")
            except NothingKept:
                fail(f"paper {paper_id} was removed before papershelf kept a removed paper's fields: "
                     "save its page again to bring it back")
        paper = get_paper(db, paper_id)
    click.echo(f"restored {paper_id}: {paper.title}")


COMMANDS = [trash]
