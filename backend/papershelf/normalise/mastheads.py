"""A newspaper's name after a writer's, as a syndicated story's byline credits the paper it came from: "Todd
Halvorson, Florida Today" (USA Today's microdata Person, 2013), "Ann Lee, The Daily Herald". Its last word is
a masthead's (Today, Times, News, Herald, …), which no given name is: the name before the comma is the
writer's, not a family name before given names to turn around.
"""

from __future__ import annotations

# The words a newspaper's name ends in.
# Not the words a family name may be as well ("Emily Post", "Ann Press", "Tom Daily").
_MASTHEAD_WORDS = frozenset((
    "today", "times", "news", "herald", "tribune", "journal", "gazette", "chronicle", "telegraph", "inquirer",
    "observer", "examiner", "dispatch", "bulletin", "sentinel", "independent", "guardian",
))
# The word a newspaper's name may open with instead ("Daily Mirror", "Daily Mail", "Daily Express"): a family
# name may be "Daily" ("Tom Daily"), a given name, opening a name of two words or more, is not.
_MASTHEAD_OPENERS = frozenset(("daily",))
# How many words a newspaper's name runs to at most.
_MOST_WORDS = 5


def a_newspapers_name(text: str) -> bool:
    """Whether a text reads as a newspaper's name: a few capitalised words, the last a masthead's word, or
    two or more opened by a masthead's opening word (the Daily Mirror, 2012: 'by Lachlan Mackinnon, Daily
    Mirror')."""
    words = text.split()
    return (0 < len(words) <= _MOST_WORDS and all(word[:1].isupper() for word in words)
            and (words[-1].casefold() in _MASTHEAD_WORDS
                 or (len(words) >= 2 and words[0].casefold() in _MASTHEAD_OPENERS)))
