"""A paper's text as hashed terms: the one analyzer every part of discover uses.

arxiv-sanity-lite's recipe (title and abstract: words of two or more characters starting
with a letter, stop words out, single words and pairs; each author one term, their whole
name, so that papers are alike for a person they share, never for a first name: "shares
“eric”" was a reason, stop 54; Chinese and Japanese words as pairs of characters, as search
engines' CJK analysers read them; an English plural
read as its singular, as their minimal stemmers read it), with the terms
hashed instead of kept in a vocabulary: a new paper's terms are known without refitting
anything, and the table of document frequencies has a fixed size. A term's bucket is
recovered by hashing the term again, which is how reasons name words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from itertools import pairwise

import numpy as np

from ..store.word_forms import IRREGULAR_PLURALS, singular

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
# 3: Chinese and Japanese words as pairs of characters, Korean ones also; vowel signs inside
# words; only Latin, Greek, Cyrillic, Hebrew and Arabic diacritics stripped, in every text alike.
# 4: an English text's plurals read as their singulars ("autoencoders" was a term apart from
# "autoencoder", stop 57; store/word_forms.singular); pairs of words within a sentence only.
# 5: web and DOI addresses and TeX commands out of the text (paper_text).
ANALYZER = 5

# The vowel signs and viramas of scripts that put spaces between words (Devanagari, Tamil,
# Bengali...): part of a word ("शिक्षण" was three pieces). FTS5's unicode61 still divides words
# there, which search can afford (a query is divided alike); a likeness or a reason cannot.
# Thai, Lao, Myanmar and Khmer write no spaces: their marks still divide a run into pieces
# near syllables, the only division the analysis has for them.
_NO_SPACES = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
# Only the basic plane's: a character class with any other character is searched ~100 times
# slower, and the historic scripts beyond it are no paper's.
_MARKS = "".join(
    chr(code) for start, end in ((0x0300, 0x1FFF), (0xA800, 0xABFF))
    for code in range(start, end + 1)
    if unicodedata.category(chr(code)) in ("Mn", "Mc")
    and not any(low <= code <= high for low, high in _NO_SPACES))
# Words as FTS5's unicode61 reads them, but for those marks. A text without such marks (nearly
# every one) is read by the same pattern without them: the same words, seven times faster.
TOKEN = r"(?u)\b[^\W\d_][^\W_]+\b"
MARKED_TOKEN = rf"(?u)(?<![\w{_MARKS}])[^\W\d_](?:[^\W_]|[{_MARKS}])+(?![\w{_MARKS}])"
_TOKEN, _MARKED_TOKEN = re.compile(TOKEN), re.compile(MARKED_TOKEN)
# Where a sentence ends, for the pairs of words: a full stop, a question or exclamation mark, a colon or a
# semicolon before a space (a title's line ends too: a title and its abstract are joined by a line break).
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")
_MARKED = re.compile(f"[{_MARKS}]")

# Diacritics, stripped from a text's letters after NFKD: the combining accents of Latin, Greek
# and Cyrillic letters, Hebrew's points and Arabic's vowel marks (which writers add or leave
# out). Other scripts' marks are spelling: stripping every combining mark, as scikit-learn's
# strip_accents_unicode does, turned "शिक्षण" into "कषण" and Japanese "ガ" into "カ", and only
# in a text that held an accented letter somewhere.
_DIACRITICS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
                         "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
                         "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]")

# Chinese and Japanese write no spaces: each run of ideographs, of hiragana or of katakana
# (a change of script is a word's edge as often as not: "深層学習|による|画像認識") is read as its
# overlapping pairs of characters, as search engines' CJK analysers do ("画像", "認識").
# (The basic plane's ideographs only, as with _MARKS: the rare ones beyond it end a run.)
_CJK_RUN = re.compile("[\u3041-\u309f]{2,}|[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff]{2,}"
                      "|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}|[\uac00-\ud7af]{3,}")
# Korean spaces its words but joins particles to them ("모델을", "모델은": the model, as object and
# as topic): a word of three syllables or more (the last alternative above) is read as its pairs
# of syllables too, as Lucene's CJK analyser reads hangul, so papers on 모델 share it; the words and
# their pairs stay.
_HANGUL = "\uac00"
# Any of those characters: one class, searched fast, before the runs are told apart.
_ANY_CJK = re.compile("[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
                      "\uf900-\ufaff\uac00-\ud7af]")


# A paper's text ends with its authors after _AUTHORS, each after _AUTHOR: separators no
# stored text holds (identity.clean_text reads them as spaces, as str.split does).
_AUTHORS, _AUTHOR = "\x1e", "\x1f"


@cache
def _vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=BUCKETS, alternate_sign=False, norm=None, dtype=np.float32,
                             analyzer=_terms)


@cache
def _words_and_pairs(language: str | None = None, marked: bool = False):
    """The analyzer of words and pairs, without the stop words of every text and, for a text written
    in one of _LATIN_LANGUAGES, that language's; `marked`: for a text with _MARKS in it."""
    stop = _stop_words() | (_latin_stop_words()[language] if language else frozenset())
    if not marked:  # a stop word with marks is never a word of a text without them
        stop = {word for word in stop if _TOKEN.fullmatch(word)}
    # Given the text as _plain reads it: lower case, accents stripped once for the language and the terms.
    words = _MARKED_TOKEN if marked else _TOKEN
    fold = language is None

    def analyse(text: str) -> list[str]:
        # Single words, then the pairs of words that follow each other within a sentence: a pair across a
        # sentence's end is no phrase of the paper's ("gradients. Gradient" was “gradients gradient”).
        singles: list[str] = []
        pairs: list[str] = []
        for sentence in _SENTENCE_END.split(text):
            kept = [_singular(word) if fold and (word[-1] == "s" or word in IRREGULAR_PLURALS) else word
                    for word in words.findall(sentence) if word not in stop]
            singles += kept
            pairs += (f"{first} {second}" for first, second in pairwise(kept))
        return singles + pairs

    return analyse


def _terms(text: str) -> list[str]:
    words, _, names = text.partition(_AUTHORS)
    words = _plain(words)
    pairs: list[str] = []
    if not words.isascii() and _ANY_CJK.search(words):
        words = _CJK_RUN.sub(lambda run: _characters_paired(run.group(), pairs), words)
    marked = not words.isascii() and _MARKED.search(words) is not None
    terms = _words_and_pairs(_latin_language(words, marked), marked)(words)
    terms += pairs
    for name in names.split(_AUTHOR):
        name = _plain(name)
        term = " ".join(_token(name).findall(name))
        if term:
            terms.append(term)
    return terms


def _characters_paired(run: str, pairs: list[str]) -> str:
    """Adds the run's pairs of characters that are no stop word to `pairs`; the run's place in the
    text becomes a space, but for a Korean word's, which stays a word."""
    stop = _stop_words()
    pairs += (pair for pair in map(str.__add__, run, run[1:]) if pair not in stop)
    return run if run[0] >= _HANGUL else " "


@lru_cache(maxsize=1 << 16)
def _singular(word: str) -> str:
    return singular(word) if word.isascii() else word


def _plain(text: str) -> str:
    """A text (a name, a title and abstract) as the analysis reads its words: lower case,
    compatibility forms folded (full-width letters, ligatures), _DIACRITICS stripped."""
    text = text.lower()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _DIACRITICS.sub("", unicodedata.normalize("NFKD", text)))


def shown_terms(text: str) -> dict[str, str]:
    """The text's words and authors' names as the paper writes them, by their terms: an author's
    name as written; a word in the term's own number where the text has it so, then lower case where
    the text has it so, else as first written, unless only its first letter is a capital ("Réseaux"
    at a title's start is "réseaux", "BERT" stays); a reason said “eric cascales”, “reseaux”."""
    words, _, names = text.partition(_AUTHORS)
    words = unicodedata.normalize("NFC", words)
    shown: dict[str, str] = {}
    for word in _token(words).findall(words):
        plain = _plain(word)
        for term in {plain, _singular(plain)}:  # a plural is its singular's term in an English text
            known = shown.setdefault(term, word)
            # The term's own form first ("task", not an earlier "tasks"), then lower case.
            if (plain == term, word.islower()) > (_plain(known) == term, known.islower()):
                shown[term] = word
    for pair, written in _written_pairs(words).items():
        shown.setdefault(pair, written)
    for term, word in shown.items():
        shown[term] = " ".join(part.lower() if part[1:].islower() else part for part in word.split())
    for name in names.split(_AUTHOR) if names else ():
        plain = _plain(name)
        shown.setdefault(" ".join(_token(plain).findall(plain)), " ".join(name.split()))
    return shown


def _written_pairs(words: str) -> dict[str, str]:
    """Each pair of words the analysis makes of a text (its words without the stop words, a plural as
    its singular in English), as the text writes it where it does so in lower case, else first: "range
    of tasks" is the pair “range tasks”, never “range task” for a "task" written elsewhere."""
    plain = _plain(words)
    marked = not plain.isascii() and _MARKED.search(plain) is not None
    language = _latin_language(plain, marked)
    stop = _stop_words() | (_latin_stop_words()[language] if language else frozenset())
    kept: list[tuple[str, str]] = []
    pairs: dict[str, str] = {}
    for sentence in _SENTENCE_END.split(words):
        kept: list[tuple[str, str]] = []
        for word in _token(sentence).findall(sentence):
            term = _plain(word)
            if term in stop or (not term.isascii() and _ANY_CJK.search(term)):
                continue  # the analysis reads Chinese, Japanese and Korean apart
            kept.append((_singular(term) if language is None else term, word))
        for (first, said_first), (second, said_second) in pairwise(kept):
            written = f"{said_first} {said_second}"
            known = pairs.setdefault(f"{first} {second}", written)
            if written.islower() and not known.islower():
                pairs[f"{first} {second}"] = written
    return pairs


def character_words(text: str, pairs: set[str]) -> dict[str, str]:
    """Each of `pairs` (pairs of characters of the text's Chinese, Japanese or Korean) with the longest
    stretch of the text it chains into with others of them: a reason shows the word “行動変容”,
    not “行動”, “動変”, “変容”."""
    chained: dict[str, str] = {}
    words = _plain(text.partition(_AUTHORS)[0])
    if words.isascii():
        return chained
    for run in _CJK_RUN.findall(words):
        start = 0
        for end in range(len(run)):  # the pair run[end:end + 2] breaks the chain, or the run ends
            if run[end:end + 2] not in pairs:
                for at in range(start, end):
                    chained.setdefault(run[at:at + 2], run[start:end + 1])
                start = end + 1
    return chained


# How long a stretch of Chinese or Japanese is when it holds two words at least ("行動変容", behaviour
# change; "图像识别", image recognition): most of their words are two characters, some three.
_PHRASE_CHARACTERS = 4


def unspaced_phrase(term: str) -> bool:
    """Whether a shown term is a stretch of Chinese or Japanese long enough for two words."""
    # Korean spaces its words: a word of it is one word, however long.
    return (len(term) >= _PHRASE_CHARACTERS and _CJK_RUN.fullmatch(term) is not None
            and not "\uac00" <= term[0] <= "\ud7af")


# A web or DOI address and a TeX command are no words of the paper's: an abstract's
# "https://dx.doi.org/10.21227/40s8-xf63" made “doi” the reason a paper was suggested, and
# "$\mathcal{O}(n)$" made “mathcal” a term.
_NOT_WORDS = re.compile(r"(?:https?://|www\.)\S+|\bdoi:\s*|\b10\.\d{4,9}/\S+|\\[A-Za-z]+", re.IGNORECASE)


def paper_text(title: str | None, abstract: str | None, authors: list[str] | None) -> str:
    text = "\n".join(_NOT_WORDS.sub(" ", part) for part in (title, abstract) if part)
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
    scripts = {word for word in other if _MARKED_TOKEN.fullmatch(word) and not _latin(word)}
    return ENGLISH_STOP_WORDS | _CITING | scripts


@cache
def _latin_stop_words() -> dict[str, frozenset[str]]:
    import stopwordsiso

    return {language: frozenset(word for word in map(_plain, stopwordsiso.stopwords(language))
                                if _MARKED_TOKEN.fullmatch(word))
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


def _latin_language(text: str, marked: bool) -> str | None:
    """The one of _LATIN_LANGUAGES a text (as _plain reads it) is written in: the one whose stop words
    it holds most of, when that is more than it holds of English's (a sentence of French says "de",
    "la", "les", "et" more often than "the"); None for English and everything else. One look-up a
    word."""
    languages = _languages_of_stop_words()
    words = (_MARKED_TOKEN if marked else _TOKEN).findall(text)
    counts = Counter(language for word in words for language in languages.get(word, ()))
    found, most = None, counts["en"]
    for language in _LATIN_LANGUAGES:
        if counts[language] > most:
            found, most = language, counts[language]
    return found


def _token(text: str) -> re.Pattern:
    return _MARKED_TOKEN if not text.isascii() and _MARKED.search(text) else _TOKEN


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
