"""The "For you" page, its Atom feed, and `similar_papers(paper_id)` for templates.

The suggestions live in private tables (the reader's taste: discover_*), which no Datasette
connection may read (papershelf_guard.py), so SQL, table pages and `.json` never show them.
These pages read them through a connection of their own, answer only where the other pages
of the instance do (view-instance, view-database: the sign-in applies), and not at all on a
server started with `--public` on a non-local address, which says so in its metadata
(`plugins: {papershelf-discover: {hidden: true}}`).
"""

from __future__ import annotations

import asyncio
from urllib.parse import quote, urlencode

from datasette import Forbidden, hookimpl
from datasette.utils.asgi import NotFound, Response

from papershelf.discover.queries import UnknownTag, discover_ready, recommendations, tags_with_models
from papershelf.discover.similar import similar_in_library
from papershelf.publish.math_text import math_as_text
from papershelf.store.db import LibraryError, open_reader

PLUGIN = "papershelf-discover"
PAGE_PATH = "/-/for-you"
SHOWN = 50
FEED_ENTRIES = 50


def _hidden(datasette) -> bool:
    return bool((datasette.plugin_config(PLUGIN) or {}).get("hidden"))


def _library(datasette):
    """The library's Datasette database: the one called "library", else the first file."""
    databases = [db for db in datasette.databases.values() if db.path and not db.is_memory]
    named = [db for db in databases if db.name == "library"]
    return (named or databases or [None])[0]


def _read(path: str, fn, *args):
    """fn(db, *args) on a connection of its own; None when the file is no library with
    discover's tables (a published copy opened with these plugins)."""
    try:
        db = open_reader(path)
    except LibraryError:
        return None
    try:
        if not discover_ready(db):
            return None
        return fn(db, *args)
    finally:
        db.close()


async def _allowed(datasette, request, database) -> None:
    if _hidden(datasette) or database is None:
        raise NotFound("Not found")
    await datasette.ensure_permissions(request.actor, [("view-database", database.name), "view-instance"])


def _suggestions(db, tag: str | None, limit: int):
    try:
        return recommendations(db, tag, limit), tags_with_models(db)
    except UnknownTag:
        return None, tags_with_models(db)


async def _found(database, tag: str | None, limit: int):
    """The suggestions and the tags with models; 404 where there are none to show."""
    answer = await asyncio.to_thread(_read, database.path, _suggestions, tag, limit)
    if answer is None:
        raise NotFound("Not found")
    if answer[0] is None:
        raise NotFound(f"No paper is tagged {tag!r}")
    return answer


async def for_you(datasette, request):
    database = _library(datasette)
    await _allowed(datasette, request, database)
    tag = request.args.get("tag") or None
    found, tags = await _found(database, tag, SHOWN)
    feed = datasette.urls.path(PAGE_PATH + ".atom") + (f"?{urlencode({'tag': tag})}" if tag else "")
    html = await datasette.render_template("papershelf_for_you.html", {
        "found": found, "tag": tag, "tags": tags, "database": database.name,
        "page": datasette.urls.path(PAGE_PATH), "feed": feed,
        "row_url": lambda pid: datasette.urls.row(database.name, "papers", quote(pid, safe="")),
    }, request=request)
    return Response.html(html)


async def for_you_feed(datasette, request):
    from feedgen.feed import FeedGenerator  # datasette-atom's own dependency

    database = _library(datasette)
    await _allowed(datasette, request, database)
    tag = request.args.get("tag") or None
    found, _ = await _found(database, tag, FEED_ENTRIES)
    feed = FeedGenerator()
    feed.id(request.url)
    feed.title("papershelf: for you" + (f" ({tag})" if tag else ""))
    feed.author(name="papershelf")  # RFC 4287: a feed names an author (its entries' are their papers')
    feed.link(href=request.url, rel="self")
    feed.link(href=datasette.absolute_url(request, datasette.urls.path(PAGE_PATH)), rel="alternate")
    feed.updated(max((p.created_at for p in found.papers), default=found.model.trained_at
                     if found.model else "1970-01-01T00:00:00Z"))
    for paper in reversed(found.papers):
        entry = feed.add_entry()
        entry.id(f"urn:papershelf:paper:{paper.id}")
        entry.title(math_as_text(paper.title or paper.id))
        entry.updated(paper.created_at)
        if paper.authors:
            entry.author(name=paper.authors[0])
        entry.link(href=datasette.absolute_url(
            request, datasette.urls.row(database.name, "papers", quote(paper.id, safe=""))))
        why = "\n".join(r.text for r in paper.reasons)
        entry.content(math_as_text("\n\n".join(part for part in (why, paper.abstract) if part)),
                      type="text")
    return Response(feed.atom_str(pretty=True), content_type="application/atom+xml; charset=utf-8")


@hookimpl
def register_routes():
    return [(r"^" + PAGE_PATH + r"$", for_you), (r"^" + PAGE_PATH + r"\.atom$", for_you_feed)]


@hookimpl
def menu_links(datasette, actor):
    if _hidden(datasette) or _library(datasette) is None:
        return []
    return [{"href": datasette.urls.path(PAGE_PATH), "label": "For you"}]


@hookimpl
def extra_template_vars(view_name, datasette, request):
    """`similar_papers(paper_id, limit=5)` for any page (the paper page places it): the
    papers most like it, each a dict of id, title, url (its row page), score and reasons
    (sentences). Nothing on a hidden instance."""

    async def similar_papers(paper_id: str, limit: int = 5) -> list[dict]:
        database = _library(datasette)
        if _hidden(datasette) or database is None:
            return []
        try:
            await _allowed(datasette, request, database)
        except Forbidden:
            return []
        found = await asyncio.to_thread(_read, database.path, similar_in_library, paper_id, limit) or []
        return [{"id": p.id, "title": p.title, "score": p.score,
                 "url": datasette.urls.row(database.name, "papers", quote(p.id, safe="")),
                 "reasons": [r.text for r in p.reasons]} for p in found]

    return {"similar_papers": similar_papers}

