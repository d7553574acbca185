"""Facets: by year of a date column, a leaner Datasette array facet, and every facet of a
large search over a sample of its matches (papershelf_search.py says which).

`_facet_year=published` (or `{year: published}` in metadata): Datasette 0.65 has date
facets (one bucket per day) but none per year. Choosing a year filters with
`published__startswith=YEAR`, a filter Datasette already has.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet, Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import BadRequest


async def _facet_values(facet, column: str, sql: str, arg_for, facet_arg: str):
    """Run a facet's SQL (rows of value, count) and build Datasette's facet result:
    value links that add or remove `arg_for(value)`, with base_url kept. None when
    the query ran out of time."""
    size = facet.get_facet_size()
    try:
        rows = await facet.ds.execute(
            facet.database, sql, facet.params, truncate=False,
            custom_time_limit=facet.ds.setting("facet_time_limit_ms"),
        )
    except QueryInterrupted:
        return None
    pairs = facet.get_querystring_pairs()
    values = []
    for row in rows.rows[:size]:
        value = str(row["value"])
        arg = arg_for(value)
        selected = all(pair in pairs for pair in arg.items())
        toggle = (path_with_removed_args(facet.request, arg) if selected
                  else path_with_added_args(facet.request, arg))
        values.append({
            "value": value, "label": value, "count": row["count"],
            "toggle_url": facet.ds.absolute_url(facet.request, facet.ds.urls.path(toggle)),
            "selected": selected,
        })
    return {
        "name": column, "type": facet.type, "results": values,
        "toggle_url": facet.ds.urls.path(path_with_removed_args(facet.request, {facet_arg: column})),
        "truncated": len(rows) > size,
    }


async def _results(facet, sql_for, arg_for, facet_arg: str):
    results, timed_out = [], []
    for source_and_config in facet.get_configs():
        config = source_and_config["config"]
        column = config.get("column") or config.get("simple")
        if not isinstance(column, str) or not column:
            # `?_facet_array={"simple": 1}`: the URL is at fault, not the server.
            raise BadRequest(f"{facet_arg} needs a column name, not {column!r}")
        found = await _facet_values(facet, column, sql_for(column), arg_for(column), facet_arg)
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

    async def facet_results(self):
        size = self.get_facet_size()

        def sql_for(column: str) -> str:
            col = escape_sqlite(column)
            return (
                f"select substr({col}, 1, 4) as value, count(*) as count from ({self.sql}) "
                f"where {col} glob '[0-9][0-9][0-9][0-9]*' group by value "
                f"order by value desc limit {size + 1}"
            )

        return await _results(
            self, sql_for, lambda column: lambda year: {f"{column}__startswith": year},
            "_facet_year",
        )


class LeanArrayFacet(ArrayFacet):
    """Datasette 0.65's array facet, with two fixes. Its SQL dedupes `distinct j.value,
    inner.*`, whole rows with their abstracts: 30 of 57 ms of a 200k-paper search
    (search_bench); only the row number and the array travel here. And its value links
    forget base_url, which under /data/ points them outside Datasette."""

    async def facet_results(self):
        size = self.get_facet_size()

        def sql_for(column: str) -> str:
            return (
                f"with inner as (select row_number() over () as row_n, {escape_sqlite(column)} "
                f"as items from ({self.sql})) "
                "select value, count(*) as count from (select distinct inner.row_n, j.value "
                "from inner, json_each(inner.items) j) "
                f"group by value order by count desc, value limit {size + 1}"
            )

        return await _results(
            self, sql_for, lambda column: lambda value: {f"{column}__arraycontains": value},
            "_facet_array",
        )


@hookimpl
def register_facet_classes():
    return [YearFacet]


# papershelf_search.py puts it on a search's request whose facets count a sample: the search
# clause of the page's query, and the same clause bounded to the sample's matches.
FACET_SAMPLE_KEY = "papershelf_facet_sample"


def sampled(cls):
    """`cls` over a search's sample when papershelf_search.py set one: the facet's SQL is
    the page's, its search clause swapped for the bounded one (an exact clause both
    modules write, not a pattern)."""

    def __init__(self, ds, request, database, sql=None, **kwargs):
        sample = request.scope.get(FACET_SAMPLE_KEY) if request is not None else None
        if sample and sql and sample[0] in sql:
            sql = sql.replace(sample[0], sample[1])
        cls.__init__(self, ds, request, database, sql=sql, **kwargs)

    return type(f"Sampled{cls.__name__}", (cls,), {"__init__": __init__})


@hookimpl(specname="register_facet_classes", wrapper=True)
def swap_array_facet():
    classes = yield
    return [[sampled(LeanArrayFacet if c is ArrayFacet else c) for c in group] for group in classes]
