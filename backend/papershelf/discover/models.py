"""A linear SVM per taste (arxiv-sanity-lite's recipe), and each model's best papers.

Training takes the model's positives, the reader's negatives and a fixed-size sample of
everything else as background (so a fit costs the same at 10,000 papers as at 200,000);
scoring streams every analysed paper a chunk at a time through all the models at once.
What a query needs, each model's TOP papers with their reasons, is written to
discover_scores; the weights are kept too, so papers that arrive later are scored
without training again.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..store.db import in_chunks, transaction
from .features import feature_chunks, rows_to_matrix, tfidf
from .labels import Labels, ReaderLabels
from .reasons import (
    Reason,
    a_shared_subject,
    contributions,
    encode_reasons,
    paper_reason,
    tag_reason,
    terms_reason,
    weighty_terms,
)
from .text import paper_text

TOP = 500  # papers kept per model: a query asks for at most 200 of those still unread
BACKGROUND = 10_000
C = 0.1
NEGATIVE_WEIGHT = 3.0  # a paper the reader turned down counts more than one they never saw
# A liked paper is named as one a suggestion is "like" only this near (tf-idf cosine): below it, what
# two papers share is common words ("abundance", "long"; a long-context paper was like a study of
# reef fish at 0.094). On the sample dumps' topic sets every pair of one topic named was at 0.082 or
# more, nearly all above 0.1 (tests/test_discover_quality.py).
LIKE_MIN_SIMILARITY = 0.1
# How many of a paper's most similar liked papers are looked at for the one it is "like".
LIKE_CANDIDATES = 3


@dataclass
class Model:
    name: str
    tag: str | None
    labels_hash: str
    positives: int
    negatives: int
    documents: int
    weights: np.ndarray  # float32 per bucket
    bias: float
    trained_at: str = ""
    scored_seq: int = 0


def encode_weights(weights: np.ndarray) -> bytes:
    return zlib.compress(weights.astype(np.float16).tobytes(), 6)


def decode_weights(blob: bytes) -> np.ndarray:
    return np.frombuffer(zlib.decompress(blob), dtype=np.float16).astype(np.float32)


def load_models(db) -> dict[str, Model]:
    rows = db.execute(
        "SELECT name, tag, labels_hash, positives, negatives, documents, weights, bias, trained_at, "
        "scored_seq FROM discover_models").fetchall()
    return {r[0]: Model(r[0], r[1], r[2], r[3], r[4], r[5], decode_weights(r[6]), r[7], r[8], r[9])
            for r in rows}


def features_of(db, ids: list[str]) -> tuple[list[str], sparse.csr_matrix]:
    """The stored counts of these papers (those analysed), in a stable order."""
    found: list[tuple[str, bytes]] = []
    for chunk, marks in in_chunks(ids, 500):
        found += db.execute(f"SELECT paper_id, terms FROM discover_features WHERE paper_id IN "
                            f"({marks}) ORDER BY paper_id", chunk).fetchall()
    return [f[0] for f in found], rows_to_matrix([f[1] for f in found])


def train(db, labels: Labels, idf: np.ndarray, documents: int) -> Model | None:
    """Fit the model of these labels; None when there is nothing to tell positives from."""
    pos_ids, pos = features_of(db, sorted(labels.positives))
    neg_ids, neg = features_of(db, sorted(labels.negatives - labels.positives.keys()))
    labelled = set(pos_ids) | set(neg_ids)
    every = [pid for (pid,) in db.execute("SELECT paper_id FROM discover_features ORDER BY paper_id")]
    pool = [pid for pid in every if pid not in labelled]
    rng = np.random.default_rng(int(labels.digest(), 16) % (2**32))  # the same labels, the same fit
    sample = sorted(rng.choice(pool, size=min(BACKGROUND, len(pool)), replace=False).tolist()) \
        if pool else []
    _, background = features_of(db, sample)
    if not pos_ids or (not neg_ids and not sample):
        return None
    x = tfidf(sparse.vstack([pos, neg, background], format="csr"), idf)
    y = np.concatenate([np.ones(len(pos_ids)), np.zeros(len(neg_ids) + len(sample))])
    weight = np.concatenate([np.ones(len(pos_ids)), np.full(len(neg_ids), NEGATIVE_WEIGHT),
                             np.ones(len(sample))])
    # Imported only to fit: scikit-learn costs a refresh child seconds of CPU and tens of
    # megabytes, which a new library's child (every new server's) has no use for.
    from sklearn.svm import LinearSVC

    svm = LinearSVC(C=C, class_weight="balanced", max_iter=5000, tol=1e-4)
    svm.fit(x, y, sample_weight=weight)
    return Model(labels.name, labels.tag, labels.digest(), len(pos_ids), len(neg_ids), documents,
                 svm.coef_.ravel().astype(np.float32), float(svm.intercept_[0]))


@dataclass
class Scored:
    ids: list[str]
    scores: np.ndarray


def best_papers(db, models: list[Model], reader: ReaderLabels, idf: np.ndarray, *,
                after_seq: int = 0, top: int = TOP) -> dict[str, Scored]:
    """Each model's `top` best papers among those it may suggest (analysed after
    `after_seq`), in one pass over the features."""
    if not models:
        return {}
    weights = np.stack([m.weights for m in models], axis=1)
    bias = np.array([m.bias for m in models], dtype=np.float32)
    barred = [reader.excluded | reader.models[m.name].positives.keys() | reader.models[m.name].negatives
              if m.name in reader.models else reader.excluded for m in models]
    kept: list[tuple[list[str], np.ndarray]] = [([], np.zeros(0, np.float32)) for _ in models]
    for ids, counts in feature_chunks(db, after_seq=after_seq):
        scores = np.asarray(tfidf(counts, idf) @ weights) + bias
        for j, _ in enumerate(models):
            allowed = np.fromiter((pid not in barred[j] for pid in ids), dtype=bool, count=len(ids))
            chunk_ids = [pid for pid, ok in zip(ids, allowed, strict=True) if ok]
            pool_ids = kept[j][0] + chunk_ids
            pool = np.concatenate([kept[j][1], scores[allowed, j]])
            if len(pool) > top:
                best = np.argpartition(-pool, top)[:top]
                pool_ids, pool = [pool_ids[i] for i in best], pool[best]
            kept[j] = (pool_ids, pool)
    found = {}
    for model, (ids, scores) in zip(models, kept, strict=True):
        order = np.argsort(-scores, kind="stable")
        found[model.name] = Scored([ids[i] for i in order], scores[order])
    return found


def reasons_for(db, model: Model, labels: Labels | None, ids: list[str], idf: np.ndarray,
                titles: dict[str, str]) -> dict[str, list[Reason]]:
    """Why each paper scored as it did under this model."""
    if not ids:
        return {}
    found_ids, counts = features_of(db, ids)
    x = tfidf(counts, idf)
    texts = _texts(db, found_ids)
    like: dict[str, tuple[str, float]] = {}
    if labels is not None and labels.positives:
        pos_ids, pos = features_of(db, sorted(labels.positives))
        if pos_ids:
            liked = tfidf(pos, idf)
            liked_texts = _texts(db, pos_ids)
            similarity = (x @ liked.T).toarray()
            for row, pid in enumerate(found_ids):
                # The most similar paper the reader liked that shares a subject with it, not one word
                # alone (reasons.a_shared_subject), among the few most similar.
                for best in np.argsort(-similarity[row], kind="stable")[:LIKE_CANDIDATES]:
                    if similarity[row, best] < LIKE_MIN_SIMILARITY:
                        break
                    shared = x[row].multiply(liked[int(best)]).tocsr()
                    if a_shared_subject(weighty_terms(
                            texts.get(pid, ""), contributions(shared.indices, shared.data),
                            shared_with=liked_texts.get(pos_ids[int(best)], ""))):
                        like[pid] = (pos_ids[int(best)], float(similarity[row, best]))
                        break
    reasons: dict[str, list[Reason]] = {}
    for row, pid in enumerate(found_ids):
        start, end = x.indptr[row], x.indptr[row + 1]
        cols = x.indices[start:end]
        said: list[Reason] = []
        if model.tag is not None:
            said.append(tag_reason(model.tag))
        terms = terms_reason(weighty_terms(texts.get(pid, ""), contributions(
            cols, x.data[start:end] * model.weights[cols])), "weighs")
        if terms:
            said.append(terms)
        if pid in like and labels is not None:
            other = like[pid][0]
            said.append(paper_reason(other, titles.get(other, other), labels.positives[other]))
        reasons[pid] = said
    return reasons


def _texts(db, ids: list[str]) -> dict[str, str]:
    from .features import _names

    texts = {}
    for chunk, marks in in_chunks(ids, 500):
        for pid, title, abstract, authors in db.execute(
                f"SELECT id, title, abstract, authors FROM papers WHERE id IN ({marks})", chunk):
            texts[pid] = paper_text(title, abstract, _names(authors))
    return texts


# ---- writing ----------------------------------------------------------------------


def save_model(db, model: Model, rows: list[tuple[str, float, bytes]], scored_seq: int,
               trained_at: str) -> None:
    """Replace a model and its best papers in one transaction."""
    with transaction(db):
        db.execute("DELETE FROM discover_scores WHERE model = ?", [model.name])
        db.execute(
            "INSERT OR REPLACE INTO discover_models (name, tag, labels_hash, positives, negatives, "
            "documents, trained_at, scored_seq, bias, weights) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [model.name, model.tag, model.labels_hash, model.positives, model.negatives,
             model.documents, trained_at, scored_seq, model.bias, encode_weights(model.weights)])
        db.conn.executemany(
            "INSERT INTO discover_scores (model, paper_id, score, reasons) VALUES (?, ?, ?, ?)",
            [(model.name, pid, score, reasons.decode()) for pid, score, reasons in rows])


def add_scores(db, name: str, trained_at: str, rows: list[tuple[str, float, bytes]],
               scored_seq: int, top: int = TOP) -> bool:
    """Merge newly scored papers into a model's best, keeping `top`; False when the model
    was trained again meanwhile (its scores are then already newer)."""
    with transaction(db):
        row = db.execute("SELECT trained_at FROM discover_models WHERE name = ?", [name]).fetchone()
        if row is None or row[0] != trained_at:
            return False
        db.conn.executemany(
            "INSERT OR REPLACE INTO discover_scores (model, paper_id, score, reasons) VALUES (?, ?, ?, ?)",
            [(name, pid, score, reasons.decode()) for pid, score, reasons in rows])
        db.execute(
            "DELETE FROM discover_scores WHERE model = ? AND paper_id NOT IN (SELECT paper_id FROM "
            "discover_scores WHERE model = ? ORDER BY score DESC LIMIT ?)", [name, name, top])
        db.execute("UPDATE discover_models SET scored_seq = ? WHERE name = ?", [scored_seq, name])
    return True


def drop_models(db, names: list[str]) -> None:
    with transaction(db):
        for name in names:
            db.execute("DELETE FROM discover_scores WHERE model = ?", [name])
            db.execute("DELETE FROM discover_models WHERE name = ?", [name])


def score_rows(scored: Scored, reasons: dict[str, list[Reason]]) -> list[tuple[str, float, bytes]]:
    return [(pid, float(score), encode_reasons(reasons.get(pid, [])))
            for pid, score in zip(scored.ids, scored.scores, strict=True)]


