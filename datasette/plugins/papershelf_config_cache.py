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
and three a search) is the same for the life of the process: asked once.
"""

from __future__ import annotations

import copy
import functools

from datasette import facets as datasette_facets
from datasette import filters as datasette_filters
from datasette import hookimpl
from datasette.utils import detect_json1

KEPT_METADATA = 1_000


@functools.cache
def _sqlite_has_json1() -> bool:
    return detect_json1()


def detect_json1_once(conn=None) -> bool:
    return detect_json1(conn) if conn is not None else _sqlite_has_json1()


@hookimpl
def startup(datasette):
    for module in (datasette_facets, datasette_filters):
        module.detect_json1 = detect_json1_once
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
