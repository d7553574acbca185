"""`papershelf recommend` and `papershelf similar`: what to read next, and why."""

from __future__ import annotations

from pathlib import Path

import click
import msgspec

from ..publish.math_text import math_as_text
from .common import db_option, fail, readable_library, writable_library


def _show(papers, as_json: bool, wrapper, *, scores: bool = True) -> None:
    """Each paper ranked, with its reasons; `scores`: its score beside it (a similarity, from 0 to 1; a
    suggestion's model score says nothing a reader can use: negative for the best of most libraries)."""
    if as_json:
        click.echo(msgspec.json.format(msgspec.json.encode(wrapper)).decode())
        return
    for rank, paper in enumerate(papers, 1):
        score = f"  {paper.score:.3f}" if scores else ""
        # A title's TeX math as it prints, as the pages show it (the JSON keeps it as written).
        click.echo(f"{rank:3}. {math_as_text(paper.title or '(no title)')}  [{paper.id}]{score}")
        for reason in paper.reasons:
            click.echo(f"       {math_as_text(reason.text)}")


@click.command("recommend")
@click.option("--tag", help="Papers for this tag of yours (default: for everything you liked).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 200))
@click.option("--no-refresh", is_flag=True,
              help="Answer from what is stored, without analysing new papers or training first.")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON.")
@db_option
def recommend(tag: str | None, limit: int, no_refresh: bool, as_json: bool, db_path: Path) -> None:
    """Unread papers ranked by how much they resemble those you rated 4–5, tagged or are
    reading, and unlike those you rated 1–2 or skipped, with the reasons for each."""
    from ..discover.queries import UnknownTag, recommendations
    from ..discover.refresh import refresh

    with writable_library(db_path) as db:
        if not no_refresh:
            done = refresh(db, lambda fn, *args: fn(db, *args),
                           progress=lambda line: click.echo(f"papershelf: {line}", err=True))
            click.echo(f"papershelf: {done.line()}", err=True)
        try:
            found = recommendations(db, tag, limit)
        except UnknownTag:
            fail(f"no paper is tagged {tag!r}")
    if found.model is None:
        click.echo("nothing to go on yet: rate, tag or start reading a few papers", err=True)
    elif not found.papers:
        click.echo("nothing unread in the library is like them yet: save or import more papers of their kind",
                   err=True)
    _show(found.papers, as_json, found, scores=False)


@click.command("similar")
@click.argument("paper_id")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 200))
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON.")
@db_option
def similar(paper_id: str, limit: int, as_json: bool, db_path: Path) -> None:
    """Papers in the library most like PAPER_ID, with the terms they share."""
    from ..discover.similar import similar_papers

    with readable_library(db_path) as db:
        found = similar_papers(db, paper_id, limit)
    if found is None:
        fail(f"no paper {paper_id!r}")
    _show(found, as_json, {"papers": found})


COMMANDS = [recommend, similar]
