"""The read side: papers as the API answers them, listing with filters, lookup by URL."""

from __future__ import annotations

import base64
import re
from urllib.parse import urlsplit, urlunsplit

import msgspec

from ..identity import arxiv_id_from_doi, arxiv_id_from_url, normalise_doi
from ..records import Int64, PaperValues
from . import relevance
from .notes import NoteView
from .papers import column_value, names_from_column, resolve_id
from .word_forms import as_indexed, typed_phrases

# json_each fails the whole query on a row whose tags are not JSON (only a hand edit
# makes one): such a row holds no tag the filter can match.
_TAGS_JSON = "CASE WHEN json_valid(p.tags) THEN p.tags ELSE '[]' END"
# A search ranks at most this many matches, the most recently added (see list_papers).
SEARCH_WINDOW = 5_000


class PaperView(PaperValues, kw_only=True, omit_defaults=False, forbid_unknown_fields=False):
    """A paper as the API answers it: the record and the reader's fields (records.py), and
    what the library adds: its id, tags and timestamps. Unknown values are null, not left out."""

    id: str
    tags: list[str] = msgspec.field(default_factory=list)
    created_at: str
    updated_at: str


# The papers table holds exactly these columns (tests/test_layering.py checks the schema).
PAPER_COLUMNS: tuple[str, ...] = PaperView.__struct_fields__
_SELECT = f"SELECT {', '.join('p.' + c for c in PAPER_COLUMNS)} FROM papers p"
_TAGS = PAPER_COLUMNS.index("tags")


class PaperWithNotes(PaperView, kw_only=True):
    notes: list[NoteView] = msgspec.field(default_factory=list)


class PaperFilter(msgspec.Struct, kw_only=True):
    q: str | None = None
    tag: str | None = None
    status: str | None = None
    min_rating: int | None = None
    limit: int = 50
    cursor: str | None = None


class BadCursor(ValueError):
    pass


def paper_view(row) -> PaperView:
    # column_value reads a row stored before peers' changes were checked (authors that
    # are no list of names, text in a number column) as the types the API promises.
    values = {name: column_value(name, value) for name, value in zip(PAPER_COLUMNS, row, strict=True)}
    values["tags"] = names_from_column(row[_TAGS]) or []
    return PaperView(**values)


def get_paper(db, pid: str) -> PaperView | None:
    """One paper by id; an id merged into another paper answers the survivor."""
    row = db.execute(f"{_SELECT} WHERE p.id = ?", [pid]).fetchone()
    if row is None:
        survivor = resolve_id(db, pid)
        if survivor == pid:
            return None
        row = db.execute(f"{_SELECT} WHERE p.id = ?", [survivor]).fetchone()
    return paper_view(row) if row else None


def papers_by_ids(db, ids: list[str]) -> list[PaperView]:
    """Papers in the order of `ids` (ids that no longer exist are left out)."""
    if not ids:
        return []
    rows = db.execute(f"{_SELECT} WHERE p.id IN ({', '.join('?' * len(ids))})", ids)
    by_id = {view.id: view for view in map(paper_view, rows)}
    return [by_id[pid] for pid in ids if pid in by_id]


def fts_query(text: str) -> str | None:
    """A safe FTS5 query from what a person typed, as Datasette's search reads it: a stretch in
    double quotes a phrase, every other word (`pre-training` a phrase of its words) required.

    No other syntax (NEAR, column filters, `-`, OR) reaches MATCH: every phrase is quoted, so
    a search box is not a query language and raw FTS syntax errors cannot be 500s. A `*`
    closing a word of three letters or more asks for the words it begins (word_forms.py).
    """
    # A word of Chinese, Japanese or Korean is a phrase of its characters, as they are indexed; an
    # English word is found in its plural or singular too (word_forms.py).
    return as_indexed(typed_phrases(text)) or None


def encode_cursor(position: list) -> str:
    return base64.urlsafe_b64encode(msgspec.json.encode(position)).decode().rstrip("=")


def decode_cursor(cursor: str, *, ranked: bool) -> tuple:
    """A cursor's position: (rowid,), or (rank, rowid) for a search."""
    # A rowid is an SQLite integer: a larger number in a crafted cursor could not be bound.
    shape = tuple[float, Int64] if ranked else tuple[Int64]
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        return msgspec.json.decode(raw, type=shape)
    except (ValueError, RecursionError):  # msgspec's errors and a bad UTF-8 are ValueErrors
        raise BadCursor(cursor) from None


def search_floor(db, match: str, window: int = SEARCH_WINDOW) -> int | None:
    """The lowest rowid of the `window` most recently added papers matching `match`, or
    None when no more than `window` match: one walk of the FTS5 index, no ranking."""
    row = db.execute("SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rowid DESC "
                     "LIMIT 1 OFFSET ?", [match, window]).fetchone()
    return None if row is None else row[0] + 1


def search_ranking(db, match: str, sample: int = relevance.COMMON_SAMPLE) -> relevance.Ranking | None:
    """How `match` is ranked (store/relevance.py): None for FTS5's bm25 as written."""
    phrases = relevance.phrases_of(match)
    if phrases is None:
        return None
    spread = db.execute(*relevance.spread_query("papers_fts", "papers", phrases, sample)).fetchone()
    return relevance.ranking_of(phrases, spread, sample)


def list_papers(db, filters: PaperFilter, *, window: int = SEARCH_WINDOW,
                common_sample: int = relevance.COMMON_SAMPLE
                ) -> tuple[list[PaperView], str | None, int | None]:
    """A page of papers, the cursor of the next one (keyset paging) and, for a search
    matching more than `window` papers, `window`: newest first (rowid, which needs no
    index of its own), or best match first for a search. Ranking costs every match a
    bm25, so a search ranks only its `window` most recently added matches: FTS5 ranks
    them and keeps the page's rows before papers is read (a word in every paper of a
    million answers as fast as a rare one); words in most papers are not weighed
    (store/relevance.py)."""
    search = fts_query(filters.q) if filters.q is not None and filters.q.strip() else None
    if filters.q is not None and filters.q.strip() and search is None:
        return [], None, None  # only punctuation: nothing can match
    columns = _SELECT.removeprefix("SELECT ").split(" FROM ")[0]
    where: list[str] = []
    params: dict = {"limit": filters.limit + 1}
    floor = search_floor(db, search, window) if search else None
    if search:
        params["q"] = search
        bound = ""
        if floor is not None:
            bound = " AND rowid >= :floor"
            params["floor"] = floor
        ranking = search_ranking(db, search, common_sample)
        if ranking is not None and ranking.informative is not None:
            params[relevance.INFORMATIVE] = ranking.informative
        inner = f"SELECT rowid, rank FROM ({relevance.matches_sql('papers_fts', ':q', bound, ranking)})"
        if filters.cursor:
            params["rank"], params["rowid"] = decode_cursor(filters.cursor, ranked=True)
            inner += " WHERE (rank > :rank OR (rank = :rank AND rowid < :rowid))"
        if filters.tag is None and filters.status is None and filters.min_rating is None:
            inner += " ORDER BY rank, rowid DESC LIMIT :limit"
        sql = f"SELECT {columns}, f.rank, p.rowid FROM ({inner}) f JOIN papers p ON p.rowid = f.rowid"
    else:
        sql = f"SELECT {columns}, p.rowid FROM papers p"
    if filters.tag is not None:
        where.append(f"EXISTS (SELECT 1 FROM json_each({_TAGS_JSON}) WHERE value = :tag)")
        params["tag"] = filters.tag
    if filters.status is not None:
        where.append("p.status = :status")
        params["status"] = filters.status
    if filters.min_rating is not None:
        where.append("p.rating >= :min_rating")
        params["min_rating"] = filters.min_rating
    if filters.cursor and not search:
        where.append("p.rowid < :after")
        (params["after"],) = decode_cursor(filters.cursor, ranked=False)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += (" ORDER BY f.rank, p.rowid DESC LIMIT :limit" if search
            else " ORDER BY p.rowid DESC LIMIT :limit")
    rows = db.execute(sql, params).fetchall()
    width = len(PAPER_COLUMNS)
    next_cursor = None
    if len(rows) > filters.limit:
        next_cursor = encode_cursor(list(rows[filters.limit - 1][width:]))
    papers = [paper_view(row[:width]) for row in rows[: filters.limit]]
    return papers, next_cursor, (window if floor is not None else None)

def _url_variants(url: str) -> list[str]:
    """The same address written the ways people and sites write it."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return [url]
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return [url]
    host = parts.netloc.lower()
    hosts = {host, host.removeprefix("www."), "www." + host.removeprefix("www.")}
    path = parts.path or "/"
    paths = {path, path.rstrip("/") or "/", path.rstrip("/") + "/"}
    return sorted({
        urlunsplit((scheme, h, p, parts.query, ""))
        for scheme in ("http", "https") for h in hosts for p in paths
    })


def _doi_candidates(url: str) -> list[str]:
    doi = normalise_doi(url)
    if not doi:
        return []
    # Publisher URLs carry the DOI with version and format suffixes (bioRxiv: …002386v3.full.pdf).
    found = [doi]
    stripped = re.sub(r"(\.full)?(\.pdf)?(\+html)?$", "", doi)
    found.append(stripped)
    found.append(re.sub(r"v\d+$", "", stripped))
    return list(dict.fromkeys(found))


def lookup_url(db, url: str) -> list[PaperView]:
    """The papers a page is about, by identity: arXiv id, DOI, then the page's own URL."""
    ids: list[str] = []

    def add(rows) -> None:
        for (pid,) in rows:
            pid = resolve_id(db, pid)
            if pid not in ids:
                ids.append(pid)

    arxiv = arxiv_id_from_url(url)
    dois = _doi_candidates(url)
    for doi in dois:
        if arxiv is None and (from_doi := arxiv_id_from_doi(doi)):
            arxiv = (from_doi, None)
    if arxiv:
        add(db.execute("SELECT id FROM papers WHERE arxiv_id = ?", [arxiv[0]]))
    for doi in dois:
        add(db.execute("SELECT id FROM papers WHERE doi = ?", [doi]))
    if not ids:
        variants = _url_variants(url)
        marks = ", ".join("?" * len(variants))
        add(db.execute(
            f"SELECT id FROM papers WHERE url IN ({marks}) OR pdf_url IN ({marks})",
            variants + variants,
        ))
        # A page captured before (an ACL or Semantic Scholar page, a listing) names its papers.
        add(db.execute(
            f"SELECT pc.paper_id FROM captures c JOIN paper_captures pc ON pc.capture_id = c.id "
            f"WHERE c.url IN ({marks}) ORDER BY pc.line, pc.paper_id",
            variants,
        ))
    return papers_by_ids(db, ids)
