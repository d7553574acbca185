"""Links in table cells: arXiv ids, DOIs, URL columns, paper ids, tags; authors as a list.

Every value is untrusted (it came from a captured page), so it is escaped here and only
http(s) URLs ever become links.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from datasette import hookimpl
from markupsafe import Markup, escape

URL_COLUMNS = frozenset(("url", "pdf_url", "code_url", "project_url"))


def _link(href: str, text: str) -> Markup:
    return Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(href, text)


def _json_list(value: str) -> list[str] | None:
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if isinstance(items, list) and all(isinstance(item, str) for item in items):
        return items
    return None


@hookimpl
def render_cell(value, column, table, database, datasette):
    if not isinstance(value, str) or not value:
        return None
    if column == "arxiv_id":
        return _link(f"https://arxiv.org/abs/{quote(value, safe='/.')}", value)
    if column == "doi":
        return _link(f"https://doi.org/{quote(value, safe='/')}", value)
    if column in URL_COLUMNS:
        return _link(value, value) if value.startswith(("https://", "http://")) else None
    if column == "paper_id":
        return _link(datasette.urls.row(database, "papers", value), value)
    if column == "tags" and (tags := _json_list(value)) is not None:
        papers = datasette.urls.table(database, "papers")
        return Markup(", ").join(
            _link(f"{papers}?tags__arraycontains={quote(tag, safe='')}", tag) for tag in tags
        )
    if column == "authors" and (authors := _json_list(value)) is not None:
        return escape(", ".join(authors))
    return None
