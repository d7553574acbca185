"""`?_search=` on a table lists the best matches first (FTS5's bm25 rank).

Datasette 0.65 sorts a search by the table's sort (papers: published) or its key; it
has no relevance order (simonw/datasette#268, open). Its table page is one query this
plugin cannot reach through a hook, so:

- a filter (filters_from_request) marks a search that the reader did not sort
  (no `_sort`, no `_sort_desc`) with a no-op clause naming the FTS table and key;
- the database's `execute` rewrites the one query that carries the mark and ends in
  `order by … limit N` (the page's rows; counts and facets have no such end) to join
  the FTS5 matches and order by their rank, then the key.

Pages after the first keep Datasette's `_next` token (its sort value, then the key):
the rewrite drops Datasette's keyset clause and continues after the rank of that key.
A sort the reader picks is Datasette's own, untouched. Datasette's next-page link
repeats the table's default sort (`_sort_desc=published`), so on a page after the first
that default is not a pick; the column links of templates/_table.html mark a pick made
during a search with `_papershelf_sorted=1` (a script asking for the default sort on a
search and paging adds it too).
"""

from __future__ import annotations

import re

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite

MARK = re.compile(r"1 /\*papershelf-relevance fts=(?P<fts>\S+) pk=(?P<pk>\S+) next=(?P<next>[01])\*/")
# The page's query: plain columns from the table (a facet's selects from a subquery).
_MAIN = re.compile(r"^select (?P<cols>[^()]+?) from (?P<table>[^\s()]+) where (?P<where>.*) "
                   r"order by (?P<order>[^()]*?) limit (?P<limit>\d+)$", re.DOTALL)


@hookimpl
def filters_from_request(request, database, table, datasette):
    async def inner():
        args = request.args
        metadata = datasette.table_metadata(database, table)
        if "_search" not in args or reader_sorted(args, metadata):
            return None
        fts = metadata.get("fts_table")
        pks = await datasette.get_database(database).primary_keys(table)
        if not fts or len(pks) != 1:
            return None
        mark = (f"1 /*papershelf-relevance fts={escape_sqlite(fts)} pk={escape_sqlite(pks[0])} "
                f"next={int('_next' in args)}*/")
        return FilterArguments([mark], extra_context={"papershelf_relevance": True})

    return inner


SORTED = "_papershelf_sorted"


def reader_sorted(args, metadata: dict) -> bool:
    """Whether the reader picked the order (see the module's note on next-page links)."""
    picked = [(name, args[name]) for name in ("_sort", "_sort_desc") if name in args]
    if not picked or SORTED in args:
        return bool(picked)
    default = [(name, metadata[key]) for name, key in (("_sort", "sort"), ("_sort_desc", "sort_desc"))
               if metadata.get(key)]
    return not ("_next" in args and picked == default)


def _last_clause(where: str) -> tuple[str, str]:
    """Split `… and (keyset clause)` into what comes before and the last parenthesised clause."""
    depth = 0
    for index in range(len(where) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(where[index], 0)
        if depth == 0:
            return where[:index].removesuffix(" and "), where[index:]
    return where, ""


def ranked(sql: str, params: dict) -> tuple[str, dict]:
    """The page query of a marked search, ordered by rank; any other query unchanged."""
    mark = MARK.search(sql)
    main = _MAIN.match(sql) if mark else None
    if main is None:
        return sql, params
    fts, pk, table = mark["fts"], mark["pk"], main["table"]
    where = main["where"]
    match = f"select rowid from {fts} where {fts} match "
    # Datasette's own search clause: the join below selects the same rows.
    for clause in (f"rowid in ({match}escape_fts(:search))", f"rowid in ({match}:search)"):
        where = where.replace(clause, "1")
    term = "escape_fts(:search)" if "escape_fts(:search)" in main["where"] else ":search"
    after = ""
    params = dict(params)
    if mark["next"] == "1":
        where, keyset = _last_clause(where)
        key = re.findall(rf"{re.escape(pk)} > :(p\d+)", keyset)
        if not key:
            return sql, params
        rank_of = (f"(select rank from {fts} where {fts} match {term} and rowid = "
                   f"(select rowid from {table} where {pk} = :{key[-1]}))")
        after = (f" where papershelf_match.rank > {rank_of} or (papershelf_match.rank = {rank_of} "
                 f"and {table}.{pk} > :{key[-1]})")
    rewritten = (
        f"select {main['cols']} from (select rowid as papershelf_rowid, * from {table} "
        f"where {where}) as {table} join (select rowid, rank from {fts} where {fts} match {term}) "
        f"as papershelf_match on papershelf_match.rowid = {table}.papershelf_rowid{after} "
        f"order by papershelf_match.rank, {table}.{pk} limit {main['limit']}"
    )
    return rewritten, params


@hookimpl
def startup(datasette):
    # A hook cannot reach the table page's query, so each database's execute is wrapped
    # (on the instance: Datasette's own Database class stays as it is).
    for db in datasette.databases.values():
        if db.is_memory or getattr(db, "papershelf_relevance", False):
            continue
        original = db.execute

        async def execute(sql, params=None, *args, _original=original, **kwargs):
            if params and "search" in params and "papershelf-relevance" in sql:
                sql, params = ranked(sql, params)
            return await _original(sql, params, *args, **kwargs)

        db.execute = execute
        db.papershelf_relevance = True
