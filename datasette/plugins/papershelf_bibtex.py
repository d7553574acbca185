"""`.bib` and `.ris` output for any table or query whose rows are papers.

The entries come from papershelf.publish.bibtex and .ris, the same code as `papershelf export`.
"""

from __future__ import annotations

import json
import re
from functools import partial

from datasette import hookimpl
from datasette.utils.asgi import BadRequest, Response

from papershelf.publish.bibtex import to_bibtex
from papershelf.publish.library import paper_dict
from papershelf.publish.ris import to_ris

# Each output: what writes it, its media type, and what its refusal calls a file of it.
_OUTPUTS = {"bib": (to_bibtex, "application/x-bibtex; charset=utf-8", "a .bib"),
            "ris": (to_ris, "application/x-research-info-systems; charset=utf-8", "a .ris")}


def can_render_papers(columns):
    # captures has id and title too: a paper also has at least one of these.
    return {"id", "title"} <= set(columns) and bool(
        {"authors", "published", "arxiv_id", "doi"} & set(columns))


# Beyond this a bibliography is better written by `papershelf export`.
MAX_ENTRIES = 100_000
_LIMIT = re.compile(r"\s+limit\s+\d+(\s+offset\s+\d+)?\s*$", re.IGNORECASE)


async def _render(extension, datasette, request, database, columns, rows, sql, table, query_name,
                  view_name, data):
    write, media_type, a_file = _OUTPUTS[extension]
    if not can_render_papers(columns):
        # Asked for by URL (`.bib?sql=select 1`): say what a .bib needs.
        raise BadRequest(f"{a_file} is made of papers: the rows need an id and a title, and "
                         "authors, published, arxiv_id or doi")
    if view_name == "table" and not query_name and "_size" not in request.args:
        # A table page holds one page of rows; a bibliography wants them all.
        separator = "&" if request.query_string else ""
        path = datasette.urls.path(request.path)
        return Response.redirect(f"{path}?{request.query_string}{separator}_size=max")
    db = datasette.get_database(database)
    if sql and (data.get("truncated") or data.get("next")):
        # Datasette stopped at max_returned_rows: the same query again, without its
        # page limit, so the file holds every paper the table or query selects.
        params = (data.get("query") or {}).get("params") or {}
        result = await db.execute(
            f"select * from ({_LIMIT.sub('', sql)}) limit {MAX_ENTRIES}", params,
            truncate=False, custom_time_limit=60_000,
        )
        columns, rows = result.columns, result.rows
    found = [dict(zip(columns, row, strict=True)) for row in rows]
    full = await _full_papers(db, [p["id"] for p in found])
    # A query that picks a few columns still gets whole entries (authors, dates, ids).
    papers = [paper_dict(full.get(p["id"], p)) for p in found]
    name = table or query_name or "papers"
    return Response(write(papers), content_type=media_type,
                    headers={"content-disposition": f'inline; filename="{name}.{extension}"'})


async def _full_papers(db, ids: list) -> dict:
    if not ids or not await db.table_exists("papers"):
        return {}
    result = await db.execute(
        "select * from papers where id in (select value from json_each(?))", [json.dumps(ids)]
    )
    return {row["id"]: dict(row) for row in result.rows}


@hookimpl
def register_output_renderer(datasette):
    return [{"extension": extension, "render": partial(_render, extension), "can_render": can_render_papers}
            for extension in _OUTPUTS]
