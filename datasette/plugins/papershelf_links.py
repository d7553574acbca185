"""Table and query cells a reader can follow: a paper's title opens its page, a note's
paper shows as its linked title, authors and tags lead to their papers, arXiv ids, DOIs
and URLs to where they point; abstracts are shortened to two lines (the paper page has
them whole).

Every value is untrusted (it came from a captured page), so it is escaped here and only
http(s) URLs ever become links.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import quote
from weakref import WeakKeyDictionary

import msgspec
from datasette import hookimpl
from markupsafe import Markup, escape

from papershelf.identity import abs_page, doi_address
from papershelf.publish.math_text import math_as_text
from papershelf.publish.paper_page import AUTHORS_SHOWN, paper_label, row_path
from papershelf.records import more_authors_than_listed

URL_COLUMNS = frozenset(("url", "pdf_url", "code_url", "project_url"))
LONG_TEXT = frozenset(("abstract", "summary"))
PAPER_ID = re.compile(r"^[0-9a-f]{16}$")


def _link(href: str, text: str, cls: str = "") -> Markup:
    # escape() and an f-string, not Markup.format: the same escaping, and a search page
    # makes a few hundred links (every author of every row). A title is captured text, its
    # direction its own (dir="auto": a Persian title reads right to left).
    attr = f' class="{escape(cls)}"' if cls else ""
    if "papershelf-title" in cls:
        attr += ' dir="auto"'
    return Markup(f'<a{attr} href="{escape(href)}" rel="noopener noreferrer">{escape(text)}</a>')


# A list of strings checked as it is read (json.loads, then a check of each item, took
# 4 µs a cell where this takes 0.7: two such cells a row of the papers table).
_STRINGS = msgspec.json.Decoder(list[str])


def _json_list(value: str) -> list[str] | None:
    try:
        return _STRINGS.decode(value)
    except ValueError:  # msgspec's DecodeError and ValidationError are ValueErrors
        return None


def _keys(row) -> set[str]:
    try:
        return set(row.keys())
    except AttributeError:
        return set()


def filtered_papers(papers_url: str, column: str, value: str) -> str:
    """The papers table (at `papers_url`) filtered to those whose JSON list `column` holds
    `value`."""
    return f"{papers_url}?{column}__arraycontains={quote(value, safe='')}"


# A search page links every author and tag of 50 rows: each link is kept, as is the
# papers table's address (Datasette builds it anew per call, ~10 µs, as PrefixedUrlString).
# Only short values: a query can name any text `tags`, and the cache bounds their number,
# not their size.
CACHED_ITEM_CHARS = 200


@functools.lru_cache(maxsize=8192)
def _cached_list_link(papers_url: str, column: str, item: str) -> str:
    return _link(filtered_papers(papers_url, column, item), item)


def _list_link(papers_url: str, column: str, item: str) -> str:
    link = _cached_list_link if len(item) <= CACHED_ITEM_CHARS else _cached_list_link.__wrapped__
    return link(papers_url, column, item)


_table_urls: WeakKeyDictionary = WeakKeyDictionary()


def _table_url(datasette, database: str, table: str) -> str:
    """`datasette.urls.table(database, table)` as plain text, made once per instance
    (papershelf never changes a database's route, and base_url is set at start)."""
    urls = _table_urls.setdefault(datasette, {})
    key = (database, table)
    if key not in urls:
        urls[key] = str(datasette.urls.table(database, table))
    return urls[key]


def _row_url(datasette, database: str, table: str, row_id: str) -> str:
    return f"{_table_url(datasette, database, table)}/{row_path(row_id)}"


def _paper_of(row, table: str | None) -> str | None:
    """The paper a row's title stands for: the row itself on the papers table, its
    paper_id on a query, or a query's id when it is a paper's."""
    keys = _keys(row)
    if table == "papers" and "id" in keys:
        return row["id"]
    if table is None and "paper_id" in keys and isinstance(row["paper_id"], str):
        return row["paper_id"]
    if table is None and "id" in keys and isinstance(row["id"], str) and PAPER_ID.match(row["id"]):
        return row["id"]
    return None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column == "paper_id" and table == "notes" and isinstance(value, str):
        return _paper_title_link(datasette, database, value)
    if column == "title" and not value and (paper := _paper_of(row, table)) is not None:
        # A PDF captured by its address alone has no title until its page is captured: the
        # row still leads to its paper, named by its id as the extension's popup names it.
        label = paper_label({**_row_dict(row), "id": paper})
        return _link(_row_url(datasette, database, "papers", paper), label,
                     "papershelf-title papershelf-untitled")
    if not isinstance(value, str) or not value:
        return None
    if column == "title":
        paper = _paper_of(row, table)
        if paper is not None:
            return _link(_row_url(datasette, database, "papers", paper), math_as_text(value),
                         "papershelf-title")
        if table is not None and "id" in _keys(row) and isinstance(row["id"], str):
            return _link(_row_url(datasette, database, table, row["id"]), value)
        return None
    if column in LONG_TEXT:
        return Markup(f'<div class="papershelf-clamp" dir="auto">{escape(math_as_text(value))}</div>')
    if column == "arxiv_id":
        return _link(abs_page(value), value)
    if column == "doi":
        return _link(doi_address(value), value)
    if column in URL_COLUMNS:
        return _link(value, value) if value.startswith(("https://", "http://")) else None
    if column == "paper_id":
        return _link(_row_url(datasette, database, "papers", value), value)
    if column in ("tags", "authors") and (items := _json_list(value)) is not None:
        if not items:  # an empty list shows as nothing, not `[]` (an empty Markup would)
            return Markup('<span class="papershelf-none"></span>')
        papers_url = _table_url(datasette, database, "papers")
        if column == "tags":
            return Markup(", ".join([_list_link(papers_url, column, item) for item in items]))
        # A long author list is cut to three lines like an abstract (the paper page has it all), and
        # a collaboration's thousands of names are not all sent to be hidden.
        links = ", ".join([_list_link(papers_url, column, item) for item in items[:AUTHORS_SHOWN]])
        more = f", and {len(items) - AUTHORS_SHOWN:,} more" if len(items) > AUTHORS_SHOWN else ""
        if "authors_count" in _keys(row) and more_authors_than_listed(items, row["authors_count"]):
            more += ", and others"
        return Markup(f'<div class="papershelf-clamp papershelf-clamp-3" dir="auto">{links}{more}</div>')
    return None


def _row_dict(row) -> dict:
    return {key: row[key] for key in _keys(row)}


def _paper_title_link(datasette, database: str, paper_id: str):
    async def inner():
        result = await datasette.get_database(database).execute(
            "select title from papers where id = ?", [paper_id])
        if not result.rows:
            # Removed from the library, its notes kept for a restore: no page to link to.
            return Markup('<span class="papershelf-removed">a removed paper '
                          f'<code>{escape(paper_id)}</code></span>')
        title = math_as_text(result.rows[0][0] or paper_id)
        return _link(_row_url(datasette, database, "papers", paper_id), title,
                     "papershelf-title")

    return inner
