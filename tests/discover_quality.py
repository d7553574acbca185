"""The quality check of discover/ on the sample dumps: topic sets, measured by precision@10.

The rule that picks the topic sets: a paper belongs to a topic when its title matches the
topic's pattern below (case-blind), and, for source separation, its abstract also speaks
of audio (two titles about separating classes and patterns do not). Every set was read
by hand against the titles of the 348 papers the three dumps hold (the counts are pinned
in the test). Members are split by id: even positions are what the reader likes, odd
positions are held out; precision@10 counts held-out members among the ten best of
everything else.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from papershelf.discover.queries import recommendations
from papershelf.discover.refresh import refresh
from papershelf.discover.similar import similar_papers
from papershelf.store.db import open_writer
from papershelf.store.papers import edit_paper
from papershelf.store.tx import write

TOPICS = {
    "sparse autoencoders": (r"sparse autoencoder|\bSAEs?\b", None),
    "quantization": (r"quantiz", None),
    "audio source separation": (r"separat", r"audio|speech|music|sound|speaker|voice|singing"),
    "feature selection": (r"feature selection", None),
    "model merging": (r"model merging|merging models|model soups|zipit|merging .*models|model fusion", None),
    "splatting": (r"splat", None),
    "continual learning": (r"continual", None),
    "split and rephrase": (r"split and rephrase|wikisplit|sentence splitting", None),
}
# Sub-topics for the negatives check (within source separation, same rule for the abstract).
SUBTOPICS = {
    "speech separation": (
        r"separat.*(speech|speaker)|(speech|speaker).*separat|(?<!singing )voice separation", r"."),
    "music separation": (r"separat.*(music|singing|cinematic)|(music|singing|cinematic).*separat", r"."),
}
# Like half of the first, skip half of the second (which shares the first's words).
CONFUSABLE = [("speech separation", "music separation"), ("model merging", "quantization"),
              ("sparse autoencoders", "feature selection")]
K = 10


def topic_members(db) -> dict[str, list[str]]:
    rows = db.execute("SELECT id, title, abstract FROM papers ORDER BY id").fetchall()
    members = {}
    for name, (title_rx, abstract_rx) in (TOPICS | SUBTOPICS).items():
        members[name] = [pid for pid, title, abstract in rows if re.search(title_rx, title or "", re.I)
                         and (abstract_rx is None or re.search(abstract_rx, abstract or "", re.I))]
    return members


def halves(ids: list[str]) -> tuple[list[str], list[str]]:
    return ids[0::2], ids[1::2]


def precision(ranked: list[str], relevant: set[str]) -> float:
    return sum(1 for pid in ranked[:K] if pid in relevant) / K


@dataclass
class Figures:
    ours: float
    bm25: float
    random: float
    ceiling: float


def _rebuilt(base: Path, work: Path, liked: list[str], skipped: list[str] = ()):
    work.unlink(missing_ok=True)
    with sqlite3.connect(base) as source, sqlite3.connect(work) as copy:
        source.backup(copy)  # the base library is open elsewhere: its WAL is copied too
    copy.close()
    db = open_writer(work)
    with write(db) as tx:
        for pid in liked:
            edit_paper(tx, pid, {"rating": 5})
        for pid in skipped:
            edit_paper(tx, pid, {"status": "skipped"})
    refresh(db, lambda fn, *args: fn(db, *args))
    return db


def bm25_ranking(db, query_titles: list[str], exclude: set[str], limit: int = K) -> list[str]:
    words = sorted({w for t in query_titles for w in re.findall(r"\w+", t.lower()) if len(w) > 2})
    # Each word as written, not with its plural or singular as a reader's search asks it: the baseline
    # the figures have been measured against since it was set.
    query = " OR ".join(f'"{w}"' for w in words)
    rows = db.execute("SELECT p.id FROM papers_fts f JOIN papers p ON p.rowid = f.rowid "
                      "WHERE papers_fts MATCH ? ORDER BY f.rank", [query]).fetchall()
    return [pid for (pid,) in rows if pid not in exclude][:limit]


def recommendation_figures(base: Path, work: Path) -> dict[str, Figures]:
    with sqlite3.connect(base) as conn:
        members = topic_members(conn)
        total = conn.execute("SELECT count(*) FROM papers").fetchone()[0]
    found = {}
    for name, ids in members.items():
        if name in SUBTOPICS:
            continue
        liked, held = halves(ids)
        db = _rebuilt(base, work, liked)
        try:
            ours = [p.id for p in recommendations(db, limit=K).papers]
            titles = [t for (t,) in db.execute(
                f"SELECT title FROM papers WHERE id IN ({', '.join('?' * len(liked))})", liked)]
            bm25 = bm25_ranking(db, titles, set(liked))
        finally:
            db.close()
        found[name] = Figures(precision(ours, set(held)), precision(bm25, set(held)),
                              len(held) / (total - len(liked)), min(len(held), K) / K)
    return found


def similar_figures(db) -> dict[str, Figures]:
    members = topic_members(db)
    total = db.execute("SELECT count(*) FROM papers").fetchone()[0]
    found = {}
    for name, ids in members.items():
        if name in SUBTOPICS:
            continue
        ours, bm25 = [], []
        for pid in ids:
            others = set(ids) - {pid}
            ours.append(precision([p.id for p in similar_papers(db, pid, K)], others))
            (title,) = db.execute("SELECT title FROM papers WHERE id = ?", [pid]).fetchone()
            bm25.append(precision(bm25_ranking(db, [title], {pid}), others))
        found[name] = Figures(sum(ours) / len(ours), sum(bm25) / len(bm25),
                              (len(ids) - 1) / (total - 1), min(len(ids) - 1, K) / K)
    return found


def negatives_figures(base: Path, work: Path) -> list[tuple[str, str, float, float, float, float]]:
    """For each confusable pair: the mean rank of the skipped topic's other half among all
    suggestions without and with the skipped papers (higher: pushed down), and
    precision@10 for the liked topic both ways."""
    with sqlite3.connect(base) as conn:
        members = topic_members(conn)
    rows = []
    for liked_topic, skipped_topic in CONFUSABLE:
        liked, held = halves(members[liked_topic])
        skipped, rest = halves([p for p in members[skipped_topic] if p not in members[liked_topic]])
        figures = []
        for skip in ([], skipped):
            db = _rebuilt(base, work, liked, skip)
            try:
                ranked = [p.id for p in recommendations(db, limit=200).papers]
            finally:
                db.close()
            ranks = [ranked.index(p) + 1 if p in ranked else len(ranked) + 1 for p in rest]
            figures.append((sum(ranks) / len(ranks), precision(ranked, set(held))))
        rows.append((liked_topic, skipped_topic, figures[0][0], figures[1][0], figures[0][1], figures[1][1]))
    return rows


@dataclass
class LikeFigures:
    named: int  # suggestions of a topic whose reasons name a liked paper
    right: int  # ... a paper of the same topic
    unnamed: int  # suggestions of a topic with no liked paper named
    elsewhere: int  # suggestions of no topic that name a liked paper


def like_figures(base: Path, work: Path, limit: int = 60) -> LikeFigures:
    """The liked paper a suggestion is "like", with half of every topic rated 5 at once: among the
    best `limit` suggestions, how often the paper named is of the suggestion's own topic."""
    with sqlite3.connect(base) as conn:
        members = topic_members(conn)
    topics = {name: ids for name, ids in members.items() if name not in SUBTOPICS}
    topic_of = {pid: name for name, ids in topics.items() for pid in ids}
    liked = [pid for ids in topics.values() for pid in halves(ids)[0]]
    db = _rebuilt(base, work, liked)
    try:
        found = recommendations(db, limit=limit).papers
    finally:
        db.close()
    named = right = unnamed = elsewhere = 0
    for paper in found:
        like = next((r.paper_id for r in paper.reasons if r.kind == "paper"), None)
        if paper.id not in topic_of:
            elsewhere += like is not None
        elif like is None:
            unnamed += 1
        else:
            named += 1
            right += topic_of.get(like) == topic_of[paper.id]
    return LikeFigures(named, right, unnamed, elsewhere)
