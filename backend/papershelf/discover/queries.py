"""What the API, the command and Datasette read: a model's suggestions as they stand now."""

from __future__ import annotations

import msgspec

from ..store.queries import PAPER_COLUMNS, PaperView, paper_view
from .labels import LIKED, model_name
from .reasons import Reason, decode_reasons

MAX_LIMIT = 200


class Suggestion(PaperView, kw_only=True):
    """A paper with how strongly it is suggested and why."""

    score: float
    reasons: list[Reason] = msgspec.field(default_factory=list)


class ModelInfo(msgspec.Struct, kw_only=True):
    name: str
    tag: str | None
    positives: int  # papers it learned from: liked (or with the tag) ...
    negatives: int  # ... and turned down
    trained_at: str


class Suggestions(msgspec.Struct, kw_only=True):
    papers: list[Suggestion]
    model: ModelInfo | None  # null until the reader has rated, tagged or started a paper


class UnknownTag(LookupError):
    pass


_COLUMNS = ", ".join(f"p.{c}" for c in PAPER_COLUMNS)
# A suggestion is a paper the model can say something for: words it weighs or a liked paper it is
# like. In a new library of a few papers the others scored -0.000 with nothing to say, and were
# listed as "most like" what the reader liked. (A tag's reason alone says nothing of the paper.)
_EXPLAINED = ("EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(s.reasons) THEN s.reasons ELSE '[]' END) "
              "WHERE json_extract(value, '$.kind') IN ('terms', 'paper'))")
_TAGS_JSON = "CASE WHEN json_valid(p.tags) THEN p.tags ELSE '[]' END"


def discover_ready(db) -> bool:
    """Whether this file has discover's tables (a published copy leaves them out)."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'discover_features'"
                      ).fetchone() is not None


def model_info(db, name: str) -> ModelInfo | None:
    row = db.execute("SELECT name, tag, positives, negatives, trained_at FROM discover_models "
                     "WHERE name = ?", [name]).fetchone()
    return ModelInfo(name=row[0], tag=row[1], positives=row[2], negatives=row[3],
                     trained_at=row[4]) if row else None


def recommendations(db, tag: str | None = None, limit: int = 20) -> Suggestions:
    """The best papers the reader has not read, skipped, rated or started (and, for the
    overall list, not tagged; for a tag, not tagged with it), best first. The stored
    scores may predate the reader's latest edits: their fields are checked here, now."""
    name = model_name(tag)
    info = model_info(db, name)
    if info is None:
        if tag is not None and not db.execute(
                f"SELECT 1 FROM papers p, json_each({_TAGS_JSON}) WHERE value = ? LIMIT 1",
                [tag]).fetchone():
            raise UnknownTag(tag)
        return Suggestions(papers=[], model=None)
    if name == LIKED:
        untagged = "p.tags = '[]'"
        params: list = [name]
    else:
        untagged = f"NOT EXISTS (SELECT 1 FROM json_each({_TAGS_JSON}) WHERE value = ?)"
        params = [name, tag]
    rows = db.execute(
        f"SELECT {_COLUMNS}, s.score, s.reasons FROM discover_scores s JOIN papers p ON p.id = s.paper_id "
        f"WHERE s.model = ? AND p.status = 'unread' AND p.rating IS NULL AND {untagged} AND {_EXPLAINED} "
        f"ORDER BY s.score DESC, p.id LIMIT ?", [*params, limit]).fetchall()
    return Suggestions(papers=[suggestion(row) for row in rows], model=info)


def suggestion(row) -> Suggestion:
    """A row of the paper's columns followed by its score and reasons (JSON)."""
    width = len(PAPER_COLUMNS)
    view = paper_view(row[:width])
    return Suggestion(**msgspec.structs.asdict(view), score=round(float(row[width]), 4),
                      reasons=decode_reasons(row[width + 1]))


def tags_with_models(db) -> list[str]:
    return [tag for (tag,) in db.execute(
        "SELECT tag FROM discover_models WHERE tag IS NOT NULL ORDER BY tag")]
