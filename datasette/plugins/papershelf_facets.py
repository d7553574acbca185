"""Facets: by year of a date column, a leaner Datasette array facet, and every facet of a
large search over a sample of its matches (papershelf_search.py says which).

`_facet_year=published` (or `{year: published}` in metadata): Datasette 0.65 has date
facets (one bucket per day) but none per year. Choosing a year filters with
`published__startswith=YEAR`, a filter Datasette already has.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import urllib.parse

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet, ColumnFacet, Facet
from datasette.plugins import pm
from datasette.utils import escape_sqlite, path_with_removed_args
from datasette.utils.asgi import BadRequest

from papershelf.records import DISTINCT_LIST_COLUMNS


class ValueLinks:
    """The links that add a facet value, as Datasette writes them (path_with_added_args,
    then urls.path and absolute_url), with the request's query parsed once and its origin
    joined once: per value, Datasette's helpers cost ~0.1 ms (urljoin, a PrefixedUrlString
    whose every attribute lists dir(str)), 2.5 ms for a search's facets. A path urljoin
    would rewrite (dot segments, empty ones) goes Datasette's way."""

    def __init__(self, ds, request):
        self.ds, self.request = ds, request
        self.pairs = urllib.parse.parse_qsl(request.query_string)
        self.query = urllib.parse.urlencode(self.pairs)  # what an added value follows
        self.prefix = ds.setting("base_url") + request.path.removeprefix("/")
        self.origin = ds.absolute_url(request, "/")[:-1]

    @classmethod
    def of(cls, ds, request) -> ValueLinks:
        """The request's links, made once for all its facets."""
        links = request.scope.get(_LINKS_KEY)
        if links is None or links.ds is not ds or links.request is not request:
            links = request.scope[_LINKS_KEY] = cls(ds, request)
        return links

    def added(self, arg: dict) -> str:
        if None in arg.values():
            removed = {name for name, value in arg.items() if value is None}
            pairs = [(name, value) for name, value in self.pairs if name not in removed]
            pairs += [(name, value) for name, value in arg.items() if value is not None]
            query = urllib.parse.urlencode(pairs)
        else:  # nothing removed: the request's query, then the value's (as urlencode joins)
            query = "&".join(filter(None, (self.query, urllib.parse.urlencode(list(arg.items())))))
        path = self.prefix + (f"?{query}" if query else "")
        if not path.startswith("/") or "//" in self.prefix or "/." in self.prefix:
            return self.ds.absolute_url(self.request, path)
        return self.origin + path


_LINKS_KEY = "papershelf_facet_links"


async def _facet_values(facet, column: str, sql_for, arg_for, facet_arg: str):
    """Run a facet's SQL (rows of value, count; alone, or with the request's other facets:
    SharedFacets) and build Datasette's facet result: value links that add or remove
    `arg_for(value)`, with base_url kept. None when the query ran out of time."""
    size = facet.get_facet_size()
    shared = getattr(facet, "papershelf_shared", None)
    try:
        if shared is not None and (facet.type, column) in shared.parts:
            rows = await shared.rows((facet.type, column))
        else:
            rows = (await facet.ds.execute(
                facet.database, sql_for(column, facet.sql), facet.params, truncate=False,
                custom_time_limit=facet.ds.setting("facet_time_limit_ms"),
            )).rows
    except QueryInterrupted:
        return None
    labels = {}
    if facet.type == "column" and facet.table:  # a foreign key shows its label, as Datasette's
        labels = await facet.ds.expand_foreign_keys(
            facet.database, facet.table, column, [row[0] for row in rows[:size]])
    pairs = facet.get_querystring_pairs()
    links = ValueLinks.of(facet.ds, facet.request)
    values = []
    for raw, count in rows[:size]:
        value = raw if facet.type == "column" else str(raw)
        arg = arg_for(value)
        selected = all((name, str(v)) in pairs for name, v in arg.items())
        if selected:
            removed = path_with_removed_args(facet.request, {n: str(v) for n, v in arg.items()})
            toggle = facet.ds.absolute_url(facet.request, facet.ds.urls.path(removed))
        else:
            toggle = links.added(arg)
        values.append({
            "value": value, "label": labels.get((column, raw), value), "count": count,
            "toggle_url": toggle, "selected": selected,
        })
    return {
        "name": column, "type": facet.type, "results": values,
        "toggle_url": facet.ds.urls.path(path_with_removed_args(facet.request, {facet_arg: column})),
        "truncated": len(rows) > size,
    }


def _column(source_and_config: dict) -> object:
    """The column a facet config names (anything else when the URL gave no name)."""
    config = source_and_config["config"]
    return config.get("column") or config.get("simple")


async def _results(facet, sql_for, arg_for, facet_arg: str):
    results, timed_out = [], []
    for source_and_config in facet.get_configs():
        column = _column(source_and_config)
        if not isinstance(column, str) or not column:
            # `?_facet_array={"simple": 1}`: the URL is at fault, not the server.
            raise BadRequest(f"{facet_arg} needs a column name, not {column!r}")
        found = await _facet_values(facet, column, sql_for, arg_for(column), facet_arg)
        if found is None:
            timed_out.append(column)
            continue
        found["hideable"] = source_and_config["source"] != "metadata"
        results.append(found)
    return results, timed_out


class YearFacet(Facet):
    type = "year"

    async def suggest(self):
        return []

    def sql_for(self, column: str, rows: str) -> str:
        col = escape_sqlite(column)
        return (
            f"select substr({col}, 1, 4) as value, count(*) as count from ({rows}) "
            f"where {col} glob '[0-9][0-9][0-9][0-9]*' group by value "
            f"order by value desc limit {self.get_facet_size() + 1}"
        )

    async def facet_results(self):
        return await _results(
            self, self.sql_for, lambda column: lambda year: {f"{column}__startswith": year},
            "_facet_year",
        )


class LeanArrayFacet(ArrayFacet):
    """Datasette 0.65's array facet, with two fixes. Its SQL dedupes `distinct j.value,
    inner.*`, whole rows with their abstracts: 30 of 57 ms of a 200k-paper search
    (search_bench). Here a row counts each value once by counting only its first
    occurrence in the row's array, which needs no set of (row, value) pairs (that set,
    even of row numbers, cost more than the facet's other six together). And its value
    links forget base_url, which under /data/ points them outside Datasette."""

    def sql_for(self, column: str, rows: str) -> str:
        # A list the store writes from a set has each value once: no first occurrence to
        # find (1.2 of the tags facet's 1.5 ms over a search's 1,000-paper sample).
        once = "" if self.table == "papers" and column in DISTINCT_LIST_COLUMNS else (
            "where j.key = 0 or not exists (select 1 from json_each(inner.items) k "
            "where k.key < j.key and k.value is j.value) ")
        return (
            f"select j.value as value, count(*) as count from (select "
            f"{escape_sqlite(column)} as items from ({rows})) as inner, json_each(inner.items) j "
            f"{once}group by j.value order by count desc, j.value limit {self.get_facet_size() + 1}"
        )

    async def facet_results(self):
        return await _results(
            self, self.sql_for, lambda column: lambda value: {f"{column}__arraycontains": value},
            "_facet_array",
        )


class LeanColumnFacet(ColumnFacet):
    """Datasette 0.65's column facet (the same SQL and result), able to run with the
    request's other facets (SharedFacets)."""

    def sql_for(self, column: str, rows: str) -> str:
        col = escape_sqlite(column)
        return (f"select {col} as value, count(*) as count from ({rows}) where {col} is not null "
                f"group by {col} order by count desc, value limit {self.get_facet_size() + 1}")

    async def facet_results(self):
        return await _results(
            self, self.sql_for,
            lambda column: lambda value: {f"{column}__exact" if column.startswith("_") else column:
                                          value},
            "_facet",
        )


@hookimpl
def register_facet_classes():
    return [YearFacet]


# papershelf_search.py sets it on a search whose facets read a bounded set of rows: its
# sample, or all its matches when no more match than the sample holds.
FACET_BOUNDED_KEY = "papershelf_facets_bounded"
_SHARED_KEY = "papershelf_shared_facets"
_ROWS = "papershelf_facet_rows"


class SharedFacets:
    """A request's facets over a bounded set of rows, counted by one query: each facet's
    own SQL over the rows read once (a materialised CTE of the columns they need), not
    each facet reading the same rows again. Seven facets over a search's 1,000-paper
    sample took 7 queries of 3.5 ms each on a million-paper library; one reads them once.
    Every facet instance registers its parts when Datasette creates it (all are created
    before any runs); the first to run runs them all, unless the page's query started
    them already (`prefetch`): a part that comes after the start runs on its own."""

    def __init__(self, facet):
        self.ds, self.database, self.sql, self.params = (facet.ds, facet.database, facet.sql,
                                                         facet.params)
        self.parts: dict[tuple[str, str], str] = {}
        self.columns: list[str] = []
        self._answer: asyncio.Future | None = None

    def add(self, facet) -> None:
        if self._answer is not None:
            return
        for source_and_config in facet.get_configs():
            column = _column(source_and_config)
            if isinstance(column, str) and column:  # a bad one is refused when it runs
                self.parts[(facet.type, column)] = facet.sql_for(column, _ROWS)
                if column not in self.columns:
                    self.columns.append(column)

    def start(self) -> None:
        if self._answer is None:
            self._answer = asyncio.ensure_future(self._run())
            # A page whose query failed never asks for its facets: their error is its own.
            self._answer.add_done_callback(lambda done: done.cancelled() or done.exception())

    async def rows(self, part: tuple[str, str]) -> list[tuple]:
        self.start()
        return (await asyncio.shield(self._answer))[part]

    async def _run(self) -> dict[tuple[str, str], list[tuple]]:
        keys = list(self.parts)
        columns = ", ".join(escape_sqlite(c) for c in self.columns)
        # Each part keeps its own order (order by … limit inside it): numbered as it
        # comes, and put back in that order.
        union = " union all ".join(
            f"select {index} as papershelf_part, row_number() over () as papershelf_order, "
            f"value, count from ({self.parts[key]})" for index, key in enumerate(keys))
        sql = (f"with {_ROWS} as materialized (select {columns} from ({self.sql})) {union} "
               "order by papershelf_part, papershelf_order")
        answer = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                       custom_time_limit=self.ds.setting("facet_time_limit_ms"))
        found: dict[tuple[str, str], list[tuple]] = {key: [] for key in keys}
        for part, _order, value, count in answer.rows:
            found[keys[part]].append((value, count))
        return found


# papershelf_search.py calls what this key holds when a search's page query starts, with that
# query's where clause and its parameters.
FACET_PREFETCH_KEY = "papershelf_facet_prefetch"


@hookimpl
def filters_from_request(request, database, table, datasette):
    # No filter: the hook that runs for a table's request before any of its queries, where
    # a search learns how to start its facets early. Not when Datasette will run none.
    args = request.args
    if ("_search" in args and not args.get("_nofacet")
            and args.get("_shape") not in ("array", "object")
            and (datasette.setting("allow_facet") or not any(a.startswith("_facet") for a in args))):
        return functools.partial(_learn_how_to_start, datasette, request, database, table)
    return None


async def _learn_how_to_start(datasette, request, database: str, table: str) -> None:
    db = datasette.get_database(database)
    # Datasette's facets select every column, whichever the page shows (`_col`, `_nocol`),
    # and a rowid table's rowid first (its TableView, `select_all_columns`).
    columns = ", ".join(escape_sqlite(c) for c in await db.table_columns(table))
    if not await db.primary_keys(table) and table not in await db.view_names():
        columns = f"rowid, {columns}"
    request.scope[FACET_PREFETCH_KEY] = lambda where, params: prefetch(
        datasette, request, database, table,
        f"select {columns} from {escape_sqlite(table)} where {where} ", params)


def prefetch(datasette, request, database: str, table: str, sql: str, params: dict) -> None:
    """Create the request's facets as Datasette will (the same classes, arguments and
    query), and start their shared query now. Datasette's own facets then find it running;
    should their query differ from this one, they run theirs, as without a start."""
    metadata = datasette.table_metadata(database, table)
    for klass in itertools.chain.from_iterable(pm.hook.register_facet_classes()):
        klass(datasette, request, database, sql=sql, params=params, table=table,
              metadata=metadata, row_count=None)
    shared = request.scope.get(_SHARED_KEY)
    if shared is not None:
        shared.start()


# papershelf_search.py puts it on a search's request whose facets count a sample: the search
# clause of the page's query, and the same clause bounded to the sample's matches.
FACET_SAMPLE_KEY = "papershelf_facet_sample"


@functools.cache
def sampled(cls):
    """`cls` over a search's sample when papershelf_search.py set one: the facet's SQL is
    the page's, its search clause swapped for the bounded one (an exact clause both
    modules write, not a pattern). Over bounded rows, the facets that know how run
    together (SharedFacets). Made once per class: Datasette asks for the facet classes on
    every table request, and a search asks twice (papershelf_search.py starts its facets)."""

    def __init__(self, ds, request, database, sql=None, **kwargs):
        scope = request.scope if request is not None else {}
        sample = scope.get(FACET_SAMPLE_KEY)
        if sample and sql and sample[0] in sql:
            sql = sql.replace(sample[0], sample[1])
        cls.__init__(self, ds, request, database, sql=sql, **kwargs)
        bounded = scope.get(FACET_BOUNDED_KEY) and (not sample or sample[1] in (sql or ""))
        if bounded and hasattr(self, "sql_for"):
            shared = scope.get(_SHARED_KEY) or scope.setdefault(_SHARED_KEY, SharedFacets(self))
            if shared.sql == self.sql and shared.params == self.params:
                shared.add(self)
                self.papershelf_shared = shared

    return type(f"Sampled{cls.__name__}", (cls,), {"__init__": __init__})


@hookimpl(specname="register_facet_classes", wrapper=True)
def swap_array_facet():
    classes = yield
    lean = {ArrayFacet: LeanArrayFacet, ColumnFacet: LeanColumnFacet}
    return [[sampled(lean.get(c, c)) for c in group] for group in classes]
