"""`?_search=` on a table: bounded at any library size, best matches first.

A search's cost grows with the papers it matches: ranking them (bm25 over every match),
counting and faceting them. A word in every paper of a million would take seconds and
hit Datasette's sql_time_limit (a 400). So a search that matches more than `window`
papers (plugin config `papershelf-search: {window: N}`, default WINDOW) works on the
`window` most recently added of them: ranked, counted and sorted there; and the facets
of a search matching more than `facet_sample` (default FACET_SAMPLE) count its
`facet_sample` most recently added matches (a facet reads a row per match, seven facets
seven times). The page and the JSON (human_description_en) say both. A search with
fewer matches is Datasette's own (in rank order), with an exact count and facets.

How, with Datasette 0.65's own mechanisms where it has them:

- the window: a wrapper of `filters_from_request` bounds Datasette's search clause with
  `rowid >= :papershelf_floor` inside the FTS query (FTS5 seeks there), so the page,
  its count and its facets all read the window; the floor is the rowid of the
  window's oldest match (one FTS query over rowids, no ranking);
- relevance: Datasette has no relevance order (simonw/datasette#268, open) and no hook
  reaches the page's query, so a filter marks a search the reader did not sort (no
  `_sort`, no `_sort_desc`) with a no-op clause, and the database's `execute` rewrites
  the one query that carries the mark and ends in `order by … limit N` (the page's
  rows; counts and facets have no such end) to rank the matches in FTS5 first
  (`order by rank limit N` inside the FTS query) and join papers on those few rowids.
  Any query that does not have exactly that shape runs as Datasette wrote it. Words in
  most papers are not weighed (papershelf/store/relevance.py: FTS5 would count each of
  their matches for a weight of a millionth); a search of such words alone comes title
  matches first, then the newest, and says so;
- the count of a search with no other filter is counted in the FTS5 index alone (the
  same rewrite, for the one count query of that exact shape), and is known before the
  page's rows are: the query that finds the window's floors counts a search that fits the
  window (one that does not has the window's size), so Datasette's count query, which
  waits for the rows, is answered without running (`KeptCount`);
- the facets of a ranked search start when its page's query does, on another of
  Datasette's threads (`_start_facets`), not after the rows and the count.

Pages after the first keep Datasette's `_next` token (its sort value, then the key):
the rewrite drops Datasette's keyset clause and continues after the rank of that key.
A sort the reader picks is Datasette's own, untouched (over the window). Datasette's
next-page link repeats the table's default sort (`_sort_desc=published`), so on a page
after the first that default is not a pick; the column links of templates/_table.html
mark a pick made during a search with `_papershelf_sorted=1`.
"""

from __future__ import annotations

import asyncio
import contextvars
import re
import sqlite3
from typing import NamedTuple

from datasette import hookimpl
from datasette.database import Results
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite

from papershelf.store import relevance
from papershelf.store.relevance import INFORMATIVE
from papershelf.store.word_forms import as_indexed, typed_phrases

WINDOW = 5_000
FACET_SAMPLE = 1_000
MARK = re.compile(r"1 /\*papershelf-relevance fts=(?P<fts>\S+) pk=(?P<pk>\S+) next=(?P<next>[01])\*/")
# The page's query: plain columns from the table (a facet's selects from a subquery).
_MAIN = re.compile(r"^select (?P<cols>[^()]+?) from (?P<table>[^\s()]+) where (?P<where>.*) "
                   r"order by (?P<order>[^()]*?) limit (?P<limit>\d+)$", re.DOTALL)
_TRIVIAL = re.compile(r"1(?: and 1)*")
FLOOR = "papershelf_floor"
FACET_FLOOR = "papershelf_facet_floor"
# Where the facets find the sample (datasette/plugins/papershelf_facets.py reads it): the
# search clause as the page's query has it, and the same clause bounded to the sample.
FACET_SAMPLE_KEY = "papershelf_facet_sample"
# And that the facets read a bounded set of rows (the sample, the window, or the few matches):
# they then run as one query (papershelf_facets.SharedFacets).
FACET_BOUNDED_KEY = "papershelf_facets_bounded"
# A search of words in most papers only (store/relevance.py), ranked title matches first:
# the parameter holds the FTS5 table's title column ("" when it has none: newest first).
COMMON = "papershelf_common"
# Where papershelf_facets.py leaves, on a search's request, how to start its facets; the
# page's query starts them (see `_start_facets`).
FACET_PREFETCH_KEY = "papershelf_facet_prefetch"
# The request whose search the page's query ranks: set where the mark is made, in the
# request's own task, which is the task that then runs the page's query.
_MARKED_REQUEST: contextvars.ContextVar = contextvars.ContextVar("papershelf_marked_request",
                                                                 default=None)


class KeptCount(NamedTuple):
    """A search's count, worked out with its window's floors: the FTS5 count query
    `counted` makes of Datasette's, the search and floor it is for, and the answer."""

    sql: str
    search: str
    floor: int | None
    count: int

    def answers(self, sql: str, params: dict) -> bool:
        return sql == self.sql and params.get("search") == self.search and \
            params.get(FLOOR) == self.floor


# Set where the floors are found, in the request's own task, which then asks the count.
_KEPT_COUNT: contextvars.ContextVar = contextvars.ContextVar("papershelf_kept_count",
                                                             default=None)
_COUNT_DESCRIPTION = (("count(*)", None, None, None, None, None, None),)


def setting(datasette, name: str, default: int) -> int:
    config = datasette.plugin_config("papershelf-search") or {}
    size = config.get(name, default)
    return size if isinstance(size, int) and size > 0 else default


def _search_clause(fts_pk: str, fts: str, term: str, floor: str | None = None) -> str:
    """Datasette's own search clause (datasette/filters.py), and one bounded at a floor."""
    bound = f" and rowid >= :{floor}" if floor else ""
    return (f"{escape_sqlite(fts_pk)} in (select rowid from {escape_sqlite(fts)} where "
            f"{escape_sqlite(fts)} match {term}{bound})")


# One token of FTS5's unicode61 as escape_fts quotes it: its doclist is walked a row at a
# time, so SQLite's progress handler can stop a walk that runs long. A query of several
# tokens (an AND of two common words that are seldom together), a phrase or a prefix can
# do all its work inside one step, past any deadline. A word with its other form is an OR of two
# tokens, walked as one (store/word_forms.py).
_ONE_TOKEN = re.compile(r'"[^\W_]+"|\("[^\W_]+" OR "[^\W_]+"\)')


def _escaped(search: str) -> str:
    """The search as the library's escape_fts writes it (papershelf_guard.py): CJK a character a
    token, an English word with its other form (store/word_forms.py)."""
    return as_indexed(typed_phrases(search))


async def _brief(db, sql: str, params: dict, *, tokens: list[str]):
    """A query of a few hundred microseconds (the window's floors, store/relevance.py's
    spread), whose search terms are `tokens` as quoted: on the event loop where the
    database can (publish/datasette_db.py `execute_brief`) and each is a single token."""
    brief = getattr(db, "execute_brief", None)
    if brief is None or not all(_ONE_TOKEN.fullmatch(token) for token in tokens):
        return await db.execute(sql, params)
    return await brief(sql, params)


async def window_floors(db, fts: str, term: str, search: str, *sizes: int
                        ) -> tuple[list[int | None], int | None]:
    """For each size, the rowid of the oldest of the `size` newest matches, or None when no
    more than `size` papers match; and how many match when no more than the first size do
    (else None: the window has that many). One query, walking the FTS5 index by rowid: no
    ranking, and a count only of a search that fits the window. ([None, …], None) when FTS5
    refuses the query: Datasette reports that."""
    table = escape_sqlite(fts)
    floors = ", ".join(f"(select rowid + 1 from {table} where {table} match {term} "
                       f"order by rowid desc limit 1 offset {int(size)}) as floor_{index}"
                       for index, size in enumerate(sizes))
    names = ", ".join(f"floor_{index}" for index in range(len(sizes)))
    count = f"(select count(*) from {table} where {table} match {term})"
    try:
        *found, fewer = (await _brief(
            db, f"select {names}, case when floor_0 is null then {count} end from "
            f"(select {floors})", {"search": search},
            # The raw mode's search is FTS5's syntax as typed: never brief.
            tokens=[_escaped(search)] if term == "escape_fts(:search)" else [""])
        ).first()
    except sqlite3.DatabaseError:
        return [None] * len(sizes), None
    return found, fewer


async def search_ranking(db, fts: str, table: str, search: str, sample: int
                         ) -> relevance.Ranking | None:
    """How the search ranks (store/relevance.py); None: FTS5's bm25 as written."""
    phrases = relevance.phrases_of(_escaped(search))
    if phrases is None:
        return None
    query = relevance.spread_query(escape_sqlite(fts), escape_sqlite(table), phrases, sample)
    try:
        spread = (await _brief(db, *query, tokens=phrases)).first()
    except sqlite3.DatabaseError:
        return None  # Datasette reports the search's own error
    return relevance.ranking_of(phrases, spread, sample)


def _bounded(inner, request, database, table, datasette):
    """Datasette's search filter, its clause bounded to the window when more match."""

    async def bounded():
        _KEPT_COUNT.set(None)  # a client's requests can share a task: none of another's
        args = await inner()
        if not isinstance(args, FilterArguments) or "search" not in args.params:
            return args
        metadata = datasette.table_metadata(database, table)
        db = datasette.get_database(database)
        fts = request.args.get("_fts_table") or metadata.get("fts_table") or await db.fts_table(table)
        fts_pk = request.args.get("_fts_pk", metadata.get("fts_pk", "rowid"))
        for term in ("escape_fts(:search)", ":search"):
            clause = _search_clause(fts_pk, fts, term)
            if clause in args.where_clauses:
                break
        else:
            return args  # not the clause this module knows: Datasette's, unbounded
        search = args.params["search"]
        request.scope[FACET_BOUNDED_KEY] = True
        sample = setting(datasette, "facet_sample", FACET_SAMPLE)
        size = setting(datasette, "window", WINDOW)
        ranking_asked = None
        if term == "escape_fts(:search)" and not reader_sorted(request.args, metadata):
            # How the search ranks is asked beside its window's floors (each an FTS5 query
            # of its own, on another of Datasette's threads), not after them.
            ranking_asked = asyncio.ensure_future(search_ranking(db, fts, table, search, setting(
                datasette, "common_sample", relevance.COMMON_SAMPLE)))
        (floor, facet_floor), fewer = await window_floors(db, fts, term, search, size, sample)
        count = size if floor is not None else fewer
        if count is not None:
            bound = f" and rowid >= :{FLOOR}" if floor is not None else ""
            _KEPT_COUNT.set(KeptCount(f"select count(*) from {escape_sqlite(fts)} where "
                                      f"{escape_sqlite(fts)} match {term}{bound}",
                                      search, floor, count))
        if sample >= size:
            facet_floor = None
        said = ""
        if floor is not None:
            windowed = _search_clause(fts_pk, fts, term, FLOOR)
            args.where_clauses[args.where_clauses.index(clause)] = windowed
            args.params[FLOOR] = floor
            said = f"among its {size:,} most recently added matches"
            args.extra_context["papershelf_window"] = size
            clause = windowed
        if facet_floor is not None:
            args.params[FACET_FLOOR] = facet_floor
            request.scope[FACET_SAMPLE_KEY] = (clause, _search_clause(fts_pk, fts, term, FACET_FLOOR))
            said += f"{'; ' if said else ''}facets count its {sample:,} most recently added"
            args.extra_context["papershelf_facet_sample"] = sample
        if ranking_asked is not None:
            ranking = await ranking_asked
            if ranking is not None and ranking.informative is not None:
                args.params[INFORMATIVE] = ranking.informative
            elif ranking is not None:
                args.params[COMMON] = "title" if "title" in await db.table_columns(fts) else ""
                args.extra_context["papershelf_common"] = True
                said += (f"{'; ' if said else ''}its words are in most papers: title matches "
                         "first, then the newest")
        if said:
            # Datasette's "search matches …" (the JSON's human_description_en too) says it.
            described = f'search matches "{search}"'
            args.human_descriptions[:] = [f"{d} ({said})" if d == described else d
                                          for d in args.human_descriptions]
        return args

    return bounded


@hookimpl(specname="filters_from_request", wrapper=True)
def bound_search(request, database, table, datasette):
    results = yield
    if "_search" not in request.args:
        return results
    return [_bounded(r, request, database, table, datasette)
            if callable(r) and getattr(r, "__module__", "") == "datasette.filters" else r
            for r in results]


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
        _MARKED_REQUEST.set(request)
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
    """The page query of a marked search, ranked by FTS5 first; any other query unchanged."""
    mark = MARK.search(sql)
    main = _MAIN.match(sql) if mark else None
    if main is None:
        return sql, params
    fts, pk, table = mark["fts"], mark["pk"], main["table"]
    where = main["where"]
    term = "escape_fts(:search)" if "escape_fts(:search)" in where else ":search"
    bound = f" and rowid >= :{FLOOR}" if FLOOR in params else ""
    # Datasette's search clause (or the windowed one): the join below selects the same rows.
    clause = f"rowid in (select rowid from {fts} where {fts} match {term}{bound})"
    if clause not in where:
        return sql, params
    where = where.replace(clause, "1").replace(mark.group(0), "1")
    ranking, title = None, None
    if INFORMATIVE in params:
        ranking = relevance.Ranking(informative=params[INFORMATIVE])
    elif COMMON in params:
        ranking, title = relevance.Ranking(), params[COMMON] or None
    match = relevance.matches_sql(fts, term, bound, ranking, title)
    after = ""
    if mark["next"] == "1":
        where, keyset = _last_clause(where)
        key = re.findall(rf"{re.escape(pk)} > :(p\d+)", keyset)
        if not key:
            return sql, params
        rank_of = (f"(select rank from ({match}) where rowid = "
                   f"(select rowid from {table} where {pk} = :{key[-1]}))")
        after = (f" where papershelf_match.rank > {rank_of} or (papershelf_match.rank = {rank_of} "
                 f"and {table}.{pk} > :{key[-1]})")
    elif _TRIVIAL.fullmatch(where.strip()):
        # Nothing but the search: FTS5 ranks and keeps the page's rows, and papers is read
        # for those alone. FTS5 orders by rank only: of papers with exactly equal ranks
        # (identical texts) across the page's edge, the next page may miss one.
        match += f" order by rank limit {main['limit']}"
    rewritten = (
        f"select {main['cols']} from (select rowid as papershelf_rowid, * from {table} "
        f"where {where}) as {table} join ({match}) "
        f"as papershelf_match on papershelf_match.rowid = {table}.papershelf_rowid{after} "
        f"order by papershelf_match.rank, {table}.{pk} limit {main['limit']}"
    )
    return rewritten, params


_COUNT = re.compile(r"^select count\(\*\) from (?P<table>[^\s()]+) where (?P<where>.*?)\s*$", re.DOTALL)
_FTS_IN = re.compile(r"^rowid in \(select rowid from (?P<fts>[^\s()]+) where (?P=fts) match "
                     r"(?P<term>escape_fts\(:search\)|:search)(?P<bound> and rowid >= :papershelf_floor)?\)$")


def _top_level(where: str) -> list[str]:
    """`a and (b and c) and d` as [a, (b and c), d]: the clauses Datasette joined."""
    clauses, depth, start = [], 0, 0
    for index, char in enumerate(where):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and where.startswith(" and ", index):
            clauses.append(where[start:index])
            start = index + len(" and ")
    return [*clauses, where[start:]]


def counted(sql: str, params: dict) -> tuple[str, dict]:
    """A search's count whose only clauses are the search (and the relevance mark),
    counted in the FTS5 index alone: every FTS5 row is a paper (the triggers keep them
    one), so the papers table need not be read for each match. Any other query unchanged."""
    count = _COUNT.match(sql)
    if count is None:
        return sql, params
    clauses = [c for c in _top_level(count["where"]) if not MARK.fullmatch(c)]
    found = _FTS_IN.match(clauses[0]) if len(clauses) == 1 else None
    if found is None or (found["bound"] and FLOOR not in params):
        return sql, params
    fts = found["fts"]
    return (f"select count(*) from {fts} where {fts} match {found['term']}{found['bound'] or ''}",
            params)


def _start_facets(sql: str, params: dict) -> None:
    """Start the facets of the page's query beside it. Datasette runs its statements one
    after another, the facets after the page's rows and count, though its pool has threads
    (and the machine cores) to run two: a search's facets and its rows each take ~4 ms over
    200,000 papers. The facets' query is Datasette's: every column, and the page's clauses
    without its order and limit (papershelf_facets.py checks it is the one Datasette then asks)."""
    request = _MARKED_REQUEST.get()
    prefetch = request.scope.get(FACET_PREFETCH_KEY) if request is not None else None
    main = _MAIN.match(sql) if prefetch is not None else None
    if main is not None:
        prefetch(main["where"], params)


@hookimpl
def startup(datasette):
    # A hook cannot reach the table page's query, so each database's execute is wrapped
    # (on the instance: Datasette's own Database class stays as it is).
    for db in datasette.databases.values():
        if db.is_memory or getattr(db, "papershelf_relevance", False):
            continue
        original = db.execute

        async def execute(sql, params=None, *args, _original=original, **kwargs):
            if params and "search" in params and sql.startswith("select count(*) from "):
                sql, params = counted(sql, params)
                kept = _KEPT_COUNT.get()
                if kept is not None and kept.answers(sql, params):
                    return Results([(kept.count,)], False, _COUNT_DESCRIPTION)
            elif params and "search" in params and "papershelf-relevance" in sql:
                _start_facets(sql, params)
                sql, params = ranked(sql, params)
            return await _original(sql, params, *args, **kwargs)

        db.execute = execute
        db.papershelf_relevance = True
