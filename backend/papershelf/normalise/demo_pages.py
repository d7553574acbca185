"""A paper's demo page that says so only in its description meta: 'TOSS-Codec demo page based on the paper
TOSS-Codec: A Temporal-Offset-Supervised Streaming Audio Codec for Mobile Devices.' (round 174), its h1 the
same title, with no scholarly meta, no preprint button and no abstract heading. The page is the paper's
record: the heading the description names as "the paper" is its title.

Or a paper's page of samples that says so only in the line under its one h1, no meta at all: 'This page
provides supplementary audio samples for our submitted manuscript to JASA.' under the h1 'EigenCodec:
Ultra-Low Bitrate Narrowband Speech Coding via …' (round 186). The line says the page holds the samples of
the authors' own paper, and the heading over it is that paper's title."""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .html_meta import Page, next_element, short_text
from .places import HEADINGS, compact, title_heading

# "… the paper <title>", "… for the paper: <title>", the title perhaps quoted; a long description is prose
# that cites a paper among other things, not a page's line about itself.
_THE_PAPER = re.compile(r"\bthe paper:?\s+[\"'\u201c\u2018]?(?P<title>.+?)[\"'\u201d\u2019]?\.?\s*$",
                        re.IGNORECASE)
_LONGEST_DESCRIPTION = 400
# A demo page says what it is before naming the paper.
_DEMO_WORDS = frozenset({"demo", "demos", "demonstration", "samples", "supplement", "supplementary"})


def paper_its_description_names(page: Page) -> BodyRecord | None:
    """The paper a page's description meta says the page is the demo of, where a heading shows the title it
    names: a record of that title alone (its other fields are read as any page's are)."""
    for description in page.every("description", "og:description"):
        if len(description) > _LONGEST_DESCRIPTION:
            continue
        found = _THE_PAPER.search(description)
        if found is None:
            continue
        saying = description[: found.start()].casefold().split()
        if _DEMO_WORDS.isdisjoint(word.strip(".,:;") for word in saying):
            continue
        title = found.group("title").strip()
        heading = title_heading(page, title, HEADINGS)
        if heading is not None and compact(title):
            return BodyRecord(title=title, known=True)
    return None


# The line under the heading names the authors' own paper ('our submitted manuscript', 'our paper'): a page of
# samples for someone else's paper, or for a model with no paper, says no such thing. A demo page's citation
# block asks so to cite its paper ('please reference our foundational paper': citation_block_demos).
OUR_PAPER = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}(?:paper|manuscript|article|submission)\b", re.IGNORECASE)
# How long the heading and the line under it may be: a title and one or two sentences, not the page's prose.
_LONGEST_TITLE = 300
_LONGEST_LINE = 300
_FEWEST_TITLE_WORDS = 3


def paper_its_samples_line_names(page: Page) -> BodyRecord | None:
    """The paper of a page whose one h1 stands over a short paragraph saying the page holds the demo, samples
    or supplement of the authors' own paper: a record of the heading's title alone (its other fields are read
    as any page's are); None otherwise."""
    headings = page.tree.css("h1")
    if len(headings) != 1:
        return None
    title = clean_text(short_text(headings[0], _LONGEST_TITLE))
    if not title or len(title.split()) < _FEWEST_TITLE_WORDS:
        return None
    line = next_element(headings[0])
    said = clean_text(short_text(line, _LONGEST_LINE)) if line is not None and line.tag == "p" else None
    if not said or OUR_PAPER.search(said) is None:
        return None
    if _DEMO_WORDS.isdisjoint(word.strip(".,:;()").casefold() for word in said.split()):
        return None
    return BodyRecord(title=title, known=True)
