"""Best matches first without paying FTS5 for the words most papers contain.

FTS5's bm25 weighs each phrase of a query by how few rows it matches, and learns that by
counting every row the phrase matches, for every query: a word in 800,000 papers of a
million costs 30–60 ms before one row is ranked, however few rows the query keeps. bm25
gives a phrase in more than half of the rows the weight 1e-6 (its idf, log((N - n + 0.5) /
(n + 0.5)), is clamped there), so such a phrase ranks nothing; it need not be counted:

- a query with other phrases is ranked by bm25 over those alone, among the rows the whole
  query matches: the order bm25 gives the whole query, less differences of a millionth
  (ten millionths in a title, which weighs ten times: search_text.COLUMN_WEIGHTS);
- a query of common phrases only has no relevance order to give (every match weighs about
  the same): its matches with the phrases in the title come first, then the most recently
  added (the order a reader of a library expects of "learning" in a million papers).

Whether a phrase is common is read off its newest matches, no counting: COMMON_SAMPLE of them
spread over fewer than COMMON_SAMPLE / COMMON_SHARE of the newest rowids (a deleted paper's
rowid only lowers the estimate). A phrase with fewer matches than the sample is never
common: a small library is ranked by bm25 exactly as FTS5 writes it. A query that is not
plain quoted phrases (Datasette's raw search mode) is ranked by FTS5 as written.
"""

from __future__ import annotations

import re

import msgspec

COMMON_SHARE = 0.5  # where FTS5's bm25 clamps a phrase's idf
COMMON_SAMPLE = 2_000
MAX_PHRASES = 32
# Title matches before the rest in the common-only order: above any rowid SQLite hands out
# in practice, and exact in the float a cursor carries.
TITLE_FIRST = 1 << 40
INFORMATIVE = "papershelf_informative"  # the named parameter holding the phrases that rank
# A quoted phrase, or a word grouped with its other form (word_forms.py): `("network" OR "networks")`.
_PHRASE = re.compile(r'"[^"]*"|\("[^"]*" OR "[^"]*"\)')


class Ranking(msgspec.Struct, frozen=True):
    """How a query with common phrases is ranked: by `informative` (FTS5 syntax: the query's
    other phrases), or, when None, title matches first, then the newest."""

    informative: str | None = None


def phrases_of(match: str) -> list[str] | None:
    """The phrases of a query made of quoted phrases only (`"a" "b c"`, a word with its other form
    one phrase), else None."""
    found = _PHRASE.findall(match)
    if not found or len(found) > MAX_PHRASES or match not in (" ".join(found), " AND ".join(found)):
        return None
    return found


def spread_query(fts: str, content: str, phrases: list[str], sample: int = COMMON_SAMPLE
                 ) -> tuple[str, dict[str, str]]:
    """One select and its parameters: the newest rowid of `content`, then for each phrase the
    rowid `sample` matches below its newest one (null when fewer match): the row ranking_of
    reads. `fts` and `content` are quoted names."""
    floors = "".join(f", (select rowid from {fts} where {fts} match :papershelf_phrase_{i} "
                     f"order by rowid desc limit 1 offset {int(sample)})" for i in range(len(phrases)))
    params = {f"papershelf_phrase_{i}": phrase for i, phrase in enumerate(phrases)}
    return f"select (select max(rowid) from {content}){floors}", params


def ranking_of(phrases: list[str], spread, sample: int = COMMON_SAMPLE) -> Ranking | None:
    """The Ranking for a query whose phrases' spread (spread_query's row) shows common ones,
    or None: bm25 as FTS5 writes it."""
    newest, floors = spread[0], spread[1:]
    common = [floor is not None and newest is not None
              and (sample + 1) / (newest - floor + 1) > COMMON_SHARE for floor in floors]
    if not any(common):
        return None
    kept = [phrase for phrase, is_common in zip(phrases, common, strict=True) if not is_common]
    return Ranking(informative=" AND ".join(kept) or None)


def matches_sql(fts: str, term: str, bound: str, ranking: Ranking | None,
                title: str | None = "title") -> str:
    """A select of (rowid, rank), best first by ascending rank, of the rows where `fts`
    matches `term` (an SQL expression) with `bound` (an SQL suffix: `and rowid >= …` or
    empty): FTS5's bm25, or as `ranking` says (its informative phrases are the named
    parameter INFORMATIVE). `title` is the column of the title-first order (None: newest
    first only). An ORDER BY and LIMIT may follow it."""
    if ranking is None:
        return f"select rowid, rank from {fts} where {fts} match {term}{bound}"
    if ranking.informative is None:
        first = "0"
        if title:
            titled = f"('{{{title}}} : (' || {term} || ')')"
            first = f"(rowid in (select rowid from {fts} where {fts} match {titled}{bound}))"
        inner = (f"select rowid, -(rowid + {first} * {TITLE_FIRST}) as rank from {fts} "
                 f"where {fts} match {term}{bound}")
    else:
        # `+rowid`: the whole query's rows are a filter here, never a constraint handed to
        # FTS5 (which would run the ranked match once per row, counting again each time).
        inner = (f"select rowid, rank from {fts} where {fts} match :{INFORMATIVE}{bound} "
                 f"and +rowid in (select rowid from {fts} where {fts} match {term}{bound})")
    return f"select rowid, rank from ({inner})"
