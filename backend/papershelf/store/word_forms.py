"""A searched English word finds its plural or its singular too: "autoencoder" finds "Sparse
Autoencoders", "LLMs" finds "an LLM". FTS5's unicode61 indexes each word as written, and a title
says "networks" where a reader types "network" (in the sample library 9 papers say
"autoencoder", 22 "autoencoders"). A search box is not a query language, so the reader is not
asked to write `OR`: each word of a query that search escaped (`"network"`) becomes a group of
its two forms (`("network" OR "networks")`), the rest of the query kept as written.

The forms are English's regular ones, the minimal stemmers of search engines (Lucene's
EnglishMinimalStemmer) the other way round: -s, -es after a hiss, -ies after a consonant's y,
an -is singular's -es; and the irregular plurals papers use most ("matrix" finds "matrices",
"corpus" "corpora"). A form English lacks ("bias" → "bia") finds nothing and costs a lookup.
Only a word of Latin letters, three or more ("GAN" finds "GANs"); a phrase, a word of another
script or with digits, and Datasette's raw FTS5 syntax stay as typed. The index is unchanged: no
stemmer rewrites what the library stores, and a published copy searches the same way.

A word the reader ends with `*` finds the words it begins ("quantiz*": quantization, quantized),
as Zotero's quick search finds any part of a word: a prefix of three letters or more (a shorter one
would ask for most of the index), any alphabet's letters. A shorter one is the word itself, as before.
"""

from __future__ import annotations

import re

from ..identity import arxiv_id_from_url, normalise_doi, split_arxiv_id
from .search_text import search_text

# A query's quoted phrases, and a phrase of one word of Latin letters, as typed_phrases
# quote them.
_PHRASE = re.compile(r'"[^"]*"')
# What a reader types: a stretch in double quotes, or a run of characters between spaces.
_TYPED = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORDLIKE = re.compile(r"[^\W_]")
MAX_QUERY_PHRASES = 32  # a search box's query, not a document: each phrase costs a lookup
_WORD = re.compile(r'"([A-Za-z]{3,})"')
_PREFIX = re.compile(r'"([^\W\d_]{3,})\*"')
# Words whose -s is no plural's, and whose "singular" is another, common word.
_NOT_PLURALS = frozenset(("news", "series", "species", "means", "physics", "mathematics", "economics",
                          "statistics", "politics", "ethics", "thus", "this", "was", "has", "does",
                          "its", "his", "hers", "ours", "yours", "theirs", "always", "perhaps"))
# The irregular plurals papers use most (Latin's and Greek's among them), each with its singular.
_IRREGULAR = {
    "matrix": "matrices", "index": "indices", "vertex": "vertices", "appendix": "appendices",
    "simplex": "simplices", "axis": "axes", "criterion": "criteria", "phenomenon": "phenomena",
    "automaton": "automata", "corpus": "corpora", "genus": "genera", "spectrum": "spectra",
    "maximum": "maxima", "minimum": "minima", "optimum": "optima", "radius": "radii",
    "nucleus": "nuclei", "stimulus": "stimuli", "locus": "loci", "fungus": "fungi",
    "bacterium": "bacteria", "alga": "algae", "larva": "larvae", "child": "children",
    "woman": "women", "mouse": "mice", "tooth": "teeth", "foot": "feet", "leaf": "leaves",
    "life": "lives", "half": "halves", "wolf": "wolves", "knife": "knives", "shelf": "shelves",
}
IRREGULAR_PLURALS = {plural: single for single, plural in _IRREGULAR.items()}
_HISSES = ("s", "x", "z", "ch", "sh")
_VOWELS = frozenset("aeiou")


def other_form(word: str) -> str | None:
    """The word's plural when it reads as a singular, its singular when it reads as a plural;
    None for a word whose form is not changed."""
    lower = word.lower()
    if found := _IRREGULAR.get(lower) or IRREGULAR_PLURALS.get(lower):
        return found
    if lower in _NOT_PLURALS or len(lower) < 3:
        return None
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith("es") and lower[:-2].endswith(_HISSES) and not lower.endswith("ses"):
        return word[:-2]
    if lower.endswith("sses"):  # classes, processes
        return word[:-2]
    if lower.endswith(("yses", "eses")):  # analyses, hypotheses
        return word[:-2] + "is"
    if lower.endswith("is"):  # analysis, axis
        return word[:-2] + "es"
    if lower.endswith("s") and not lower.endswith(("ss", "us")):
        return word[:-1]
    if lower.endswith("y") and lower[-2] not in _VOWELS:
        return word[:-1] + "ies"
    if lower.endswith(_HISSES):
        return word + "es"
    return word + "s"


def singular(word: str) -> str:
    """A lower-case English plural's singular: an irregular one's ("matrices", "corpora"), else as
    Lucene's EnglishMinimalStemmer reads one (-ies after a consonant is -y; -s goes but after s, u,
    and the vowels before -es); any other word as it is. Both forms of a word read alike, never two
    words as one: "approaches" is "approache"."""
    if found := IRREGULAR_PLURALS.get(word):
        return found
    if len(word) < 4 or word[-1] != "s" or word in _NOT_PLURALS:
        return word
    before = word[-2]
    if before in "us":
        return word
    if before == "e":
        if word[-3] == "i" and word[-4] not in "ae":
            return word[:-3] + "y"
        if word[-3] in "iaoe":
            return word
    return word[:-1]


def _grouped(phrase: str) -> str:
    if prefix := _PREFIX.fullmatch(phrase):
        return f'"{prefix.group(1)}"*'
    found = _WORD.fullmatch(phrase)
    form = other_form(found.group(1)) if found else None
    return f'({phrase} OR "{form}")' if form else phrase


def typed_phrases(text: str) -> str:
    """What a reader typed, as FTS5 phrases (the reading of Datasette's escape_fts): a stretch in
    double quotes one phrase, its words in that order (a quote left open closes at the end); any
    other run of characters between spaces a phrase of its own ("pre-training": pre, then
    training). The first MAX_QUERY_PHRASES only. A run without a letter or digit (a lone "-")
    is left out: FTS5 reads it as a phrase of no words, which no row matches, and with the AND
    that joins a word's forms it emptied the search it was part of."""
    if text.count('"') % 2:
        text += '"'
    runs = [quoted or _identifier(bare) or bare for quoted, bare in _TYPED.findall(text)]
    kept = [run for run in runs if _WORDLIKE.search(run)][:MAX_QUERY_PHRASES]
    return " ".join(f'"{run}"' for run in kept)


def _identifier(run: str) -> str | None:
    """The arXiv id or DOI a pasted run names, as the index holds it (search_text.py: the
    papers' own columns): `arXiv:1706.03762v7`, an abs, PDF or Hugging Face page's address,
    `doi:10.1038/nature14539`, a DOI's address or a publisher's address holding one."""
    if run.lower().startswith("doi:"):
        return normalise_doi(run[4:])
    if found := split_arxiv_id(run) or arxiv_id_from_url(run):
        return found[0]
    if run.startswith("10.") or run.lower().startswith(("http://", "https://")):
        return normalise_doi(run)
    return None


def as_indexed(escaped: str, *, spaced: bool = True) -> str:
    """An escaped query (quoted phrases) as the library's index is asked it: Chinese, Japanese and
    Korean a character a token where the index spaces them (search_text.py; a published copy's does
    not), an English word with its other form, a word closed by `*` as its prefix. The one spelling
    of it for the API, Datasette's escape_fts and the search plugin."""
    return with_word_forms(search_text(escaped) if spaced else escaped)


def with_word_forms(match: str) -> str:
    """An escaped query (quoted phrases, all required) with each one-word phrase of Latin letters
    grouped with its other form, and each word written with a closing `*` asked as a prefix; FTS5
    joins a group to the rest by an explicit AND only. Any other query is returned as it is."""
    phrases = _PHRASE.findall(match)
    if not phrases or " ".join(phrases) != match:
        return match
    grouped = [_grouped(phrase) for phrase in phrases]
    return (" AND " if grouped != phrases else " ").join(grouped)


def any_of(match: str) -> str:
    """An escaped query's phrases, any one of them, each one-word phrase with its other form: the
    words a paper is most about, asked for the papers like it (discover/similar.py)."""
    return " OR ".join(_grouped(phrase) for phrase in _PHRASE.findall(match))
