"""A paper's text as hashed terms: the one analyzer every part of discover uses.

arxiv-sanity-lite's recipe (title and abstract: words of two or more characters starting
with a letter, stop words out, single words and pairs; each author one term, their whole
name, so that papers are alike for a person they share, never for a first name: "shares
“eric”" was a reason, stop 54), with the terms
hashed instead of kept in a vocabulary: a new paper's terms are known without refitting
anything, and the table of document frequencies has a fixed size. A term's bucket is
recovered by hashing the term again, which is how reasons name words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from functools import cache

import numpy as np

# scikit-learn is imported where first used: it takes seconds, which `papershelf serve`
# (whose API imports this module) must not spend on its way up.

# 2^18 buckets: collisions fall mostly among rare pairs, which carry little weight, and a
# model's weights stay at 512 KiB.
BUCKET_BITS = 18
BUCKETS = 1 << BUCKET_BITS
MAX_COUNT = (1 << (32 - BUCKET_BITS)) - 1
# What the analysis is: stored terms of another analysis are analysed again (features.py).
# 2: the stop words of every language written in a script other than Latin's, and of a text's
# own language among a few in Latin letters; "et al."; an author's whole name one term.
ANALYZER = 2
# Like FTS5's unicode61 tokens, so a word here is a word the full-text index knows.
TOKEN = r"(?u)\b[^\W\d_][^\W_]+\b"
_TOKEN = re.compile(TOKEN)


# A paper's text ends with its authors after _AUTHORS, each after _AUTHOR: separators no
# stored text holds (identity.clean_text reads them as spaces, as str.split does).
_AUTHORS, _AUTHOR = "\x1e", "\x1f"


@cache
def _vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=BUCKETS, alternate_sign=False, norm=None, dtype=np.float32,
                             analyzer=_terms)


@cache
def _words_and_pairs(language: str | None = None):
    """The analyzer of words and pairs, without the stop words of every text and, for a text written
    in one of _LATIN_LANGUAGES, that language's."""
    from sklearn.feature_extraction.text import HashingVectorizer

    stop = _stop_words() | (_latin_stop_words()[language] if language else frozenset())
    # Given the text as _plain reads it: lower case, accents stripped once for the language and the terms.
    return HashingVectorizer(
        lowercase=False, strip_accents=None, stop_words=sorted(stop), token_pattern=TOKEN, ngram_range=(1, 2),
    ).build_analyzer()


def _terms(text: str) -> list[str]:
    words, _, names = text.partition(_AUTHORS)
    words = _plain(words)
    terms = _words_and_pairs(_latin_language(words))(words)
    for name in names.split(_AUTHOR):
        term = " ".join(_TOKEN.findall(_plain(name)))
        if term:
            terms.append(term)
    return terms


def _plain(text: str) -> str:
    """A text (a name, a title and abstract) as the analysis reads its words: lower case, accents
    stripped."""
    from sklearn.feature_extraction.text import strip_accents_unicode

    return strip_accents_unicode(text.lower())


def paper_text(title: str | None, abstract: str | None, authors: list[str] | None) -> str:
    text = "\n".join(part for part in (title, abstract) if part)
    return f"{text}{_AUTHORS}{_AUTHOR.join(authors)}" if authors else text


def text_hash(text: str) -> int:
    """64 bits of the sha256 of the analysis and the text, as an SQLite integer: a paper is
    analysed again only when this changes."""
    salted = f"{ANALYZER}\n{text}".encode()
    return int.from_bytes(hashlib.sha256(salted).digest()[:8], "big", signed=True)


def term_counts(texts: list[str]):
    """A sparse matrix (one row per text) of term counts over the buckets."""
    return _vectorizer().transform(texts)


def terms_of(text: str) -> list[str]:
    """The text's terms (words and pairs of words, authors' names) in order, as term_counts
    counts them."""
    return _terms(text)


def buckets_of(terms: list[str]) -> np.ndarray:
    """Each term's bucket, as term_counts hashes it (HashingVectorizer hashes its terms
    with this FeatureHasher)."""
    if not terms:
        return np.zeros(0, dtype=np.int32)
    return _hasher().transform([[term] for term in terms]).indices


@cache
def _hasher():
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=BUCKETS, input_type="string", alternate_sign=False,
                         dtype=np.float32)


# The "et al." of every text that cites: no word of the paper's own (a French paper "shared" it).
_CITING = frozenset(("et", "al"))
# Languages in Latin letters whose stop words are left out of a text written in them (stopwords-iso's
# codes): the languages papers are most written in after English.
_LATIN_LANGUAGES = ("de", "es", "fr", "it", "nl", "pt")


@cache
def _stop_words() -> frozenset[str]:
    """The stop words of every text: English's, "et al.", and every other language's written in a
    script that is not Latin (stopwords-iso's lists): two Persian papers shared "در" ("in") as their
    likeness (stop 54). A Latin-script language's are left out of its own texts only
    (_latin_language): French's "car" (for) is an English paper's car. Written as the analysis reads
    text (lower case, accents stripped), and only those it reads as one word (scikit-learn warns of
    the others, which could never match)."""
    import stopwordsiso
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    other = (_plain(word) for word in stopwordsiso.stopwords(stopwordsiso.langs()))
    scripts = {word for word in other if _TOKEN.fullmatch(word) and not _latin(word)}
    return ENGLISH_STOP_WORDS | _CITING | scripts


@cache
def _latin_stop_words() -> dict[str, frozenset[str]]:
    import stopwordsiso

    return {language: frozenset(word for word in map(_plain, stopwordsiso.stopwords(language))
                                if _TOKEN.fullmatch(word))
            for language in _LATIN_LANGUAGES}


@cache
def _languages_of_stop_words() -> dict[str, tuple[str, ...]]:
    """Each stop word of English's and _LATIN_LANGUAGES', and the languages ("en" among them) it is one of."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    languages: dict[str, tuple[str, ...]] = {word: ("en",) for word in ENGLISH_STOP_WORDS}
    for language, stop in _latin_stop_words().items():
        for word in stop:
            languages[word] = (*languages.get(word, ()), language)
    return languages


def _latin_language(text: str) -> str | None:
    """The one of _LATIN_LANGUAGES a text (as _plain reads it) is written in: the one whose stop words
    it holds most of, when that is more than it holds of English's (a sentence of French says "de",
    "la", "les", "et" more often than "the"); None for English and everything else. One look-up a
    word."""
    languages = _languages_of_stop_words()
    words = _TOKEN.findall(text)
    counts = Counter(language for word in words for language in languages.get(word, ()))
    found, most = None, counts["en"]
    for language in _LATIN_LANGUAGES:
        if counts[language] > most:
            found, most = language, counts[language]
    return found


def _latin(word: str) -> bool:
    return any(char.isascii() or unicodedata.name(char, "").startswith("LATIN") for char in word)


def pack(row_indices: np.ndarray, row_counts: np.ndarray) -> bytes:
    """One paper's terms as stored: each a uint32 of bucket << (32 - BUCKET_BITS) | count."""
    counts = np.minimum(row_counts, MAX_COUNT).astype(np.uint32)
    return (row_indices.astype(np.uint32) << np.uint32(32 - BUCKET_BITS) | counts).tobytes()


def unpack(blob: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Buckets (ascending) and counts of a stored row."""
    packed = np.frombuffer(blob, dtype=np.uint32)
    return (packed >> np.uint32(32 - BUCKET_BITS)).astype(np.int32), \
        (packed & np.uint32(MAX_COUNT)).astype(np.float32)
