"""store/relevance.py: which phrases of a query rank, read off their newest matches."""

from __future__ import annotations

from papershelf.store.relevance import Ranking, phrases_of, ranking_of


def test_a_query_of_quoted_phrases_is_split_and_anything_else_is_left_to_fts5():
    assert phrases_of('"attention" "is" "all you need"') == ['"attention"', '"is"', '"all you need"']
    assert phrases_of('attention OR "is"') is None  # raw FTS5 syntax: ranked as written
    assert phrases_of('"a" NOT "b"') is None
    assert phrases_of("") is None
    assert phrases_of(" ".join(['"w"'] * 33)) is None  # more phrases than a spread reads


def test_a_phrase_is_common_when_its_newest_matches_fill_more_than_half_the_newest_rows():
    phrases = ['"the"', '"zebrafish"', '"of"']
    # 101 matches of "the" among the newest 150 rowids, of "of" among the newest 181, of
    # "zebrafish" among the newest 211.
    assert ranking_of(phrases, (1000, 851, 790, 820), sample=100) == Ranking(informative='"zebrafish"')
    both = Ranking(informative='"zebrafish" AND "of"')  # FTS5 joins a word's forms' group by AND only
    assert ranking_of(phrases, (1000, 851, 790, 750), sample=100) == both
    assert ranking_of(['"the"', '"of"'], (1000, 851, 900), sample=100) == Ranking(informative=None)


def test_phrases_with_fewer_matches_than_the_sample_or_spread_thin_are_weighed():
    # None: fewer matches than the sample (a small library: bm25 as FTS5 writes it).
    assert ranking_of(['"the"'], (1000, None), sample=100) is None
    assert ranking_of(['"the"'], (1000, 700), sample=100) is None  # 101 of 301: a third
    assert ranking_of(['"the"'], (None, None), sample=100) is None  # an empty library
