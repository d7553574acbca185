"""The pages a reader browses: the overview (the home page), a paper's page, the column
order of tables and queries, and the stylesheet they share.

- `/` (HTML) is the overview: counts from library_counts (store/overview.py, kept by
  triggers: no scan of the library per view), what is unread, recent captures, top
  tags, the canned queries and tables, and the charts of the `overview` dashboard in
  metadata.yml drawn by datasette-dashboards' Vega-Lite (served by the plugin itself,
  so they draw offline). `/.json` stays Datasette's.
- A papers row page (templates/row.html -> papershelf_paper.html) gets `paper`: the row,
  its links, notes newest first, and where it was seen; the JSON of the same URL is
  Datasette's own.
- "Similar papers in your library" on the paper page come from papershelf_discover.py's
  `similar_papers(paper_id)` template function (discover's tables are private, so it reads
  them on a connection of its own); nothing shows where it finds none.
"""

from __future__ import annotations

import asyncio
import functools
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.utils import to_css_class, urlsafe_components
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from papershelf.publish.math_text import math_as_text
from papershelf.publish.page_edits import PLUGIN as EDIT_PLUGIN
from papershelf.publish.page_edits import form_action, form_token
from papershelf.publish.paper_page import page_context, source_label
from papershelf.records import RATINGS, STATUSES
from papershelf.store.db import open_reader
from papershelf.store.tokens import live_token_scopes

_STYLE = Path(__file__).resolve().parents[1] / "static" / "papershelf.css"
# Columns a reader reads first, and those that are long; ids stay in the data, out of sight
# (papershelf.css hides .col-id and a query's .col-paper_id).
FIRST = ("title", "paper_id", "authors", "rating", "status", "tags", "quote", "body")
LAST = ("abstract", "summary")
OVERVIEW_DASHBOARD = "overview"
RECENT_ROWS = 5000  # how far back "unread" looks for the newest papers to read


def column_order(columns: list[str], table: str | None) -> list[int]:
    """Indexes of `columns` in reading order: FIRST, then the rest as they were, LAST last."""
    def rank(index: int) -> tuple[int, int]:
        name = columns[index]
        if name in FIRST and not (table == "notes" and name in ("quote", "body")):
            return (0, FIRST.index(name))
        return (2, LAST.index(name)) if name in LAST else (1, index)

    return sorted(range(len(columns)), key=rank)


def table_body(rows, order: list[int]) -> Markup:
    """The rows of templates/_table.html, cell by cell as Datasette's template writes them.
    Written here, not in the template: Jinja's async rendering looked up four attributes
    per cell, the largest part of a search page (25 rows of 31 columns)."""
    if not rows:
        return Markup("")
    opening = {}  # a cell's <td …> by its column and value type
    lines = []
    for row in rows:
        cells = row.cells
        lines.append("<tr>")
        for index in order:
            cell = cells[index]
            kind = (cell["column"], cell["value_type"])
            td = opening.get(kind) or opening.setdefault(
                kind, f'<td class="col-{escape(to_css_class(kind[0]))} type-{escape(kind[1])}">')
            value = cell["value"]
            # Markup is written as it is: escape() would only copy it (a new Markup each).
            lines.append(f'{td}{value if type(value) is Markup else escape(value)}</td>')
        lines.append("</tr>")
    return Markup("\n".join(lines))


def table_head(columns: list[dict], order: list[int], request, sort: str | None,
               sort_desc: str | None, picked: dict, fix_path) -> Markup:
    """The column headings of templates/_table.html, each sortable one a link that sorts by
    it (as Datasette's template wrote them, with `path_with_replaced_args` per column:
    a search page's 30 headings took a third of its template's time). `picked` is added
    to every link; `fix_path` is Datasette's (the base URL)."""
    replaced = {*picked, "_sort", "_sort_desc", "_next"}
    kept = [(key, value) for key, value in parse_qsl(request.query_string) if key not in replaced]
    kept += [(key, value) for key, value in picked.items() if value is not None]
    query = urlencode(kept)
    # fix_path adds the base URL in front of a path: once for the part every link shares,
    # and only where a heading links (a row page's template has no fix_path).
    prefix = str(fix_path(f"{request.path}?{query}&" if query else f"{request.path}?")) \
        if any(column["sortable"] for column in columns) else ""
    cells = []
    for index in order:
        column = columns[index]
        name = column["name"]
        cell = _heading(name, column.get("description"), column["type"], column["notnull"],
                        column["is_pk"])
        if not column["sortable"]:
            cells.append(f"{cell}{escape(name)}</th>")
            continue
        key, arrow = ("_sort_desc", "&nbsp;▼") if name == sort else (
            "_sort", "&nbsp;▲" if name == sort_desc else "")
        href = prefix + urlencode([(key, name)])
        cells.append(f'{cell}<a href="{escape(href)}" rel="nofollow">{escape(name)}{arrow}</a></th>')
    return Markup("\n".join(cells))


@functools.lru_cache(maxsize=1024)
def _heading(name: str, description: str | None, kind: str, notnull, is_pk) -> str:
    """A heading's opening tag (the same for every page of a table: made once)."""
    # Datasette's link column (the primary key, or "Link") has no description.
    described = f'data-column-description="{escape(description)}" ' if description else ""
    return (f'<th {described}class="col-{escape(to_css_class(name))}" scope="col" '
            f'data-column="{escape(name)}" data-column-type="{escape(kind.lower())}" '
            f'data-column-not-null="{escape(notnull)}" data-is-pk="{1 if is_pk else 0}">')


def library_database(datasette) -> str | None:
    """The database the overview is about: `library`, else the first that has papers."""
    names = [name for name, db in datasette.databases.items() if not db.is_memory]
    return "library" if "library" in names else next(iter(names), None)


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # Titles and abstracts as arXiv writes them hold TeX math: the pages show what it prints.
    env.filters["math_text"] = math_as_text


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/papershelf.css")]


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    extra = {"papershelf_column_order": column_order, "papershelf_table_head": table_head,
             "papershelf_table_body": table_body}
    if view_name != "row" or table != "papers":
        return extra

    async def paper_vars():
        (paper_id,) = urlsafe_components(request.url_vars["pks"])
        db = datasette.get_database(database)
        rows = (await db.execute("select * from papers where id = ?", [paper_id])).rows
        if not rows:
            return extra
        # A copy published without --with-notes has no notes table: no notes section.
        has_notes = await db.table_exists("notes")
        notes = (await db.execute(
            "select id, body, quote, kind, target, conflict_of, created_at, updated_at from notes "
            "where paper_id = ? order by created_at desc, id desc", [paper_id])).rows \
            if has_notes else []
        seen = await db.execute(
            "select captures.kind, captures.url, captures.file_name, captures.captured_at, "
            "paper_captures.line from paper_captures join captures "
            "on captures.id = paper_captures.capture_id where paper_captures.paper_id = ? "
            "order by captures.captured_at desc, captures.id limit 50", [paper_id])
        paper = page_context(dict(rows[0]), [dict(r) for r in notes],
                             [dict(r) for r in seen.rows])
        return {**extra, "paper": paper, "has_notes": has_notes,
                "edit": await _edit_form(datasette, request, paper_id)}

    return paper_vars


def _scopes(library: str, token_id: int) -> tuple[str, ...]:
    # Its own connection: Datasette's may not read the tokens table.
    db = open_reader(library)
    try:
        return live_token_scopes(db, token_id)
    finally:
        db.close()


async def _edit_form(datasette, request, paper_id: str) -> dict | None:
    """The paper page's forms (publish/page_edits.py), where this reader may save from them."""
    config = datasette.plugin_config(EDIT_PLUGIN)
    if not config:
        return None
    if config.get("signin"):
        token_id = (request.actor or {}).get("papershelf_token")
        if not isinstance(token_id, int) or "write" not in await asyncio.to_thread(
                _scopes, config["library"], token_id):
            return None
    return {"action": form_action(paper_id), "notes_action": form_action(paper_id, "/notes"),
            "corrections_action": form_action(paper_id, "/corrections"),
            "token": form_token(datasette, paper_id), "statuses": STATUSES, "ratings": RATINGS}


async def _style(request, datasette):
    return Response(_STYLE.read_text(encoding="utf-8"), content_type="text/css; charset=utf-8",
                    headers={"cache-control": "max-age=3600"})


async def overview_data(datasette, database: str) -> dict:
    """Everything the overview shows but its charts (which fetch their own rows)."""
    db = datasette.get_database(database)

    async def rows(sql: str, params=None) -> list[dict]:
        return [dict(row) for row in (await db.execute(sql, params or [])).rows]

    counts: dict[str, dict[str, int]] = {}
    for row in await rows("select facet, value, count from library_counts where count > 0 "
                          "and facet in ('papers', 'notes', 'status', 'rating')"):
        counts.setdefault(row["facet"], {})[row["value"]] = row["count"]
    tags = await rows("select value as tag, count from library_counts where facet = 'tag' "
                      "and count > 0 order by count desc, value limit 24")
    # The newest papers to read: a bounded look back, never a scan of the library.
    to_read = await rows(
        "select id, title, status, published from papers where rowid > "
        "(select coalesce(max(rowid), 0) from papers) - ? and status in ('reading', 'unread') "
        "order by status = 'reading' desc, rowid desc limit 8", [RECENT_ROWS])
    recent = await rows(
        "select recent.*, coalesce(case when recent.records = 1 then papers.title end, "
        "recent.title, recent.url, recent.file_name) as source from (select stored_at, kind, "
        "title, url, file_name, records, (select paper_id from paper_captures where capture_id "
        "= captures.id order by rowid limit 1) as paper_id from captures "
        "order by stored_at desc limit 8) as recent left join papers on papers.id = recent.paper_id")
    # Each capture's kind as a reader names where it came from ("page", "Hugging Face", "BibTeX").
    recent = [dict(row, kind=source_label(row["kind"])) for row in recent]
    return {"counts": counts, "tags": tags, "to_read": to_read, "recent": recent,
            "has_notes": await db.table_exists("notes")}


async def overview(request, datasette):
    database = library_database(datasette)
    if database is None or not await datasette.get_database(database).table_exists(
            "library_counts"):
        # Not a papershelf library (or one published before the overview): its database page.
        return Response.redirect(datasette.urls.database(database) if database else
                                 datasette.urls.path("/-/versions"))
    queries = await datasette.get_canned_queries(database, request.actor)
    dashboard = (datasette.plugin_config("datasette-dashboards") or {}).get(OVERVIEW_DASHBOARD, {})
    charts = {slug: {**chart, "db": database} for slug, chart in
              (dashboard.get("charts") or {}).items()}
    return Response.html(await datasette.render_template(
        "papershelf_overview.html",
        {**await overview_data(datasette, database), "database": database, "queries": queries,
         "charts": charts, "absolute_url": datasette.absolute_url(request, datasette.urls.instance()),
         "metadata": datasette.metadata()},
        request=request, view_name="papershelf_overview",
    ))


@hookimpl
def register_routes():
    # Plugin routes come before Datasette's own: `/` is the overview, `/.json` Datasette's.
    return [(r"^/$", overview), (r"^/-/papershelf\.css$", _style)]
