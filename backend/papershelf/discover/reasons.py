"""Why a paper is suggested: the terms that weighed most, the reader's papers it is like,
the tag it is for. Stored with a model's scores; computed at once for "papers like this"."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import msgspec
import numpy as np

from .text import buckets_of, character_words, shown_terms, terms_of, unspaced_phrase

TERMS_SHOWN = 4


class Reason(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One reason, as a sentence (`text`) and as data: the terms, or the paper it is like."""

    kind: Literal["terms", "paper", "tag"]
    text: str
    terms: list[str] | None = None
    paper_id: str | None = None


def weighty_terms(text: str, contribution: dict[int, float], limit: int = TERMS_SHOWN, *,
                  shared_with: str | None = None) -> list[str]:
    """The text's terms whose buckets contributed most (positive contributions only); a
    word already shown inside a chosen pair, or in its plural or singular ("shares “humans”,
    “human”", stop 54), is not shown again, nor one a pair chosen after it says ("shares
    “answering”, “question answering”", stop 57); Chinese and Japanese pairs of characters that chain
    into a longer stretch of the text are shown as that stretch, once. Each as the paper writes it
    (text.shown_terms); a pair of one word twice is not shown ("shares “gradients gradient”",
    stop 62). `shared_with`: the other paper's text, when the contributions are what the
    two share: only its terms too are named (terms are hashed into buckets, and a term of the other
    paper in the same bucket as one of this one's counted as that one: a paper on a mollusc's
    receptors "shared" “MinKyu Kim”, stop 60)."""
    terms, buckets, shown_as = analysed(text)
    if not terms:
        return []
    theirs = set(analysed(shared_with)[0]) if shared_with is not None else None
    ranked = sorted(
        ((contribution.get(int(b), 0.0) if theirs is None or t in theirs else 0.0, i, t)
         for i, (t, b) in enumerate(zip(terms, buckets, strict=True))),
        key=lambda item: (-item[0], item[1]))
    chained = character_words(text, {term for weight, _, term in ranked if weight > 0})
    chosen: list[tuple[str, set[str]]] = []
    shown: set[str] = set()
    for weight, _, term in ranked:
        if weight <= 0 or len(chosen) == limit:
            break
        if term in chained:  # a stretch of characters, not shown again inside a word ("모델" in "모델을")
            term = chained[term]
            if any(term in word for word in shown):
                continue
        words = {_singular(word) for word in term.split()}
        # A word beside its own plural ("the gradients of a gradient") is no phrase: the word alone
        # is a term of its own.
        if words <= shown or len(words) < len(term.split()):
            continue
        if len(words) > 1:  # a word chosen before is said again by the phrase: “question answering” alone
            chosen = [(said, its) for said, its in chosen if len(its) > 1 or not its <= words]
        chosen.append((shown_as.get(term) or " ".join(shown_as.get(word, word) for word in term.split()),
                       words))
        shown |= words
    return [said for said, _ in chosen]


def a_shared_subject(terms: list[str]) -> bool:
    """Whether the terms two papers share (as `weighty_terms` names them) make a subject in common:
    two terms or more, or one of two words or more (a phrase, a person's name, a stretch of Chinese or
    Japanese as long as two of its words). One word alone is chance, not a likeness: a science story on
    the Antarctic's heat record was "like" an optical-flow paper for sharing “récord”, a story on a
    rocket a neuroscience paper for sharing “seeking” (stop 56)."""
    if len(terms) != 1:
        return len(terms) > 1
    return len(terms[0].split()) > 1 or unspaced_phrase(terms[0])


def _singular(word: str) -> str:
    """An English plural's singular, near enough to tell two forms of one word apart."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=64)
def analysed(text: str) -> tuple[list[str], np.ndarray, dict[str, str]]:
    """The text's distinct terms, their buckets, and how the paper writes them (one paper's
    reasons ask several times)."""
    terms = list(dict.fromkeys(terms_of(text)))
    return terms, buckets_of(terms), shown_terms(text)


def contributions(indices: np.ndarray, values: np.ndarray) -> dict[int, float]:
    return dict(zip(indices.tolist(), values.tolist(), strict=True))


def terms_reason(terms: list[str], lead: str = "shares") -> Reason | None:
    if not terms:
        return None
    return Reason(kind="terms", text=f"{lead} " + ", ".join(f"“{t}”" for t in terms), terms=terms)


def paper_reason(paper_id: str, title: str, why: str) -> Reason:
    return Reason(kind="paper", text=f"like “{title}” ({why})", paper_id=paper_id)


def tag_reason(tag: str) -> Reason:
    return Reason(kind="tag", text=f"for your tag “{tag}”")


encode_reasons = msgspec.json.Encoder().encode
decode_reasons = msgspec.json.Decoder(list[Reason]).decode
