"""Plugin configuration looked up once per (plugin, database, table), not once per cell,
and a table's `allow` blocks once per table, not four times a request.

Datasette 0.65 rebuilds a plugin's configuration on every `plugin_config` call (merges
the metadata, asks every get_metadata hook, resolves $env/$file secrets), and
datasette-render-markdown asks for its own for every text cell of every table page:
about 700 calls, ~11 ms of CPU, on a 50-row papers page (a quarter of its rendering).
The configuration of a running instance does not change (metadata.yml is read at start;
papershelf_any_name.py describes a file by the tables it has, which a serving library
keeps), so the answer is kept; each caller gets a shallow copy (no caller of ours or
of the installed plugins changes a nested value). Datasette 0.65.5's view-table permission
check (`_table_permission_allows`) deep-copies the whole metadata to find a table's
`allow` blocks: 0.27 ms a call, four calls a table page (7% of a search's JSON); the
same reasoning keeps its answer. And `metadata()` itself (every get_metadata hook asked,
the answers merged; a file's stat for papershelf_any_name.py) ran some forty times a search,
a tenth of the event loop's time for its JSON: its answers are kept too, at most
KEPT_METADATA of them (a table's name comes from the URL). Whether SQLite has JSON
functions (`detect_json1()`: a new in-memory connection per call, two calls a table page
and three a search) is the same for the life of the process: asked once. So is whether
datasette-render-markdown renders a column (its configuration decides, whatever the
text): it is asked once per table column with an empty text, not for every cell of every
page (2 µs a cell, ~1.7 ms a papers page; MARKDOWN_ARGS). A query's cells are asked each
time: its columns are whatever the SQL names, and keeping them would let queries fill memory.
A request's `args` (its query string parsed, which Datasette does on every use: some fifty
times a search page, ~0.4 ms) are parsed once a request, and again only for another query
string (`args_parsed_once`); nobody changes what they answer.
"""

from __future__ import annotations

import copy
import functools
from weakref import WeakKeyDictionary

from datasette import facets as datasette_facets
from datasette import filters as datasette_filters
from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import detect_json1
from datasette.utils.asgi import Request

KEPT_METADATA = 1_000


@functools.cache
def _sqlite_has_json1() -> bool:
    return detect_json1()


def detect_json1_once(conn=None) -> bool:
    return detect_json1(conn) if conn is not None else _sqlite_has_json1()


# datasette-render-markdown 2.x's render_cell: its arguments, in pluggy's order. Any other
# shape (a new major version) is left as it is.
MARKDOWN_ARGS = ("value", "column", "table", "database", "datasette")


def _markdown_decided_once() -> None:
    for impl in pm.hook.render_cell.get_hookimpls():
        if (impl.function.__module__ == "datasette_render_markdown"
                and tuple(impl.argnames) == MARKDOWN_ARGS
                and not hasattr(impl.function, "papershelf_decided")):
            impl.function = _decided(impl.function)


def _decided(render_cell):
    renders: WeakKeyDictionary = WeakKeyDictionary()

    def decided_render_cell(value, column, table, database, datasette):
        if not isinstance(value, str):
            return None
        if table is None:  # a query's columns are whatever it names: nothing kept for them
            return render_cell(value, column, table, database, datasette)
        columns = renders.setdefault(datasette, {})
        key = (database, table, column)
        if key not in columns:
            columns[key] = render_cell("", column, table, database, datasette) is not None
        return render_cell(value, column, table, database, datasette) if columns[key] else None

    decided_render_cell.papershelf_decided = True
    return decided_render_cell


_ARGS_KEY = "papershelf_args"


def args_parsed_once(parsed):
    def args(request):
        query = request.scope.get("query_string") or b""
        kept = request.scope.get(_ARGS_KEY)
        if kept is None or kept[0] != query:
            kept = request.scope[_ARGS_KEY] = (query, parsed(request))
        return kept[1]

    args.papershelf_parsed_once = True
    return property(args)


@hookimpl
def startup(datasette):
    if not getattr(Request.args.fget, "papershelf_parsed_once", False):
        Request.args = args_parsed_once(Request.args.fget)
    for module in (datasette_facets, datasette_filters):
        module.detect_json1 = detect_json1_once
    _markdown_decided_once()
    if getattr(datasette, "papershelf_config_cache", False):
        return
    original = datasette.plugin_config
    answers: dict = {}

    def plugin_config(plugin_name, database=None, table=None, fallback=True):
        key = (plugin_name, database, table, fallback)
        if key not in answers:
            answers[key] = original(plugin_name, database=database, table=table,
                                    fallback=fallback)
        return copy.copy(answers[key])

    datasette.plugin_config = plugin_config
    metadata = datasette.metadata
    kept: dict = {}

    def kept_metadata(key=None, database=None, table=None, fallback=True):
        asked = (key, database, table, fallback)
        if asked not in kept:
            if len(kept) >= KEPT_METADATA:
                kept.clear()
            kept[asked] = metadata(key=key, database=database, table=table, fallback=fallback)
        return copy.copy(kept[asked])

    datasette.metadata = kept_metadata
    allows = getattr(datasette, "_table_permission_allows", None)  # 0.65.5 and later
    if allows is not None:
        table_allows: dict = {}

        def table_permission_allows(database, table):
            key = (database, table)
            if key not in table_allows:
                table_allows[key] = allows(database, table)
            return list(table_allows[key])

        datasette._table_permission_allows = table_permission_allows
    datasette.papershelf_config_cache = True
