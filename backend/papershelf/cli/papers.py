"""`papershelf list`, `show`, `mark`, `note` and `remove`: the library read and kept from the command
line, as the popup and the reading pages keep it (a machine with no browser: a server over
ssh, a script). A paper is named by its id, arXiv id, PubMed id, DOI or page's address."""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path

import click
import msgspec

from ..paper_names import papers_named
from ..publish.math_text import math_as_text
from ..records import MAX_NOTE_LENGTH, MAX_RATING, MIN_RATING, STATUSES
from ..store.notes import create_note, list_notes
from ..store.papers import TooManyTags, delete_paper, mark_paper
from ..store.queries import BadCursor, PaperFilter, PaperView, PaperWithNotes, get_paper, list_papers
from ..store.tx import write
from ..tags import clean_tags, overlong_tag
from .common import db_option, fail, readable_library, writable_library

# list_papers' page, as the API's largest: a longer --limit reads page after page.
_PAGE = 200
_NAMING = "its id (`papershelf list` shows it), arXiv id, PubMed id, DOI or page's address"


class Unnamed(LookupError):
    """What a reader typed names no paper of the library, or several: the line says which."""


def named_paper(db, given: str) -> PaperView:
    papers = papers_named(db, given)
    if not papers:
        raise Unnamed(f"no paper in the library is {given!r}: name one by {_NAMING}; "
                      "`papershelf list WORDS` finds it by its title")
    if len(papers) > 1:
        ids = ", ".join(paper.id for paper in papers[:10])
        raise Unnamed(f"{given!r} names {len(papers)} papers ({ids}{', …' if len(papers) > 10 else ''}): "
                      "give one of their ids")
    return papers[0]


def paper_line(paper: PaperView) -> str:
    """One paper on one line: id, status, rating, day, title (its TeX math as it prints), tags."""
    rating = f"{paper.rating}/{MAX_RATING}" if paper.rating else "   "
    tags = f"  [{', '.join(paper.tags)}]" if paper.tags else ""
    title = math_as_text(paper.title or paper.url or "(no title)")
    return f"{paper.id}  {paper.status:<7}  {rating}  {paper.published or '':<10}  {title}{tags}"


def _echo_json(value) -> None:
    click.echo(msgspec.json.format(msgspec.json.encode(value)).decode())


@click.command("list")
@click.argument("words", nargs=-1)
@click.option("--tag", help="Only papers with this tag.")
@click.option("--status", type=click.Choice(STATUSES), help="Only papers with this status.")
@click.option("--min-rating", type=click.IntRange(MIN_RATING, MAX_RATING),
              help="Only papers rated this or higher.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
@click.option("--json", "as_json", is_flag=True, help="Print the papers as the API's JSON.")
@db_option
def list_command(words: tuple[str, ...], tag: str | None, status: str | None, min_rating: int | None,
                 limit: int, as_json: bool, db_path: Path) -> None:
    """The papers, newest first; with WORDS, those that match them, best first (as the
    API's `q=` and Datasette's search find them: a phrase in double quotes, `quantiz*`)."""
    filters = PaperFilter(q=" ".join(words) or None, tag=tag, status=status, min_rating=min_rating)
    papers: list[PaperView] = []
    ranked_among = more = None
    with readable_library(db_path) as db:
        while len(papers) < limit:
            filters.limit = min(_PAGE, limit - len(papers))
            try:
                page, more, ranked_among = list_papers(db, filters)
            except BadCursor:  # a paper added while paging leaves no cursor unread
                break
            papers += page
            if more is None:
                break
            filters.cursor = more
    if as_json:
        _echo_json({"papers": papers})
    for paper in [] if as_json else papers:
        click.echo(paper_line(paper))
    if not papers:
        asked = words or tag or status or min_rating
        click.echo("no paper matches" if asked else "the library has no papers", err=True)
    elif more is not None:
        click.echo(f"papershelf: more papers match: --limit {limit * 2} shows more", err=True)
    if ranked_among:
        click.echo(f"papershelf: ranked among the {ranked_among:,} most recently added papers that match",
                   err=True)


def _wrapped(text: str, indent: str = "  ") -> str:
    width = max(40, min(100, shutil.get_terminal_size().columns) - len(indent))
    # An address or a hyphenated word cut at the margin could not be copied whole.
    return "\n".join(textwrap.fill(part, width, initial_indent=indent, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False)
                     for part in text.splitlines() if part.strip())


def paper_text(paper: PaperWithNotes) -> str:
    """A paper as a person reads it in a terminal: what it is, where it is, what you made of it."""
    lines = [math_as_text(paper.title or "(no title)")]
    if paper.authors:
        shown = ", ".join(paper.authors[:12])
        count = paper.authors_count or len(paper.authors)
        lines.append(shown + (f" … ({count} authors)" if count > 12 else ""))
    facts = [paper.published, paper.venue,
             paper.arxiv_id and f"arXiv {paper.arxiv_id}" + (f" ({paper.primary_category})"
                                                              if paper.primary_category else ""),
             paper.doi and f"doi {paper.doi}", paper.upvotes is not None and f"{paper.upvotes} upvotes"]
    if facts := [fact for fact in facts if fact]:
        lines.append(" · ".join(facts))
    for label, url in (("page", paper.url), ("PDF", paper.pdf_url), ("code", paper.code_url),
                       ("project", paper.project_url)):
        if url:
            lines.append(f"{label + ':':<9}{url}")
    yours = [paper.status, paper.rating and f"rated {paper.rating}/{MAX_RATING}",
             paper.tags and "tags: " + ", ".join(paper.tags)]
    lines.append(" · ".join(part for part in yours if part) + f" · id {paper.id}")
    if paper.abstract:
        lines += ["", "Abstract", _wrapped(math_as_text(paper.abstract))]
    if paper.notes:
        lines += ["", f"Notes ({len(paper.notes)})"]
        for note in paper.notes:
            lines.append(f"  {note.created_at[:10]}  {note.kind}  {note.id}")
            if note.quote:
                lines.append(_wrapped(f"> {note.quote}", "    "))
            lines.append(_wrapped(note.body, "    "))
    return "\n".join(lines)


@click.command("show")
@click.argument("paper")
@click.option("--json", "as_json", is_flag=True, help="Print the paper and its notes as the API's JSON.")
@db_option
def show(paper: str, as_json: bool, db_path: Path) -> None:
    """A paper: title, authors, day, venue, identifiers, links, your status, rating and tags,
    its abstract and your notes. PAPER: its id, arXiv id, PubMed id, DOI or page's address."""
    with readable_library(db_path) as db:
        try:
            found = named_paper(db, paper)
        except Unnamed as error:
            fail(str(error))
        whole = PaperWithNotes(**msgspec.structs.asdict(found), notes=list_notes(db, found.id))
    if as_json:
        _echo_json(whole)
    else:
        click.echo(paper_text(whole))


def _checked_tags(option: str, tags: tuple[str, ...]) -> list[str]:
    cleaned = clean_tags(list(tags))
    if said := overlong_tag(cleaned):
        fail(f"{option}: {said}")
    if len(tags) and not cleaned:
        fail(f"{option}: give a tag with a letter or digit in it")
    return cleaned


@click.command("mark")
@click.argument("papers", nargs=-1, required=True)
@click.option("--status", type=click.Choice(STATUSES), help="Your reading status.")
@click.option("--rating", type=click.IntRange(MIN_RATING, MAX_RATING),
              help=f"Your rating, {MIN_RATING} to {MAX_RATING}.")
@click.option("--no-rating", is_flag=True, help="Take your rating away.")
@click.option("--tag", "add_tags", multiple=True, help="Add this tag (again for more).")
@click.option("--untag", "remove_tags", multiple=True, help="Take this tag away (again for more).")
@db_option
def mark(papers: tuple[str, ...], status: str | None, rating: int | None, no_rating: bool,
         add_tags: tuple[str, ...], remove_tags: tuple[str, ...], db_path: Path) -> None:
    """Set your status, rating or tags of each PAPER (its id, arXiv id, PubMed id, DOI or
    page's address), all in one change: a paper that is not in the library changes none.
    The next sync carries it to your other machines, as the popup's edits."""
    if rating is not None and no_rating:
        fail("--rating and --no-rating: give one of them")
    changes = {"status": status} if status else {}
    if rating is not None or no_rating:
        changes["rating"] = rating
    added, removed = _checked_tags("--tag", add_tags), _checked_tags("--untag", remove_tags)
    if not changes and not added and not removed:
        fail("say what to change: --status, --rating, --no-rating, --tag or --untag")
    if both := set(added) & set(removed):
        fail(f"--tag and --untag both name {sorted(both)[0]!r}")
    with writable_library(db_path) as db:
        try:
            with write(db) as tx:
                # Named inside the transaction: a sync may fold an id into another paper.
                marked = [named_paper(db, given).id for given in papers]
                for pid in dict.fromkeys(marked):
                    mark_paper(tx, pid, changes, add_tags=added, remove_tags=removed)
        except (Unnamed, TooManyTags) as error:
            fail(f"{error}; nothing was changed")
        for pid in dict.fromkeys(marked):
            click.echo(paper_line(get_paper(db, pid)))


@click.command("remove")
@click.argument("papers", nargs=-1, required=True)
@db_option
def remove(papers: tuple[str, ...], db_path: Path) -> None:
    """Remove each PAPER (its id, arXiv id, PubMed id, DOI or page's address) from the library
    and every machine it syncs with, all in one change; `papershelf trash restore` brings one
    back with its rating, status, tags and notes."""
    with writable_library(db_path) as db:
        try:
            with write(db) as tx:
                removed = {paper.id: paper for paper in (named_paper(db, given) for given in papers)}
                for pid in removed:
                    delete_paper(tx, pid)
        except Unnamed as error:
            fail(f"{error}; nothing was removed")
    for pid, paper in removed.items():
        click.echo(f"removed {pid}: {math_as_text(paper.title or paper.url or '')}")
    click.echo("papershelf: `papershelf trash restore ID` brings a removed paper back", err=True)


def _note_body(text: str | None) -> str:
    if text == "-":
        text = sys.stdin.read()
    elif text is None:
        if not sys.stdin.isatty():  # a script's: no one to write in an editor
            fail("give the note's TEXT, or `-` to read it from standard input")
        text = click.edit("\n\n# Your note. Lines that begin with # are left out.\n")
        text = "\n".join(line for line in (text or "").splitlines() if not line.startswith("#"))
    return text.strip()


@click.command("note")
@click.argument("paper")
@click.argument("text", required=False)
@click.option("--quote", help="The passage the note is about, as the paper words it.")
@db_option
def note(paper: str, text: str | None, quote: str | None, db_path: Path) -> None:
    """Add a note (Markdown) to PAPER (its id, arXiv id, PubMed id, DOI or page's address):
    TEXT, `-` to read it from standard input, or none to write it in your $EDITOR."""
    body = _note_body(text)
    if not body:
        fail("the note is empty: nothing was added")
    for name, value in (("the note", body), ("--quote", quote or "")):
        if len(value) > MAX_NOTE_LENGTH:
            fail(f"{name} has {len(value):,} characters; a note holds at most {MAX_NOTE_LENGTH:,}")
    with writable_library(db_path) as db:
        try:
            with write(db) as tx:
                found = named_paper(db, paper)
                added = create_note(tx, found.id, body, quote.strip() if quote else None)
        except Unnamed as error:
            fail(str(error))
    click.echo(f"noted {added.id} on {found.id}: {math_as_text(found.title or found.url or '')}")


COMMANDS = [list_command, show, mark, note, remove]
