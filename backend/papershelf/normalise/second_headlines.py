"""A second headline: a heading of a phrase's few words right under the title's heading, which the description
repeats, no standfirst.

A page may show its description as an unclassed h2 under its h1, and the corpus reads such an h2 two ways by
what it says. The Telegraph's (2013) is a standfirst, the story's summary: 'Women may live longer, healthier
lives than men because their immune systems age more slowly, researchers have found.', eighteen words; the
shortest of that kind in the corpus are Ars Technica's twelve words ('With all the talk of masks, here's what
the data really says.', 2020) and Salon's thirteen. Internetchemie's (2021) is a second headline, the
title said again in other words: 'Alpha-Teilchen innerhalb von Zinn-Atomkernen nachgewiesen.', five words
(decided by the lead at stop 65), as chemie.de's h2.news-subtitle is one. A heading of fewer than eight
words, well below every standfirst of that kind, is a headline's phrase; a heading classed as the standfirst
or the dek is read by its class (Recode's five-word h2.p-dek, 2016: standfirst_blocks.classed_a_standfirst),
and a text in a script that writes no spaces between words (Chinese, Japanese, Korean: ITmedia's h2 of
2015, 129 characters, a few Latin names among them) is not counted so.
"""

from __future__ import annotations

import re
from typing import Any

from .places import SUBHEADING_TAGS
from .standfirst_blocks import classed_a_standfirst

# How many words a heading that is a standfirst holds at least: fewer is a headline's phrase.
_STANDFIRST_WORDS = 8
# The letters of the scripts that write no spaces between words (Chinese, Japanese), and Korean's.
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def a_second_headline(node: Any, text: str) -> bool:
    """Whether the element showing `text` is a heading of a phrase's few words, not classed a standfirst."""
    if node.tag not in SUBHEADING_TAGS or classed_a_standfirst(node):
        return False
    # A script that writes no spaces between its words: its words are not counted by spaces, even where
    # Latin names stand among them ('iPhone 6s／6s Plus', 'Apple Pencil').
    if _SPACELESS.search(text):
        return False
    return len(text.split()) < _STANDFIRST_WORDS
