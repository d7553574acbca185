"""A row of links each set in brackets, as a hand-written project page writes its buttons: '[ arXiv ] [ Code ]
[ Colab ] [ BibTeX ]' (Vector Policy Optimization's page, round 256). The brackets, bars and dots between the
links are marks, not words: counted as words, they made the row a paragraph of prose citing a paper."""

from __future__ import annotations


def words_of(text: str) -> int:
    """How many words the text has: its blank-separated parts that hold a letter or a digit (a bracket, a
    bar, a middle dot or a slash alone is a mark between links, no word)."""
    return sum(1 for part in text.split() if any(char.isalnum() for char in part))
