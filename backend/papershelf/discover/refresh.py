"""One pass that brings discover's tables up to date with the library.

Everything heavy runs on `reader` (a read-only connection, or the command's own); every
change goes through `write(fn, *args)`, which in `papershelf serve` queues a short job on
the writer thread and in a command runs at once. A pass that finds nothing changed costs
a few small queries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..store.db import read_transaction
from ..store.tx import utc_now
from ..wording import counted
from .features import document_frequencies, get_state, idf_weights, update_features
from .labels import reader_labels
from .models import (
    Model,
    add_scores,
    best_papers,
    drop_models,
    load_models,
    reasons_for,
    save_model,
    score_rows,
    train,
)

# A model is trained again when the library has grown or shrunk by this share since.
REFIT_GROWTH = 0.2
Write = Callable[..., object]


@dataclass
class Refreshed:
    analysed: int = 0
    trained: list[str] = field(default_factory=list)
    rescored: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{counted(self.analysed, 'paper')} analysed, {counted(len(self.trained), 'model')} trained, "
                f"{counted(len(self.rescored), 'model')} scored new papers, "
                f"{counted(len(self.dropped), 'model')} dropped")


def _stale(model: Model | None, digest: str, documents: int) -> bool:
    if model is None or model.labels_hash != digest:
        return True
    return abs(documents - model.documents) > REFIT_GROWTH * max(model.documents, 1)


def refresh(reader, write: Write, *, progress: Callable[[str], None] | None = None) -> Refreshed:
    done = Refreshed()
    done.analysed = update_features(
        reader, write, (lambda n: progress(f"{counted(n, 'paper')} analysed")) if progress else None)
    with read_transaction(reader):
        df, documents = document_frequencies(reader)
        seq = int(get_state(reader, "features_seq", 0))
        labels = reader_labels(reader)
        stored = load_models(reader)
    idf = idf_weights(df, documents)
    done.dropped = sorted(set(stored) - set(labels.models))
    if done.dropped:
        write(drop_models, done.dropped)
    fresh: list[Model] = []
    for name, model_labels in sorted(labels.models.items()):
        if _stale(stored.get(name), model_labels.digest(), documents):
            if progress:
                progress(f"training {name}")
            model = train(reader, model_labels, idf, documents)
            if model is not None:
                fresh.append(model)
    for model, scored in zip(fresh, best_papers(reader, fresh, labels, idf).values(), strict=True):
        reasons = reasons_for(reader, model, labels.models.get(model.name), scored.ids, idf, labels.titles)
        write(save_model, model, score_rows(scored, reasons), seq, utc_now())
        done.trained.append(model.name)
    for name, model in sorted(stored.items()):
        if name in done.dropped or name in done.trained or model.scored_seq >= seq:
            continue
        scored = best_papers(reader, [model], labels, idf, after_seq=model.scored_seq)[name]
        reasons = reasons_for(reader, model, labels.models.get(name), scored.ids, idf, labels.titles)
        if write(add_scores, name, model.trained_at, score_rows(scored, reasons), seq):
            done.rescored.append(name)
    return done
