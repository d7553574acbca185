"""Each paper's terms, kept in step with the papers as they arrive, change or go.

A pass reads what changed since the last one (every change of a paper bumps its
paper_state.version), analyses the text of the papers whose text changed, and writes the
terms and the new document frequencies in one short transaction per batch. The write
checks that nobody else (a `papershelf recommend` in another process) moved the cursor
meanwhile, so two passes never count a paper twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import msgspec
import numpy as np
from scipy import sparse

from ..store.db import in_chunks, read_transaction, transaction
from .text import ANALYZER, BUCKETS, pack, paper_text, term_counts, text_hash, unpack

BATCH = 2000
# A term in fewer papers than this links nothing; in more than this share of them it
# says little (arxiv-sanity-lite's max_df).
MIN_DF = 2
MAX_DF_SHARE = 0.1
MAX_DF_FROM = 200  # below this many papers, no term is too common to count
_authors = msgspec.json.Decoder(list[str] | None)


def get_state(db, key: str, default=None):
    row = db.execute("SELECT value FROM discover_state WHERE key = ?", [key]).fetchone()
    return default if row is None else row[0]


def set_state(db, key: str, value) -> None:
    db.execute("INSERT INTO discover_state (key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def document_frequencies(db) -> tuple[np.ndarray, int]:
    """How many analysed papers hold each bucket, and how many papers were analysed."""
    blob = get_state(db, "df")
    df = np.frombuffer(blob, dtype=np.int32).copy() if blob else np.zeros(BUCKETS, np.int32)
    return df, int(get_state(db, "documents", 0))


def idf_weights(df: np.ndarray, documents: int) -> np.ndarray:
    """Smoothed idf per bucket (sklearn's), 0 for terms too rare or too common to count."""
    idf = (np.log((1 + documents) / (1 + df.astype(np.float64))) + 1).astype(np.float32)
    idf[df < MIN_DF] = 0
    if documents >= MAX_DF_FROM:
        idf[df > MAX_DF_SHARE * documents] = 0
    return idf


def tfidf(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Sublinear tf times idf, each row of unit length (rows with no counted term stay 0)."""
    data = (1 + np.log(counts.data)) * idf[counts.indices]
    lengths = np.diff(counts.indptr)
    # A zero after the last term: an empty row closing the matrix (a paper all stop words, "Third")
    # starts at len(data), past the end reduceat may read.
    squares = np.append(data * data, np.float32(0))
    norms = np.sqrt(np.add.reduceat(squares, counts.indptr[:-1])) if len(lengths) else \
        np.zeros(0, np.float32)
    norms[(lengths == 0) | (norms == 0)] = 1  # reduceat repeats a neighbour for an empty row
    data /= np.repeat(norms, lengths)
    return sparse.csr_matrix((data.astype(np.float32), counts.indices, counts.indptr), shape=counts.shape)


def rows_to_matrix(blobs: list[bytes]) -> sparse.csr_matrix:
    """Stored rows of terms as one sparse matrix of counts."""
    lengths = np.fromiter((len(b) // 4 for b in blobs), dtype=np.int64, count=len(blobs))
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    indices, counts = unpack(b"".join(blobs))
    return sparse.csr_matrix((counts, indices, indptr), shape=(len(blobs), BUCKETS))


# ---- a pass -----------------------------------------------------------------------


@dataclass
class FeatureBatch:
    """What one batch of changes does to the features: computed on a reader, written once."""

    from_version: int
    to_version: int
    upserts: list[tuple[str, int, bytes]] = field(default_factory=list)  # id, text hash, terms
    removals: list[str] = field(default_factory=list)


def changed_papers(db, after_version: int, limit: int = BATCH) -> FeatureBatch | None:
    """The next batch of papers changed since `after_version`, analysed; None when none."""
    with read_transaction(db):
        rows = db.execute(
            "SELECT ps.paper_id, ps.version, p.title, p.abstract, p.authors, f.text_hash "
            "FROM paper_state ps LEFT JOIN papers p ON p.id = ps.paper_id "
            "LEFT JOIN discover_features f ON f.paper_id = ps.paper_id "
            "WHERE ps.version > ? ORDER BY ps.version LIMIT ?", [after_version, limit]).fetchall()
    if not rows:
        return None
    batch = FeatureBatch(after_version, rows[-1][1])
    texts, keys = [], []
    for pid, _version, title, abstract, authors, stored_hash in rows:
        if title is None and abstract is None:
            if stored_hash is not None:
                batch.removals.append(pid)  # deleted, or merged into another id
            continue
        text = paper_text(title, abstract, _names(authors))
        digest = text_hash(text)
        if digest != stored_hash:
            texts.append(text)
            keys.append((pid, digest))
    if texts:
        counts = term_counts(texts)
        counts.sort_indices()
        for (pid, digest), start, end in zip(keys, counts.indptr[:-1], counts.indptr[1:], strict=True):
            batch.upserts.append((pid, digest, pack(counts.indices[start:end], counts.data[start:end])))
    return batch


def _names(authors: str | None) -> list[str] | None:
    try:
        return _authors.decode(authors) if authors else None
    except msgspec.DecodeError:  # a hand-edited row: the paper's words still count
        return None


def apply_features(db, batch: FeatureBatch) -> bool:
    """Write a batch in one transaction; False (nothing written) when another pass wrote
    this batch first."""
    with transaction(db):
        if int(get_state(db, "features_version", 0)) != batch.from_version:
            return False
        df, documents = document_frequencies(db)
        seq = int(get_state(db, "features_seq", 0))
        gone = batch.removals + [pid for pid, _, _ in batch.upserts]
        for chunk, marks in in_chunks(gone, 500):
            for (blob,) in db.execute(
                    f"SELECT terms FROM discover_features WHERE paper_id IN ({marks})", chunk):
                df[unpack(blob)[0]] -= 1
                documents -= 1
            db.execute(f"DELETE FROM discover_features WHERE paper_id IN ({marks})", chunk)
        rows = []
        for pid, digest, blob in batch.upserts:
            seq += 1
            rows.append((pid, digest, seq, blob))
        if rows:
            df += np.bincount(unpack(b"".join(r[3] for r in rows))[0], minlength=BUCKETS).astype(np.int32)
            documents += len(rows)
        db.conn.executemany(
            "INSERT INTO discover_features (paper_id, text_hash, seq, terms) VALUES (?, ?, ?, ?)", rows)
        set_state(db, "df", df.tobytes())
        set_state(db, "documents", documents)
        set_state(db, "features_seq", seq)
        set_state(db, "features_version", batch.to_version)
    return True


def restart_analysis(db, analyzer: int) -> None:
    """Every paper read again from the first: the stored terms are another analysis's (their
    text hashes, salted with it, all differ, so each paper is analysed again), and so are the
    models' weights: each is trained again in the same pass, its scores kept until then."""
    with transaction(db):
        set_state(db, "features_version", 0)
        set_state(db, "analyzer", analyzer)
        db.execute("UPDATE discover_models SET labels_hash = ''")


def update_features(reader, write: Callable[..., bool | None],
                    progress: Callable[[int], None] | None = None) -> int:
    """Bring the features up to date: analyse on `reader`, write through `write(fn, *args)`.
    Returns how many papers were (re)analysed or removed."""
    with read_transaction(reader):
        analyzer = int(get_state(reader, "analyzer", 1))  # 1: English stop words only
    if analyzer != ANALYZER:
        write(restart_analysis, ANALYZER)
    done = 0
    while True:
        with read_transaction(reader):
            after = int(get_state(reader, "features_version", 0))
        batch = changed_papers(reader, after)
        if batch is None:
            return done
        if write(apply_features, batch):
            done += len(batch.upserts) + len(batch.removals)
            if progress:
                progress(done)


def feature_chunks(db, *, after_seq: int = 0, chunk: int = 5000,
                   ) -> Iterator[tuple[list[str], sparse.csr_matrix]]:
    """Every analysed paper (those analysed after `after_seq`), a chunk at a time: their
    ids and counts. Memory stays at one chunk whatever the library's size."""
    last = ""
    while True:
        rows = db.execute(
            "SELECT paper_id, terms FROM discover_features WHERE seq > ? AND paper_id > ? "
            "ORDER BY paper_id LIMIT ?", [after_seq, last, chunk]).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield [r[0] for r in rows], rows_to_matrix([r[1] for r in rows])
