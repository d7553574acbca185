"""Papers like a given one: tf-idf cosine over candidates the full-text index finds.

Nothing is precomputed beyond each paper's terms: the paper's most telling words ask
FTS5 (an index the library already keeps) for a few hundred candidates, and those are
ranked by cosine. That keeps a query in milliseconds at 200,000 papers with no matrix in
memory, in the server, a command or Datasette alike.
"""

from __future__ import annotations

import threading

import numpy as np
from scipy import sparse

from ..store.db import in_chunks, read_transaction
from ..store.queries import PAPER_COLUMNS, get_paper
from ..store.search_text import search_text
from ..store.word_forms import any_of
from .features import _names, document_frequencies, get_state, idf_weights, rows_to_matrix, tfidf
from .queries import Suggestion, discover_ready, suggestion
from .reasons import a_shared_subject, contributions, encode_reasons, terms_reason, weighty_terms
from .text import buckets_of, paper_text, term_counts, terms_of

QUERY_WORDS = 12
CANDIDATES = 300
# How many of the best-scored candidates are looked at for each one shown: those sharing a word alone
# are passed over.
SCANNED_PER_SHOWN = 4
_COLUMNS = ", ".join(f"p.{c}" for c in PAPER_COLUMNS)

# The idf table of each library file, kept while its features do not change (1 MiB).
_idf_cache: dict[str, tuple[int, np.ndarray]] = {}
_idf_lock = threading.Lock()


def current_idf(db) -> np.ndarray:
    path = db.execute("PRAGMA database_list").fetchone()[2]
    seq = int(get_state(db, "features_seq", 0))
    with _idf_lock:
        cached = _idf_cache.get(path)
        if cached and cached[0] == seq:
            return cached[1]
    idf = idf_weights(*document_frequencies(db))
    with _idf_lock:
        _idf_cache[path] = (seq, idf)
    return idf


def _counts(db, ids: list[str], texts: dict[str, str]) -> sparse.csr_matrix:
    """Stored counts of these papers in this order; a paper not analysed yet is analysed now."""
    stored = {}
    for chunk, marks in in_chunks(ids, 500):
        stored.update(db.execute(f"SELECT paper_id, terms FROM discover_features WHERE paper_id IN "
                                 f"({marks})", chunk).fetchall())
    if all(pid in stored for pid in ids):
        return rows_to_matrix([stored[pid] for pid in ids])
    fresh = term_counts([texts[pid] for pid in ids])
    fresh.sort_indices()
    rows = [rows_to_matrix([stored[pid]]) if pid in stored else fresh[i] for i, pid in enumerate(ids)]
    return sparse.vstack(rows, format="csr")


def _query_words(text: str, weights: dict[int, float]) -> list[str]:
    words = [t for t in dict.fromkeys(terms_of(text)) if " " not in t]
    ranked = sorted(zip(words, buckets_of(words).tolist(), strict=True),
                    key=lambda wb: -weights.get(wb[1], 0.0))
    return [w for w, b in ranked if weights.get(b, 0.0) > 0][:QUERY_WORDS]


def similar_papers(db, paper_id: str, limit: int = 10) -> list[Suggestion] | None:
    """The papers most like this one, best first (never itself); None for an unknown id."""
    with read_transaction(db):
        paper = get_paper(db, paper_id)
        if paper is None:
            return None
        idf = current_idf(db)
        text = paper_text(paper.title, paper.abstract, paper.authors)
        query = tfidf(_counts(db, [paper.id], {paper.id: text}), idf)
        weights = contributions(query.indices, query.data)
        words = _query_words(text, weights)
        if not words:
            return []
        rows = db.execute(
            f"SELECT p.id, {_COLUMNS} FROM papers p WHERE p.rowid IN (SELECT rowid FROM papers_fts "
            "WHERE papers_fts MATCH ? ORDER BY rank LIMIT ?) AND p.id != ?",
            [any_of(search_text(" ".join(f'"{w}"' for w in words))), CANDIDATES, paper.id]).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        texts = {r[0]: paper_text(r[1], r[2], _names(r[4])) for r in rows}
        candidates = tfidf(_counts(db, ids, texts), idf)
    dense = query.toarray().ravel()
    scores = candidates @ dense
    order = [i for i in np.argsort(-scores, kind="stable")[:limit * SCANNED_PER_SHOWN] if scores[i] > 0]
    # Shared terms are the paper's own terms: its text alone is analysed to name them. A paper that
    # shares one word alone is left out, however high that word lifts its score (a short text's).
    found = []
    for i in order:
        start, end = candidates.indptr[i], candidates.indptr[i + 1]
        cols = candidates.indices[start:end]
        shared = contributions(cols, candidates.data[start:end] * dense[cols])
        terms = weighty_terms(text, shared, shared_with=texts[rows[i][0]])
        if not a_shared_subject(terms):
            continue
        reason = terms_reason(terms)
        found.append(suggestion((*rows[i][1:], float(scores[i]), encode_reasons([reason] if reason else []))))
        if len(found) == limit:
            break
    return found


def similar_in_library(db, paper_id: str, limit: int = 5) -> list[Suggestion]:
    """For the paper page: "similar papers in your library", best first; [] for an unknown
    id and where the discover tables do not exist (a file not migrated yet, a published
    copy, which leaves the private tables out)."""
    return (similar_papers(db, paper_id, limit) or []) if discover_ready(db) else []
