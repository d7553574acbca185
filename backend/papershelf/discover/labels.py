"""What the reader's own fields say about their taste, per model.

"liked": positives are papers rated 4 or 5, tagged, or being read; one model per tag has
that tag's papers. Negatives, for every model, are papers rated 1 or 2 or skipped (what
arxiv-sanity never had). Nothing the reader has read, skipped, rated or is reading is
ever recommended, nor a model's own positives.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import msgspec

LIKED = "liked"
_tags = msgspec.json.Decoder(list[str])


@dataclass
class Labels:
    name: str
    tag: str | None
    positives: dict[str, str] = field(default_factory=dict)  # paper id -> why it is one
    negatives: set[str] = field(default_factory=set)

    def digest(self) -> str:
        text = msgspec.json.encode([sorted(self.positives), sorted(self.negatives)])
        return hashlib.sha256(text).hexdigest()[:16]


@dataclass
class ReaderLabels:
    models: dict[str, Labels]
    excluded: set[str]  # read, skipped, rated or reading: never recommended
    titles: dict[str, str]


def model_name(tag: str | None) -> str:
    return LIKED if tag is None else f"tag:{tag}"


def reader_labels(db) -> ReaderLabels:
    rows = db.execute(
        "SELECT id, title, rating, status, tags FROM papers "
        "WHERE rating IS NOT NULL OR status != 'unread' OR tags != '[]'").fetchall()
    liked = Labels(LIKED, None)
    by_tag: dict[str, Labels] = {}
    negatives: set[str] = set()
    excluded: set[str] = set()
    titles: dict[str, str] = {}
    for pid, title, rating, status, tags_json, in rows:
        titles[pid] = title or pid
        tags = _tag_list(tags_json)
        if rating is not None or status != "unread":
            excluded.add(pid)
        if (rating is not None and rating <= 2) or (status == "skipped" and (rating or 0) < 4):
            negatives.add(pid)
            continue
        if rating is not None and rating >= 4:
            liked.positives[pid] = f"you rated it {rating}"
        elif tags:
            liked.positives[pid] = "you tagged it " + ", ".join(tags[:3])
        elif status == "reading":
            liked.positives[pid] = "you are reading it"
        for tag in tags:
            by_tag.setdefault(tag, Labels(model_name(tag), tag)).positives[pid] = f"tagged {tag}"
    models = {}
    for labels in (liked, *by_tag.values()):
        labels.negatives = negatives
        if labels.positives:
            models[labels.name] = labels
    return ReaderLabels(models, excluded, titles)


def _tag_list(text: str | None) -> list[str]:
    try:
        return _tags.decode(text) if text else []
    except msgspec.DecodeError:
        return []
